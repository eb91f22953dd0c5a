/**
 * Search on a real database (PGlite, or PostgreSQL with TEST_DATABASE_URL): Norwegian stemming,
 * case and æøå, compound prefixes, ranking, entries kept current by every write, hostile input.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type AppContext, createAppContext } from "../app/context.js";
import { editPlan } from "../app/edit-plan.js";
import { AppError } from "../app/errors.js";
import { headlineSegments, search } from "../app/search.js";
import type { StatusReport } from "../domain/plan-schema.js";
import type { SearchHit } from "../domain/search-model.js";
import { fixturePlan } from "../domain/test-fixtures.js";
import { versionOf } from "../domain/versions.js";
import { savePlanDocument } from "./plan-store.js";
import * as t from "./schema/index.js";
import { searchEntriesOf } from "./search-entries.js";
import { createTestDatabase, type TestDatabase } from "./test-database.js";
import { generatedPlan } from "./test-plans.js";

const KEY = "testby-naering-2024-2026";

let database: TestDatabase;
let ctx: AppContext;
beforeEach(async () => {
  database = await createTestDatabase();
  ctx = createAppContext(database);
  await savePlanDocument(database, fixturePlan(), { replace: false });
});
afterEach(async () => {
  await database.dispose();
});

const plain = (segments: SearchHit["title"] | null) => segments?.map((s) => s.text).join("") ?? null;
const marked = (segments: SearchHit["title"] | null) => segments?.filter((s) => s.isHit).map((s) => s.text) ?? [];
const find = async (q: string, plan?: string) => (await search(ctx, { q, plan })).hits;
const titles = async (q: string, plan?: string) => (await find(q, plan)).map((h) => plain(h.title));

describe("the search entries", () => {
  it("hold every area, goal, strategy, measure, activity and indicator of the plan, in document order", async () => {
    const plan = fixturePlan();
    const entries = searchEntriesOf(plan);
    const measures = plan.focusAreas.flatMap((a) => a.measures);
    const activities = measures.flatMap((m) => m.activities);
    const count = (type: string) => entries.filter((e) => e.entityType === type).length;
    expect(count("area")).toBe(plan.focusAreas.length);
    expect(count("mainGoal")).toBe(plan.focusAreas.length);
    expect(count("subGoal")).toBe(plan.focusAreas.flatMap((a) => a.subGoals).length);
    expect(count("strategy")).toBe(plan.focusAreas.flatMap((a) => a.strategies).length);
    expect(count("measure")).toBe(measures.length);
    expect(count("activity")).toBe(activities.length);
    expect(count("indicator")).toBe([...measures, ...activities].flatMap((x) => x.indicators).length);
    expect(await database.db.$count(t.searchEntries)).toBe(entries.length);
  });

  it("go with their plan when it is replaced", async () => {
    const before = await database.db.$count(t.searchEntries);
    await savePlanDocument(database, fixturePlan(), { replace: true });
    expect(await database.db.$count(t.searchEntries)).toBe(before);
  });
});

describe("search", () => {
  it("finds an inflected form: «bedrifter» finds «bedrift…», with the hit words marked", async () => {
    const hits = await find("bedrifter");
    expect(hits.map((h) => plain(h.title))).toEqual(
      expect.arrayContaining(["Besøke bedrifter.", "Bedriftsbesøk", "20 bedrifter fulgt opp", "5 bedriftsbesøk"]),
    );
    const measure = hits.find((h) => h.type === "measure" && h.measureKey === "industri-bedriftsbesok");
    expect(marked(measure?.title ?? null)).toEqual(["Bedriftsbesøk"]);
    expect(measure).toMatchObject({ planKey: KEY, areaKey: "industri", activityKey: null, number: null });
  });

  it("ignores case and keeps æ, ø and å", async () => {
    const lower = await titles("gårdsbesøk");
    expect(lower).toEqual(["Gårdsbesøk hos landbruksindustrien"]);
    expect(await titles("GÅRDSBESØK")).toEqual(lower);
    expect(await titles("Gårdsbesøk")).toEqual(lower);
  });

  it("matches a word as the start of a compound: «landbruk» finds «landbruksindustrien»", async () => {
    const hits = await find("landbruk");
    expect(hits.map((h) => plain(h.title))).toContain("Gårdsbesøk hos landbruksindustrien");
    // The body's word is found and marked in the snippet too.
    const activity = hits.find((h) => h.activityKey === "industri-besoksplan" && h.type === "activity");
    expect(marked(activity?.snippet ?? null)).toEqual(["landbruksbasert"]);
  });

  it("requires every word", async () => {
    expect(await titles("gårdsbesøk landbruk")).toEqual(["Gårdsbesøk hos landbruksindustrien"]);
    expect(await titles("gårdsbesøk eksport")).toEqual([]);
  });

  it("ranks a hit in the title above a hit in the body only", async () => {
    const hits = await find("industri");
    const areal = hits.findIndex((h) => h.measureKey === "industri-areal" && h.type === "measure");
    const visits = hits.findIndex((h) => h.measureKey === "industri-bedriftsbesok" && h.type === "measure");
    expect(areal).toBeGreaterThanOrEqual(0);
    expect(visits).toBeGreaterThan(areal);
    expect(hits[visits]?.rank).toBeLessThan(hits[areal]?.rank ?? 0);
    expect(marked(hits[visits]?.snippet ?? null)).toEqual(["industribedrifter"]);
    expect(hits.map((h) => h.rank)).toEqual([...hits.map((h) => h.rank)].sort((a, b) => b - a));
  });

  it("says what a sub-goal or strategy is numbered and which measure an activity or indicator is under", async () => {
    const [strategy] = await find("nettverk");
    expect(strategy).toMatchObject({ type: "strategy", areaKey: "industri", number: 2, measureKey: null });
    const [indicator] = await find("besøksplan vedtatt");
    expect(indicator).toMatchObject({
      type: "indicator",
      measureKey: "industri-bedriftsbesok",
      activityKey: "industri-besoksplan",
    });
  });

  it("counts every match while returning at most the limit", async () => {
    const all = await search(ctx, { q: "bedrift" });
    expect(all.total).toBe(all.hits.length);
    const two = await search(ctx, { q: "bedrift", limit: 2 });
    expect(two.hits).toHaveLength(2);
    expect(two.total).toBe(all.total);
    expect(two.plans).toEqual([{ key: KEY, title: fixturePlan().actionPlan.title, levelNames: expect.any(Object) }]);
  });

  it("searches one plan or all of them", async () => {
    await savePlanDocument(database, generatedPlan("annen-plan", 1, 1), { replace: false });
    const everywhere = await find("besøk");
    expect(new Set(everywhere.map((h) => h.planKey))).toEqual(new Set([KEY, "annen-plan"]));
    expect(new Set((await find("besøk", "annen-plan")).map((h) => h.planKey))).toEqual(new Set(["annen-plan"]));
  });

  it("follows an edit: a renamed measure is found by its new words and no longer by its old", async () => {
    const plan = fixturePlan();
    const measure = plan.focusAreas[0]?.measures.find((m) => m.key === "industri-areal");
    if (measure === undefined) throw new Error("The fixture has no measure industri-areal");
    expect((await find("areal")).some((h) => h.measureKey === "industri-areal")).toBe(true);
    await editPlan(
      ctx,
      KEY,
      {
        op: "update",
        collection: "measures",
        key: measure.key,
        data: { ...measure, title: "Tomter for sirkulærøkonomi" },
      },
      { version: versionOf(measure) },
      { name: null },
    );
    expect(await titles("sirkulærøkonomien")).toEqual(["Tomter for sirkulærøkonomi"]);
    expect((await find("areal")).some((h) => h.measureKey === "industri-areal")).toBe(false);
  });

  it("leaves the entries alone for a status report, which changes no words", async () => {
    const ids = async () =>
      (await database.db.select({ id: t.searchEntries.id }).from(t.searchEntries)).map((r) => r.id);
    const before = await ids();
    const report: StatusReport = {
      measureKey: "industri-areal",
      activityKey: null,
      period: "2025-T3",
      status: "ongoing",
      assessment: null,
      progressPercent: null,
      comment: "Bedriftsbesøk i gang",
      commentInternal: false,
      indicatorValues: [],
      reportedAt: "2025-10-01T10:00:00Z",
      reportedBy: null,
    };
    await editPlan(ctx, KEY, { op: "report", report }, { version: null }, { name: null });
    expect(await ids()).toEqual(before);
  });

  it("refuses an empty or overlong query and an unknown plan", async () => {
    await expect(search(ctx, { q: "   " })).rejects.toMatchObject({ code: "invalid_input" });
    await expect(search(ctx, { q: "a".repeat(201) })).rejects.toMatchObject({ code: "invalid_input" });
    await expect(search(ctx, { q: "bedrift", plan: "finnes-ikke" })).rejects.toBeInstanceOf(AppError);
    await expect(search(ctx, { q: "bedrift", plan: "finnes-ikke" })).rejects.toMatchObject({ code: "not_found" });
  });

  it("treats SQL and tsquery syntax as plain words", async () => {
    for (const q of ["'); drop table search_entries; --", "&|!:*", "bedrift:* | !gård", "\\'", "og"]) {
      await expect(search(ctx, { q })).resolves.toMatchObject({ query: q.trim() });
    }
    expect((await search(ctx, { q: "&|!:*" })).total).toBe(0);
    // «bedrift:* | !gård» is the two words «bedrift» and «gård», both required: no OR, no NOT.
    expect((await search(ctx, { q: "bedrift:* | !gård" })).total).toBe(0);
    expect(await database.db.$count(t.searchEntries)).toBeGreaterThan(0);
  });
});

describe("headline segments", () => {
  it("split a marked headline into plain and hit pieces", () => {
    expect(headlineSegments("Gjennomføre \u0002bedriftsbesøk\u0003 for å \u0002bedrift\u0003")).toEqual([
      { text: "Gjennomføre ", isHit: false },
      { text: "bedriftsbesøk", isHit: true },
      { text: " for å ", isHit: false },
      { text: "bedrift", isHit: true },
    ]);
    expect(headlineSegments("Ingen treff")).toEqual([{ text: "Ingen treff", isHit: false }]);
  });
});
