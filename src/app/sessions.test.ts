import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { updateUser } from "../db/account-store.js";
import { listAuditEvents } from "../db/audit-store.js";
import * as t from "../db/schema/index.js";
import type { AppContext } from "./context.js";
import { SESSION_CACHE_MS } from "./session-cache.js";
import {
  createSession,
  endSession,
  endUserSessions,
  hashToken,
  resolveSession,
  type SessionLimits,
  sessionLimits,
} from "./sessions.js";
import { type AccountsTestContext, accountsTestContext, ORG_A } from "./test-accounts.js";
import { createUser, setMembership } from "./users.js";

let test: AccountsTestContext;
let ctx: AppContext;
let userId: number;
const T0 = new Date("2026-03-01T08:00:00Z");
const LIMITS: SessionLimits = { idleMinutes: 30, maxHours: 2 };
const minutes = (n: number) => new Date(T0.getTime() + n * 60_000);

beforeAll(async () => {
  test = await accountsTestContext();
  ctx = test.ctx;
  const made = await createUser(
    ctx,
    {
      email: "Ola@Example.no",
      name: "Ola",
      membership: { organizationKey: ORG_A, role: "reporter", unitKeys: ["naering"] },
    },
    null,
  );
  userId = made.user.id;
});
afterAll(async () => {
  await test?.database.dispose();
});

describe("sessions", () => {
  it("resolves a new session to its user, memberships, viewer and CSRF token", async () => {
    const { token, csrfToken, expiresAt } = await createSession(ctx, userId, T0, LIMITS);
    expect(expiresAt).toEqual(minutes(120));
    expect(token).not.toBe(csrfToken);
    expect(token.length).toBeGreaterThanOrEqual(32);
    const info = await resolveSession(ctx, token, minutes(1), LIMITS);
    expect(info).toEqual({
      user: { id: userId, email: "Ola@Example.no", name: "Ola", installationAdmin: false, mustChangePassword: true },
      memberships: [
        { organizationKey: ORG_A, organizationName: "Testby kommune", role: "reporter", unitKeys: ["naering"] },
      ],
      viewer: {
        kind: "user",
        userId,
        email: "Ola@Example.no",
        installationAdmin: false,
        memberships: [{ organizationKey: ORG_A, role: "reporter", unitKeys: ["naering"] }],
      },
      csrfToken,
    });
  });

  it("keeps only the token's SHA-256 in the database", async () => {
    const { token } = await createSession(ctx, userId, T0, LIMITS);
    const rows = await test.database.db.select({ hash: t.sessions.tokenHash }).from(t.sessions);
    expect(rows.map((r) => r.hash)).toContain(hashToken(token));
    expect(rows.map((r) => r.hash)).not.toContain(token);
    expect(hashToken(token)).toMatch(/^[0-9a-f]{64}$/);
  });

  it("knows no unknown or empty token", async () => {
    expect(await resolveSession(ctx, "no-such-token", T0, LIMITS)).toBeNull();
    expect(await resolveSession(ctx, "", T0, LIMITS)).toBeNull();
  });

  it("ends after the idle limit without a request, and a request keeps it alive", async () => {
    const { token } = await createSession(ctx, userId, T0, LIMITS);
    expect(await resolveSession(ctx, token, minutes(29), LIMITS)).not.toBeNull();
    // Seen at 29 minutes: alive at 58, idle since then at 89.
    expect(await resolveSession(ctx, token, minutes(58), LIMITS)).not.toBeNull();
    expect(await resolveSession(ctx, token, minutes(89), LIMITS)).toBeNull();
    // Ended for good: the row is gone.
    expect(await resolveSession(ctx, token, minutes(60), LIMITS)).toBeNull();
  });

  it("touches last_seen_at at most once a minute", async () => {
    const { token } = await createSession(ctx, userId, T0, LIMITS);
    const lastSeen = async () =>
      (await test.database.db.select().from(t.sessions)).find((s) => s.tokenHash === hashToken(token))?.lastSeenAt;
    await resolveSession(ctx, token, new Date(T0.getTime() + 30_000), LIMITS);
    expect(await lastSeen()).toEqual(T0);
    await resolveSession(ctx, token, minutes(2), LIMITS);
    expect(await lastSeen()).toEqual(minutes(2));
  });

  it("ends at the absolute limit however busy", async () => {
    const { token } = await createSession(ctx, userId, T0, LIMITS);
    for (let m = 20; m < 120; m += 20) expect(await resolveSession(ctx, token, minutes(m), LIMITS)).not.toBeNull();
    expect(await resolveSession(ctx, token, minutes(120), LIMITS)).toBeNull();
  });

  it("ends when the user is disabled", async () => {
    const other = await createUser(ctx, { email: "disabled@example.no" }, null);
    const { token } = await createSession(ctx, other.user.id, T0, LIMITS);
    expect(await resolveSession(ctx, token, minutes(1), LIMITS)).not.toBeNull();
    await updateUser(test.database.db, other.user.id, { disabledAt: minutes(1) });
    expect(await resolveSession(ctx, token, minutes(2), LIMITS)).toBeNull();
  });

  it("reads the roles afresh after every change to them, though the session is kept in memory", async () => {
    const { token } = await createSession(ctx, userId, T0, LIMITS);
    const before = await resolveSession(ctx, token, minutes(1), LIMITS);
    expect(before?.memberships.map((m) => m.role)).toEqual(["reporter"]);
    // Kept: the same answer again without reading the database.
    expect(await resolveSession(ctx, token, minutes(1), LIMITS)).toBe(before);
    await setMembership(ctx, ORG_A, userId, { role: "editor", unitKeys: [] }, null);
    const info = await resolveSession(ctx, token, minutes(1), LIMITS);
    expect(info?.memberships.map((m) => m.role)).toEqual(["editor"]);
    await setMembership(ctx, ORG_A, userId, { role: "reporter", unitKeys: ["naering"] }, null);
  });

  it("refuses a kept session at once when it is ended, and reads a kept one again after a few seconds", async () => {
    const { token } = await createSession(ctx, userId, T0, LIMITS);
    const kept = await resolveSession(ctx, token, minutes(1), LIMITS);
    expect(kept).not.toBeNull();
    const later = new Date(minutes(1).getTime() + SESSION_CACHE_MS);
    expect(await resolveSession(ctx, token, later, LIMITS)).not.toBe(kept);
    await endSession(ctx, token);
    expect(await resolveSession(ctx, token, later, LIMITS)).toBeNull();
  });

  it("removes expired sessions when a new one starts", async () => {
    const { token } = await createSession(ctx, userId, T0, LIMITS);
    await createSession(ctx, userId, minutes(200), LIMITS);
    const hashes = (await test.database.db.select().from(t.sessions)).map((s) => s.tokenHash);
    expect(hashes).not.toContain(hashToken(token));
  });

  it("ends at logout, with a history row", async () => {
    const { token } = await createSession(ctx, userId, T0, LIMITS);
    const info = await resolveSession(ctx, token, T0, LIMITS);
    await endSession(ctx, token, info);
    expect(await resolveSession(ctx, token, T0, LIMITS)).toBeNull();
    const [event] = await listAuditEvents(test.database, { entityType: "user", limit: 1 });
    expect(event).toMatchObject({
      action: "logout",
      planKey: null,
      entityKey: "Ola@Example.no",
      actor: "Ola@Example.no",
    });
    // A second logout with the same token does nothing.
    await endSession(ctx, token);
    const [again] = await listAuditEvents(test.database, { entityType: "user", limit: 1 });
    expect(again?.id).toBe(event?.id);
  });

  it("ends all of a user's sessions but one", async () => {
    const a = await createSession(ctx, userId, T0, LIMITS);
    const b = await createSession(ctx, userId, T0, LIMITS);
    const c = await createSession(ctx, userId, T0, LIMITS);
    await endUserSessions(ctx, userId, b.token);
    expect(await resolveSession(ctx, a.token, T0, LIMITS)).toBeNull();
    expect(await resolveSession(ctx, b.token, T0, LIMITS)).not.toBeNull();
    expect(await resolveSession(ctx, c.token, T0, LIMITS)).toBeNull();
    await endUserSessions(ctx, userId);
    expect(await resolveSession(ctx, b.token, T0, LIMITS)).toBeNull();
  });
});

describe("session limits", () => {
  it("default to 480 minutes idle and 168 hours in all", () => {
    expect(sessionLimits({})).toEqual({ idleMinutes: 480, maxHours: 168 });
  });

  it("are read from the environment, and a bad value is named", () => {
    expect(sessionLimits({ PLANSPOR_SESSION_IDLE_MINUTES: "15", PLANSPOR_SESSION_MAX_HOURS: "8" })).toEqual({
      idleMinutes: 15,
      maxHours: 8,
    });
    expect(() => sessionLimits({ PLANSPOR_SESSION_IDLE_MINUTES: "ten" })).toThrow(/PLANSPOR_SESSION_IDLE_MINUTES/);
    expect(() => sessionLimits({ PLANSPOR_SESSION_MAX_HOURS: "0" })).toThrow(/PLANSPOR_SESSION_MAX_HOURS/);
  });
});
