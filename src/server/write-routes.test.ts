/**
 * Every write route, three times: with a stale version (409 with the current data, nothing
 * stored), with invalid data (400 naming the field, nothing stored) and with valid data (stored).
 * On the made-up test plan, which has a bit of everything.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importPlan } from "../app/import-plan.js";
import { areaFieldsOf, settingsOf } from "../domain/plan-edits.js";
import type { PlanDocument } from "../domain/plan-schema.js";
import { fixturePlanInput } from "../domain/test-fixtures.js";
import { versionOf } from "../domain/versions.js";
import { createTestServer, type TestServer } from "./test-server.js";

const KEY = "testby-naering-2024-2026";
const BASE = `/api/plans/${KEY}`;
/** A version no content has: what a writer holds who read something that has changed since. */
const STALE = "0123456789abcdef";

let server: TestServer;
beforeAll(async () => {
  server = await createTestServer({ seed: false });
  await importPlan(server.ctx, fixturePlanInput(), { replace: false });
});
afterAll(async () => {
  await server?.dispose();
});

async function send(method: "POST" | "PUT" | "DELETE", url: string, payload?: unknown) {
  const res = await server.app.inject({ method, url, payload: payload as object });
  return { status: res.statusCode, body: res.body === "" ? null : res.json() };
}

async function plan(): Promise<PlanDocument> {
  return (await server.app.inject({ url: BASE })).json();
}

type Case = {
  name: string;
  /** The request with valid data, given the plan as it is now and the version to send. */
  valid: (p: PlanDocument, version: string) => { method: "POST" | "PUT" | "DELETE"; url: string; body?: unknown };
  /** The same request with data that is invalid, and the field the answer must name. */
  invalid?: (p: PlanDocument, version: string) => { url: string; body: unknown; field: string };
  /** The version of the thing written, as it is now (none for a create). */
  version?: (p: PlanDocument) => string;
  /** The change, as seen in the plan afterwards. */
  check: (p: PlanDocument) => void;
};

const area = (p: PlanDocument, key = "industri") => {
  const found = p.focusAreas.find((a) => a.key === key);
  if (found === undefined) throw new Error(`No area ${key}`);
  return found;
};
const measure = (p: PlanDocument, key: string) => {
  const found = p.focusAreas.flatMap((a) => a.measures).find((m) => m.key === key);
  if (found === undefined) throw new Error(`No measure ${key}`);
  return found;
};

const cases: Case[] = [
  {
    name: "PUT settings",
    version: (p) => versionOf(settingsOf(p)),
    valid: (p, version) => ({
      method: "PUT",
      url: `${BASE}/settings`,
      body: { version, data: { ...settingsOf(p), title: "Ny tittel" } },
    }),
    invalid: (p, version) => ({
      url: `${BASE}/settings`,
      body: { version, data: { ...settingsOf(p), lastYear: 2020 } },
      field: "lastYear",
    }),
    check: (p) => expect(p.actionPlan.title).toBe("Ny tittel"),
  },
  {
    name: "POST an area",
    valid: () => ({
      method: "POST",
      url: `${BASE}/areas`,
      body: {
        data: { key: "reiseliv", kind: "focus_area", number: 2, title: "Reiseliv", mainGoal: "Flere besøkende." },
      },
    }),
    invalid: () => ({
      url: `${BASE}/areas`,
      body: { data: { key: "Reiseliv!", kind: "focus_area", number: 3, title: "Reiseliv", mainGoal: "Mål." } },
      field: "key",
    }),
    check: (p) => expect(area(p, "reiseliv").measures).toEqual([]),
  },
  {
    name: "PUT an area",
    version: (p) => versionOf(areaFieldsOf(area(p))),
    valid: (p, version) => ({
      method: "PUT",
      url: `${BASE}/areas/industri`,
      body: { version, data: { ...areaFieldsOf(area(p)), mainGoal: "Et sterkere næringsliv." } },
    }),
    invalid: (p, version) => ({
      url: `${BASE}/areas/industri`,
      body: {
        version,
        data: {
          ...areaFieldsOf(area(p)),
          subGoals: [...area(p).subGoals, { number: 1, text: "Nummer én en gang til" }],
        },
      },
      field: "subGoals[2].number",
    }),
    check: (p) => expect(area(p).mainGoal).toBe("Et sterkere næringsliv."),
  },
  {
    name: "POST a measure",
    valid: () => ({
      method: "POST",
      url: `${BASE}/areas/industri/measures`,
      body: { data: { key: "industri-messe", title: "Messe", strategyNumbers: [2] } },
    }),
    invalid: () => ({
      url: `${BASE}/areas/industri/measures`,
      body: { data: { key: "industri-messe-2", title: "Messe", start: { kind: "year", text: "Snart" } } },
      field: "start.year",
    }),
    check: (p) => expect(measure(p, "industri-messe").strategyNumbers).toEqual([2]),
  },
  {
    name: "PUT a measure",
    version: (p) => versionOf(measure(p, "industri-areal")),
    valid: (p, version) => ({
      method: "PUT",
      url: `${BASE}/measures/industri-areal`,
      body: { version, data: { ...measure(p, "industri-areal"), description: "Regulere mer areal." } },
    }),
    invalid: (p, version) => ({
      url: `${BASE}/measures/industri-areal`,
      body: { version, data: { ...measure(p, "industri-areal"), flagshipKey: "finnes-ikke" } },
      field: "flagshipKey",
    }),
    check: (p) => expect(measure(p, "industri-areal").description).toBe("Regulere mer areal."),
  },
  {
    name: "DELETE a measure",
    version: (p) => versionOf(measure(p, "industri-messe")),
    valid: (_p, version) => ({ method: "DELETE", url: `${BASE}/measures/industri-messe?version=${version}` }),
    check: (p) => expect(p.focusAreas.flatMap((a) => a.measures).map((m) => m.key)).not.toContain("industri-messe"),
  },
  {
    name: "DELETE an area",
    version: (p) => versionOf(areaFieldsOf(area(p, "reiseliv"))),
    valid: (_p, version) => ({ method: "DELETE", url: `${BASE}/areas/reiseliv?version=${version}` }),
    check: (p) => expect(p.focusAreas.map((a) => a.key)).not.toContain("reiseliv"),
  },
  {
    name: "POST an actor",
    valid: () => ({
      method: "POST",
      url: `${BASE}/actors`,
      body: { data: { key: "kultur", name: "Kultur", kind: "internal_unit" } },
    }),
    invalid: () => ({
      url: `${BASE}/actors`,
      body: { data: { key: "kultur-2", name: "Kultur", kind: "department" } },
      field: "kind",
    }),
    check: (p) => expect(p.actors.at(-1)?.key).toBe("kultur"),
  },
  {
    name: "PUT an actor",
    version: (p) => versionOf(p.actors.find((a) => a.key === "kultur")),
    valid: (_p, version) => ({
      method: "PUT",
      url: `${BASE}/actors/kultur`,
      body: { version, data: { key: "kultur", name: "Kultur og fritid", kind: "internal_unit" } },
    }),
    invalid: (_p, version) => ({
      url: `${BASE}/actors/kultur`,
      body: { version, data: { key: "kultur", name: "x".repeat(4001), kind: "internal_unit" } },
      field: "name",
    }),
    check: (p) => expect(p.actors.find((a) => a.key === "kultur")?.name).toBe("Kultur og fritid"),
  },
  {
    name: "DELETE an actor",
    version: (p) => versionOf(p.actors.find((a) => a.key === "kultur")),
    valid: (_p, version) => ({ method: "DELETE", url: `${BASE}/actors/kultur?version=${version}` }),
    check: (p) => expect(p.actors.map((a) => a.key)).not.toContain("kultur"),
  },
  {
    name: "POST a funding source",
    valid: () => ({
      method: "POST",
      url: `${BASE}/funding-sources`,
      body: { data: { key: "statlige-midler", name: "Statlige midler", annualContributionNok: 100_000 } },
    }),
    invalid: () => ({
      url: `${BASE}/funding-sources`,
      body: { data: { key: "minus", name: "Minus", annualContributionNok: -5 } },
      field: "annualContributionNok",
    }),
    check: (p) => expect(p.fundingSources.at(-1)?.annualContributionNok).toBe(100_000),
  },
  {
    name: "PUT a funding source",
    version: (p) => versionOf(p.fundingSources.find((s) => s.key === "statlige-midler")),
    valid: (p, version) => ({
      method: "PUT",
      url: `${BASE}/funding-sources/statlige-midler`,
      body: {
        version,
        data: { ...p.fundingSources.find((s) => s.key === "statlige-midler"), annualBudgetIncreaseNok: 50_000 },
      },
    }),
    check: (p) => expect(p.fundingSources.at(-1)?.annualBudgetIncreaseNok).toBe(50_000),
  },
  {
    name: "PUT a flagship",
    version: (p) => versionOf(p.flagships[0]),
    valid: (p, version) => ({
      method: "PUT",
      url: `${BASE}/flagships/industriloftet`,
      body: { version, data: { ...p.flagships[0], description: "Et større løft." } },
    }),
    invalid: (p, version) => ({
      url: `${BASE}/flagships/industriloftet`,
      body: { version, data: { ...p.flagships[0], focusAreaKey: "finnes-ikke" } },
      field: "focusAreaKey",
    }),
    check: (p) => expect(p.flagships[0]?.description).toBe("Et større løft."),
  },
  {
    name: "PUT a related plan",
    version: (p) => versionOf(p.relatedPlans[1]),
    valid: (p, version) => ({
      method: "PUT",
      url: `${BASE}/related-plans/kulturplan`,
      body: { version, data: { ...p.relatedPlans[1], links: [{ focusAreaKey: "samarbeid", subGoalNumbers: [1] }] } },
    }),
    invalid: (p, version) => ({
      url: `${BASE}/related-plans/kulturplan`,
      body: { version, data: { ...p.relatedPlans[1], links: [{ focusAreaKey: "samarbeid", strategyNumbers: [7] }] } },
      field: "links[0].strategyNumbers[0]",
    }),
    check: (p) => expect(p.relatedPlans[1]?.links[0]?.subGoalNumbers).toEqual([1]),
  },
  {
    name: "DELETE a related plan",
    version: (p) => versionOf(p.relatedPlans[1]),
    valid: (_p, version) => ({ method: "DELETE", url: `${BASE}/related-plans/kulturplan?version=${version}` }),
    check: (p) => expect(p.relatedPlans.map((r) => r.key)).toEqual(["klimaplan-energi"]),
  },
  {
    name: "PUT the order of an area's measures",
    version: (p) => versionOf(area(p).measures.map((m) => m.key)),
    valid: (p, version) => ({
      method: "PUT",
      url: `${BASE}/order/measures`,
      body: {
        version,
        areaKey: "industri",
        data: area(p)
          .measures.map((m) => m.key)
          .reverse(),
      },
    }),
    invalid: (p, version) => ({
      url: `${BASE}/order/measures`,
      body: { version, areaKey: "industri", data: [...area(p).measures.map((m) => m.key), "industri-areal"] },
      field: "$",
    }),
    check: (p) => expect(area(p).measures.at(-1)?.key).toBe("industri-bedriftsbesok"),
  },
];

describe.each(cases)("$name", (c) => {
  it.skipIf(c.version === undefined)("refuses a stale version with 409 and the current data", async () => {
    const before = await plan();
    const { method, url, body } = c.valid(before, STALE);
    const res = await send(method, url, body);
    expect(res.status, JSON.stringify(res.body)).toBe(409);
    expect(res.body.error.code).toBe("version_conflict");
    expect(res.body.error.current.version).toBe(c.version?.(before));
    expect(await plan()).toEqual(before);
  });

  it.skipIf(c.invalid === undefined)("refuses invalid data, naming the field, and stores nothing", async () => {
    const before = await plan();
    const invalid = c.invalid?.(before, c.version?.(before) ?? STALE);
    if (invalid === undefined) return;
    const res = await send(c.valid(before, STALE).method, invalid.url, invalid.body);
    expect(res.status, JSON.stringify(res.body)).toBe(400);
    expect(res.body.error.problems.map((p: { path: string }) => p.path)).toContain(invalid.field);
    expect(await plan()).toEqual(before);
  });

  it("stores valid data", async () => {
    const before = await plan();
    const { method, url, body } = c.valid(before, c.version?.(before) ?? STALE);
    const res = await send(method, url, body);
    expect(res.status, JSON.stringify(res.body)).toBe(method === "POST" ? 201 : method === "DELETE" ? 204 : 200);
    c.check(await plan());
  });
});
