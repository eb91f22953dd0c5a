import { Card, Heading, Paragraph } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { formatDate } from "../../../domain/format.js";
import { periodLabel } from "../../../domain/reporting-periods.js";
import { reportingRound } from "../../../domain/reporting-round.js";
import { AppLink } from "../../components/app-link.js";
import { DetailList } from "../../components/detail-list.js";
import { Downloads, REPORT_FORMATS, useDownloadItems } from "../../components/downloads.js";
import { PageHeader } from "../../components/page-header.js";
import { PlanBreadcrumbs } from "../../components/plan-breadcrumbs.js";
import { paths } from "../../components/plan-paths.js";
import { usePlanDocument } from "../../components/plan-route.js";
import { ReportItemsTable } from "../../components/report-items-table.js";
import { ReportPeriodSelect, useReportingPeriod } from "../../components/report-period-select.js";
import { usePageTitle } from "../../components/use-page-title.js";
import { useLocale } from "../../i18n/index.js";

/** `/plans/:planKey/reporting?period=…`: who has reported for a period, unit by unit, and what is missing. */
export function ReportingRoundPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const plan = usePlanDocument();
  const planKey = plan.actionPlan.key;
  const { period, choices, setPeriod } = useReportingPeriod(plan);
  usePageTitle(t("report.round.heading"), plan.actionPlan.title);
  const round = period === null ? null : reportingRound(plan, period);
  const downloads = useDownloadItems(REPORT_FORMATS, (format) =>
    paths.statusReportFile(planKey, format, locale, period ?? ""),
  );
  return (
    <div className="stack">
      <PlanBreadcrumbs crumbs={[{ label: plan.actionPlan.title, to: paths.plan(planKey) }]} />
      <PageHeader title={t("report.round.heading")} intro={t("report.round.intro")} />
      <ReportPeriodSelect id="round-period" value={period ?? ""} choices={choices} onChange={setPeriod} />
      {round === null || period === null ? null : (
        <>
          <section aria-labelledby="round-totals" className="stack-sm">
            <Heading level={2} data-size="sm" id="round-totals">
              {t("report.round.totalsHeading")}
            </Heading>
            <DetailList
              details={[
                { label: t("report.round.reported"), value: String(round.reportedCount) },
                { label: t("report.round.missing"), value: String(round.missingCount) },
                {
                  label: t("report.round.deadline"),
                  value: round.deadline === null ? t("report.round.noDeadline") : formatDate(round.deadline, locale),
                },
              ]}
            />
          </section>
          {round.units.length === 0 ? <Paragraph>{t("report.round.noUnits")}</Paragraph> : null}
          {round.units.map((unit) => {
            const headingId = `unit-${unit.actor.key}`;
            return (
              <section key={unit.actor.key} aria-labelledby={headingId} className="stack-sm">
                <Heading level={2} data-size="sm" id={headingId}>
                  {t("report.round.unitHeading", { name: unit.actor.name })}
                </Heading>
                <Paragraph>
                  {t("report.round.unitCounts", { reported: unit.reportedCount, missing: unit.missingCount })}
                </Paragraph>
                <ReportItemsTable
                  planKey={planKey}
                  period={period}
                  items={unit.items}
                  caption={t("report.round.unitCaption", {
                    name: unit.actor.name,
                    period: periodLabel(period, locale),
                  })}
                  captionId={`${headingId}-caption`}
                />
                <Paragraph>
                  <AppLink to={paths.unitToDo(planKey, unit.actor.key, period)}>
                    {t("report.round.unitToDo", { name: unit.actor.name })}
                  </AppLink>
                </Paragraph>
              </section>
            );
          })}
          {round.unassigned.length > 0 ? (
            <Card data-color="neutral" className="stack-sm">
              <section aria-labelledby="round-unassigned" className="stack-sm">
                <Heading level={2} data-size="sm" id="round-unassigned">
                  {t("report.round.unassignedHeading")}
                </Heading>
                <Paragraph>{t("report.round.unassignedIntro")}</Paragraph>
                <ReportItemsTable
                  planKey={planKey}
                  period={period}
                  items={round.unassigned}
                  caption={t("report.round.unassignedCaption", { period: periodLabel(period, locale) })}
                  captionId="round-unassigned-caption"
                />
              </section>
            </Card>
          ) : null}
          <Downloads
            heading={t("downloads.report")}
            intro={t("downloads.reportIntro", { period: periodLabel(period, locale) })}
            items={downloads}
          />
        </>
      )}
    </div>
  );
}
