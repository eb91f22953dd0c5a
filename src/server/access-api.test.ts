/**
 * Access beyond the matrix (docs/ACCESS.md): one organization sees nothing of another's
 * unpublished plan, CSRF, login throttling, sessions that end, the account routes, the public
 * plan without internal comments, and the security headers.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Fastify from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importPlan } from "../app/import-plan.js";
import { setPublication } from "../app/publication.js";
import { createSession } from "../app/sessions.js";
import { createUser } from "../app/users.js";
import type { PlanDocument } from "../domain/plan-schema.js";
import { fixturePlanInput } from "../domain/test-fixtures.js";
import { CSRF_HEADER, registerAuth, SESSION_COOKIE } from "./auth.js";
import { ANONYMOUS_HEADERS, createTestServer, type TestServer, type TestSession } from "./test-server.js";

const ORG = "gjovik";
const KEY = "gjovik-naering-2024-2026";
const OTHER_ORG = "testby-kommune";
const OTHER_KEY = "testby-naering-2024-2026";
const MEASURE = "industri-bedriftsbesok";

let server: TestServer;
let other: TestSession;
let reader: TestSession;

beforeAll(async () => {
  const webRoot = mkdtempSync(join(tmpdir(), "planspor-web-"));
  writeFileSync(join(webRoot, "index.html"), "<!doctype html><title>Planspor</title>");
  server = await createTestServer({ webRoot, server: { trustProxy: true } });
  await importPlan(server.ctx, fixturePlanInput(), { replace: false });
  await setPublication(server.ctx, KEY, false, null);
  other = await server.signIn({
    email: "admin@testby.test",
    name: "Testby admin",
    membership: { organizationKey: OTHER_ORG, role: "admin" },
  });
  reader = await server.signIn({ email: "reader@gjovik.test", membership: { organizationKey: ORG, role: "reader" } });
}, 60_000);

afterAll(async () => {
  await server?.dispose();
});

const get = (url: string, headers: Record<string, string> = {}) => server.app.inject({ method: "GET", url, headers });

const login = (payload: unknown, address = "10.0.0.1", headers: Record<string, string> = {}) =>
  server.app.inject({
    method: "POST",
    url: "/api/auth/login",
    remoteAddress: address,
    headers: { ...ANONYMOUS_HEADERS, "content-type": "application/json", ...headers },
    payload: JSON.stringify(payload),
  });

describe("tenant isolation", () => {
  it("shows another organization's user nothing of an unpublished plan", async () => {
    const plans = (await get("/api/plans", other.headers)).json() as Array<{ key: string }>;
    expect(plans.map((p) => p.key)).toEqual([OTHER_KEY]);

    const search = await get("/api/search?q=bedrift", other.headers);
    expect(search.statusCode).toBe(200);
    expect(search.json().hits.every((h: { planKey: string }) => h.planKey === OTHER_KEY)).toBe(true);
    expect(search.json().plans.map((p: { key: string }) => p.key)).not.toContain(KEY);
    expect((await get(`/api/search?q=bedrift&plan=${KEY}`, other.headers)).statusCode).toBe(404);

    // Something of Gjøvik's in the history: a write by its admin.
    const edit = await server.app.inject({
      method: "POST",
      url: `/api/plans/${KEY}/actors`,
      payload: { data: { key: "ny-enhet", name: "Ny enhet", kind: "internal_unit" } },
    });
    expect(edit.statusCode).toBe(201);
    const audit = (await get("/api/audit?limit=500", other.headers)).json().events as Array<Record<string, unknown>>;
    expect(audit.some((e) => e.planKey === KEY)).toBe(false);
    expect(audit.some((e) => e.planKey === null && e.organizationKey !== OTHER_ORG)).toBe(false);
    expect((await get(`/api/audit?plan=${KEY}`, other.headers)).json().events).toEqual([]);

    const unknown = await get("/api/plans/no-such-plan", other.headers);
    const hidden = await get(`/api/plans/${KEY}`, other.headers);
    expect(hidden.statusCode).toBe(404);
    expect(hidden.json()).toEqual({
      error: { code: "not_found", message: `No plan has the key "${KEY}"` },
    });
    expect(unknown.json().error.code).toBe("not_found");
    expect((await get(`/api/plans/${KEY}/measures/${MEASURE}`, other.headers)).statusCode).toBe(404);
    expect((await get(`/api/organizations/${ORG}/users`, other.headers)).statusCode).toBe(404);
  });

  it("answers nobody signed in the same for an unpublished and an unknown plan", async () => {
    const unpublished = await get(`/api/plans/${KEY}`, ANONYMOUS_HEADERS);
    const unknown = await get("/api/plans/no-such-plan", ANONYMOUS_HEADERS);
    expect(unpublished.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(unpublished.json()).toEqual(unknown.json());
    expect(unpublished.json().error.code).toBe("unauthenticated");
    const head = await server.app.inject({ method: "HEAD", url: `/api/plans/${KEY}`, headers: ANONYMOUS_HEADERS });
    expect(head.statusCode).toBe(401);
    expect((await get("/api/plans", ANONYMOUS_HEADERS)).json()).toEqual([]);
    expect((await get("/api/audit", ANONYMOUS_HEADERS)).json().events).toEqual([]);
  });

  it("shows a member their organization's plans and history, without the account events of others", async () => {
    const plans = (await get("/api/plans", reader.headers)).json() as Array<{ key: string }>;
    expect(plans.map((p) => p.key)).toEqual([KEY]);
    const audit = (await get("/api/audit?limit=500", reader.headers)).json().events as Array<Record<string, unknown>>;
    expect(audit.length).toBeGreaterThan(0);
    expect(audit.every((e) => e.planKey === KEY)).toBe(true);
  });
});

describe("the guard", () => {
  it("stops the server from starting when an /api route declares no access", async () => {
    const app = Fastify();
    await registerAuth(app, server.ctx);
    await expect(async () => {
      await app.register(async (child) => {
        child.get("/api/forgotten", async () => ({}));
      });
      await app.ready();
    }).rejects.toThrow(/GET \/api\/forgotten declares no access/);
    await app.close();
  });
});

describe("CSRF", () => {
  it("refuses a write with the session cookie but without the CSRF token, and takes it with", async () => {
    const admin = server.admin;
    if (admin === null) throw new Error("no admin");
    const url = `/api/plans/${KEY}/publication`;
    const without = await server.app.inject({
      method: "PUT",
      url,
      headers: { cookie: admin.headers.cookie },
      payload: { published: false },
    });
    expect(without.statusCode).toBe(403);
    expect(without.json().error.code).toBe("csrf_failed");
    const wrong = await server.app.inject({
      method: "PUT",
      url,
      headers: { cookie: admin.headers.cookie, [CSRF_HEADER]: "not-the-token" },
      payload: { published: false },
    });
    expect(wrong.statusCode).toBe(403);
    const withToken = await server.app.inject({
      method: "PUT",
      url,
      headers: admin.headers,
      payload: { published: false },
    });
    expect(withToken.statusCode).toBe(200);
    expect(withToken.json()).toEqual({ published: false, publishedAt: null });
  });

  it("refuses a login that is not JSON, or that comes from another site", async () => {
    const form = await server.app.inject({
      method: "POST",
      url: "/api/auth/login",
      remoteAddress: "10.0.0.9",
      headers: { ...ANONYMOUS_HEADERS, "content-type": "application/x-www-form-urlencoded" },
      payload: "email=a%40b.no&password=x",
    });
    expect(form.statusCode).toBe(403);
    expect(form.json().error.code).toBe("csrf_failed");
    const foreign = await login({ email: "a@b.no", password: "x" }, "10.0.0.9", { origin: "https://evil.example" });
    expect(foreign.statusCode).toBe(403);
    expect(foreign.json().error.code).toBe("csrf_failed");
    const own = await login({ email: "a@b.no", password: "x" }, "10.0.0.9", { origin: "http://localhost:80" });
    expect(own.statusCode).toBe(401);
  });
});

describe("logging in", () => {
  it("signs in with the one-time password, sets the cookie, and lets the user change the password", async () => {
    const { oneTimePassword } = await createUser(
      server.ctx,
      { email: "Ny.Bruker@gjovik.test", name: "Ny Bruker" },
      null,
    );
    if (oneTimePassword === null) throw new Error("no one-time password");
    const res = await login({ email: "ny.bruker@GJOVIK.test", password: oneTimePassword }, "10.0.1.1");
    expect(res.statusCode).toBe(200);
    const cookie = String(res.headers["set-cookie"]);
    expect(cookie).toMatch(new RegExp(`^${SESSION_COOKIE}=[^;]+;`));
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).toMatch(/Path=\//);
    expect(cookie).not.toMatch(/Secure/);
    const body = res.json();
    expect(body.user).toMatchObject({ email: "Ny.Bruker@gjovik.test", mustChangePassword: true });
    const session = { cookie: cookie.split(";")[0] ?? "", [CSRF_HEADER]: body.csrfToken as string };

    expect((await get("/api/session", session)).json()).toMatchObject({ user: { name: "Ny Bruker" } });
    // The one-time password opens nothing but the way to a password of one's own.
    const blocked = await get("/api/plans", session);
    expect([blocked.statusCode, blocked.json().error.code]).toEqual([403, "password_change_required"]);
    const short = await server.app.inject({
      method: "PUT",
      url: "/api/account/password",
      headers: session,
      payload: { currentPassword: oneTimePassword, newPassword: "kort" },
    });
    expect(short.statusCode).toBe(400);
    const changed = await server.app.inject({
      method: "PUT",
      url: "/api/account/password",
      headers: session,
      payload: { currentPassword: oneTimePassword, newPassword: "et langt nytt passord" },
    });
    expect(changed.statusCode).toBe(204);
    expect((await get("/api/session", session)).json().user.mustChangePassword).toBe(false);
    expect((await get("/api/plans", session)).statusCode).toBe(200);

    const logout = await server.app.inject({ method: "POST", url: "/api/auth/logout", headers: session });
    expect(logout.statusCode).toBe(204);
    expect(String(logout.headers["set-cookie"])).toMatch(new RegExp(`^${SESSION_COOKIE}=;`));
    expect((await get("/api/session", session)).json()).toEqual({ sso: false, user: null });
  });

  it("locks an e-mail after 5 failures, known or unknown alike, with Retry-After", async () => {
    await server.signIn({ email: "kjent@gjovik.test" });
    const answers: Array<{ status: number; retryAfter: number; code: string; message: string }> = [];
    for (const [email, address] of [
      ["kjent@gjovik.test", "10.0.2.1"],
      ["ukjent@gjovik.test", "10.0.2.2"],
    ] as const) {
      for (let i = 0; i < 5; i += 1) {
        const failed = await login({ email, password: "feil passord" }, address);
        expect(failed.statusCode).toBe(401);
        expect(failed.json().error).toMatchObject({
          code: "invalid_credentials",
          message: "The e-mail or the password is wrong",
        });
      }
      const locked = await login({ email, password: "feil passord" }, address);
      answers.push({
        status: locked.statusCode,
        retryAfter: Number(locked.headers["retry-after"]),
        code: locked.json().error.code,
        // The seconds to wait may differ by one, as time passes between the two.
        message: String(locked.json().error.message).replace(/\d+/g, "N"),
      });
    }
    const [known, unknown] = answers;
    expect(known).toMatchObject({ status: 429, code: "too_many_attempts" });
    expect(known?.retryAfter).toBeGreaterThan(800);
    expect({ ...unknown, retryAfter: 0 }).toEqual({ ...known, retryAfter: 0 });
    expect(Math.abs((unknown?.retryAfter ?? 0) - (known?.retryAfter ?? 0))).toBeLessThanOrEqual(2);
  });
});

describe("sessions", () => {
  it("end after the idle time and at their end, and then answer 401", async () => {
    const idleSince = new Date(Date.now() - 9 * 3_600_000);
    const idle = await createSession(server.ctx, reader.userId, idleSince);
    const headers = { cookie: `${SESSION_COOKIE}=${idle.token}`, [CSRF_HEADER]: idle.csrfToken };
    const res = await get(`/api/plans/${KEY}`, headers);
    expect(res.statusCode).toBe(401);
    expect(String(res.headers["set-cookie"])).toMatch(new RegExp(`^${SESSION_COOKIE}=;`));

    const old = await createSession(server.ctx, reader.userId, new Date(Date.now() - 8 * 24 * 3_600_000));
    const oldHeaders = { cookie: `${SESSION_COOKIE}=${old.token}` };
    expect((await get(`/api/plans/${KEY}`, oldHeaders)).statusCode).toBe(401);
    expect((await get(`/api/plans/${KEY}`, reader.headers)).statusCode).toBe(200);
  });
});

describe("the organization's users", () => {
  it("lets its admin add a user, change the role, reset the password and end the membership", async () => {
    const base = `/api/organizations/${ORG}/users`;
    const added = await server.app.inject({
      method: "POST",
      url: base,
      payload: { email: "rapportoer@gjovik.test", name: "Rapportør", role: "reporter", unitKeys: ["naering"] },
    });
    expect(added.statusCode).toBe(201);
    expect(added.json()).toMatchObject({ created: true, user: { role: "reporter", unitKeys: ["naering"] } });
    expect(added.json().oneTimePassword).toEqual(expect.any(String));
    const userId = added.json().user.id as number;

    const list = (await get(base)).json().users as Array<{ email: string; role: string }>;
    expect(list.find((u) => u.email === "rapportoer@gjovik.test")?.role).toBe("reporter");

    const changed = await server.app.inject({
      method: "PUT",
      url: `${base}/${userId}`,
      payload: { role: "editor", unitKeys: [] },
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ role: "editor" });

    const reset = await server.app.inject({ method: "POST", url: `${base}/${userId}/password-reset` });
    expect(reset.statusCode).toBe(200);
    expect(reset.json().oneTimePassword).toEqual(expect.any(String));

    expect((await server.app.inject({ method: "DELETE", url: `${base}/${userId}` })).statusCode).toBe(204);
    expect((await server.app.inject({ method: "DELETE", url: `${base}/${userId}` })).statusCode).toBe(404);
  });
});

describe("the public plan", () => {
  it("leaves out the comments marked internal, for everyone outside the organization", async () => {
    const url = `/api/plans/${KEY}/measures/${MEASURE}/reports/2025`;
    const data = { status: "ongoing", comment: "Bare for oss.", commentInternal: true };
    expect((await server.app.inject({ method: "PUT", url, payload: { version: null, data } })).statusCode).toBe(200);
    const internalOf = (plan: PlanDocument) =>
      plan.statusReports.find((r) => r.measureKey === MEASURE && r.period === "2025");

    expect((await get(`/api/public/${ORG}/${KEY}`, ANONYMOUS_HEADERS)).statusCode).toBe(404);
    await setPublication(server.ctx, KEY, true, null);
    try {
      const publicPlan = (await get(`/api/public/${ORG}/${KEY}`, ANONYMOUS_HEADERS)).json() as PlanDocument;
      expect(internalOf(publicPlan)).toMatchObject({ status: "ongoing", comment: null, commentInternal: false });
      expect(JSON.stringify(publicPlan)).not.toContain("Bare for oss.");
      const anonymous = await get(`/api/plans/${KEY}`, ANONYMOUS_HEADERS);
      expect(anonymous.body).not.toContain("Bare for oss.");
      expect((await get(`/api/plans/${KEY}`, other.headers)).body).not.toContain("Bare for oss.");
      const member = (await get(`/api/plans/${KEY}`, reader.headers)).json() as PlanDocument;
      expect(internalOf(member)).toMatchObject({ comment: "Bare for oss.", commentInternal: true });
      // Search never holds a comment.
      expect((await get("/api/search?q=oss", ANONYMOUS_HEADERS)).json().hits).toEqual([]);
    } finally {
      await setPublication(server.ctx, KEY, false, null);
    }
  });
});

describe("security headers", () => {
  it("sends a CSP without unsafe-inline, nosniff, same-origin referrers and no framing, on the UI and the API", async () => {
    for (const url of ["/", "/api/health"]) {
      const res = await get(url);
      const csp = String(res.headers["content-security-policy"]);
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).toContain("base-uri 'self'");
      expect(csp).toContain("form-action 'self'");
      expect(csp).not.toContain("unsafe-inline");
      expect(res.headers["x-content-type-options"]).toBe("nosniff");
      expect(res.headers["referrer-policy"]).toBe("same-origin");
      expect(res.headers["strict-transport-security"]).toBeUndefined();
    }
  });

  it("sends HSTS and a Secure cookie only over https (behind a trusted proxy here)", async () => {
    const https = await get("/api/health", { "x-forwarded-proto": "https" });
    expect(https.headers["strict-transport-security"]).toMatch(/max-age=\d+/);
    const { oneTimePassword } = await createUser(server.ctx, { email: "https@gjovik.test" }, null);
    const res = await login({ email: "https@gjovik.test", password: oneTimePassword }, "10.0.3.1", {
      "x-forwarded-proto": "https",
    });
    expect(res.statusCode).toBe(200);
    expect(String(res.headers["set-cookie"])).toMatch(/; Secure/);
  });

  it("refuses a JSON body over 1 MB", async () => {
    const res = await server.app.inject({
      method: "POST",
      url: `/api/plans/${KEY}/actors`,
      headers: { "content-type": "application/json" },
      payload: JSON.stringify({ data: { key: "x", name: "x".repeat(1024 * 1024), kind: "internal_unit" } }),
    });
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe("payload_too_large");
  });
});
