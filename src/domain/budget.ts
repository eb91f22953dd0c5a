/**
 * What the plan asks of the budget, year by year: new money (increase), recurring contributions and
 * one-off sums, in total and by area, responsible unit and funding source; the lines that need money
 * but name no sum; and the shared funding sources.
 *
 * A funding line counts in the years it lists (those inside the plan period), or in every plan year
 * when it lists none:
 * - `budget_increase` with a sum: `increaseNok` each of its years when yearly, in its first year only
 *   when `once`; with no recurrence, yearly when it lists no year or several, once when it lists one;
 * - `annual_contribution` with a sum: `contributionNok` each of its years;
 * - `project_funding`, `separate_funding`, `already_allocated` with a sum: `oneOffNok` in the line's
 *   first year (the plan's first when it lists none) when once or without recurrence, and
 *   `contributionNok` each of its years when yearly;
 * - `within_budget` counts no money, nor does `already_allocated` without a sum (it is granted);
 * - `to_be_clarified`, and a `budget_increase`, `annual_contribution`, `project_funding` or
 *   `separate_funding` without a sum, are listed in `unstated` and never counted as zero.
 *
 * Shared money is counted once: a `shared_source` line adds nothing of its own. Each funding source
 * cited by at least one line adds, once for every plan year whatever the number of citing lines, its
 * `annualBudgetIncreaseNok` to `increaseNok` and the rest of its `annualContributionNok` (contribution
 * − increase, at least 0) to `contributionNok`. These amounts are in the totals and in `bySource`
 * under the source itself (not under the area of its first citing line: a `bySource` row has no
 * area); they are in neither `byArea` nor `byUnit`, as the source serves several. Other lines
 * count in `bySource` under the source they name, or under the row without a source.
 * Related plans' lines count in the totals and under their responsible units, not under an area.
 */
import type { PlanBudget, SharedSourceUse, UnstatedLine, YearAmounts } from "./insight-models.js";
import { planYears } from "./measure-years.js";
import type { FundingKind, FundingLine, PlanDocument, Responsibility } from "./plan-schema.js";

export type { PlanBudget, SharedSourceUse, UnstatedLine, YearAmounts };

type Amount = { year: number; field: "increaseNok" | "contributionNok" | "oneOffNok"; nok: number };
type Owner = Omit<UnstatedLine, "kind" | "text">;
type Money = { owner: Owner; line: FundingLine; responsibility: Responsibility | null };

const NEEDS_A_SUM: ReadonlySet<FundingKind> = new Set([
  "budget_increase",
  "annual_contribution",
  "project_funding",
  "separate_funding",
]);

/** The amounts one funding line adds, by year; none for shared sources and lines without a sum. */
export function lineAmounts(line: FundingLine, years: number[]): Amount[] {
  if (line.amountNok === null || line.kind === "shared_source" || line.kind === "within_budget") return [];
  if (line.kind === "to_be_clarified") return [];
  const own = line.years.filter((year) => years.includes(year));
  const lineYears = line.years.length === 0 ? years : own;
  const first = line.years.length === 0 ? years.slice(0, 1) : own.slice(0, 1);
  const nok = line.amountNok;
  if (line.kind === "budget_increase") {
    const yearly = line.recurrence === "yearly" || (line.recurrence === null && line.years.length !== 1);
    return (yearly ? lineYears : first).map((year) => ({ year, field: "increaseNok", nok }));
  }
  if (line.kind === "annual_contribution" || line.recurrence === "yearly") {
    return lineYears.map((year) => ({ year, field: "contributionNok", nok }));
  }
  return first.map((year) => ({ year, field: "oneOffNok", nok }));
}

function emptyYears(years: number[]): YearAmounts[] {
  return years.map((year) => ({ year, increaseNok: 0, contributionNok: 0, oneOffNok: 0 }));
}

function add(target: YearAmounts[], amounts: Amount[]): void {
  for (const { year, field, nok } of amounts) {
    const row = target.find((r) => r.year === year);
    if (row !== undefined) row[field] += nok;
  }
}

/** Every funding line of the plan with its owner and the responsibility it falls under. */
function moneyOf(plan: PlanDocument): Money[] {
  const money: Money[] = [];
  for (const area of plan.focusAreas) {
    for (const measure of area.measures) {
      const owner: Owner = {
        ownerType: "measure",
        key: measure.key,
        measureKey: measure.key,
        title: measure.title,
        areaKey: area.key,
      };
      for (const line of measure.funding) money.push({ owner, line, responsibility: measure.responsibility });
      for (const activity of measure.activities) {
        const own: Owner = {
          ownerType: "activity",
          key: activity.key,
          measureKey: measure.key,
          title: activity.title,
          areaKey: area.key,
        };
        const responsibility = activity.responsibility ?? measure.responsibility;
        for (const line of activity.funding) money.push({ owner: own, line, responsibility });
      }
    }
  }
  for (const related of plan.relatedPlans) {
    const owner: Owner = {
      ownerType: "relatedPlan",
      key: related.key,
      measureKey: null,
      title: related.title,
      areaKey: null,
    };
    for (const line of related.funding) money.push({ owner, line, responsibility: related.responsibility });
  }
  return money;
}

/**
 * What the plan asks of the budget per year (see the file's header for the rules). A line whose
 * measure or activity names several responsible internal units counts in full under each of them,
 * so `byUnit` does not add up to the totals. An activity without a responsibility of its own falls
 * under its measure's.
 */
export function planBudget(plan: PlanDocument): PlanBudget {
  const years = planYears(plan);
  const totals = emptyYears(years);
  const byArea = plan.focusAreas.map((area) => ({ areaKey: area.key, title: area.title, years: emptyYears(years) }));
  const units = plan.actors.filter((actor) => actor.kind === "internal_unit");
  const byUnit = units.map((unit) => ({ actorKey: unit.key, name: unit.name, years: emptyYears(years) }));
  const unstated: UnstatedLine[] = [];
  const citing = new Map<string, Money[]>();
  const bySource: PlanBudget["bySource"] = [{ sourceKey: null, name: "", years: emptyYears(years) }];
  for (const source of plan.fundingSources) {
    bySource.push({ sourceKey: source.key, name: source.name, years: emptyYears(years) });
  }
  const sourceRow = (key: string | null) => bySource.find((row) => row.sourceKey === key) ?? bySource[0];

  for (const money of moneyOf(plan)) {
    const { owner, line } = money;
    if (line.kind === "shared_source" && line.fundingSourceKey !== null) {
      citing.set(line.fundingSourceKey, [...(citing.get(line.fundingSourceKey) ?? []), money]);
      continue;
    }
    if (line.kind === "to_be_clarified" || (line.amountNok === null && NEEDS_A_SUM.has(line.kind))) {
      unstated.push({ ...owner, kind: line.kind, text: line.text });
      continue;
    }
    const amounts = lineAmounts(line, years);
    add(totals, amounts);
    const source = sourceRow(line.fundingSourceKey);
    if (source !== undefined) add(source.years, amounts);
    const area = byArea.find((a) => a.areaKey === owner.areaKey);
    if (area !== undefined) add(area.years, amounts);
    for (const unit of byUnit) {
      if (money.responsibility?.responsibleActorKeys.includes(unit.actorKey)) add(unit.years, amounts);
    }
  }

  const sharedSources: SharedSourceUse[] = [];
  for (const source of plan.fundingSources) {
    const cited = citing.get(source.key);
    if (cited === undefined) continue;
    const { annualContributionNok, annualBudgetIncreaseNok } = source;
    const citedBy = [...new Set(cited.map((money) => money.owner.key))];
    sharedSources.push({
      sourceKey: source.key,
      name: source.name,
      annualContributionNok,
      annualBudgetIncreaseNok,
      citedBy,
    });
    const increase = annualBudgetIncreaseNok ?? 0;
    const rest = Math.max(0, (annualContributionNok ?? 0) - increase);
    const amounts = years.flatMap((year): Amount[] => [
      { year, field: "increaseNok", nok: increase },
      { year, field: "contributionNok", nok: rest },
    ]);
    add(totals, amounts);
    const row = sourceRow(source.key);
    if (row !== undefined) add(row.years, amounts);
  }
  const counted = bySource.filter((row) => row.years.some((y) => y.increaseNok + y.contributionNok + y.oneOffNok > 0));
  return { years: totals, byArea, byUnit, bySource: counted, unstated, sharedSources };
}
