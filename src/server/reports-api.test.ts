/**
 * Reporting against the real app and database: a measure's and an activity's status and indicator
 * values for a period, a report replaced with the version read, stale and invalid reports refused,
 * the reporting round and a unit's to-do list changing as reports come in.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadPlanDocument } from "../db/load-plan.js";
import type { PlanDocument, StatusReport } from "../domain/plan-schema.js";
import { versionOf } from "../domain/versions.js";
import { createTestServer, type TestServer } from "./test-server.js";

const KEY = "gjovik-naering-2024-2026";
const BASE = `/api/plans/${KEY}`;
const MEASURE = "industri-bedriftsbesok";
const INDICATOR = "industri-bedriftsbesok-antall";

let server: TestServer;
beforeAll(async () => {
  server = await createTestServer();
});
afterAll(async () => {
  await server?.dispose();
});

async function api(method: "GET" | "PUT", url: string, payload?: unknown, user?: string) {
  // Who writes, for the history: a signed-in user of that name (else the default admin).
  const headers = user === undefined ? {} : (await server.writer(user)).headers;
  const res = await server.app.inject({ method, url, payload: payload as object, headers });
  return { status: res.statusCode, body: res.json() };
}

const report = {
  status: "ongoing",
  assessment: "at_risk",
  progressPercent: 60,
  comment: "Tre av fem bedriftsbesøk er gjort.",
  indicatorValues: [{ indicatorKey: INDICATOR, value: 3 }],
  reportedBy: null,
};

const reportsOf = async (measureKey: string): Promise<StatusReport[]> =>
  ((await api("GET", BASE)).body as PlanDocument).statusReports.filter((r) => r.measureKey === measureKey);

describe("PUT /api/plans/{key}/measures/{measureKey}/reports/{period}", () => {
  it("stores the first report of a period with the server's time and the writer's name", async () => {
    const before = await api("GET", `${BASE}/reporting-round?period=2025-T1&unit=naering`);
    const item = before.body.units[0].items.find((i: { measureKey: string }) => i.measureKey === MEASURE);
    expect(item.report).toBeNull();

    const res = await api(
      "PUT",
      `${BASE}/measures/${MEASURE}/reports/2025-T1`,
      { version: null, data: report },
      "Kari",
    );
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ ...report, measureKey: MEASURE, activityKey: null, reportedBy: "Kari" });
    expect(Date.now() - Date.parse(res.body.data.reportedAt)).toBeLessThan(60_000);
    expect(res.body.version).toBe(versionOf(res.body.data));
    expect(await reportsOf(MEASURE)).toEqual([res.body.data]);

    const after = await api("GET", `${BASE}/reporting-round?period=2025-T1&unit=naering`);
    const reported = after.body.units[0].items.find((i: { measureKey: string }) => i.measureKey === MEASURE);
    expect(reported.report.status).toBe("ongoing");
    expect(after.body.reportedCount).toBe(before.body.reportedCount + 1);
  });

  it("refuses a second «first» report for the period, and replaces it given the version read", async () => {
    const [current] = await reportsOf(MEASURE);
    const again = await api("PUT", `${BASE}/measures/${MEASURE}/reports/2025-T1`, { version: null, data: report });
    expect(again.status).toBe(409);
    expect(again.body.error.current.data).toEqual(current);

    const updated = {
      ...report,
      status: "completed",
      progressPercent: 100,
      indicatorValues: [{ indicatorKey: INDICATOR, value: 5 }],
    };
    const res = await api("PUT", `${BASE}/measures/${MEASURE}/reports/2025-T1`, {
      version: versionOf(current),
      data: updated,
    });
    expect(res.status).toBe(200);
    const reports = await reportsOf(MEASURE);
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatchObject({ status: "completed", indicatorValues: [{ indicatorKey: INDICATOR, value: 5 }] });

    const events = (await api("GET", `/api/audit?plan=${KEY}&measure=${MEASURE}`)).body.events;
    expect(events[0]).toMatchObject({
      action: "reported",
      entityType: "statusReport",
      entityKey: `${MEASURE}/2025-T1`,
    });
    expect(events[0].before.status).toBe("ongoing");
    expect(events[0].after.status).toBe("completed");
  });

  it("keeps earlier periods' reports when a later period is reported", async () => {
    const res = await api("PUT", `${BASE}/measures/${MEASURE}/reports/2025-T2`, { version: null, data: report });
    expect(res.status).toBe(200);
    expect((await reportsOf(MEASURE)).map((r) => r.period)).toEqual(["2025-T1", "2025-T2"]);
  });

  it("refuses bad values field by field, and stores nothing", async () => {
    const before = await reportsOf(MEASURE);
    const cases: Array<[unknown, string[]]> = [
      [{ ...report, progressPercent: 150 }, ["progressPercent"]],
      [{ ...report, status: "halvveis" }, ["status"]],
      [{ ...report, indicatorValues: [{ indicatorKey: INDICATOR, value: "tre" }] }, ["indicatorValues[0].value"]],
      [
        { ...report, indicatorValues: [{ indicatorKey: "finnes-ikke", value: 3 }] },
        ["indicatorValues[0].indicatorKey"],
      ],
    ];
    for (const [data, paths] of cases) {
      const res = await api("PUT", `${BASE}/measures/${MEASURE}/reports/2026-T1`, { version: null, data });
      expect(res.status, JSON.stringify(data)).toBe(400);
      expect(res.body.error.problems.map((p: { path: string }) => p.path)).toEqual(paths);
    }
    expect(
      (await api("PUT", `${BASE}/measures/${MEASURE}/reports/2030-T1`, { version: null, data: report })).status,
    ).toBe(400);
    expect(
      (await api("PUT", `${BASE}/measures/${MEASURE}/reports/2025-T4`, { version: null, data: report })).status,
    ).toBe(400);
    expect(
      (await api("PUT", `${BASE}/measures/finnes-ikke/reports/2025-T1`, { version: null, data: report })).status,
    ).toBe(404);
    expect(await reportsOf(MEASURE)).toEqual(before);
  });
});

describe("reports on activities", () => {
  it("reports an activity with its own indicator, a milestone as a date", async () => {
    const url = `${BASE}/measures/industri-naeringsutviklingsprogram/activities/industri-naeringsutviklingsprogram-ansvarsfordeling/reports/2025-T1`;
    const data = {
      status: "completed",
      assessment: "on_track",
      progressPercent: 100,
      comment: null,
      indicatorValues: [{ indicatorKey: "industri-naeringsutviklingsprogram-samarbeidsavtaler", value: "2025-03-14" }],
      reportedBy: "Styret",
    };
    const res = await api("PUT", url, { version: null, data });
    expect(res.status).toBe(200);
    expect(res.body.data.activityKey).toBe("industri-naeringsutviklingsprogram-ansvarsfordeling");

    const wrongDay = { ...data, indicatorValues: [{ ...data.indicatorValues[0], value: "2025-02-30" }] };
    const bad = await api("PUT", url, { version: versionOf(res.body.data), data: wrongDay });
    expect(bad.status).toBe(400);
    expect(bad.body.error.problems[0].path).toBe("indicatorValues[0].value");
  });
});

describe("the reporting calendar and round", () => {
  it("lists the plan's nine tertials with deadlines", async () => {
    const res = await api("GET", `${BASE}/reporting-periods`);
    expect(res.status).toBe(200);
    expect(res.body).toHaveLength(9);
    expect(res.body[0]).toEqual({ period: "2024-T1", deadline: "2024-05-31" });
  });

  it("groups the round by unit and answers 404 for an unknown unit and 400 for a period outside the plan", async () => {
    const round = await api("GET", `${BASE}/reporting-round?period=2025-T1`);
    expect(round.status).toBe(200);
    const names = round.body.units.map((u: { actor: { name: string } }) => u.actor.name);
    expect(names).toEqual([...names].sort((a: string, b: string) => a.localeCompare(b, "nb")));
    expect(round.body.reportedCount + round.body.missingCount).toBeGreaterThan(27);
    expect((await api("GET", `${BASE}/reporting-round?period=2025-T1&unit=finnes-ikke`)).status).toBe(404);
    expect((await api("GET", `${BASE}/reporting-round?period=2031-T1`)).status).toBe(400);
  });
});

describe("the plan kept in memory after reports", () => {
  it("is exactly what the database holds, and the next read needs no load", async () => {
    // The reports above were written one by one, each kept in memory as written.
    const misses = server.ctx.plans.misses;
    const kept = (await api("GET", BASE)).body as PlanDocument;
    expect(server.ctx.plans.misses).toBe(misses);
    expect(kept.statusReports.length).toBeGreaterThan(2);
    expect(kept).toEqual(await loadPlanDocument(server.ctx.database, KEY));
  });
});
