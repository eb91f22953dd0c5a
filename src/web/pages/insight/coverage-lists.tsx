import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import type { AreaCoverage, Gap, PlanCoverage } from "../../../domain/coverage.js";
import type { PlanDocument } from "../../../domain/plan-schema.js";
import { AppLink } from "../../components/app-link.js";
import { paths } from "../../components/plan-paths.js";
import { AreaLink, useCoverageWords } from "./coverage-common.js";

type ListProps = { plan: PlanDocument; coverage: PlanCoverage };

/**
 * What is left uncovered, area by area, each with its years; the area's heading leads to the area,
 * and a link under it to a new measure there, which is how a gap gets closed.
 */
export function CoverageGaps({ plan, coverage }: ListProps) {
  const { t } = useTranslation();
  const { levels } = useCoverageWords(plan);
  const byArea = coverage.areas
    .map((area) => ({ area, gaps: coverage.gaps.filter((gap) => gap.areaKey === area.areaKey) }))
    .filter(({ gaps }) => gaps.length > 0);
  return (
    <section aria-labelledby="coverage-gaps" className="stack-sm">
      <Heading level={2} data-size="md" id="coverage-gaps">
        {t("coverage.gaps.heading")}
      </Heading>
      <Paragraph className="prose">
        {byArea.length === 0
          ? t("coverage.gaps.none")
          : t("coverage.gaps.intro", { measures: levels.name("measure", true) })}
      </Paragraph>
      {byArea.map(({ area, gaps }) => (
        <AreaGaps key={area.areaKey} plan={plan} area={area} gaps={gaps} />
      ))}
    </section>
  );
}

function AreaGaps({ plan, area, gaps }: { plan: PlanDocument; area: AreaCoverage; gaps: Gap[] }) {
  const { t } = useTranslation();
  const { levels, yearsText } = useCoverageWords(plan);
  const headingId = `coverage-gaps-${area.areaKey}`;
  const label = (gap: Gap) =>
    gap.level === "area"
      ? t("coverage.gaps.area", {
          level: levels.title(levels.areaLevel(area.kind)),
          number: area.number,
          years: yearsText(gap.years),
        })
      : t("coverage.gaps.row", {
          level: levels.title(gap.level),
          number: gap.number,
          years: yearsText(gap.years),
          text: gap.text,
        });
  return (
    <section aria-labelledby={headingId} className="stack-xs coverage-gap-area">
      <Heading level={3} data-size="xs" id={headingId}>
        <AreaLink plan={plan} area={area} />
      </Heading>
      <ul className="coverage-gap-list">
        {gaps.map((gap) => (
          <li key={`${gap.level}-${gap.number ?? "area"}`}>{label(gap)}</li>
        ))}
      </ul>
      <Paragraph data-size="sm">
        <AppLink to={paths.newMeasure(plan.actionPlan.key, area.areaKey)}>
          {t("coverage.gaps.newMeasure", { level: levels.name("measure"), title: area.title })}
        </AppLink>
      </Paragraph>
    </section>
  );
}

/** Measures started by a condition or without a start: listed, and said not to count in any year. */
export function UnscheduledMeasures({ plan, coverage }: ListProps) {
  const { t } = useTranslation();
  const { levels, areaLabel } = useCoverageWords(plan);
  const planKey = plan.actionPlan.key;
  const measures = levels.name("measure", true);
  return (
    <section aria-labelledby="coverage-unscheduled" className="stack-sm">
      <Heading level={2} data-size="md" id="coverage-unscheduled">
        {t("coverage.unscheduled.heading", { level: levels.title("measure", true) })}
      </Heading>
      {coverage.unscheduled.length === 0 ? (
        <Paragraph className="prose">{t("coverage.unscheduled.none", { level: measures })}</Paragraph>
      ) : (
        <>
          <Paragraph className="prose">
            {t("coverage.unscheduled.intro", { level: levels.title("measure", true) })}
          </Paragraph>
          <ul className="coverage-unscheduled">
            {coverage.unscheduled.map((measure) => {
              const area = coverage.areas.find((a) => a.areaKey === measure.areaKey);
              const start =
                measure.startText === null
                  ? t("coverage.unscheduled.noStart")
                  : t("coverage.unscheduled.start", { text: measure.startText });
              return (
                <li key={measure.measureKey}>
                  <AppLink to={paths.measure(planKey, measure.measureKey)}>{measure.title}</AppLink>{" "}
                  <span>
                    {t("coverage.unscheduled.inArea", { area: area ? areaLabel(area) : measure.areaKey, start })}
                  </span>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
