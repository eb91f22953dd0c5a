import { Card, Heading, Paragraph } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { findMeasureView, type MeasureView } from "../../domain/measure-views.js";
import type { Measure } from "../../domain/plan-schema.js";
import { AppLink } from "../components/app-link.js";
import { DetailList } from "../components/detail-list.js";
import { HistorySection } from "../components/history-section.js";
import { IndicatorChartSection } from "../components/indicator-chart-section.js";
import { useLevelNames } from "../components/level-names.js";
import { NotFound } from "../components/not-found.js";
import { PageHeader } from "../components/page-header.js";
import { PartSections } from "../components/part-sections.js";
import { PlanBreadcrumbs } from "../components/plan-breadcrumbs.js";
import { paths } from "../components/plan-paths.js";
import { useAccessHere, usePlanDocument } from "../components/plan-route.js";
import { StatusSection } from "../components/status-section.js";
import { usePageTitle } from "../components/use-page-title.js";

/** `/plans/:planKey/measures/:measureKey`: every field of one measure and its activities. */
export function MeasurePage() {
  const { t } = useTranslation();
  const plan = usePlanDocument();
  const levels = useLevelNames(plan);
  const access = useAccessHere();
  const measureKey = useParams().measureKey ?? "";
  const measure = findMeasureView(plan, measureKey);
  usePageTitle(measure?.title, plan.actionPlan.title);
  if (measure === undefined) return <NotFound message={t("state.notFoundMeasure", { key: measureKey })} />;
  const planKey = plan.actionPlan.key;
  const mayEdit = access.may("edit");
  const mayReport =
    access.mayReportOnItem(measure.key) || measure.activities.some((a) => access.mayReportOnItem(measure.key, a.key));
  const flagship = plan.flagships.find((f) => f.key === measure.flagshipKey);
  const planMeasure = plan.focusAreas.flatMap((a) => a.measures).find((m) => m.key === measure.key);
  return (
    <div className="stack">
      <PlanBreadcrumbs
        crumbs={[
          { label: plan.actionPlan.title, to: paths.plan(planKey) },
          { label: measure.area.title, to: paths.area(planKey, measure.area.key) },
        ]}
      />
      <PageHeader eyebrow={levels.title("measure")} title={measure.title} />
      {mayReport || mayEdit ? (
        <ul className="plain-list measure-actions">
          {mayReport ? (
            <li>
              <AppLink to={paths.report(planKey, measure.key)}>{t("report.latest.report")}</AppLink>
            </li>
          ) : null}
          {mayEdit ? (
            <li>
              <AppLink to={paths.editMeasure(planKey, measure.key)}>
                {t("report.latest.edit", { level: levels.name("measure") })}
              </AppLink>
            </li>
          ) : null}
        </ul>
      ) : null}
      <DetailList
        details={[
          {
            label: t("measure.area"),
            value: <AppLink to={paths.area(planKey, measure.area.key)}>{measure.area.title}</AppLink>,
          },
          {
            label: levels.title("strategy", true),
            value: measure.strategies.length > 0 ? <StrategyList measure={measure} /> : t("measure.none"),
          },
          {
            label: t("measure.flagship"),
            value: flagship ? <AppLink to={paths.flagships(planKey, flagship.key)}>{flagship.title}</AppLink> : null,
          },
        ]}
      />
      {planMeasure === undefined ? null : <StatusSection plan={plan} measure={planMeasure} />}
      <PartSections part={measure} plan={plan} level={2} idPrefix="measure" />
      {measure.activities.length > 0 ? (
        <section aria-labelledby="activities" className="stack-sm">
          <Heading level={2} data-size="sm" id="activities">
            {levels.title("activity", true)}
          </Heading>
          <ul className="activity-cards">
            {measure.activities.map((activity) => (
              <li key={activity.key}>
                <Card data-color="neutral" className="stack-sm">
                  {/* The activity's own address, which search hits on it link to. */}
                  <Heading level={3} data-size="xs" id={`activity-${activity.key}`}>
                    {activity.title}
                  </Heading>
                  {activity.description ? <Paragraph>{activity.description}</Paragraph> : null}
                  <PartSections
                    part={activity}
                    plan={plan}
                    level={4}
                    idPrefix={`activity-${activity.key}`}
                    showDescription={false}
                  />
                </Card>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {planMeasure === undefined ? null : <IndicatorsOverTime measure={planMeasure} />}
      <HistorySection plan={plan} measureKey={measure.key} measureTitle={measure.title} />
    </div>
  );
}

/** Every indicator of the measure and of its activities, with its values period by period. */
function IndicatorsOverTime({ measure }: { measure: Measure }) {
  const { t } = useTranslation();
  const plan = usePlanDocument();
  const levels = useLevelNames(plan);
  const activities = measure.activities.filter((a) => a.indicators.length > 0);
  if (measure.indicators.length === 0 && activities.length === 0) return null;
  return (
    <section aria-labelledby="indicators-over-time" className="stack">
      <Heading level={2} data-size="sm" id="indicators-over-time">
        {t("report.indicators.heading", { level: levels.title("indicator", true) })}
      </Heading>
      {measure.indicators.map((indicator) => (
        <IndicatorChartSection
          key={indicator.key}
          plan={plan}
          measureKey={measure.key}
          activityKey={null}
          indicator={indicator}
          headingLevel={3}
          idPrefix={`series-${indicator.key}`}
        />
      ))}
      {activities.map((activity) => (
        <section key={activity.key} aria-labelledby={`series-activity-${activity.key}`} className="stack-sm">
          <Heading level={3} data-size="xs" id={`series-activity-${activity.key}`}>
            {t("report.indicators.activityHeading", { title: activity.title })}
          </Heading>
          {activity.indicators.map((indicator) => (
            <IndicatorChartSection
              key={indicator.key}
              plan={plan}
              measureKey={measure.key}
              activityKey={activity.key}
              indicator={indicator}
              headingLevel={4}
              idPrefix={`series-${activity.key}-${indicator.key}`}
            />
          ))}
        </section>
      ))}
    </section>
  );
}

function StrategyList({ measure }: { measure: MeasureView }) {
  const { t } = useTranslation();
  return (
    <ul className="plain-list">
      {measure.strategies.map((strategy) => (
        <li key={String(strategy.number)}>
          {strategy.number === "unknown" ? (
            t("measure.unknownStrategy")
          ) : strategy.text === null ? (
            t("measure.strategyMissing", { number: strategy.number })
          ) : (
            <>
              <strong>{t("measure.strategyLabel", { number: strategy.number })}:</strong> {strategy.text}
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
