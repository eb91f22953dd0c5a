/**
 * A small chart of one indicator's reported values over the periods: a line through the values
 * with the target as a dashed reference line. Drawn as SVG with d3's scales and line generator;
 * the table beside it is what a screen reader reads, the chart itself is one image with a summary.
 * Loaded lazily, so d3 is fetched only where a chart is shown.
 */
import { scaleLinear, scalePoint } from "d3-scale";
import { line } from "d3-shape";
import { useTranslation } from "react-i18next";
import { formatNumber } from "../../domain/format.js";
import type { Indicator } from "../../domain/plan-schema.js";
import { periodLabel } from "../../domain/reporting-periods.js";
import { useLocale } from "../i18n/index.js";
import { formatNumberWithUnit } from "./report-format.js";

export type ChartPoint = { period: string; value: number };

const WIDTH = 360;
const HEIGHT = 180;
const MARGIN = { top: 16, right: 16, bottom: 28, left: 44 };

/** The short form of a period under the chart: «T1 2025», or the year. */
function tickLabel(period: string): string {
  const [year, tertial] = period.split("-");
  return tertial === undefined ? (year ?? period) : `${tertial} ${year}`;
}

export function IndicatorChart({ indicator, points }: { indicator: Indicator; points: readonly ChartPoint[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const first = points[0];
  const last = points[points.length - 1];
  if (first === undefined || last === undefined) return null;

  const values = points.map((p) => p.value);
  const references = [indicator.target, indicator.baseline].filter((v): v is number => v !== null);
  const low = Math.min(0, ...values, ...references);
  const high = Math.max(...values, ...references);
  const y = scaleLinear()
    .domain([low, high === low ? low + 1 : high])
    .nice()
    .range([HEIGHT - MARGIN.bottom, MARGIN.top]);
  const x = scalePoint<string>()
    .domain(points.map((p) => p.period))
    .range([MARGIN.left, WIDTH - MARGIN.right])
    .padding(0.5);
  const xOf = (p: ChartPoint) => x(p.period) ?? MARGIN.left;
  const path = line<ChartPoint>()
    .x(xOf)
    .y((p) => y(p.value))(points as ChartPoint[]);

  const summary = {
    text: indicator.text,
    count: points.length,
    first: periodLabel(first.period, locale),
    last: periodLabel(last.period, locale),
    latest: formatNumberWithUnit(indicator, last.value, locale),
  };
  const label =
    indicator.target === null
      ? t("report.indicators.chartLabel", summary)
      : t("report.indicators.chartLabelTarget", {
          ...summary,
          target: formatNumberWithUnit(indicator, indicator.target, locale),
        });

  return (
    <svg
      role="img"
      aria-label={label}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      width="100%"
      style={{ maxWidth: `${WIDTH}px`, height: "auto" }}
      className="indicator-chart"
    >
      <g fontSize="13" fill="currentColor">
        {y.ticks(4).map((tick) => (
          <g key={tick}>
            <line
              x1={MARGIN.left}
              x2={WIDTH - MARGIN.right}
              y1={y(tick)}
              y2={y(tick)}
              stroke="currentColor"
              strokeOpacity={0.15}
            />
            <text x={MARGIN.left - 6} y={y(tick)} textAnchor="end" dominantBaseline="middle">
              {formatNumber(tick, locale)}
            </text>
          </g>
        ))}
        {points.map((p) => (
          <text key={p.period} x={xOf(p)} y={HEIGHT - MARGIN.bottom + 16} textAnchor="middle">
            {tickLabel(p.period)}
          </text>
        ))}
        {indicator.target === null ? null : (
          <g>
            <line
              x1={MARGIN.left}
              x2={WIDTH - MARGIN.right}
              y1={y(indicator.target)}
              y2={y(indicator.target)}
              stroke="var(--ds-color-success-base-default, #068718)"
              strokeWidth={2}
              strokeDasharray="6 4"
            />
            <text x={WIDTH - MARGIN.right} y={y(indicator.target) - 4} textAnchor="end">
              {t("report.indicators.targetLine", { value: formatNumber(indicator.target, locale) })}
            </text>
          </g>
        )}
        {path === null ? null : (
          <path d={path} fill="none" stroke="var(--ds-color-accent-base-default, #0062ba)" strokeWidth={2} />
        )}
        {points.map((p) => (
          <circle
            key={p.period}
            cx={xOf(p)}
            cy={y(p.value)}
            r={4}
            fill="var(--ds-color-accent-base-default, #0062ba)"
          />
        ))}
      </g>
    </svg>
  );
}
