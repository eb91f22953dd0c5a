import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { planCoverage } from "../../../domain/coverage.js";
import { useLevelNames } from "../../components/level-names.js";
import { PageHeader } from "../../components/page-header.js";
import { PlanBreadcrumbs } from "../../components/plan-breadcrumbs.js";
import { paths } from "../../components/plan-paths.js";
import { usePlanDocument } from "../../components/plan-route.js";
import { usePageTitle } from "../../components/use-page-title.js";
import { CoverageGaps, UnscheduledMeasures } from "./coverage-lists.js";
import { AreaMatrix } from "./coverage-matrix.js";
import { CoverageVerdict } from "./coverage-verdict.js";

/**
 * `/plans/:planKey/coverage`: for each year of the plan period, what has a measure at work (directly
 * or through a related plan's links) and what has none, judged against the plan's own rule that
 * every area and strategic move is covered over the period. Computed from the plan already loaded
 * by the route, with the same domain function as the API's `/coverage`, so no extra request.
 */
export function CoveragePage() {
  const { t } = useTranslation();
  const plan = usePlanDocument();
  const levels = useLevelNames(plan);
  const planKey = plan.actionPlan.key;
  const coverage = useMemo(() => planCoverage(plan), [plan]);
  usePageTitle(t("coverage.heading"), plan.actionPlan.title);
  return (
    <div className="stack coverage-page">
      <PlanBreadcrumbs crumbs={[{ label: plan.actionPlan.title, to: paths.plan(planKey) }]} />
      <PageHeader
        title={t("coverage.heading")}
        intro={t("coverage.intro", {
          first: plan.actionPlan.firstYear,
          last: plan.actionPlan.lastYear,
          measures: levels.name("measure", true),
        })}
      />
      <CoverageVerdict plan={plan} coverage={coverage} />
      <section aria-labelledby="coverage-matrix" className="stack">
        <div className="stack-sm prose">
          <Heading level={2} data-size="md" id="coverage-matrix">
            {t("coverage.matrix.heading")}
          </Heading>
          <Paragraph>{t("coverage.matrix.intro", { measures: levels.name("measure", true) })}</Paragraph>
        </div>
        {coverage.areas.map((area) => (
          <AreaMatrix key={area.areaKey} plan={plan} area={area} years={coverage.years} />
        ))}
      </section>
      <CoverageGaps plan={plan} coverage={coverage} />
      <UnscheduledMeasures plan={plan} coverage={coverage} />
    </div>
  );
}
