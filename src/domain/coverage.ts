/**
 * Coverage of the plan by year: the plan «skal evalueres og rulleres årlig, slik at man i løpet av
 * planperioden dekker alle satsingsområdene og strategiske grep». For each year of the plan period,
 * each area, sub-goal and strategy is covered when something is at work on it that year:
 *
 * - a measure covers its own area, and the strategies of that area whose numbers it cites, in the
 *   years it is at work (`measureYears`: its start, or its activities' earliest start, up to a
 *   cancelled or completed report). Measures cite strategies, not sub-goals, so a sub-goal is
 *   covered only through related-plan links;
 * - a related plan's link covers its area and the sub-goals and strategies it names. Related plans
 *   have no start in the format, so we assume they are at work every year of the period;
 * - a measure started by a condition, or without any start, is not placed in time: it is listed
 *   as unscheduled and never covers a year;
 * - an «unknown» number («Strategi ?») covers nothing; it is listed under its area instead.
 *
 * The verdict is over the whole period: an area or strategy counts as covered when it is covered
 * in at least one year, which is the plan's own rule («i løpet av planperioden»).
 */

import type {
  AreaCoverage,
  CellRow,
  CoveredBy,
  Gap,
  PlanCoverage,
  UnknownRef,
  UnscheduledMeasure,
} from "./insight-models.js";
import { effectiveStart, measureYears, planYears } from "./measure-years.js";
import type { FocusArea, NumberedText, NumberRef, PlanDocument } from "./plan-schema.js";

export type { AreaCoverage, CellRow, CoveredBy, Gap, PlanCoverage, UnknownRef, UnscheduledMeasure };

/** Something at work on an area in some years, citing some sub-goals and strategies. */
type Contribution = { by: CoveredBy; years: number[]; subGoals: NumberRef[]; strategies: NumberRef[] };

function contributionsTo(plan: PlanDocument, area: FocusArea, unscheduled: UnscheduledMeasure[]): Contribution[] {
  const all = planYears(plan);
  const contributions: Contribution[] = [];
  for (const measure of area.measures) {
    const years = measureYears(plan, measure);
    if (years === null) {
      const start = effectiveStart(measure);
      unscheduled.push({
        measureKey: measure.key,
        title: measure.title,
        areaKey: area.key,
        startText: start?.text ?? null,
      });
    }
    const by: CoveredBy = { type: "measure", key: measure.key, title: measure.title };
    contributions.push({ by, years: years ?? [], subGoals: [], strategies: measure.strategyNumbers });
  }
  for (const related of plan.relatedPlans) {
    for (const link of related.links) {
      if (link.focusAreaKey !== area.key) continue;
      const by: CoveredBy = { type: "relatedPlan", key: related.key, title: related.title };
      contributions.push({ by, years: all, subGoals: link.subGoalNumbers, strategies: link.strategyNumbers });
    }
  }
  return contributions;
}

function cellRows(
  items: NumberedText[],
  years: number[],
  contributions: Contribution[],
  cited: (c: Contribution) => NumberRef[],
): CellRow[] {
  return items.map((item) => ({
    number: item.number,
    text: item.text,
    years: years.map((year) => {
      const by = contributions.filter((c) => c.years.includes(year) && cited(c).includes(item.number)).map((c) => c.by);
      return { year, isCovered: by.length > 0, by };
    }),
  }));
}

function unknownRefs(contributions: Contribution[]): UnknownRef[] {
  const refs: UnknownRef[] = [];
  for (const { by, subGoals, strategies } of contributions) {
    const from = by.type;
    if (subGoals.includes("unknown")) refs.push({ from, key: by.key, title: by.title, level: "subGoal" });
    if (strategies.includes("unknown")) refs.push({ from, key: by.key, title: by.title, level: "strategy" });
  }
  return refs;
}

function rowGaps(areaKey: string, level: "subGoal" | "strategy", rows: CellRow[]): Gap[] {
  return rows.flatMap((row) => {
    const years = row.years.filter((cell) => !cell.isCovered).map((cell) => cell.year);
    return years.length === 0 ? [] : [{ areaKey, level, number: row.number, text: row.text, years }];
  });
}

/** The plan's coverage by year: areas, sub-goals and strategies, with gaps and unscheduled measures. */
export function planCoverage(plan: PlanDocument): PlanCoverage {
  const years = planYears(plan);
  const unscheduled: UnscheduledMeasure[] = [];
  const gaps: Gap[] = [];
  const areas = plan.focusAreas.map((area): AreaCoverage => {
    const contributions = contributionsTo(plan, area, unscheduled);
    const coveredYears = years.filter((year) => contributions.some((c) => c.years.includes(year)));
    const subGoals = cellRows(area.subGoals, years, contributions, (c) => c.subGoals);
    const strategies = cellRows(area.strategies, years, contributions, (c) => c.strategies);
    const uncovered = years.filter((year) => !coveredYears.includes(year));
    if (uncovered.length > 0) {
      gaps.push({ areaKey: area.key, level: "area", number: null, text: area.title, years: uncovered });
    }
    gaps.push(...rowGaps(area.key, "subGoal", subGoals), ...rowGaps(area.key, "strategy", strategies));
    const { key: areaKey, kind, number, title } = area;
    return {
      areaKey,
      kind,
      number,
      title,
      coveredYears,
      subGoals,
      strategies,
      unknownRefs: unknownRefs(contributions),
    };
  });
  const uncoveredAreas = areas
    .filter((area) => area.coveredYears.length === 0)
    .map(({ areaKey, title, kind }) => ({ areaKey, title, kind }));
  const isEveryStrategyCovered = areas.every((area) =>
    area.strategies.every((row) => row.years.some((cell) => cell.isCovered)),
  );
  return {
    years,
    areas,
    verdict: { isEveryAreaCovered: uncoveredAreas.length === 0, uncoveredAreas, isEveryStrategyCovered },
    gaps,
    unscheduled,
  };
}
