/**
 * `revisions/evaluate?year=YYYY`: the year's evaluation of the action plan. Per area, the area's
 * own evaluation (no recommendation) and then each measure's: judgement, recommendation and text,
 * each saved on its own (`EvaluationItem`). A progress line counts the measures evaluated, and a
 * link leads on to the roll.
 */
import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { StatusReport } from "../../../domain/plan-schema.js";
import { periodLabel } from "../../../domain/reporting-periods.js";
import { AppLink } from "../../components/app-link.js";
import { useLevelNames } from "../../components/level-names.js";
import { PageHeader } from "../../components/page-header.js";
import { PlanBreadcrumbs } from "../../components/plan-breadcrumbs.js";
import { paths } from "../../components/plan-paths.js";
import { usePlanDocument } from "../../components/plan-route.js";
import { reportsOfMeasure } from "../../components/report-format.js";
import { AssessmentTag, StatusTag } from "../../components/status-tags.js";
import { usePageTitle } from "../../components/use-page-title.js";
import { useLocale } from "../../i18n/index.js";
import { EvaluationItem } from "./evaluate-item.js";
import { countEvaluated, EvaluationsLoadState, useEvaluationYear, YearSelect } from "./evaluate-year.js";
import { type Evaluation, useEvaluations } from "./revisions-api.js";

export function EvaluatePage() {
  const { t } = useTranslation();
  const plan = usePlanDocument();
  const levels = useLevelNames(plan);
  const planKey = plan.actionPlan.key;
  usePageTitle(t("evaluation.evaluate.heading"), plan.actionPlan.title);
  const { year, years, setYear } = useEvaluationYear(plan);
  const evaluations = useEvaluations(planKey, year);
  const total = plan.focusAreas.reduce((n, a) => n + a.measures.length, 0);

  /** Each measure's latest own report (not an activity's), the status shown for context. */
  const latest = useMemo(() => {
    const found = new Map<string, StatusReport>();
    for (const area of plan.focusAreas) {
      for (const m of area.measures) {
        const report = reportsOfMeasure(plan, m.key).find((r) => r.activityKey === null);
        if (report !== undefined) found.set(m.key, report);
      }
    }
    return found;
  }, [plan]);

  const stored = useMemo(() => {
    const byTarget = new Map<string, Evaluation>();
    if (evaluations.status === "ready") {
      for (const e of evaluations.data) byTarget.set(`${e.target.type}:${e.target.key}`, e);
    }
    return byTarget;
  }, [evaluations]);

  return (
    <div className="stack">
      <PlanBreadcrumbs
        crumbs={[
          { label: plan.actionPlan.title, to: paths.plan(planKey) },
          { label: t("nav.revisions"), to: paths.revisions(planKey) },
        ]}
      />
      <PageHeader
        eyebrow={t("evaluation.evaluate.eyebrow")}
        title={t("evaluation.evaluate.heading")}
        intro={t("evaluation.evaluate.intro", { level: levels.name("measure") })}
      />
      <YearSelect id="evaluation-year" year={year} years={years} onChange={setYear} />

      <EvaluationsLoadState evaluations={evaluations} />
      {evaluations.status === "ready" ? (
        <>
          <Paragraph className="evaluation-progress">
            <strong>
              {t("evaluation.evaluate.progress", {
                done: countEvaluated(plan, evaluations.data, year),
                count: total,
                year,
                level: levels.name("measure"),
                levels: levels.name("measure", true),
              })}
            </strong>
          </Paragraph>
          <Paragraph>
            <AppLink to={paths.roll(planKey, year)}>{t("evaluation.evaluate.toRoll")}</AppLink>
          </Paragraph>
          {plan.focusAreas.map((area) => {
            const kind = levels.title(levels.areaLevel(area.kind));
            const headingId = `evaluation-area-${area.key}`;
            return (
              <section key={`${year}-${area.key}`} aria-labelledby={headingId} className="stack-sm">
                <Heading level={2} data-size="sm" id={headingId}>
                  {t("evaluation.evaluate.areaHeading", { kind, number: area.number, title: area.title })}
                </Heading>
                <EvaluationItem
                  planKey={planKey}
                  year={year}
                  target={{ type: "area", key: area.key }}
                  legend={t("evaluation.evaluate.areaLegend", {
                    level: levels.name(levels.areaLevel(area.kind)),
                    number: area.number,
                  })}
                  title={area.title}
                  stored={stored.get(`area:${area.key}`)}
                  context={t("evaluation.evaluate.areaNoRecommendation", {
                    level: levels.name(levels.areaLevel(area.kind)),
                  })}
                />
                <Heading level={3} data-size="xs">
                  {t("evaluation.evaluate.measuresHeading", { levels: levels.title("measure", true) })}
                </Heading>
                {area.measures.length === 0 ? (
                  <Paragraph>{t("evaluation.evaluate.noMeasures", { levels: levels.name("measure", true) })}</Paragraph>
                ) : (
                  area.measures.map((measure) => (
                    <EvaluationItem
                      key={measure.key}
                      planKey={planKey}
                      year={year}
                      target={{ type: "measure", key: measure.key }}
                      legend={measure.title}
                      title={measure.title}
                      stored={stored.get(`measure:${measure.key}`)}
                      context={<LatestStatus report={latest.get(measure.key)} />}
                    />
                  ))
                )}
              </section>
            );
          })}
        </>
      ) : null}
    </div>
  );
}

function LatestStatus({ report }: { report: StatusReport | undefined }) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (report === undefined) return <>{t("evaluation.evaluate.noStatus")}</>;
  return (
    <>
      {t("evaluation.evaluate.latestStatus", { period: periodLabel(report.period, locale) })}{" "}
      <StatusTag status={report.status} /> <AssessmentTag assessment={report.assessment} />
    </>
  );
}
