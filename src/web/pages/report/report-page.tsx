import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import type { Measure } from "../../../domain/plan-schema.js";
import { periodLabel } from "../../../domain/reporting-periods.js";
import { AppLink } from "../../components/app-link.js";
import { useLevelNames } from "../../components/level-names.js";
import { NotFound } from "../../components/not-found.js";
import { PageHeader } from "../../components/page-header.js";
import { PlanBreadcrumbs } from "../../components/plan-breadcrumbs.js";
import { paths } from "../../components/plan-paths.js";
import { usePlanDocument } from "../../components/plan-route.js";
import { ReportPeriodSelect, useReportingPeriod } from "../../components/report-period-select.js";
import { usePageTitle } from "../../components/use-page-title.js";
import { useLocale } from "../../i18n/index.js";
import { ReportForm } from "./report-form.js";

/** `/plans/:planKey/measures/:measureKey/report?period=…`: report a measure and its activities for a period. */
export function ReportPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const plan = usePlanDocument();
  const levels = useLevelNames(plan);
  const measureKey = useParams().measureKey ?? "";
  const { period, choices, setPeriod } = useReportingPeriod(plan);
  const found = findMeasure(plan.focusAreas, measureKey);
  usePageTitle(found ? t("report.form.heading") : undefined, found?.measure.title, plan.actionPlan.title);
  if (found === null) return <NotFound message={t("state.notFoundMeasure", { key: measureKey })} />;
  const { measure, area } = found;
  const planKey = plan.actionPlan.key;
  return (
    <div className="stack">
      <PlanBreadcrumbs
        crumbs={[
          { label: plan.actionPlan.title, to: paths.plan(planKey) },
          { label: area.title, to: paths.area(planKey, area.key) },
          { label: measure.title, to: paths.measure(planKey, measure.key) },
        ]}
      />
      <PageHeader
        eyebrow={t("report.form.heading")}
        title={measure.title}
        intro={period === null ? undefined : t("report.form.intro", { period: periodLabel(period, locale) })}
      />
      <ReportPeriodSelect id="report-period" value={period ?? ""} choices={choices} onChange={setPeriod} />
      {period === null ? null : (
        <>
          <ReportForm
            key={`measure-${period}`}
            plan={plan}
            measureKey={measure.key}
            measureTitle={measure.title}
            activity={null}
            indicators={measure.indicators}
            period={period}
            heading={t("report.form.measureHeading", { level: levels.title("measure"), title: measure.title })}
            headingLevel={2}
            idPrefix="report-measure"
          />
          {measure.activities.length > 0 ? (
            <section aria-labelledby="report-activities" className="stack">
              <Heading level={2} data-size="sm" id="report-activities">
                {t("report.form.activitiesHeading", { level: levels.title("activity", true) })}
              </Heading>
              {measure.activities.map((activity) => (
                <ReportForm
                  key={`${activity.key}-${period}`}
                  plan={plan}
                  measureKey={measure.key}
                  measureTitle={measure.title}
                  activity={{ key: activity.key, title: activity.title }}
                  indicators={activity.indicators}
                  period={period}
                  heading={t("report.form.activityHeading", { title: activity.title })}
                  headingLevel={3}
                  idPrefix={`report-activity-${activity.key}`}
                />
              ))}
            </section>
          ) : null}
        </>
      )}
      <Paragraph>
        <AppLink to={paths.measure(planKey, measure.key)}>
          {t("report.form.backToMeasure", { title: measure.title })}
        </AppLink>
      </Paragraph>
    </div>
  );
}

function findMeasure<A extends { key: string; title: string; measures: Measure[] }>(
  areas: readonly A[],
  measureKey: string,
): { measure: Measure; area: A } | null {
  for (const area of areas) {
    const measure = area.measures.find((m) => m.key === measureKey);
    if (measure !== undefined) return { measure, area };
  }
  return null;
}
