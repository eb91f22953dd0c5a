import { describe, expect, it } from "vitest";
import { ActorKind, FocusAreaKind, FundingKind, IndicatorKind, Recurrence, StartKind } from "./plan-schema.js";
import { fixturePlan, fixturePlanSummary } from "./test-fixtures.js";
import { checkPlanReferences } from "./validate-plan.js";

const plan = fixturePlan();

/** Every field path of a value (array positions as `[]`), and whether it is set (not null, not empty) anywhere. */
function fieldUse(value: unknown, path = "$", use = new Map<string, boolean>()): Map<string, boolean> {
  const set = value !== null && !(Array.isArray(value) && value.length === 0);
  use.set(path, (use.get(path) ?? false) || set);
  if (Array.isArray(value)) for (const item of value) fieldUse(item, `${path}[]`, use);
  else if (typeof value === "object" && value !== null)
    for (const [key, child] of Object.entries(value)) fieldUse(child, `${path}.${key}`, use);
  return use;
}

describe("the shared test plan", () => {
  it("is valid, references included", () => {
    expect(checkPlanReferences(plan)).toEqual([]);
  });

  it("sets every field of the format at least once", () => {
    const unset = [...fieldUse(plan)].filter(([, set]) => !set).map(([path]) => path);
    expect(unset).toEqual([]);
  });

  it("uses every kind of start, indicator, funding, actor, area and recurrence", () => {
    const parts = plan.focusAreas.flatMap((a) => a.measures.flatMap((m) => [m, ...m.activities]));
    const indicators = parts.flatMap((p) => p.indicators);
    const funding = [...parts.flatMap((p) => p.funding), ...plan.relatedPlans.flatMap((r) => r.funding)];
    const kinds = <T>(values: T[]) => [...new Set(values)].sort();
    expect(kinds(parts.flatMap((p) => (p.start ? [p.start.kind] : [])))).toEqual([...StartKind.options].sort());
    expect(kinds(indicators.map((i) => i.kind))).toEqual([...IndicatorKind.options].sort());
    expect(kinds(indicators.map((i) => i.recurrence))).toEqual([...Recurrence.options].sort());
    expect(kinds(funding.map((f) => f.kind))).toEqual([...FundingKind.options].sort());
    expect(kinds(funding.flatMap((f) => (f.recurrence ? [f.recurrence] : [])))).toEqual([...Recurrence.options].sort());
    expect(kinds(plan.actors.map((a) => a.kind))).toEqual([...ActorKind.options].sort());
    expect(kinds(plan.focusAreas.map((a) => a.kind))).toEqual([...FocusAreaKind.options].sort());
    const valueTypes = plan.statusReports.flatMap((r) => r.indicatorValues.map((v) => typeof v.value));
    expect(kinds(valueTypes)).toEqual(["boolean", "number", "string"]);
  });

  it("cites «unknown» strategies and sub-goals, and one funding source from several lines", () => {
    const measures = plan.focusAreas.flatMap((a) => a.measures);
    expect(measures.some((m) => m.strategyNumbers.includes("unknown"))).toBe(true);
    const links = plan.relatedPlans.flatMap((r) => r.links);
    expect(links.some((l) => l.subGoalNumbers.includes("unknown"))).toBe(true);
    expect(links.some((l) => l.strategyNumbers.includes("unknown"))).toBe(true);
    const parts = measures.flatMap((m) => [m, ...m.activities]);
    const citing = parts.flatMap((p) => p.funding).filter((f) => f.fundingSourceKey === "regionalt-utviklingsprogram");
    expect(citing.length).toBeGreaterThan(1);
  });

  it("has a summary derived from its contents", () => {
    expect(fixturePlanSummary()).toEqual({
      key: "testby-naering-2024-2026",
      title: "Handlingsplan for strategisk næringsplan 2024 til 2026",
      organization: { key: "testby-kommune", name: "Testby kommune" },
      firstYear: 2024,
      lastYear: 2026,
      revisionNumber: 2,
      focusAreaCount: 2,
      measureCount: 5,
      published: false,
      publishedAt: null,
    });
  });
});
