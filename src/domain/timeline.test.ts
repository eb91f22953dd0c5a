import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { MeasureStatus, PlanDocument, StatusReport } from "./plan-schema.js";
import { fixturePlan } from "./test-fixtures.js";
import { type PlanTimeline, planTimeline, type TimelineItem } from "./timeline.js";
import { parsePlanDocument } from "./validate-plan.js";

function gjovikPlan(): PlanDocument {
  const result = parsePlanDocument(
    JSON.parse(readFileSync(new URL("../../plans/gjovik-naering-2024-2026.json", import.meta.url), "utf8")),
  );
  if (!result.ok) throw new Error("Gjøvik's plan does not parse");
  return result.plan;
}

/** Every item of the timeline, scheduled or not, in area order. */
const allItems = (timeline: PlanTimeline): TimelineItem[] =>
  timeline.areas.flatMap((area) => [...area.items, ...area.unscheduled]);

function itemOf(timeline: PlanTimeline, key: string): TimelineItem {
  const found = allItems(timeline).find((i) => i.key === key);
  if (found === undefined) throw new Error(`No item ${key} in the timeline`);
  return found;
}

const keys = (items: TimelineItem[]) => items.map((i) => i.key);

function report(measureKey: string, activityKey: string | null, period: string, status: MeasureStatus): StatusReport {
  return {
    measureKey,
    activityKey,
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

describe("planTimeline on the fixture plan", () => {
  const timeline = planTimeline(fixturePlan());

  it("runs the axis over the plan period and keeps the areas and items in plan order", () => {
    expect(timeline.from).toBe("2024-01-01");
    expect(timeline.to).toBe("2026-12-31");
    expect(timeline.years).toEqual([2024, 2025, 2026]);
    expect(timeline.areas.map((a) => [a.areaKey, a.kind, a.number])).toEqual([
      ["industri", "focus_area", 1],
      ["samarbeid", "strategic_move", 1],
    ]);
    expect(keys(timeline.areas[0]?.items ?? [])).toEqual([
      "industri-bedriftsbesok",
      "industri-besoksplan",
      "industri-oppfolging",
      "industri-areal",
      "industri-gardsbesok",
    ]);
    expect(timeline.totalCount).toBe(7);
    expect(timeline.itemCount).toBe(7);
    expect(timeline.filters).toEqual({ unit: null, flagship: null });
  });

  it("places each kind of start: half years, a year, «Pågår» and «Fortløpende»", () => {
    expect(itemOf(timeline, "industri-bedriftsbesok").start).toEqual({
      kind: "half_year",
      text: "Første halvår 2024",
      date: "2024-01-01",
      isBeforePeriod: false,
      source: "own",
    });
    expect(itemOf(timeline, "industri-besoksplan").start.date).toBe("2025-07-01");
    expect(itemOf(timeline, "industri-gardsbesok").start).toMatchObject({ kind: "year", date: "2026-01-01" });
    for (const [key, text] of [
      ["industri-areal", "Pågår"],
      ["samarbeid-forum", "Fortløpende"],
    ]) {
      expect(itemOf(timeline, key ?? "").start).toMatchObject({ text, date: "2024-01-01", isBeforePeriod: true });
    }
  });

  it("ends at the latest indicator deadline, else at the period's end", () => {
    expect(itemOf(timeline, "industri-bedriftsbesok").end).toEqual({
      date: "2026-06-30",
      source: "indicatorDeadline",
    });
    expect(itemOf(timeline, "industri-areal").end).toEqual({ date: "2026-12-31", source: "periodEnd" });
  });

  it("gives an activity its measure's start, responsibility and flagship when it has none of its own", () => {
    const oppfolging = itemOf(timeline, "industri-oppfolging");
    expect(oppfolging).toMatchObject({ type: "activity", measureKey: "industri-bedriftsbesok" });
    expect(oppfolging.start).toMatchObject({ text: "Første halvår 2024", date: "2024-01-01", source: "measure" });
    expect(oppfolging.responsibleActorKeys).toEqual(["naering", "formannskapet"]);
    expect(oppfolging.flagshipKey).toBe("industriloftet");
    // Its own indicator has no deadline: the measure's deadlines are not borrowed.
    expect(oppfolging.end.source).toBe("periodEnd");
    expect(itemOf(timeline, "industri-besoksplan").responsibleActorKeys).toEqual(["landbruk"]);
  });

  it("never ends an item before it starts: the plan's own completed activity ends on its start", () => {
    // Deadline 31.12.2024 and completed in 1st tertial 2025, but it starts in the second half of 2025.
    const besoksplan = itemOf(timeline, "industri-besoksplan");
    expect(besoksplan.status).toBe("completed");
    expect(besoksplan.end).toEqual({ date: "2025-07-01", source: "indicatorDeadline" });
  });

  it("gives the latest reported status by period, or null", () => {
    expect(itemOf(timeline, "industri-bedriftsbesok").status).toBe("ongoing");
    expect(itemOf(timeline, "industri-areal").status).toBeNull();
  });

  it("lists a start by condition apart, in its own area, with its text", () => {
    const samarbeid = timeline.areas[1];
    expect(keys(samarbeid?.items ?? [])).toEqual(["samarbeid-forum"]);
    expect(keys(samarbeid?.unscheduled ?? [])).toEqual(["samarbeid-avtale"]);
    expect(itemOf(timeline, "samarbeid-avtale")).toMatchObject({
      isScheduled: false,
      start: { kind: "condition", text: "Må avklares med regionen", date: null },
      end: { date: "2026-12-31", source: "periodEnd" },
    });
    expect(timeline.unscheduledCount).toBe(1);
  });
});

describe("planTimeline with reports that end items", () => {
  it("ends a measure at the last day of the tertial it was completed in", () => {
    const plan = fixturePlan();
    plan.statusReports.push(report("samarbeid-forum", null, "2025-T2", "completed"));
    expect(itemOf(planTimeline(plan), "samarbeid-forum").end).toEqual({ date: "2025-08-31", source: "completed" });
  });

  it("ends an activity cancelled in a year at the year's end, leaving its measure running", () => {
    const plan = fixturePlan();
    plan.statusReports.push(report("industri-bedriftsbesok", "industri-oppfolging", "2024", "cancelled"));
    const timeline = planTimeline(plan);
    expect(itemOf(timeline, "industri-oppfolging").end).toEqual({ date: "2024-12-31", source: "cancelled" });
    expect(itemOf(timeline, "industri-oppfolging").status).toBe("cancelled");
    expect(itemOf(timeline, "industri-bedriftsbesok").end.source).toBe("indicatorDeadline");
  });

  it("keeps the earlier indicator deadline when the completion comes later", () => {
    const plan = fixturePlan();
    plan.statusReports.push(report("industri-bedriftsbesok", null, "2026-T3", "completed"));
    const measure = itemOf(planTimeline(plan), "industri-bedriftsbesok");
    expect(measure.end).toEqual({ date: "2026-06-30", source: "indicatorDeadline" });
    expect(measure.status).toBe("completed");
  });

  it("clamps starts and deadlines outside the period to it", () => {
    const plan = fixturePlan();
    const measure = plan.focusAreas[0]?.measures[2];
    if (measure === undefined) throw new Error("No third measure");
    measure.start = { kind: "year", year: 2022, half: null, text: "2022" };
    measure.indicators = [{ ...fixtureIndicator(), deadline: "2030-12-31" }];
    const item = itemOf(planTimeline(plan), measure.key);
    expect(item.start).toMatchObject({ date: "2024-01-01", isBeforePeriod: true });
    expect(item.end).toEqual({ date: "2026-12-31", source: "periodEnd" });
  });
});

function fixtureIndicator() {
  return {
    key: "ny-indikator",
    text: "Ny",
    kind: "milestone" as const,
    target: null,
    baseline: null,
    unit: null,
    recurrence: "once" as const,
    deadline: null,
  };
}

describe("planTimeline's filters", () => {
  it("by unit keeps the unit's items, and a measure as context for its matching activity", () => {
    const timeline = planTimeline(fixturePlan(), { unit: "landbruk" });
    const industri = timeline.areas[0];
    expect(keys(industri?.items ?? [])).toEqual([
      "industri-bedriftsbesok",
      "industri-besoksplan",
      "industri-gardsbesok",
    ]);
    expect(itemOf(timeline, "industri-bedriftsbesok").isContext).toBe(true);
    expect(itemOf(timeline, "industri-gardsbesok").isContext).toBe(false);
    expect(timeline.itemCount).toBe(2);
    expect(timeline.areas[1]).toMatchObject({ areaKey: "samarbeid", items: [], isEmptiedByFilter: true });
    expect(industri?.isEmptiedByFilter).toBe(false);
    expect(timeline.filters).toEqual({ unit: "landbruk", flagship: null });
  });

  it("by flagship keeps its measures with all their activities", () => {
    const timeline = planTimeline(fixturePlan(), { flagship: "industriloftet" });
    expect(keys(allItems(timeline))).toEqual(["industri-bedriftsbesok", "industri-besoksplan", "industri-oppfolging"]);
    expect(timeline.areas.map((a) => a.isEmptiedByFilter)).toEqual([false, true]);
    expect(planTimeline(fixturePlan(), { flagship: "byloftet" }).itemCount).toBe(0);
  });

  it("by both: a unit within a flagship", () => {
    const timeline = planTimeline(fixturePlan(), { unit: "naering", flagship: "industriloftet" });
    expect(keys(allItems(timeline))).toEqual(["industri-bedriftsbesok", "industri-oppfolging"]);
  });

  it("treats empty and null filters as none", () => {
    expect(planTimeline(fixturePlan(), { unit: "", flagship: null }).itemCount).toBe(7);
  });
});

describe("planTimeline on Gjøvik's plan", () => {
  const plan = gjovikPlan();
  const timeline = planTimeline(plan);

  it("lists every area, and only the regional team apart, started by a condition", () => {
    expect(timeline.areas.map((a) => a.areaKey)).toEqual(plan.focusAreas.map((a) => a.key));
    expect(keys(timeline.areas.flatMap((a) => a.unscheduled))).toEqual(["industri-regionalt-team"]);
    expect(itemOf(timeline, "industri-regionalt-team").start.text).toBe("Må avklares med Gjøvikregionen Utvikling");
    expect(timeline.areas[0]?.unscheduled).toHaveLength(1);
  });

  it("places the first and second half of 2025", () => {
    expect(itemOf(timeline, "synlig-attraktiv-innbyggerrekruttering").start).toMatchObject({
      text: "Første halvår 2025",
      date: "2025-01-01",
    });
    expect(itemOf(timeline, "synlig-attraktiv-innbyggerrekruttering-innbyggertreff").start.date).toBe("2025-07-01");
  });

  it("places a measure without a start of its own from its activities' earliest", () => {
    expect(itemOf(timeline, "biokommune-skjerven-biopark").start).toMatchObject({
      text: "Pågår",
      source: "activities",
      isBeforePeriod: true,
    });
  });

  it("ends at an indicator's deadline", () => {
    expect(itemOf(timeline, "digital-gjovik-cyber-city-pilotprosjekt").end).toEqual({
      date: "2025-12-31",
      source: "indicatorDeadline",
    });
  });

  it("filters by Næring, with a measure without owner kept as context for its activity", () => {
    const naering = planTimeline(plan, { unit: "naering" });
    expect(itemOf(naering, "industri-naeringsutviklingsprogram").isContext).toBe(true);
    expect(keys(allItems(naering))).not.toContain("industri-naeringsutviklingsprogram-ansvarsfordeling");
    expect(naering.itemCount).toBeLessThan(timeline.itemCount);
    expect(allItems(naering).every((i) => i.isContext || i.responsibleActorKeys.includes("naering"))).toBe(true);
  });

  it("filters by the flagship Gjøvik Cyber City", () => {
    const cyber = planTimeline(plan, { flagship: "gjovik-cyber-city" });
    expect(keys(allItems(cyber))).toEqual([
      "digital-gjovik-cyber-city",
      "digital-gjovik-cyber-city-pilotprosjekt",
      "digital-gjovik-cyber-city-science-park",
      "digital-kommersialisering-forskning",
    ]);
  });
});
