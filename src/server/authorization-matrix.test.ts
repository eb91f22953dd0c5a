/**
 * Who may call what: every route of the OpenAPI document against every role, on Gjøvik's plan
 * made unpublished (docs/ACCESS.md). A route without an entry in the table fails the test, so no
 * new route goes unchecked. Refusals are exact (401, 403 or 404); where a role is let through,
 * the answer must not be a refusal — the empty bodies sent may well be a 400.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importPlan } from "../app/import-plan.js";
import { setPublication } from "../app/publication.js";
import { createSession } from "../app/sessions.js";
import { fixturePlanInput } from "../domain/test-fixtures.js";
import { CSRF_HEADER, SESSION_COOKIE } from "./auth.js";
import { ANONYMOUS_HEADERS, createTestServer, type TestServer, type TestSession } from "./test-server.js";

const ORG = "gjovik";
const KEY = "gjovik-naering-2024-2026";
/** A measure of unit B (`naering`), with an activity no unit answers for. */
const MEASURE = "digital-gjovik-cyber-city";
const ACTIVITY = "digital-gjovik-cyber-city-pilotprosjekt";
/** The reporter's unit A, which answers for neither. */
const REPORTER_UNIT = "landbruk";

const ROLES = ["anonymous", "reader", "reporter", "editor", "admin", "otherOrg"] as const;
type RoleName = (typeof ROLES)[number];
/** Let through: the answer is not 401, 403 or 404. */
const OK = "ok";
type Expected = number | typeof OK;
type Row = Record<RoleName, Expected>;

const EVERYONE: Row = { anonymous: OK, reader: OK, reporter: OK, editor: OK, admin: OK, otherOrg: OK };
const SIGNED_IN: Row = { ...EVERYONE, anonymous: 401 };
const PLAN_READ: Row = { ...SIGNED_IN, otherOrg: 404 };
const PLAN_EDIT: Row = { ...PLAN_READ, reader: 403, reporter: 403 };
/** The reporter's unit is not responsible for the measure (nor its activity): refused. */
const PLAN_REPORT: Row = PLAN_EDIT;
const ORG_ADMIN: Row = { ...PLAN_EDIT, editor: 403 };
/** The same answer for everyone. */
const all = (status: number): Row => ({
  anonymous: status,
  reader: status,
  reporter: status,
  editor: status,
  admin: status,
  otherOrg: status,
});

const P = "/api/plans/{planKey}";
const MATRIX: Record<string, Row> = {
  "GET /api/health": EVERYONE,
  "GET /api/session": EVERYONE,
  "POST /api/auth/login": EVERYONE,
  "POST /api/auth/logout": SIGNED_IN,
  // Single sign-on is not configured here: 404 for all.
  "GET /api/auth/oidc": all(404),
  "GET /api/auth/oidc/callback": all(404),
  "PUT /api/account/password": SIGNED_IN,
  "GET /api/organizations/{orgKey}/users": ORG_ADMIN,
  "POST /api/organizations/{orgKey}/users": ORG_ADMIN,
  "PUT /api/organizations/{orgKey}/users/{userId}": ORG_ADMIN,
  "DELETE /api/organizations/{orgKey}/users/{userId}": ORG_ADMIN,
  "POST /api/organizations/{orgKey}/users/{userId}/password-reset": ORG_ADMIN,
  // Filtered: answered to anyone, with only what they may read.
  "GET /api/plans": EVERYONE,
  "GET /api/search": EVERYONE,
  "GET /api/audit": EVERYONE,
  // The plan is not published: its public address does not exist, not even for its members.
  "GET /api/public/{orgKey}/{planKey}": all(404),
  [`GET ${P}`]: PLAN_READ,
  [`PUT ${P}/publication`]: PLAN_EDIT,
  [`GET ${P}/areas`]: PLAN_READ,
  [`POST ${P}/areas`]: PLAN_EDIT,
  [`GET ${P}/areas/{areaKey}`]: PLAN_READ,
  [`PUT ${P}/areas/{areaKey}`]: PLAN_EDIT,
  [`DELETE ${P}/areas/{areaKey}`]: PLAN_EDIT,
  [`POST ${P}/areas/{areaKey}/measures`]: PLAN_EDIT,
  [`GET ${P}/measures`]: PLAN_READ,
  [`GET ${P}/measures/{measureKey}`]: PLAN_READ,
  [`PUT ${P}/measures/{measureKey}`]: PLAN_EDIT,
  [`DELETE ${P}/measures/{measureKey}`]: PLAN_EDIT,
  [`PUT ${P}/measures/{measureKey}/reports/{period}`]: PLAN_REPORT,
  [`PUT ${P}/measures/{measureKey}/activities/{activityKey}/reports/{period}`]: PLAN_REPORT,
  [`GET ${P}/actors`]: PLAN_READ,
  [`POST ${P}/actors`]: PLAN_EDIT,
  [`PUT ${P}/actors/{key}`]: PLAN_EDIT,
  [`DELETE ${P}/actors/{key}`]: PLAN_EDIT,
  [`POST ${P}/funding-sources`]: PLAN_EDIT,
  [`PUT ${P}/funding-sources/{key}`]: PLAN_EDIT,
  [`DELETE ${P}/funding-sources/{key}`]: PLAN_EDIT,
  [`GET ${P}/flagships`]: PLAN_READ,
  [`POST ${P}/flagships`]: PLAN_EDIT,
  [`PUT ${P}/flagships/{key}`]: PLAN_EDIT,
  [`DELETE ${P}/flagships/{key}`]: PLAN_EDIT,
  [`GET ${P}/related-plans`]: PLAN_READ,
  [`POST ${P}/related-plans`]: PLAN_EDIT,
  [`PUT ${P}/related-plans/{key}`]: PLAN_EDIT,
  [`DELETE ${P}/related-plans/{key}`]: PLAN_EDIT,
  [`PUT ${P}/settings`]: PLAN_EDIT,
  [`PUT ${P}/order/{collection}`]: PLAN_EDIT,
  [`GET ${P}/reporting-periods`]: PLAN_READ,
  [`GET ${P}/reporting-round`]: PLAN_READ,
  [`GET ${P}/coverage`]: PLAN_READ,
  [`GET ${P}/budget`]: PLAN_READ,
  [`GET ${P}/budget.xlsx`]: PLAN_READ,
  [`GET ${P}/dashboard`]: PLAN_READ,
  [`GET ${P}/timeline`]: PLAN_READ,
  [`GET ${P}/export`]: PLAN_READ,
  [`GET ${P}/status-report`]: PLAN_READ,
  [`POST ${P}/import/preview`]: PLAN_EDIT,
  [`POST ${P}/import`]: PLAN_EDIT,
  [`GET ${P}/revisions`]: PLAN_READ,
  [`GET ${P}/revisions/{number}`]: PLAN_READ,
  [`POST ${P}/revisions/adopt`]: PLAN_EDIT,
  [`POST ${P}/revisions/roll`]: PLAN_EDIT,
  [`GET ${P}/revisions/compare`]: PLAN_READ,
  [`GET ${P}/evaluations`]: PLAN_READ,
  [`PUT ${P}/evaluations/{year}/{targetType}/{targetKey}`]: PLAN_EDIT,
};

/** Real keys of Gjøvik's plan for the path's parameters (`key` by the list it is in). */
function fillPath(path: string, userId: number): string {
  const keyOf: Record<string, string> = {
    actors: "naering",
    "funding-sources": "regionalt-naeringsutviklingsprogram",
    flagships: "skjerven-biopark",
    "related-plans": "gjovikstranda",
  };
  const list = /\/([a-z-]+)\/\{key\}/.exec(path)?.[1] ?? "";
  const values: Record<string, string> = {
    planKey: KEY,
    orgKey: ORG,
    areaKey: "industri",
    measureKey: MEASURE,
    activityKey: ACTIVITY,
    period: "2025",
    key: keyOf[list] ?? "?",
    collection: "areas",
    number: "1",
    year: "2025",
    targetType: "measure",
    targetKey: MEASURE,
    userId: String(userId),
  };
  return path.replace(/\{(\w+)\}/g, (_m, name: string) => {
    const value = values[name];
    if (value === undefined || value === "?") throw new Error(`No value for {${name}} in ${path}`);
    return value;
  });
}

let server: TestServer;
let sessions: Record<Exclude<RoleName, "anonymous">, TestSession>;
let routes: Array<{ method: string; path: string }>;
let victims = 0;

beforeAll(async () => {
  server = await createTestServer({ as: "anonymous" });
  const { ctx } = server;
  await importPlan(ctx, fixturePlanInput(), { replace: false });
  await setPublication(ctx, KEY, false, null);
  const member = (role: "reader" | "reporter" | "editor" | "admin", unitKeys: string[] = []) =>
    server.signIn({ email: `${role}@gjovik.test`, name: role, membership: { organizationKey: ORG, role, unitKeys } });
  sessions = {
    reader: await member("reader"),
    reporter: await member("reporter", [REPORTER_UNIT]),
    editor: await member("editor"),
    admin: await member("admin"),
    otherOrg: await server.signIn({
      email: "admin@testby.test",
      name: "Testby admin",
      membership: { organizationKey: "testby-kommune", role: "admin" },
    }),
  };
  const doc = (await server.app.inject({ method: "GET", url: "/api/openapi.json" })).json() as {
    paths: Record<string, Record<string, unknown>>;
  };
  routes = Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.keys(methods).map((method) => ({ method: method.toUpperCase(), path })),
  );
}, 60_000);

afterAll(async () => {
  await server?.dispose();
});

/**
 * The headers that ask as the role. Logging out ends the session it is made with, so that route
 * gets a session of its own.
 */
async function headersOf(role: RoleName, route: string): Promise<Record<string, string>> {
  if (role === "anonymous") return { ...ANONYMOUS_HEADERS };
  const session = sessions[role];
  if (route !== "POST /api/auth/logout") return { ...session.headers };
  const fresh = await createSession(server.ctx, session.userId);
  return { cookie: `${SESSION_COOKIE}=${fresh.token}`, [CSRF_HEADER]: fresh.csrfToken };
}

/** A user of Gjøvik to act on: a new one each time, as a removal or a reset changes them. */
async function victim(): Promise<number> {
  victims += 1;
  const made = await server.signIn({
    email: `victim-${victims}@gjovik.test`,
    membership: { organizationKey: ORG, role: "reader" },
  });
  return made.userId;
}

describe("the authorization matrix", () => {
  it("has an entry for every route, and no entry for a route that is gone", () => {
    const listed = routes.map((r) => `${r.method} ${r.path}`);
    expect(listed.filter((r) => !(r in MATRIX))).toEqual([]);
    expect(Object.keys(MATRIX).filter((r) => !listed.includes(r))).toEqual([]);
  });

  it("answers every route as the table says, for every role, on an unpublished plan", async () => {
    const mismatches: string[] = [];
    for (const { method, path } of routes) {
      const route = `${method} ${path}`;
      const row = MATRIX[route];
      if (row === undefined) continue;
      const userId = path.includes("{userId}") ? await victim() : 0;
      const url = fillPath(path, userId);
      const write = method !== "GET";
      await Promise.all(
        ROLES.map(async (role) => {
          const headers = await headersOf(role, route);
          const res = await server.app.inject({
            method: method as "GET",
            url,
            headers: write ? { ...headers, "content-type": "application/json" } : headers,
            ...(write ? { payload: "{}" } : {}),
          });
          const expected = row[role];
          const status = res.statusCode;
          const ok = expected === OK ? ![401, 403, 404].includes(status) : status === expected;
          if (!ok) mismatches.push(`${route} as ${role}: ${status}, expected ${expected} — ${res.body.slice(0, 120)}`);
        }),
      );
    }
    expect(mismatches).toEqual([]);
  }, 120_000);

  it("lets anyone read the plan once it is published, by the routes marked public only", async () => {
    await setPublication(server.ctx, KEY, true, null);
    try {
      const read = (url: string) => server.app.inject({ method: "GET", url, headers: { ...ANONYMOUS_HEADERS } });
      expect((await read(`/api/plans/${KEY}`)).statusCode).toBe(200);
      expect((await read(`/api/public/${ORG}/${KEY}`)).statusCode).toBe(200);
      expect((await read(`/api/public/testby-kommune/${KEY}`)).statusCode).toBe(404);
      expect((await read(`/api/plans/${KEY}/measures`)).statusCode).toBe(401);
      const other = await server.app.inject({
        method: "GET",
        url: `/api/plans/${KEY}/dashboard`,
        headers: sessions.otherOrg.headers,
      });
      expect(other.statusCode).toBe(403);
    } finally {
      await setPublication(server.ctx, KEY, false, null);
    }
  });

  it("lets a reporter report on the measures of their own unit", async () => {
    const own = await server.signIn({
      email: "naering-reporter@gjovik.test",
      membership: { organizationKey: ORG, role: "reporter", unitKeys: ["naering"] },
    });
    const res = await server.app.inject({
      method: "PUT",
      url: `/api/plans/${KEY}/measures/${MEASURE}/reports/2025`,
      headers: own.headers,
      payload: { version: null, data: { status: "ongoing" } },
    });
    expect(res.statusCode).toBe(200);
    const activity = await server.app.inject({
      method: "PUT",
      url: `/api/plans/${KEY}/measures/${MEASURE}/activities/${ACTIVITY}/reports/2025`,
      headers: sessions.reporter.headers,
      payload: { version: null, data: { status: "ongoing" } },
    });
    expect(activity.statusCode).toBe(403);
  });
});
