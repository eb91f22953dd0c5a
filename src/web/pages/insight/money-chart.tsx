/**
 * The plan's money per year as stacked bars (increase, contributions, one-off sums). Plot loads
 * with this chart only: pages show their tables first and the chart when it has arrived.
 */
import { Paragraph } from "@digdir/designsystemet-react";
import { lazy, Suspense, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { formatNok, formatNumber } from "../../../domain/format.js";
import type { YearAmounts } from "../../../domain/insight-models.js";
import type { ChartDatum, ChartSeries } from "../../components/charts/stacked-bar-chart.js";
import { useLocale } from "../../i18n/index.js";
import { MONEY_KINDS, yearTotal } from "./money-table.js";

const StackedBarChart = lazy(() =>
  import("../../components/charts/stacked-bar-chart.js").then((m) => ({ default: m.StackedBarChart })),
);

/** Colours with at least 3:1 contrast against white (WCAG 1.4.11), told apart by the legend and table too. */
export const MONEY_COLORS = { increaseNok: "#0062ba", contributionNok: "#1a7f37", oneOffNok: "#a4500d" } as const;

export function MoneyChart({ years }: { years: YearAmounts[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const series: ChartSeries[] = useMemo(
    () =>
      MONEY_KINDS.map((kind) => ({ key: kind, label: t(`insight.money.kinds.${kind}`), color: MONEY_COLORS[kind] })),
    [t],
  );
  const data: ChartDatum[] = years.flatMap((y) =>
    MONEY_KINDS.map((kind) => ({ category: String(y.year), series: kind, value: y[kind] })),
  );
  const summary = t("insight.money.chartSummary", {
    years: years.map((y) => `${y.year}: ${formatNok(yearTotal(y), locale)}`).join(", "),
  });
  return (
    <Suspense fallback={<Paragraph data-size="sm">{t("insight.chart.loading")}</Paragraph>}>
      <StackedBarChart
        summary={summary}
        categories={years.map((y) => String(y.year))}
        series={series}
        data={data}
        orientation="vertical"
        formatValue={(value) => formatNumber(value, locale, 0)}
        valueLabel={t("insight.money.axis")}
      />
    </Suspense>
  );
}
