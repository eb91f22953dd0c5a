/** The dashboard's indicators: how many stand where (chart and table), and the values reported so far. */
import { Heading, Paragraph, Table } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import type { IndicatorBucket, IndicatorState, PlanDashboard } from "../../../domain/dashboard-model.js";
import { formatNumber } from "../../../domain/format.js";
import { periodLabel } from "../../../domain/reporting-periods.js";
import { AppLink } from "../../components/app-link.js";
import { paths } from "../../components/plan-paths.js";
import { TableScroll } from "../../components/table-scroll.js";
import { useLocale } from "../../i18n/index.js";
import { CountChart } from "./count-chart.js";

type IndicatorsSectionProps = { planKey: string; dashboard: PlanDashboard; buckets: readonly IndicatorBucket[] };

export function IndicatorsSection({ planKey, dashboard, buckets }: IndicatorsSectionProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { counts, items } = dashboard.indicators;
  const states = buckets.map((key) => ({ key, label: t(`insight.dashboard.buckets.${key}`) }));
  const summary = t("insight.dashboard.countSummary", {
    heading: t("insight.dashboard.indicatorsHeading"),
    counts: states.map((s) => `${s.label}: ${formatNumber(counts[s.key], locale)}`).join(", "),
  });
  const reported = items.filter((item) => item.bucket !== "not_reported");
  return (
    <section aria-labelledby="dashboard-indicators" className="stack-sm">
      <Heading level={2} data-size="sm" id="dashboard-indicators">
        {t("insight.dashboard.indicatorsHeading")}
      </Heading>
      <div className="chart-with-table">
        <CountChart
          summary={summary}
          bars={states.map((s) => ({ label: s.label, counts: { [s.key]: counts[s.key] } }))}
          states={states}
          valueLabel={t("insight.dashboard.indicatorsAxis")}
        />
        <TableScroll labelledBy="dashboard-indicators-caption">
          <Table data-size="sm">
            <caption id="dashboard-indicators-caption">{t("insight.dashboard.indicatorsCaption")}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t("insight.dashboard.state")}</Table.HeaderCell>
                <Table.HeaderCell className="numeric">{t("insight.dashboard.count")}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {states.map((s) => (
                <Table.Row key={s.key}>
                  <Table.HeaderCell scope="row">{s.label}</Table.HeaderCell>
                  <Table.Cell className="numeric">{formatNumber(counts[s.key], locale)}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      </div>
      {reported.length === 0 ? (
        <Paragraph>{t("insight.dashboard.noIndicatorValues")}</Paragraph>
      ) : (
        <ReportedIndicators planKey={planKey} items={reported} />
      )}
    </section>
  );
}

/** Each indicator with a value: where it stands and from which period its latest value is. */
function ReportedIndicators({ planKey, items }: { planKey: string; items: IndicatorState[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const stateText = (item: IndicatorState) =>
    item.percent === null
      ? t(`insight.dashboard.buckets.${item.bucket}`)
      : t("insight.dashboard.bucketPercent", {
          state: t(`insight.dashboard.buckets.${item.bucket}`),
          percent: formatNumber(item.percent, locale, 0),
        });
  return (
    <TableScroll labelledBy="dashboard-indicator-values-caption">
      <Table data-size="sm">
        <caption id="dashboard-indicator-values-caption">{t("insight.dashboard.valuesCaption")}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t("insight.dashboard.indicator")}</Table.HeaderCell>
            <Table.HeaderCell>{t("insight.dashboard.state")}</Table.HeaderCell>
            <Table.HeaderCell>{t("insight.dashboard.latestPeriod")}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {items.map((item) => (
            <Table.Row key={`${item.measureKey}/${item.activityKey ?? ""}/${item.indicatorKey}`}>
              <Table.HeaderCell scope="row">
                <AppLink to={paths.measure(planKey, item.measureKey)}>{item.text}</AppLink>
              </Table.HeaderCell>
              <Table.Cell>{stateText(item)}</Table.Cell>
              <Table.Cell>{item.period === null ? null : periodLabel(item.period, locale)}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}
