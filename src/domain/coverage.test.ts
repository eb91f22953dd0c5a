import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { type AreaCoverage, type PlanCoverage, planCoverage } from "./coverage.js";
import type { FocusArea, MeasureStatus, PlanDocument, StatusReport } from "./plan-schema.js";
import { fixturePlan } from "./test-fixtures.js";
import { parsePlanDocument } from "./validate-plan.js";

function areaOf(plan: PlanDocument, key: string): FocusArea {
  const area = plan.focusAreas.find((a) => a.key === key);
  if (area === undefined) throw new Error(`No area ${key}`);
  return area;
}

function coverageOf(coverage: PlanCoverage, key: string): AreaCoverage {
  const area = coverage.areas.find((a) => a.areaKey === key);
  if (area === undefined) throw new Error(`No area ${key} in the coverage`);
  return area;
}

/** The years in which a strategy (or sub-goal) of an area is covered. */
function coveredYears(area: AreaCoverage, level: "strategies" | "subGoals", number: number): number[] {
  const row = area[level].find((r) => r.number === number);
  if (row === undefined) throw new Error(`No ${level} ${number} in ${area.areaKey}`);
  return row.years.filter((cell) => cell.isCovered).map((cell) => cell.year);
}

/** The fixture's industri area with only the named measures and no related plans. */
function industriWith(...measureKeys: string[]): PlanDocument {
  const plan = fixturePlan();
  const industri = areaOf(plan, "industri");
  industri.measures = industri.measures.filter((m) => measureKeys.includes(m.key));
  plan.relatedPlans = [];
  return plan;
}

function report(measureKey: string, period: string, status: MeasureStatus): StatusReport {
  return {
    measureKey,
    activityKey: null,
    period,
    status,
    assessment: null,
    progressPercent: null,
    comment: null,
    commentInternal: false,
    indicatorValues: [],
    reportedAt: "2025-06-01T12:00:00Z",
    reportedBy: null,
  };
}

describe("planCoverage on made-up plans", () => {
  it("gives the plan period's years and the areas in plan order", () => {
    const coverage = planCoverage(fixturePlan());
    expect(coverage.years).toEqual([2024, 2025, 2026]);
    expect(coverage.areas.map((a) => a.areaKey)).toEqual(["industri", "samarbeid"]);
    expect(coverageOf(coverage, "industri").strategies.map((s) => s.number)).toEqual([1, 2, 3]);
  });

  it("never counts an unknown reference, and lists it under its area", () => {
    const coverage = planCoverage(fixturePlan());
    const samarbeid = coverageOf(coverage, "samarbeid");
    // The climate plan links samarbeid to sub-goal «?» only: sub-goal 1 stays uncovered.
    expect(coveredYears(samarbeid, "subGoals", 1)).toEqual([]);
    expect(samarbeid.unknownRefs).toEqual([
      { from: "relatedPlan", key: "klimaplan-energi", title: "Klimaplan: energi", level: "subGoal" },
      { from: "relatedPlan", key: "klimaplan-energi", title: "Klimaplan: energi", level: "strategy" },
    ]);
    expect(coverageOf(coverage, "industri").unknownRefs.map((r) => [r.from, r.key, r.level])).toEqual([
      ["measure", "industri-bedriftsbesok", "strategy"],
      ["measure", "industri-gardsbesok", "strategy"],
    ]);
    expect(coverage.gaps).toContainEqual({
      areaKey: "samarbeid",
      level: "subGoal",
      number: 1,
      text: "Et felles mål.",
      years: [2024, 2025, 2026],
    });
  });

  it("counts a measure that only cites «?» for its area but for no strategy", () => {
    const plan = industriWith("industri-gardsbesok");
    const industri = coverageOf(planCoverage(plan), "industri");
    expect(industri.coveredYears).toEqual([2026]);
    expect(industri.strategies.every((row) => row.years.every((cell) => !cell.isCovered))).toBe(true);
  });

  it("lets an ongoing measure cover every year of the period", () => {
    const plan = industriWith("industri-areal");
    areaOf(plan, "industri").measures[0]?.strategyNumbers.push(2);
    const industri = coverageOf(planCoverage(plan), "industri");
    expect(industri.coveredYears).toEqual([2024, 2025, 2026]);
    expect(coveredYears(industri, "strategies", 2)).toEqual([2024, 2025, 2026]);
    expect(coveredYears(industri, "strategies", 1)).toEqual([]);
  });

  it("lets a measure starting in 2026 cover 2026 only, leaving a gap in 2024 and 2025", () => {
    const plan = industriWith("industri-gardsbesok");
    const measure = areaOf(plan, "industri").measures[0];
    if (measure === undefined) throw new Error("No measure");
    measure.strategyNumbers = [2];
    const coverage = planCoverage(plan);
    const industri = coverageOf(coverage, "industri");
    expect(coveredYears(industri, "strategies", 2)).toEqual([2026]);
    expect(industri.strategies[1]?.years[2]?.by).toEqual([
      { type: "measure", key: "industri-gardsbesok", title: "Gårdsbesøk hos landbruksindustrien" },
    ]);
    expect(coverage.gaps).toContainEqual({
      areaKey: "industri",
      level: "area",
      number: null,
      text: "Industri",
      years: [2024, 2025],
    });
  });

  it("places a measure without a start by its activities' earliest start", () => {
    const plan = industriWith("industri-bedriftsbesok");
    const measure = areaOf(plan, "industri").measures[0];
    if (measure === undefined) throw new Error("No measure");
    measure.start = null; // its activity «Lage besøksplan» starts in the second half of 2025
    expect(coverageOf(planCoverage(plan), "industri").coveredYears).toEqual([2025, 2026]);
  });

  it("lists a measure started by a condition as unscheduled and lets it cover nothing", () => {
    const plan = fixturePlan();
    const samarbeid = areaOf(plan, "samarbeid");
    samarbeid.measures = samarbeid.measures.filter((m) => m.key === "samarbeid-avtale");
    plan.relatedPlans = [];
    const coverage = planCoverage(plan);
    expect(coverage.unscheduled).toEqual([
      {
        measureKey: "samarbeid-avtale",
        title: "Samarbeidsavtale",
        areaKey: "samarbeid",
        startText: "Må avklares med regionen",
      },
    ]);
    expect(coverageOf(coverage, "samarbeid").coveredYears).toEqual([]);
    expect(coverage.verdict.isEveryAreaCovered).toBe(false);
    expect(coverage.verdict.uncoveredAreas).toEqual([
      { areaKey: "samarbeid", title: "Samarbeid", kind: "strategic_move" },
    ]);
  });

  it("lets a related plan's link cover the sub-goals and strategies it names, every year", () => {
    const industri = coverageOf(planCoverage(fixturePlan()), "industri");
    expect(coveredYears(industri, "subGoals", 2)).toEqual([2024, 2025, 2026]);
    expect(coveredYears(industri, "subGoals", 1)).toEqual([2024, 2025, 2026]);
    expect(industri.subGoals[0]?.years[0]?.by).toEqual([
      { type: "relatedPlan", key: "klimaplan-energi", title: "Klimaplan: energi" },
    ]);
    // Only the link serves strategy 2; the measures serve 1 and 3.
    expect(industri.strategies[1]?.years[0]?.by.map((b) => b.type)).toEqual(["relatedPlan"]);
  });

  it("stops a measure's coverage from the year it is reported cancelled, and after the year it is completed", () => {
    const cancelled = industriWith("industri-bedriftsbesok");
    cancelled.statusReports.push(report("industri-bedriftsbesok", "2025-T2", "cancelled"));
    expect(coveredYears(coverageOf(planCoverage(cancelled), "industri"), "strategies", 3)).toEqual([2024]);

    const completed = industriWith("industri-bedriftsbesok");
    completed.statusReports.push(report("industri-bedriftsbesok", "2025", "completed"));
    expect(coveredYears(coverageOf(planCoverage(completed), "industri"), "strategies", 3)).toEqual([2024, 2025]);
  });

  it("judges the whole period: an area covered in one year only is covered", () => {
    const coverage = planCoverage(industriWith("industri-gardsbesok"));
    expect(coverage.verdict.isEveryAreaCovered).toBe(true);
    expect(coverage.verdict.isEveryStrategyCovered).toBe(false);
  });
});

describe("planCoverage on Gjøvik's plan", () => {
  const result = parsePlanDocument(
    JSON.parse(readFileSync(new URL("../../plans/gjovik-naering-2024-2026.json", import.meta.url), "utf8")),
  );
  if (!result.ok) throw new Error("The Gjøvik plan does not parse");
  const coverage = planCoverage(result.plan);
  const area = (key: string) => coverageOf(coverage, key);

  it("covers every area but Næringsarealer in 2024, and every area in 2025 and 2026", () => {
    // Næringsarealer's measures start in 2025 (Bjugstadmarka) and 2026, and no related plan links to it.
    const in2024 = coverage.areas.filter((a) => a.coveredYears.includes(2024)).map((a) => a.areaKey);
    expect(in2024).toEqual([
      "industri",
      "digital",
      "biokommune",
      "helsenaering",
      "synlig-attraktiv",
      "naeringsvennlig",
      "studenter",
      "infrastruktur",
    ]);
    expect(area("naeringsarealer").coveredYears).toEqual([2025, 2026]);
    expect(coverage.areas.every((a) => a.coveredYears.includes(2025) && a.coveredYears.includes(2026))).toBe(true);
    expect(coverage.verdict.isEveryAreaCovered).toBe(true);
  });

  it("finds the strategies no measure or related plan ever serves", () => {
    expect(coverage.verdict.isEveryStrategyCovered).toBe(false);
    const never = coverage.gaps
      .filter((gap) => gap.level === "strategy" && gap.years.length === 3)
      .map((gap) => `${gap.areaKey} ${gap.number}`);
    expect(never).toEqual([
      "industri 4",
      "synlig-attraktiv 3",
      "naeringsvennlig 5",
      "naeringsvennlig 6",
      "naeringsarealer 4",
      "studenter 3",
    ]);
  });

  it("covers strategies from the year their measures start", () => {
    // Industri: strategy 1 by two ongoing measures; 2 and 3 only by Raufossindustrien (2025) once the
    // regional team, started by a condition, is left out.
    expect(coveredYears(area("industri"), "strategies", 1)).toEqual([2024, 2025, 2026]);
    expect(coveredYears(area("industri"), "strategies", 2)).toEqual([2025, 2026]);
    expect(coveredYears(area("naeringsarealer"), "strategies", 3)).toEqual([2026]);
    // Synlig og attraktiv: strategy 5 only by «Koordinering av omdømmearbeid» (first half of 2025).
    expect(coveredYears(area("synlig-attraktiv"), "strategies", 5)).toEqual([2025, 2026]);
  });

  it("covers sub-goals only through related plans", () => {
    expect(coveredYears(area("industri"), "subGoals", 1)).toEqual([]);
    expect(coveredYears(area("biokommune"), "subGoals", 4)).toEqual([]);
    expect(coveredYears(area("biokommune"), "subGoals", 2)).toEqual([2024, 2025, 2026]);
    expect(coveredYears(area("infrastruktur"), "subGoals", 4)).toEqual([2024, 2025, 2026]);
  });

  it("lists the one measure placed by a condition and the one «Strategi ?»", () => {
    expect(coverage.unscheduled.map((m) => m.measureKey)).toEqual(["industri-regionalt-team"]);
    const unknown = coverage.areas.flatMap((a) => a.unknownRefs.map((r) => `${a.areaKey} ${r.key} ${r.level}`));
    expect(unknown).toEqual(["synlig-attraktiv stedsutvikling-biri-snertingdal-hunndalen strategy"]);
  });
});
