import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type PlanDocument, PlanDocument as PlanDocumentSchema } from "../domain/plan-schema.js";
import { fixturePlan } from "../domain/test-fixtures.js";
import { checkPlanReferences } from "../domain/validate-plan.js";
import {
  countPlans,
  deletePlan,
  listPlans,
  loadPlanDocument,
  PlanExistsError,
  savePlanDocument,
} from "./plan-store.js";
import * as t from "./schema/index.js";
import { appliedMigrations, committedMigrationCount, createTestDatabase, type TestDatabase } from "./test-database.js";
import { generatedPlan } from "./test-plans.js";

let database: TestDatabase;
beforeEach(async () => {
  database = await createTestDatabase();
});
afterEach(async () => {
  await database.dispose();
});

/** How many rows each table holds, to show that a failed write left nothing behind. */
async function tableCounts(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const [name, table] of Object.entries({
    organizations: t.organizations,
    actionPlans: t.actionPlans,
    measures: t.measures,
    activities: t.activities,
    indicators: t.indicators,
    fundingLines: t.fundingLines,
    itemKeys: t.itemKeys,
    statusReports: t.statusReports,
  })) {
    counts[name] = await database.db.$count(table);
  }
  return counts;
}

function withIndicatorKeyRepeated(plan: PlanDocument): PlanDocument {
  const copy = structuredClone(plan);
  const [first, second] = copy.focusAreas[0]?.measures ?? [];
  const repeated = first?.indicators[0];
  if (second === undefined || repeated === undefined) throw new Error("The plan has too few measures");
  // Valid for the schema, caught by the domain's checks and, here, by the unique index on indicators.
  second.indicators.push(repeated);
  return copy;
}

describe("the plan store", () => {
  it("starts on a migrated, empty database", async () => {
    expect(await countPlans(database)).toBe(0);
    expect(await database.db.$count(appliedMigrations)).toBe(committedMigrationCount());
  });

  it("loads a saved plan exactly as it was saved, every field included", async () => {
    const plan = fixturePlan();
    expect(checkPlanReferences(plan)).toEqual([]);
    expect(await savePlanDocument(database, plan, { replace: false })).toBe("created");
    const loaded = await loadPlanDocument(database, plan.actionPlan.key);
    expect(loaded).toEqual(PlanDocumentSchema.parse(plan));
    expect(JSON.stringify(loaded)).toBe(JSON.stringify(plan));
  });

  it("keeps a report's comment marked internal, and the mark", async () => {
    const plan = fixturePlan();
    const [first] = plan.statusReports;
    if (first === undefined) throw new Error("The fixture has no report");
    first.commentInternal = true;
    await savePlanDocument(database, plan, { replace: false });
    const loaded = await loadPlanDocument(database, plan.actionPlan.key);
    expect(loaded?.statusReports.map((r) => [r.comment, r.commentInternal])).toEqual(
      plan.statusReports.map((r) => [r.comment, r.commentInternal]),
    );
    expect(loaded?.statusReports[0]?.commentInternal).toBe(true);
    expect(loaded?.statusReports[1]?.commentInternal).toBe(false);
  });

  it("returns null for a plan that does not exist", async () => {
    expect(await loadPlanDocument(database, "finnes-ikke")).toBeNull();
  });

  it("refuses to overwrite an existing plan without replace, and changes nothing", async () => {
    const plan = fixturePlan();
    await savePlanDocument(database, plan, { replace: false });
    const before = await tableCounts();
    const changed = structuredClone(plan);
    changed.actionPlan.title = "Ny tittel";
    await expect(savePlanDocument(database, changed, { replace: false })).rejects.toBeInstanceOf(PlanExistsError);
    expect(await tableCounts()).toEqual(before);
    expect(await loadPlanDocument(database, plan.actionPlan.key)).toEqual(plan);
  });

  it("replaces an existing plan when asked, keeping nothing of the old contents", async () => {
    await savePlanDocument(database, fixturePlan(), { replace: false });
    const next = generatedPlan(fixturePlan().actionPlan.key, 2, 3);
    expect(await savePlanDocument(database, next, { replace: true })).toBe("replaced");
    expect(await loadPlanDocument(database, next.actionPlan.key)).toEqual(next);
    expect(await database.db.$count(t.measures)).toBe(6);
    const [row] = await database.db.select({ version: t.actionPlans.version }).from(t.actionPlans);
    expect(row?.version).toBe(2);
  });

  it("leaves the database unchanged when a write fails halfway", async () => {
    const plan = fixturePlan();
    await savePlanDocument(database, plan, { replace: false });
    const before = await tableCounts();
    const broken = withIndicatorKeyRepeated(generatedPlan("en-annen-plan"));
    await expect(savePlanDocument(database, broken, { replace: false })).rejects.toThrow();
    await expect(savePlanDocument(database, withIndicatorKeyRepeated(plan), { replace: true })).rejects.toThrow();
    expect(await tableCounts()).toEqual(before);
    expect(await loadPlanDocument(database, plan.actionPlan.key)).toEqual(plan);
  });

  it("lists the plans with their organization and sizes", async () => {
    await savePlanDocument(database, fixturePlan(), { replace: false });
    await savePlanDocument(database, generatedPlan("generert-plan", 3, 4), { replace: false });
    expect(await countPlans(database)).toBe(2);
    expect(await listPlans(database)).toEqual([
      {
        key: "generert-plan",
        title: "Plan generert-plan",
        organization: { key: "gen-kommune", name: "Generert kommune" },
        firstYear: 2024,
        lastYear: 2026,
        revisionNumber: 1,
        focusAreaCount: 3,
        measureCount: 12,
      },
      {
        key: "testby-naering-2024-2026",
        title: "Handlingsplan for strategisk næringsplan 2024 til 2026",
        organization: { key: "testby-kommune", name: "Testby kommune" },
        firstYear: 2024,
        lastYear: 2026,
        revisionNumber: 2,
        focusAreaCount: 2,
        measureCount: 5,
      },
    ]);
  });

  it("deletes a plan with everything in it", async () => {
    await savePlanDocument(database, fixturePlan(), { replace: false });
    expect(await deletePlan(database, "testby-naering-2024-2026")).toBe(true);
    expect(await deletePlan(database, "testby-naering-2024-2026")).toBe(false);
    expect(await countPlans(database)).toBe(0);
    expect(await database.db.$count(t.indicatorValues)).toBe(0);
    expect(await database.db.$count(t.itemKeys)).toBe(0);
  });

  it("keeps measures and activities in one key space", async () => {
    const plan = fixturePlan();
    // The activity no status report names, so that only the repeated key can make the write fail.
    const activity = plan.focusAreas[0]?.measures[0]?.activities[1];
    if (activity === undefined) throw new Error("The plan has too few activities");
    activity.key = "samarbeid-forum";
    await expect(savePlanDocument(database, plan, { replace: false })).rejects.toThrow();
    expect(await countPlans(database)).toBe(0);
  });
});
