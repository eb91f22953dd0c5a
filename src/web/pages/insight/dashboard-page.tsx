import { Heading, Paragraph, Table } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import {
  DASHBOARD_ASSESSMENTS,
  DASHBOARD_STATUSES,
  INDICATOR_BUCKETS,
  type PlanDashboard,
  planDashboard,
} from "../../../domain/dashboard.js";
import { formatDate, formatNok, formatNumber } from "../../../domain/format.js";
import { periodLabel } from "../../../domain/reporting-periods.js";
import { AppLink } from "../../components/app-link.js";
import { DetailList } from "../../components/detail-list.js";
import { PageHeader } from "../../components/page-header.js";
import { PlanBreadcrumbs } from "../../components/plan-breadcrumbs.js";
import { paths } from "../../components/plan-paths.js";
import { usePlanDocument } from "../../components/plan-route.js";
import { ReportPeriodSelect, useReportingPeriod } from "../../components/report-period-select.js";
import { TableScroll } from "../../components/table-scroll.js";
import { usePageTitle } from "../../components/use-page-title.js";
import { useLocale } from "../../i18n/index.js";
import { AreaCountsSection } from "./area-counts-section.js";
import { IndicatorsSection } from "./indicators-section.js";
import { MoneyChart } from "./money-chart.js";
import { KindsTable, yearTotal } from "./money-table.js";

/**
 * `/plans/:planKey/dashboard?period=…`: the plan at a glance for a reporting period — measures by
 * status and assessment per area, where the indicators stand, the reports missing, the money per
 * year. Computed from the loaded plan with the same function as the API's.
 */
export function DashboardPage() {
  const { t } = useTranslation();
  const plan = usePlanDocument();
  const planKey = plan.actionPlan.key;
  const { period, choices, setPeriod } = useReportingPeriod(plan);
  usePageTitle(t("insight.dashboard.heading"), plan.actionPlan.title);
  const dashboard = period === null ? null : planDashboard(plan, period);
  const statuses = DASHBOARD_STATUSES.map((key) => ({
    key,
    label: key === "not_reported" ? t("insight.dashboard.notReported") : t(`report.status.${key}`),
  }));
  const assessments = DASHBOARD_ASSESSMENTS.map((key) => ({ key, label: t(`report.assessment.${key}`) }));
  return (
    <div className="stack">
      <PlanBreadcrumbs crumbs={[{ label: plan.actionPlan.title, to: paths.plan(planKey) }]} />
      <PageHeader title={t("insight.dashboard.heading")} intro={t("insight.dashboard.intro")} />
      <ReportPeriodSelect id="dashboard-period" value={period ?? ""} choices={choices} onChange={setPeriod} />
      {dashboard === null ? null : (
        <>
          <KeyFigures dashboard={dashboard} />
          <AreaCountsSection
            id="dashboard-status"
            heading={t("insight.dashboard.statusHeading")}
            caption={t("insight.dashboard.statusCaption")}
            planKey={planKey}
            areas={dashboard.areas}
            states={statuses}
            countsOf={(area) => area.statuses}
          />
          <AreaCountsSection
            id="dashboard-assessment"
            heading={t("insight.dashboard.assessmentHeading")}
            caption={t("insight.dashboard.assessmentCaption")}
            planKey={planKey}
            areas={dashboard.areas}
            states={assessments}
            countsOf={(area) => area.assessments}
          />
          <IndicatorsSection planKey={planKey} dashboard={dashboard} buckets={INDICATOR_BUCKETS} />
          <MissingSection planKey={planKey} dashboard={dashboard} />
          <section aria-labelledby="dashboard-money" className="stack-sm">
            <Heading level={2} data-size="sm" id="dashboard-money">
              {t("insight.money.perYear")}
            </Heading>
            <div className="chart-with-table">
              <MoneyChart years={dashboard.money} />
              <KindsTable
                id="dashboard-money-kinds"
                caption={t("insight.money.kindsCaption")}
                years={dashboard.money}
              />
            </div>
            <Paragraph>
              <AppLink to={paths.budget(planKey)}>{t("insight.dashboard.moneyLink")}</AppLink>
            </Paragraph>
          </section>
        </>
      )}
    </div>
  );
}

/** The few numbers a leader asks for first. */
function KeyFigures({ dashboard }: { dashboard: PlanDashboard }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { reporting, indicators, money } = dashboard;
  const reportable = reporting.reportedCount + reporting.missingCount;
  const measured = INDICATOR_BUCKETS.filter((b) => b !== "not_reported" && b !== "no_target").reduce(
    (sum, b) => sum + indicators.counts[b],
    0,
  );
  const year = Number(dashboard.period.slice(0, 4));
  const thisYear = money.find((y) => y.year === year);
  return (
    <section aria-labelledby="dashboard-figures" className="stack-sm">
      <Heading level={2} data-size="sm" id="dashboard-figures">
        {t("insight.dashboard.figuresHeading", { period: periodLabel(dashboard.period, locale) })}
      </Heading>
      <DetailList
        details={[
          { label: t("insight.dashboard.measures"), value: formatNumber(dashboard.measureCount, locale) },
          {
            label: t("insight.dashboard.reported"),
            value: t("insight.dashboard.reportedValue", {
              reported: formatNumber(reporting.reportedCount, locale),
              total: formatNumber(reportable, locale),
            }),
          },
          {
            label: t("insight.dashboard.deadline"),
            value: dashboard.deadline === null ? null : formatDate(dashboard.deadline, locale),
          },
          {
            label: t("insight.dashboard.indicatorsMet"),
            value: t("insight.dashboard.indicatorsMetValue", {
              met: formatNumber(indicators.counts.met, locale),
              measured: formatNumber(measured, locale),
            }),
          },
          {
            label: t("insight.dashboard.moneyThisYear", { year }),
            value: thisYear === undefined ? null : formatNok(yearTotal(thisYear), locale),
          },
        ]}
      />
    </section>
  );
}

/** Who has not reported for the period, unit by unit, with their to-do lists. */
function MissingSection({ planKey, dashboard }: { planKey: string; dashboard: PlanDashboard }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { reporting, period } = dashboard;
  const units = reporting.units.filter((unit) => unit.missingCount > 0);
  return (
    <section aria-labelledby="dashboard-missing" className="stack-sm">
      <Heading level={2} data-size="sm" id="dashboard-missing">
        {t("insight.dashboard.missingHeading", { count: reporting.missingCount })}
      </Heading>
      {units.length === 0 ? (
        <Paragraph>{t("insight.dashboard.noneMissing")}</Paragraph>
      ) : (
        <TableScroll labelledBy="dashboard-missing-caption">
          <Table data-size="sm">
            <caption id="dashboard-missing-caption">
              {t("insight.dashboard.missingCaption", { period: periodLabel(period, locale) })}
            </caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t("insight.money.unit")}</Table.HeaderCell>
                <Table.HeaderCell className="numeric">{t("insight.dashboard.missing")}</Table.HeaderCell>
                <Table.HeaderCell className="numeric">{t("insight.dashboard.reportedColumn")}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {units.map((unit) => (
                <Table.Row key={unit.actorKey}>
                  <Table.HeaderCell scope="row">
                    <AppLink to={paths.unitToDo(planKey, unit.actorKey, period)}>{unit.name}</AppLink>
                  </Table.HeaderCell>
                  <Table.Cell className="numeric">{formatNumber(unit.missingCount, locale)}</Table.Cell>
                  <Table.Cell className="numeric">{formatNumber(unit.reportedCount, locale)}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      )}
      {reporting.unassignedMissingCount > 0 ? (
        <Paragraph data-size="sm">
          {t("insight.dashboard.unassigned", { count: reporting.unassignedMissingCount })}
        </Paragraph>
      ) : null}
      <Paragraph>
        <AppLink to={paths.reportingRound(planKey, period)}>{t("insight.dashboard.roundLink")}</AppLink>
      </Paragraph>
    </section>
  );
}
