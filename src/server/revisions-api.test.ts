/**
 * Revisions through the API on Gjøvik's plan: adopt revision 1 (then it refuses content writes
 * but takes status reports), evaluate 2024, roll into a draft revision 2, edit it, compare the
 * two, and the revisions on a line; plus the refusals (draft roll, stale version, unknown number).
 * The steps build on each other and run in order.
 */
import { sql } from "drizzle-orm";
import { strFromU8, unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { planRevisions } from "../db/schema/index.js";
import type { Measure, PlanDocument } from "../domain/plan-schema.js";
import { versionOf } from "../domain/versions.js";
import { createTestServer, type TestServer } from "./test-server.js";

const KEY = "gjovik-naering-2024-2026";
const BASE = `/api/plans/${KEY}`;
const COMPLETE = "industri-regionalt-team";
const STOP = "digital-kommersialisering-forskning";
const CHANGE = "industri-naeringsutviklingsprogram";
const CARRIED = "industri-bedriftsbesok";

let server: TestServer;
beforeAll(async () => {
  server = await createTestServer();
});
afterAll(async () => {
  await server?.dispose();
});

async function api(method: "GET" | "POST" | "PUT", url: string, payload?: unknown, user?: string) {
  // Who writes, for the history: a signed-in user of that name (else the default admin).
  const headers = user === undefined ? {} : (await server.writer(user)).headers;
  const res = await server.app.inject({ method, url, payload: payload as object, headers });
  return { status: res.statusCode, body: res.body === "" ? null : res.json() };
}

const loadPlan = async () => (await api("GET", BASE)).body as PlanDocument;
const measureKeys = (plan: PlanDocument) => plan.focusAreas.flatMap((a) => a.measures.map((m) => m.key));
function measureOf(plan: PlanDocument, key: string): Measure {
  const measure = plan.focusAreas.flatMap((a) => a.measures).find((m) => m.key === key);
  if (measure === undefined) throw new Error(`No measure ${key}`);
  return measure;
}

const report = { status: "ongoing", assessment: "on_track", progressPercent: 40, comment: "I rute", reportedBy: null };
const evaluate = (target: string, data: object) => api("PUT", `${BASE}/evaluations/2024/${target}`, { data }, "Kari");

describe("revisions of an action plan", () => {
  let adopted: PlanDocument;

  it("refuses to roll a draft and to adopt on a stale version", async () => {
    const plan = await loadPlan();
    const roll = await api("POST", `${BASE}/revisions/roll`, { version: versionOf(plan), year: 2024 });
    expect(roll.status).toBe(409);
    expect(roll.body.error.code).toBe("revision_not_adopted");
    const stale = await api("POST", `${BASE}/revisions/adopt`, {
      version: "0000000000000000",
      adoptedOn: "2025-01-15",
      decisionRef: "PS 12/25",
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe("version_conflict");
  });

  it("adopts revision 1, which the plan then shows adopted", async () => {
    const plan = await loadPlan();
    const res = await api(
      "POST",
      `${BASE}/revisions/adopt`,
      { version: versionOf(plan), adoptedOn: "2025-01-15", decisionRef: "PS 12/25" },
      "Ordfører",
    );
    expect(res.status).toBe(200);
    expect(res.body.revision).toEqual({ number: 1, adoptedOn: "2025-01-15", decisionRef: "PS 12/25" });
    adopted = await loadPlan();
    expect(adopted.actionPlan.revision).toEqual(res.body.revision);
    expect(res.body.version).toBe(versionOf(adopted));
    const again = await api("POST", `${BASE}/revisions/adopt`, {
      version: versionOf(adopted),
      adoptedOn: "2025-02-01",
      decisionRef: null,
    });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe("revision_adopted");
  });

  it("refuses content writes and imports on the adopted revision, but takes status reports", async () => {
    const measure = measureOf(adopted, CHANGE);
    const edit = await api("PUT", `${BASE}/measures/${CHANGE}`, {
      version: versionOf(measure),
      data: { ...measure, title: "Endret" },
    });
    expect(edit.status).toBe(409);
    expect(edit.body.error.code).toBe("revision_adopted");

    const file = Buffer.from(JSON.stringify(adopted));
    const imported = await server.app.inject({
      method: "POST",
      url: `${BASE}/import?format=json&version=${versionOf(adopted)}`,
      payload: file,
      headers: { "content-type": "application/octet-stream" },
    });
    expect(imported.statusCode).toBe(409);
    expect(imported.json().error.code).toBe("revision_adopted");

    const reported = await api("PUT", `${BASE}/measures/${CARRIED}/reports/2024`, { version: null, data: report });
    expect(reported.status).toBe(200);
    expect((await loadPlan()).actionPlan.revision.adoptedOn).toBe("2025-01-15");
  });

  it("stores and lists the year's evaluations, refusing an invalid one", async () => {
    expect(
      (await evaluate(`measure/${COMPLETE}`, { judgement: "good", text: "Ferdig", recommendation: "complete" })).status,
    ).toBe(200);
    expect((await evaluate(`measure/${STOP}`, { judgement: "poor", text: "", recommendation: "stop" })).status).toBe(
      200,
    );
    expect(
      (await evaluate(`measure/${CHANGE}`, { judgement: "partly", text: "Juster", recommendation: "change" })).status,
    ).toBe(200);
    const area = await evaluate("area/industri", { judgement: "partly", text: "Delvis" });
    expect(area.status).toBe(200);
    expect(area.body.data).toEqual({
      year: 2024,
      target: { type: "area", key: "industri" },
      judgement: "partly",
      text: "Delvis",
      recommendation: null,
    });
    const noRecommendation = await evaluate(`measure/${CARRIED}`, { judgement: "good", text: "" });
    expect(noRecommendation.status).toBe(400);
    expect(
      (await evaluate("measure/finnes-ikke", { judgement: "good", text: "", recommendation: "continue" })).status,
    ).toBe(404);

    const listed = await api("GET", `${BASE}/evaluations?year=2024`);
    expect(listed.status).toBe(200);
    expect(listed.body.evaluations).toHaveLength(4);
    expect((await api("GET", `${BASE}/evaluations?year=2023`)).body.evaluations).toEqual([]);
  });

  it("rolls into a draft revision 2 without the closed measures, keeping the carried ones' reports", async () => {
    const stale = await api("POST", `${BASE}/revisions/roll`, { version: "0000000000000000", year: 2024 });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe("version_conflict");

    const plan = await loadPlan();
    const res = await api("POST", `${BASE}/revisions/roll`, { version: versionOf(plan), year: 2024 }, "Kari");
    expect(res.status).toBe(200);
    expect(res.body.closed.sort()).toEqual([STOP, COMPLETE].sort());
    expect(res.body.toEdit).toEqual([CHANGE]);
    expect(res.body.problems).toEqual([]);
    const rolled = await loadPlan();
    expect(res.body.version).toBe(versionOf(rolled));
    expect(rolled.actionPlan.revision).toEqual({ number: 2, adoptedOn: null, decisionRef: null });
    expect(measureKeys(rolled)).not.toContain(COMPLETE);
    expect(measureKeys(rolled)).not.toContain(STOP);
    expect(rolled.statusReports.filter((r) => r.measureKey === CARRIED)).toHaveLength(1);
  });

  it("edits the draft: the «change» measure's title and a new measure", async () => {
    const plan = await loadPlan();
    const measure = measureOf(plan, CHANGE);
    const edit = await api("PUT", `${BASE}/measures/${CHANGE}`, {
      version: versionOf(measure),
      data: { ...measure, title: "Nytt næringsutviklingsprogram" },
    });
    expect(edit.status).toBe(200);
    const data = {
      key: "industri-nytt-tiltak",
      title: "Nytt tiltak",
      strategyNumbers: ["unknown"],
      start: { kind: "year", year: 2025, text: "2025" },
    };
    expect((await api("POST", `${BASE}/areas/industri/measures`, { data })).status).toBe(201);
  });

  it("compares revision 1 with the draft 2: two closed, one changed, one added", async () => {
    const res = await api("GET", `${BASE}/revisions/compare?from=1&to=2`);
    expect(res.status).toBe(200);
    expect(res.body.counts.measures).toEqual({ added: 1, closed: 2, changed: 1 });
    const measures = res.body.areas.flatMap((a: { measures: object[] }) => a.measures);
    const changed = measures.find((m: { change: string }) => m.change === "changed");
    expect(changed).toMatchObject({
      key: CHANGE,
      fields: [{ field: "title", after: "Nytt næringsutviklingsprogram" }],
    });
    expect((await api("GET", `${BASE}/revisions/compare?from=1&to=3`)).status).toBe(404);
  });

  it("keeps revision 1 exactly as adopted", async () => {
    const res = await api("GET", `${BASE}/revisions/1`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual(adopted);
    expect(JSON.stringify(res.body)).toBe(JSON.stringify(adopted));
    expect((await api("GET", `${BASE}/revisions/2`)).body).toEqual(await loadPlan());
    expect((await api("GET", `${BASE}/revisions/7`)).status).toBe(404);
    expect((await api("GET", "/api/plans/finnes-ikke/revisions/1")).status).toBe(404);
  });

  it("lists revision 1 adopted and 2 as a draft, with what changed", async () => {
    const res = await api("GET", `${BASE}/revisions`);
    expect(res.status).toBe(200);
    expect(res.body.revisions).toMatchObject([
      { number: 1, status: "adopted", adoptedOn: "2025-01-15", decisionRef: "PS 12/25", changes: null },
      { number: 2, status: "draft", adoptedOn: null, decisionRef: null, adoptedAt: null },
    ]);
    expect(res.body.revisions[1].changes.measures).toEqual({ added: 1, closed: 2, changed: 1 });
    expect(Date.parse(res.body.revisions[0].adoptedAt)).not.toBeNaN();
  });

  it("puts what changed since revision 1 in the council's document of revision 2", async () => {
    const res = await server.app.inject({ method: "GET", url: `${BASE}/export?format=docx` });
    expect(res.statusCode).toBe(200);
    const xml = strFromU8(unzipSync(new Uint8Array(res.rawPayload))["word/document.xml"] ?? new Uint8Array());
    const text = xml.replace(/<[^>]+>/g, " ");
    expect(text).toContain("Endringer fra revisjon 1");
    expect(text).toContain("Nytt næringsutviklingsprogram");
    // A document of one area, and revision 1's own document, have no such section.
    const area = await server.app.inject({ method: "GET", url: `${BASE}/export?format=docx&area=industri` });
    const areaXml = strFromU8(unzipSync(new Uint8Array(area.rawPayload))["word/document.xml"] ?? new Uint8Array());
    expect(areaXml).not.toContain("Endringer fra revisjon");
  });

  it("leaves a history of adoption, evaluation, roll and closed measures", async () => {
    const events = (await api("GET", `/api/audit?plan=${KEY}&limit=100`)).body.events as Array<Record<string, unknown>>;
    const actions = events.map((e) => `${e.action}:${e.entityType}`);
    expect(actions).toEqual(
      expect.arrayContaining(["adopted:revision", "rolled:revision", "closed:measure", "created:evaluation"]),
    );
  });
});

describe("the plan_revisions table", () => {
  it("refuses changing a frozen revision, and goes with its plan", async () => {
    const { db } = server.ctx.database;
    await expect(db.execute(sql`update plan_revisions set decision_ref = 'x'`)).rejects.toThrow();
    expect((await db.select().from(planRevisions)).map((r) => r.decisionRef)).toEqual(["PS 12/25"]);
    // A row trigger refusing DELETE would also refuse the cascade from the plan; there is none.
    await db.execute(sql`delete from action_plans where key = ${KEY}`);
    expect(await db.select().from(planRevisions)).toEqual([]);
  });
});
