/**
 * Several app instances on one PostgreSQL (the deployment of many municipalities behind a load
 * balancer): a session made on one works on the other, a write through one is read through the
 * other within a second although each caches plan documents, access and sessions (the change
 * feed), a session ended through one is refused by the other, and two
 * writers of the same measure through different instances cannot lose an update.
 * On PostgreSQL only: PGlite serves one process.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { changePassword, createUser } from "../app/users.js";
import { createScratchDatabase, type ScratchDatabase } from "../db/test-database.js";
import { versionOf } from "../domain/versions.js";
import { type RunningPlanspor, startPlanspor } from "./start.js";

const SERVER_URL = process.env.TEST_DATABASE_URL ?? "";
const KEY = "gjovik-naering-2024-2026";
const PLAN = `/api/plans/${KEY}`;
const EMAIL = "to-instanser@planspor.test";
const PASSWORD = "et-langt-passord-for-to-instanser";

describe.skipIf(SERVER_URL === "")("two instances on one PostgreSQL", () => {
  let scratch: ScratchDatabase;
  let a: RunningPlanspor;
  let b: RunningPlanspor;
  let auth: { cookie: string; "x-csrf-token": string };

  beforeAll(async () => {
    scratch = await createScratchDatabase(SERVER_URL);
    // Started at once, as a deployment's replicas are: one migrates and seeds, the other waits or finds it done.
    const start = () => startPlanspor({ port: 0, host: "127.0.0.1", databaseUrl: scratch.url, webRoot: null });
    [a, b] = await Promise.all([start(), start()]);
    const { user, oneTimePassword } = await createUser(
      a.ctx,
      { email: EMAIL, name: "To Instanser", installationAdmin: true },
      null,
    );
    if (oneTimePassword !== null) await changePassword(a.ctx, user.id, oneTimePassword, PASSWORD, null);
  });
  afterAll(async () => {
    await Promise.allSettled([a?.close(), b?.close()]);
    await scratch?.drop();
  });

  const call = (on: RunningPlanspor, method: string, path: string, body?: unknown, headers = auth) =>
    fetch(`${on.url}${path}`, {
      method,
      headers: { ...headers, ...(body === undefined ? {} : { "content-type": "application/json" }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });

  /** Reads through `on` until `check` holds; the milliseconds it took (fails after 5 s). */
  async function timeUntil(on: RunningPlanspor, path: string, check: (res: Response, text: string) => boolean) {
    const started = performance.now();
    for (;;) {
      const res = await call(on, "GET", path);
      if (check(res, await res.text())) return performance.now() - started;
      if (performance.now() - started > 5_000) throw new Error(`${path} did not change within 5 s`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  it("starts both, with the built-in plan seeded once", async () => {
    const plans = await (await fetch(`${b.url}/api/plans`)).json();
    expect(plans.map((p: { key: string }) => p.key)).toEqual([KEY]);
  });

  it("signs in through one instance and uses the session on the other", async () => {
    const login = await fetch(`${a.url}/api/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: EMAIL, password: PASSWORD }),
    });
    expect(login.status).toBe(200);
    const cookie = (login.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
    const { csrfToken } = await login.json();
    auth = { cookie, "x-csrf-token": csrfToken };

    const session = await (await call(b, "GET", "/api/session")).json();
    expect(session.user.email).toBe(EMAIL);
  });

  it("reads a write made through the other instance within a second, although the plan was cached", async () => {
    const plan = await (await call(b, "GET", PLAN)).json();
    const cachedTag = (await call(b, "GET", PLAN)).headers.get("etag");
    expect(b.ctx.plans.size).toBeGreaterThan(0);
    const measureKey: string = plan.focusAreas[0].measures[0].key;
    const report = {
      version: null,
      data: {
        status: "ongoing",
        assessment: "on_track",
        progressPercent: 42,
        comment: "Skrevet gjennom instans A",
        indicatorValues: [],
        reportedBy: null,
      },
    };
    const written = await call(a, "PUT", `${PLAN}/measures/${measureKey}/reports/2026-T2`, report);
    expect(written.status).toBe(200);

    const ms = await timeUntil(
      b,
      PLAN,
      (res, text) => res.status === 200 && text.includes("Skrevet gjennom instans A"),
    );
    expect(ms).toBeLessThan(1_000);
    expect((await call(b, "GET", PLAN)).headers.get("etag")).not.toBe(cachedTag);
  });

  it("withdraws the plan's publication through one instance, and the other stops showing it to the public", async () => {
    const anonymous = { cookie: "", "x-csrf-token": "" };
    expect((await call(b, "GET", `/api/public/gjovik/${KEY}`, undefined, anonymous)).status).toBe(200);
    expect((await call(a, "PUT", `${PLAN}/publication`, { published: false })).status).toBe(200);
    const ms = await timeUntil(b, `/api/public/gjovik/${KEY}`, (res) => res.status === 404);
    expect(ms).toBeLessThan(1_000);
    expect((await call(a, "PUT", `${PLAN}/publication`, { published: true })).status).toBe(200);
  });

  it("loses no update when both instances change the same measure from the same version", async () => {
    const plan = await (await call(a, "GET", PLAN)).json();
    const measure = plan.focusAreas[1].measures[0];
    // Both writers read the same measure, so both send the same version.
    const version = versionOf(measure);
    const edit = (title: string) => ({ version, data: { ...measure, title } });

    const [fromA, fromB] = await Promise.all([
      call(a, "PUT", `${PLAN}/measures/${measure.key}`, edit("Endret gjennom A")),
      call(b, "PUT", `${PLAN}/measures/${measure.key}`, edit("Endret gjennom B")),
    ]);
    const statuses = [fromA.status, fromB.status].sort();
    expect(statuses).toEqual([200, 409]);
    const loser = fromA.status === 409 ? fromA : fromB;
    const conflict = await loser.json();
    expect(conflict.error.code).toBe("version_conflict");
    const winner = fromA.status === 200 ? "Endret gjennom A" : "Endret gjennom B";
    // The loser is told what is there now: the winner's change, which both instances then show.
    expect(conflict.error.current.data.title).toBe(winner);
    for (const on of [a, b]) {
      const after = await (await call(on, "GET", PLAN)).json();
      expect(after.focusAreas[1].measures[0].title).toBe(winner);
    }
  });

  it("ends the session through one instance, and the other refuses it within a second, although it kept it", async () => {
    expect((await (await call(a, "GET", "/api/session")).json()).user.email).toBe(EMAIL);
    expect((await call(b, "POST", "/api/auth/logout")).status).toBe(204);
    const ms = await timeUntil(a, "/api/session", (_res, text) => JSON.parse(text).user === null);
    expect(ms).toBeLessThan(1_000);
    expect((await call(a, "GET", PLAN)).headers.get("cache-control")).toBe("public, no-cache");
  });
});
