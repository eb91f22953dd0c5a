/**
 * Counts as stacked bars, lazily drawn by Observable Plot: measures by status or assessment per
 * area, indicators by where they stand. The table beside each chart says the same in text.
 */
import { Paragraph } from "@digdir/designsystemet-react";
import { lazy, Suspense } from "react";
import { useTranslation } from "react-i18next";
import { formatNumber } from "../../../domain/format.js";
import type { ChartDatum, ChartSeries } from "../../components/charts/stacked-bar-chart.js";
import { useLocale } from "../../i18n/index.js";

const StackedBarChart = lazy(() =>
  import("../../components/charts/stacked-bar-chart.js").then((m) => ({ default: m.StackedBarChart })),
);

/**
 * Colours with at least 3:1 contrast against white (WCAG 1.4.11); the legend, the white lines
 * between the parts and the table beside the chart tell them apart without colour as well.
 */
export const STATE_COLORS = {
  ongoing: "#0062ba",
  completed: "#1a7f37",
  not_started: "#6f42c1",
  postponed: "#a4500d",
  cancelled: "#b3261e",
  not_reported: "#6b6b6b",
  on_track: "#1a7f37",
  at_risk: "#a4500d",
  off_track: "#b3261e",
  none: "#6b6b6b",
  met: "#1a7f37",
  on_the_way: "#0062ba",
  not_met: "#b3261e",
  no_target: "#6f42c1",
} as const;
export type StateKey = keyof typeof STATE_COLORS;

type CountChartProps = {
  summary: string;
  /** The bars: each with its label and its count per state. */
  bars: Array<{ label: string; counts: Partial<Record<StateKey, number>> }>;
  states: ReadonlyArray<{ key: StateKey; label: string }>;
  valueLabel: string;
};

export function CountChart({ summary, bars, states, valueLabel }: CountChartProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const series: ChartSeries[] = states.map((s) => ({ key: s.key, label: s.label, color: STATE_COLORS[s.key] }));
  const data: ChartDatum[] = bars.flatMap((bar) =>
    states.map((s) => ({ category: bar.label, series: s.key, value: bar.counts[s.key] ?? 0 })),
  );
  return (
    <Suspense fallback={<Paragraph data-size="sm">{t("insight.chart.loading")}</Paragraph>}>
      <StackedBarChart
        summary={summary}
        categories={bars.map((bar) => bar.label)}
        series={series}
        data={data}
        orientation="horizontal"
        formatValue={(value) => formatNumber(value, locale, 0)}
        valueLabel={valueLabel}
      />
    </Suspense>
  );
}
