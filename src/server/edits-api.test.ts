/**
 * The write routes against the real app and database: valid writes, invalid ones (nothing
 * changed, the field named), stale versions (409 with the current data), removals that others
 * point to, two writers at once, and the history each write leaves.
 */

import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { areaFieldsOf, settingsOf } from "../domain/plan-edits.js";
import type { Measure, PlanDocument } from "../domain/plan-schema.js";
import { versionOf } from "../domain/versions.js";
import { createTestServer, type TestServer } from "./test-server.js";

const KEY = "gjovik-naering-2024-2026";
const BASE = `/api/plans/${KEY}`;

let server: TestServer;
beforeAll(async () => {
  server = await createTestServer();
});
afterAll(async () => {
  await server?.dispose();
});

async function api(method: "GET" | "POST" | "PUT" | "DELETE", url: string, payload?: unknown, user?: string) {
  // Who writes, for the history: a signed-in user of that name (else the default admin).
  const headers = user === undefined ? {} : (await server.writer(user)).headers;
  const res = await server.app.inject({ method, url, payload: payload as object, headers });
  return { status: res.statusCode, body: res.body === "" ? null : res.json() };
}

async function loadPlan(): Promise<PlanDocument> {
  return (await api("GET", BASE)).body as PlanDocument;
}

function measureOf(plan: PlanDocument, key: string): Measure {
  const measure = plan.focusAreas.flatMap((a) => a.measures).find((m) => m.key === key);
  if (measure === undefined) throw new Error(`No measure ${key}`);
  return measure;
}

async function history(query: string) {
  return (await api("GET", `/api/audit?${query}`)).body.events as Array<Record<string, unknown>>;
}

describe("PUT /api/plans/{key}/measures/{measureKey}", () => {
  it("changes the measure, answers its new version and records who changed what", async () => {
    const plan = await loadPlan();
    const measure = measureOf(plan, "industri-bedriftsbesok");
    const data = { ...measure, title: "Bedriftsbesøk hos industrien" };
    const res = await api(
      "PUT",
      `${BASE}/measures/${measure.key}`,
      { version: versionOf(measure), data },
      "Åse Ødegård",
    );
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ version: versionOf(data), data });
    expect(measureOf(await loadPlan(), measure.key).title).toBe("Bedriftsbesøk hos industrien");

    const [event] = await history(`plan=${KEY}&entityType=measure&entityKey=${measure.key}`);
    expect(event).toMatchObject({
      actor: "Åse Ødegård",
      action: "updated",
      entityType: "measure",
      entityKey: measure.key,
      measureKey: measure.key,
    });
    expect(event?.before).toMatchObject({ title: measure.title });
    expect(event?.after).toMatchObject({ title: "Bedriftsbesøk hos industrien" });
  });

  it("refuses a stale version with 409 and the current data, and changes nothing", async () => {
    const plan = await loadPlan();
    const measure = measureOf(plan, "industri-bedriftsbesok");
    const stale = versionOf({ ...measure, title: "something older" });
    const res = await api("PUT", `${BASE}/measures/${measure.key}`, {
      version: stale,
      data: { ...measure, title: "Overskrevet" },
    });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe("version_conflict");
    expect(res.body.error.current).toEqual({ version: versionOf(measure), data: measure });
    expect(measureOf(await loadPlan(), measure.key).title).toBe(measure.title);
  });

  it("refuses invalid data with 400 naming each field, and changes nothing", async () => {
    const plan = await loadPlan();
    const measure = measureOf(plan, "industri-bedriftsbesok");
    const bad = { ...measure, title: "", indicators: [{ ...measure.indicators[0], target: "fem" }] };
    const res = await api("PUT", `${BASE}/measures/${measure.key}`, { version: versionOf(measure), data: bad });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("invalid_input");
    expect(res.body.error.problems.map((p: { path: string }) => p.path).sort()).toEqual(
      ["indicators[0].target", "title"].sort(),
    );
    expect(await loadPlan()).toEqual(plan);
  });

  it("refuses references to things the plan lacks, naming the field", async () => {
    const plan = await loadPlan();
    const measure = measureOf(plan, "industri-bedriftsbesok");
    const data: Measure = {
      ...measure,
      strategyNumbers: [99],
      responsibility: { text: "Ingen", responsibleActorKeys: ["finnes-ikke"], partnerActorKeys: [] },
    };
    const res = await api("PUT", `${BASE}/measures/${measure.key}`, { version: versionOf(measure), data });
    expect(res.status).toBe(400);
    expect(res.body.error.problems).toEqual([
      { path: "strategyNumbers[0]", message: "Strategy 99 does not exist in the area", code: "unknown_reference" },
      {
        path: "responsibility.responsibleActorKeys[0]",
        message: 'Unknown actor "finnes-ikke"',
        code: "unknown_reference",
      },
    ]);
    expect(await loadPlan()).toEqual(plan);
  });

  it("answers 404 for a measure that does not exist and 400 for a key that changes", async () => {
    const plan = await loadPlan();
    const measure = measureOf(plan, "industri-bedriftsbesok");
    const missing = await api("PUT", `${BASE}/measures/finnes-ikke`, {
      version: versionOf(measure),
      data: { ...measure, key: "finnes-ikke" },
    });
    expect(missing.status).toBe(404);
    const renamed = await api("PUT", `${BASE}/measures/${measure.key}`, {
      version: versionOf(measure),
      data: { ...measure, key: "nytt-navn" },
    });
    expect(renamed.status).toBe(400);
    expect(renamed.body.error.problems[0].path).toBe("key");
  });

  it("lets exactly one of two writers with the same version win", async () => {
    const plan = await loadPlan();
    const measure = measureOf(plan, "industri-regionalt-team");
    const version = versionOf(measure);
    const [a, b] = await Promise.all([
      api("PUT", `${BASE}/measures/${measure.key}`, { version, data: { ...measure, title: "Skrevet av A" } }, "A"),
      api("PUT", `${BASE}/measures/${measure.key}`, { version, data: { ...measure, title: "Skrevet av B" } }, "B"),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const winner = a.status === 200 ? "Skrevet av A" : "Skrevet av B";
    expect(measureOf(await loadPlan(), measure.key).title).toBe(winner);
    const loser = a.status === 409 ? a : b;
    expect(loser.body.error.current.data.title).toBe(winner);
  });
});

describe("creating, deleting and reordering", () => {
  it("adds a measure to an area at a position, and refuses its key a second time", async () => {
    const plan = await loadPlan();
    const area = plan.focusAreas[0];
    const data = {
      key: "industri-nytt-tiltak",
      title: "Nytt tiltak",
      strategyNumbers: ["unknown"],
      start: { kind: "year", year: 2026, text: "2026" },
    };
    const res = await api("POST", `${BASE}/areas/${area?.key}/measures`, { data, position: 0 });
    expect(res.status).toBe(201);
    expect(res.body.data).toMatchObject({ key: "industri-nytt-tiltak", strategyNumbers: ["unknown"], activities: [] });
    expect((await loadPlan()).focusAreas[0]?.measures[0]?.key).toBe("industri-nytt-tiltak");
    const again = await api("POST", `${BASE}/areas/${area?.key}/measures`, { data });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe("key_taken");
  });

  it("asks before deleting a strategy that measures cite, then removes the citations when confirmed", async () => {
    const plan = await loadPlan();
    const area = plan.focusAreas.find((a) => a.key === "industri");
    if (area === undefined) throw new Error("No area industri");
    const citing = area.measures.filter((m) => m.strategyNumbers.includes(1)).map((m) => m.key);
    expect(citing.length).toBeGreaterThan(0);
    const data = { ...areaFieldsOf(area), strategies: area.strategies.filter((s) => s.number !== 1) };
    const version = versionOf(areaFieldsOf(area));

    const asked = await api("PUT", `${BASE}/areas/industri`, { version, data });
    expect(asked.status).toBe(409);
    expect(asked.body.error.code).toBe("has_references");
    const measures = asked.body.error.references.filter(
      (r: { from: { entityType: string } }) => r.from.entityType === "measure",
    );
    expect(measures.map((r: { from: { key: string } }) => r.from.key).sort()).toEqual([...citing].sort());
    expect(await loadPlan()).toEqual(plan);

    const done = await api("PUT", `${BASE}/areas/industri`, { version, data, confirm: true });
    expect(done.status).toBe(200);
    const after = await loadPlan();
    for (const key of citing) expect(measureOf(after, key).strategyNumbers).not.toContain(1);
    const events = await history(`plan=${KEY}&entityType=measure&entityKey=${citing[0]}`);
    expect(events[0]).toMatchObject({ action: "updated", entityKey: citing[0] });
  });

  it("deletes a funding source only when confirmed, leaving the shared lines to be clarified", async () => {
    const plan = await loadPlan();
    const source = plan.fundingSources[0];
    if (source === undefined) throw new Error("No funding source");
    const url = `${BASE}/funding-sources/${source.key}?version=${versionOf(source)}`;
    const asked = await api("DELETE", url);
    expect(asked.status).toBe(409);
    expect(asked.body.error.references).toHaveLength(5);
    const done = await api("DELETE", `${url}&confirm=true`);
    expect(done.status).toBe(204);
    const after = await loadPlan();
    expect(after.fundingSources.map((s) => s.key)).not.toContain(source.key);
    const lines = after.focusAreas.flatMap((a) => a.measures).flatMap((m) => m.funding);
    expect(lines.filter((l) => l.fundingSourceKey === source.key)).toEqual([]);
  });

  it("puts actors in a new order, and refuses an order that leaves one out", async () => {
    const plan = await loadPlan();
    const keys = plan.actors.map((a) => a.key);
    const reversed = [...keys].reverse();
    const res = await api("PUT", `${BASE}/order/actors`, { version: versionOf(keys), data: reversed });
    expect(res.status).toBe(200);
    expect((await loadPlan()).actors.map((a) => a.key)).toEqual(reversed);
    const stale = await api("PUT", `${BASE}/order/actors`, { version: versionOf(keys), data: keys });
    expect(stale.status).toBe(409);
    const short = await api("PUT", `${BASE}/order/actors`, { version: versionOf(reversed), data: reversed.slice(1) });
    expect(short.status).toBe(400);
    // The measures are ordered within one area, which the request must name.
    const noArea = await api("PUT", `${BASE}/order/measures`, { version: versionOf(keys), data: keys });
    expect(noArea.status).toBe(400);
    expect(noArea.body.error.problems[0].path).toBe("areaKey");
  });

  it("creates, changes and deletes an actor, a flagship and a related plan", async () => {
    const actor = { key: "ny-enhet", name: "Ny enhet", kind: "internal_unit" };
    expect((await api("POST", `${BASE}/actors`, { data: actor })).status).toBe(201);
    const renamed = { ...actor, name: "Omdøpt enhet" };
    expect((await api("PUT", `${BASE}/actors/ny-enhet`, { version: versionOf(actor), data: renamed })).status).toBe(
      200,
    );
    expect((await api("DELETE", `${BASE}/actors/ny-enhet?version=${versionOf(renamed)}`)).status).toBe(204);

    const flagship = { key: "nytt-fyrtarn", title: "Nytt fyrtårn", description: "Et løft.", focusAreaKey: null };
    expect((await api("POST", `${BASE}/flagships`, { data: flagship })).status).toBe(201);
    const related = {
      key: "ny-plan",
      title: "Ny plan",
      links: [{ focusAreaKey: "industri", strategyNumbers: ["unknown"] }],
    };
    const created = await api("POST", `${BASE}/related-plans`, { data: related });
    expect(created.status).toBe(201);
    const after = await loadPlan();
    expect(after.flagships.at(-1)?.key).toBe("nytt-fyrtarn");
    expect(after.relatedPlans.at(-1)?.links[0]?.strategyNumbers).toEqual(["unknown"]);
    expect(after.actors.map((a) => a.key)).not.toContain("ny-enhet");
  });

  it("changes the plan's settings: its level names and reporting calendar", async () => {
    const plan = await loadPlan();
    const settings = settingsOf(plan);
    const data = {
      ...settings,
      levelNames: { ...settings.levelNames, focusArea: { singular: "innsatsområde", plural: "innsatsområder" } },
      reporting: { frequency: "yearly", periods: [{ period: "2025", deadline: "2026-02-01" }] },
    };
    const res = await api("PUT", `${BASE}/settings`, { version: versionOf(settings), data });
    expect(res.status).toBe(200);
    const after = await loadPlan();
    expect(after.actionPlan.levelNames?.focusArea.singular).toBe("innsatsområde");
    expect(after.actionPlan.reporting?.periods).toEqual([{ period: "2025", deadline: "2026-02-01" }]);
    expect(after.actionPlan.key).toBe(KEY);

    const mismatched = {
      ...data,
      reporting: { frequency: "yearly", periods: [{ period: "2025-T1", deadline: "2025-01-01" }] },
    };
    const bad = await api("PUT", `${BASE}/settings`, { version: versionOf(settingsOf(after)), data: mismatched });
    expect(bad.status).toBe(400);
    expect(bad.body.error.problems.map((p: { path: string }) => p.path)).toEqual(["reporting.periods[0].period"]);
  });
});

describe("the history", () => {
  it("filters by who and by time, and cannot be changed even by SQL", async () => {
    const byAse = await history(`plan=${KEY}&actor=${encodeURIComponent("Åse Ødegård")}`);
    expect(byAse.length).toBeGreaterThan(0);
    expect(byAse.every((e) => e.actor === "Åse Ødegård")).toBe(true);
    const future = await history(`plan=${KEY}&from=${encodeURIComponent("2100-01-01T00:00:00Z")}`);
    expect(future).toEqual([]);
    const bad = await api("GET", "/api/audit?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z");
    expect(bad.status).toBe(400);

    await expect(server.ctx.database.db.execute(sql`update audit_events set actor = 'Mallory'`)).rejects.toThrow();
    await expect(server.ctx.database.db.execute(sql`delete from audit_events`)).rejects.toThrow();
    expect((await history(`plan=${KEY}&actor=Mallory`)).length).toBe(0);
  });

  it("offers no route that writes to the history", async () => {
    for (const method of ["POST", "PUT", "DELETE"] as const) {
      expect((await api(method, "/api/audit", {})).status).toBe(404);
    }
  });
});
