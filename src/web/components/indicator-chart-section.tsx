import { Heading, Paragraph, Table } from "@digdir/designsystemet-react";
import { lazy, Suspense } from "react";
import { useTranslation } from "react-i18next";
import { indicatorSeries } from "../../domain/indicator-attainment.js";
import type { Indicator, PlanDocument } from "../../domain/plan-schema.js";
import { periodLabel } from "../../domain/reporting-periods.js";
import { useLocale } from "../i18n/index.js";
import type { ChartPoint } from "./indicator-chart.js";
import { attainmentText, formatIndicatorValue } from "./report-format.js";
import { TableScroll } from "./table-scroll.js";

// d3 and the chart load only where a chart is shown.
const IndicatorChart = lazy(() => import("./indicator-chart.js").then((m) => ({ default: m.IndicatorChart })));

const NUMERIC = new Set(["count", "percentage", "score"]);

type IndicatorChartSectionProps = {
  plan: PlanDocument;
  measureKey: string;
  activityKey: string | null;
  indicator: Indicator;
  headingLevel: 3 | 4;
  idPrefix: string;
};

/** One indicator over time: a small chart of its values (numbers only) and the table of them beside it. */
export function IndicatorChartSection(props: IndicatorChartSectionProps) {
  const { plan, measureKey, activityKey, indicator, headingLevel, idPrefix } = props;
  const { t } = useTranslation();
  const locale = useLocale();
  const series = indicatorSeries(plan, measureKey, indicator.key, activityKey);
  const points: ChartPoint[] = NUMERIC.has(indicator.kind)
    ? series.flatMap((p) => (typeof p.value === "number" ? [{ period: p.period, value: p.value }] : []))
    : [];
  const headingId = `${idPrefix}-heading`;
  const captionId = `${idPrefix}-caption`;
  return (
    <section aria-labelledby={headingId} className="stack-sm">
      <Heading level={headingLevel} data-size="2xs" id={headingId}>
        {indicator.text}
      </Heading>
      {series.length === 0 ? (
        <Paragraph data-size="sm">{t("report.indicators.noValues")}</Paragraph>
      ) : (
        <div style={{ display: "flex", flexWrap: "wrap", gap: "1rem 2rem", alignItems: "flex-start" }}>
          {points.length > 0 ? (
            <Suspense fallback={<Paragraph data-size="sm">{t("report.indicators.loadingChart")}</Paragraph>}>
              <div style={{ flex: "1 1 18rem", maxWidth: "24rem" }}>
                <IndicatorChart indicator={indicator} points={points} />
              </div>
            </Suspense>
          ) : null}
          <div style={{ flex: "1 1 18rem" }}>
            <TableScroll labelledBy={captionId}>
              <Table data-size="sm">
                <caption id={captionId}>{t("report.indicators.caption", { text: indicator.text })}</caption>
                <Table.Head>
                  <Table.Row>
                    <Table.HeaderCell>{t("report.indicators.period")}</Table.HeaderCell>
                    <Table.HeaderCell>{t("report.indicators.value")}</Table.HeaderCell>
                    <Table.HeaderCell>{t("report.indicators.attainment")}</Table.HeaderCell>
                  </Table.Row>
                </Table.Head>
                <Table.Body>
                  {series.map((point) => (
                    <Table.Row key={point.period}>
                      <Table.Cell>{periodLabel(point.period, locale)}</Table.Cell>
                      <Table.Cell>{formatIndicatorValue(indicator, point.value, locale, t)}</Table.Cell>
                      <Table.Cell>{attainmentText(point.attainment, locale, t)}</Table.Cell>
                    </Table.Row>
                  ))}
                </Table.Body>
              </Table>
            </TableScroll>
          </div>
        </div>
      )}
    </section>
  );
}
