import { Card, Heading, Paragraph } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { findMeasureView, type MeasureView } from "../../domain/measure-views.js";
import { AppLink } from "../components/app-link.js";
import { DetailList } from "../components/detail-list.js";
import { NotFound } from "../components/not-found.js";
import { PageHeader } from "../components/page-header.js";
import { PartSections } from "../components/part-sections.js";
import { PlanBreadcrumbs } from "../components/plan-breadcrumbs.js";
import { paths } from "../components/plan-paths.js";
import { usePlanDocument } from "../components/plan-route.js";
import { usePageTitle } from "../components/use-page-title.js";

/** `/plans/:planKey/measures/:measureKey`: every field of one measure and its activities. */
export function MeasurePage() {
  const { t } = useTranslation();
  const plan = usePlanDocument();
  const measureKey = useParams().measureKey ?? "";
  const measure = findMeasureView(plan, measureKey);
  usePageTitle(measure?.title, plan.actionPlan.title);
  if (measure === undefined) return <NotFound message={t("state.notFoundMeasure", { key: measureKey })} />;
  const planKey = plan.actionPlan.key;
  const flagship = plan.flagships.find((f) => f.key === measure.flagshipKey);
  return (
    <div className="stack">
      <PlanBreadcrumbs
        crumbs={[
          { label: plan.actionPlan.title, to: paths.plan(planKey) },
          { label: measure.area.title, to: paths.area(planKey, measure.area.key) },
        ]}
      />
      <PageHeader eyebrow={t("columns.measure")} title={measure.title} />
      <DetailList
        details={[
          {
            label: t("measure.area"),
            value: <AppLink to={paths.area(planKey, measure.area.key)}>{measure.area.title}</AppLink>,
          },
          {
            label: t("measure.strategies"),
            value: measure.strategies.length > 0 ? <StrategyList measure={measure} /> : t("measure.none"),
          },
          {
            label: t("measure.flagship"),
            value: flagship ? <AppLink to={paths.flagships(planKey, flagship.key)}>{flagship.title}</AppLink> : null,
          },
        ]}
      />
      <PartSections part={measure} plan={plan} level={2} idPrefix="measure" />
      {measure.activities.length > 0 ? (
        <section aria-labelledby="activities" className="stack-sm">
          <Heading level={2} data-size="sm" id="activities">
            {t("measure.activities")}
          </Heading>
          <ul className="activity-cards">
            {measure.activities.map((activity) => (
              <li key={activity.key}>
                <Card data-color="neutral" className="stack-sm">
                  <Heading level={3} data-size="xs">
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
    </div>
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
