/**
 * A stacked bar chart drawn by Observable Plot: one bar per category (a year, an area), split into
 * series (increase / contribution / one-off; statuses). The chart is one image with a summary for
 * screen readers (`role="img"` and `aria-label`); the data table that always stands beside it is
 * what they read. Plot (and d3 under it) load only with the pages that import this module, which
 * are lazy chunks of their own.
 */
import * as Plot from "@observablehq/plot";
import { useEffect, useRef, useState } from "react";
import "./charts.css";

/** The chart's class, for the rules of charts.css that stand in for Plot's own <style>. */
export const CHART_CLASS = "plot-chart-svg";

/**
 * Removes the <style> elements Plot puts in each chart (and its legend): the Content-Security-Policy
 * forbids inline styles, and charts.css holds the same rules. Done before the chart is in the page.
 */
export function removePlotStyles(chart: Element): void {
  for (const style of chart.querySelectorAll("style")) style.remove();
}

export type ChartSeries = { key: string; label: string; color: string };
export type ChartDatum = { category: string; series: string; value: number };

type StackedBarChartProps = {
  /** One sentence saying what the chart shows and its main numbers. */
  summary: string;
  categories: readonly string[];
  series: readonly ChartSeries[];
  data: readonly ChartDatum[];
  /** Bars up from a category axis below («vertical») or out from a category axis on the left. */
  orientation: "vertical" | "horizontal";
  formatValue: (value: number) => string;
  /** The value axis' label, e.g. «kr» or «tiltak». */
  valueLabel: string;
};

const MIN_WIDTH = 280;
const BAR_HEIGHT = 36;

/** Tracks an element's width, so the chart is drawn for the space it has. */
function useWidth(ref: React.RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(640);
  useEffect(() => {
    const node = ref.current;
    if (node === null) return;
    const measure = () => setWidth(Math.max(MIN_WIDTH, Math.floor(node.clientWidth || 640)));
    measure();
    if (typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(measure);
    observer.observe(node);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}

/** Plot's options for the chart: stacked bars with the series' own colours and a legend. */
export function chartOptions(props: StackedBarChartProps, width: number): Plot.PlotOptions {
  const { categories, series, data, orientation, formatValue, valueLabel } = props;
  const labelOf = new Map(series.map((s) => [s.key, s.label]));
  const rows = data.map((d) => ({ ...d, series: labelOf.get(d.series) ?? d.series }));
  const color = {
    domain: series.map((s) => s.label),
    range: series.map((s) => s.color),
    legend: true,
    className: "chart-legend",
  };
  const valueAxis = { label: valueLabel, tickFormat: formatValue, grid: true, nice: true };
  const categoryAxis = { domain: [...categories], label: null };
  // White lines between the stacked parts keep neighbouring colours apart.
  const mark =
    orientation === "vertical"
      ? Plot.barY(rows, {
          x: "category",
          y: "value",
          fill: "series",
          stroke: "white",
          order: series.map((s) => s.label),
        })
      : Plot.barX(rows, {
          y: "category",
          x: "value",
          fill: "series",
          stroke: "white",
          order: series.map((s) => s.label),
        });
  const rule = orientation === "vertical" ? Plot.ruleY([0]) : Plot.ruleX([0]);
  if (orientation === "vertical") {
    return {
      className: CHART_CLASS,
      width,
      height: 280,
      marginLeft: 90,
      x: { ...categoryAxis, padding: 0.3 },
      y: valueAxis,
      color,
      marks: [mark, rule],
    };
  }
  // Long names («En kommune med nasjonalt ledende industri») wrap onto two lines beside their bar.
  const marginLeft = Math.min(260, Math.round(width * 0.4));
  return {
    className: CHART_CLASS,
    width,
    height: Math.max(120, categories.length * BAR_HEIGHT + 60),
    marginLeft,
    y: { ...categoryAxis, padding: 0.2, axis: null },
    x: valueAxis,
    color,
    // Plot measures `lineWidth` in ems of its 10 px axis font.
    marks: [Plot.axisY({ tickSize: 0, lineWidth: (marginLeft - 16) / 10, textOverflow: "ellipsis" }), mark, rule],
  };
}

export function StackedBarChart(props: StackedBarChartProps) {
  const container = useRef<HTMLDivElement>(null);
  const width = useWidth(container);
  const latest = useRef(props);
  latest.current = props;
  // Redraw when what is drawn changes, not on every render of the page around it.
  const { summary, categories, series, data, orientation, valueLabel } = props;
  const drawn = JSON.stringify([summary, categories, series, data, orientation, valueLabel, width]);
  useEffect(() => {
    const node = container.current;
    if (node === null || drawn === "") return;
    const chart = Plot.plot(chartOptions(latest.current, width));
    removePlotStyles(chart);
    // With a legend Plot returns a <figure> of legend and SVG: the SVG is the image, the legend stays text.
    const svg = chart instanceof SVGSVGElement ? chart : chart.querySelector(":scope > svg");
    svg?.setAttribute("role", "img");
    svg?.setAttribute("aria-label", latest.current.summary);
    // Plot names its marks' groups («bar», «y-axis tick»): inside one image those names are noise, and
    // an aria-label on a <g> without a role is not allowed (axe: aria-prohibited-attr).
    for (const named of svg?.querySelectorAll("[aria-label], [aria-description]") ?? []) {
      named.removeAttribute("aria-label");
      named.removeAttribute("aria-description");
    }
    for (const swatch of chart.querySelectorAll(":scope > div svg")) swatch.setAttribute("aria-hidden", "true");
    node.replaceChildren(chart);
    return () => chart.remove();
  }, [drawn, width]);
  return <div ref={container} className="plot-chart" />;
}
