import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { PlanDocument, ReportingCalendar, StatusReport } from "./plan-schema.js";
import { defaultReportingCalendar, reportingPeriods } from "./reporting-periods.js";
import { type RoundItem, reportingRound, unitToDo } from "./reporting-round.js";
import { fixturePlan } from "./test-fixtures.js";
import { parsePlanDocument } from "./validate-plan.js";

const itemIds = (items: readonly RoundItem[]): string[] =>
  items.map((i) => (i.activityKey === null ? i.measureKey : `${i.measureKey}/${i.activityKey}`));

function report(fields: Partial<StatusReport> & Pick<StatusReport, "measureKey" | "period">): StatusReport {
  return {
    activityKey: null,
    status: "ongoing",
    assessment: null,
    progressPercent: null,
    comment: null,
    commentInternal: false,
    indicatorValues: [],
    reportedAt: "2025-05-20T12:00:00+02:00",
    reportedBy: null,
    ...fields,
  };
}

function planWithReports(reports: StatusReport[]): PlanDocument {
  const plan = fixturePlan();
  return { ...plan, statusReports: [...plan.statusReports, ...reports] };
}

describe("a reporting round", () => {
  it("gives each internal unit its measures and its own activities, units by name, items in plan order", () => {
    const round = reportingRound(fixturePlan(), "2025-T1");
    expect(round.units.map((u) => u.actor.key)).toEqual(["landbruk", "naering"]);
    expect(itemIds(round.units[0]?.items ?? [])).toEqual([
      "industri-bedriftsbesok/industri-besoksplan",
      "industri-gardsbesok",
    ]);
    expect(itemIds(round.units[1]?.items ?? [])).toEqual(["industri-bedriftsbesok", "samarbeid-forum"]);
  });

  it("does not chase political bodies or partners, and leaves measures with no internal unit unassigned", () => {
    const round = reportingRound(fixturePlan(), "2025-T1");
    expect(round.units.some((u) => u.actor.kind !== "internal_unit")).toBe(false);
    // industri-areal has no responsibility; samarbeid-avtale names «Formannskapet» in words only.
    expect(itemIds(round.unassigned)).toEqual(["industri-areal", "samarbeid-avtale"]);
  });

  it("describes each item by its measure, area and activity", () => {
    const landbruk = reportingRound(fixturePlan(), "2025-T1").units[0];
    expect(landbruk?.items[0]).toMatchObject({
      measureKey: "industri-bedriftsbesok",
      measureTitle: "Bedriftsbesøk",
      areaKey: "industri",
      activityKey: "industri-besoksplan",
      activityTitle: "Lage besøksplan",
    });
  });

  it("counts a report only for exactly its measure, activity and period", () => {
    const round = reportingRound(fixturePlan(), "2025-T1");
    const landbruk = round.units.find((u) => u.actor.key === "landbruk");
    expect(landbruk?.items[0]?.report?.status).toBe("completed");
    expect([landbruk?.reportedCount, landbruk?.missingCount]).toEqual([1, 1]);
    // The activity's report is not the measure's: Næring has still to report.
    const naering = round.units.find((u) => u.actor.key === "naering");
    expect([naering?.reportedCount, naering?.missingCount]).toEqual([0, 2]);
    // The yearly report for 2024 is not a report for a tertial of 2024.
    expect(reportingRound(fixturePlan(), "2024-T3").reportedCount).toBe(0);
    expect(reportingRound(fixturePlan(), "2024").reportedCount).toBe(1);
  });

  it("counts each item once in the totals, however many units share it", () => {
    const plan = fixturePlan();
    const bedriftsbesok = plan.focusAreas[0]?.measures[0];
    if (bedriftsbesok?.responsibility == null) throw new Error("The fixture's first measure has a responsibility");
    bedriftsbesok.responsibility.responsibleActorKeys = ["naering", "landbruk"];
    const shared = { ...plan, statusReports: [report({ measureKey: "industri-bedriftsbesok", period: "2025-T2" })] };
    const round = reportingRound(shared, "2025-T2");
    expect(round.units.map((u) => [u.actor.key, u.reportedCount, u.missingCount])).toEqual([
      ["landbruk", 1, 2],
      ["naering", 1, 1],
    ]);
    // Items: bedriftsbesok, besoksplan, gardsbesok, forum, and the two unassigned.
    expect([round.reportedCount, round.missingCount]).toEqual([1, 5]);
  });

  it("takes the deadline from the plan's calendar, null for a period outside it", () => {
    // The fixture's own calendar gives 2025-T1 the 20th of May.
    expect(reportingRound(fixturePlan(), "2025-T1").deadline).toBe("2025-05-20");
    expect(reportingRound(fixturePlan(), "2030-T1").deadline).toBeNull();
    const plan = { ...fixturePlan(), actionPlan: { ...fixturePlan().actionPlan, reporting: null } };
    expect(reportingRound(plan, "2025-T1").deadline).toBe("2025-05-31");
    const reporting: ReportingCalendar = {
      frequency: "tertial",
      periods: [{ period: "2025-T1", deadline: "2025-05-15" }],
    };
    const own: PlanDocument = { ...plan, actionPlan: { ...plan.actionPlan, reporting } };
    expect(reportingRound(own, "2025-T1").deadline).toBe("2025-05-15");
  });

  it("sorts units with Norwegian collation, Ø before Å", () => {
    const plan = fixturePlan();
    const renamed: PlanDocument = {
      ...plan,
      actors: plan.actors.map((a) =>
        a.key === "naering" ? { ...a, name: "Åkerbruk" } : a.key === "landbruk" ? { ...a, name: "Øvrige" } : a,
      ),
    };
    expect(reportingRound(renamed, "2025-T1").units.map((u) => u.actor.name)).toEqual(["Øvrige", "Åkerbruk"]);
  });
});

describe("a unit's to-do list", () => {
  it("lists the missing items first, then the reported ones", () => {
    const plan = planWithReports([report({ measureKey: "industri-bedriftsbesok", period: "2025-T1" })]);
    const todo = unitToDo(plan, "2025-T1", "naering");
    expect(itemIds(todo?.items ?? [])).toEqual(["samarbeid-forum", "industri-bedriftsbesok"]);
    expect([todo?.reportedCount, todo?.missingCount]).toEqual([1, 1]);
  });

  it("is empty for an actor with nothing to report, such as a political body", () => {
    const todo = unitToDo(fixturePlan(), "2025-T1", "formannskapet");
    expect(todo?.actor.name).toBe("Formannskapet");
    expect(todo?.items).toEqual([]);
  });

  it("is null for an actor the plan does not have", () => {
    expect(unitToDo(fixturePlan(), "2025-T1", "finnes-ikke")).toBeNull();
  });
});

describe("Gjøvik's reporting round", () => {
  const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
  const result = parsePlanDocument(
    JSON.parse(readFileSync(path.join(repoRoot, "plans/gjovik-naering-2024-2026.json"), "utf8")),
  );
  if (!result.ok) throw new Error(`The Gjøvik plan does not parse: ${JSON.stringify(result.problems)}`);
  const plan = result.plan;

  it("has no reports yet for the first tertial of 2025, and every measure has a unit or is unassigned", () => {
    const round = reportingRound(plan, "2025-T1");
    expect(round.reportedCount).toBe(0);
    expect(round.missingCount).toBeGreaterThan(0);
    const placed = new Set(
      [...round.units.flatMap((u) => u.items), ...round.unassigned]
        .filter((i) => i.activityKey === null)
        .map((i) => i.measureKey),
    );
    const measureKeys = plan.focusAreas.flatMap((a) => a.measures.map((m) => m.key));
    expect(measureKeys.length).toBeGreaterThan(0);
    expect(measureKeys.filter((k) => !placed.has(k))).toEqual([]);
    expect(round.units.find((u) => u.actor.key === "naering")?.items.length).toBeGreaterThan(5);
  });

  it("reports on the nine tertials 2024-T1 to 2026-T3 by default", () => {
    const periods = reportingPeriods(plan);
    expect(periods).toEqual(defaultReportingCalendar(2024, 2026, "tertial"));
    expect(periods.map((p) => p.period)).toEqual([
      "2024-T1",
      "2024-T2",
      "2024-T3",
      "2025-T1",
      "2025-T2",
      "2025-T3",
      "2026-T1",
      "2026-T2",
      "2026-T3",
    ]);
  });
});
