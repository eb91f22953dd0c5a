/**
 * The change feeds on PostgreSQL: a committed write to a plan sends its key, a rolled-back one
 * sends nothing, a TRUNCATE says «all», a change to accounts sends the user's id, and a listener whose connection is killed says so, comes
 * back by itself and hears the next change. (PGlite serves one process and has no feed.)
 */
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Change, followChanges } from "./change-feed.js";
import type { Listener } from "./connection.js";
import { savePlanDocument } from "./plan-store.js";
import * as t from "./schema/index.js";
import { createTestDatabase, type TestDatabase } from "./test-database.js";
import { generatedPlan } from "./test-plans.js";

const onPostgres = (process.env.TEST_DATABASE_URL ?? "") !== "";

async function waitFor<T>(what: string, probe: () => T | undefined, ms = 8_000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() - started > ms) throw new Error(`no ${what} within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe("followChanges on PGlite", () => {
  it.skipIf(onPostgres)("needs no feed: there is no other process to hear from", async () => {
    const database = await createTestDatabase();
    try {
      expect(await followChanges(database, { onChange() {}, onState() {} })).toBeNull();
      // The trigger runs all the same, and a write still commits.
      await savePlanDocument(database, generatedPlan("feed-pglite", 1, 1), { replace: false });
    } finally {
      await database.dispose();
    }
  });
});

describe.skipIf(!onPostgres)("followChanges on PostgreSQL", () => {
  let database: TestDatabase;
  let listener: Listener | null;
  const changes: Change[] = [];
  const states: boolean[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
    listener = await followChanges(database, {
      onChange: (change) => changes.push(change),
      onState: (live) => states.push(live),
    });
  });
  afterAll(async () => {
    await listener?.close();
    await database?.dispose();
  });

  const heard = (key: string) => () => changes.find((c) => c.kind === "plan" && c.key === key);

  it("hears a committed write to a plan, by its key", async () => {
    expect(listener).not.toBeNull();
    await savePlanDocument(database, generatedPlan("feed-one", 1, 2), { replace: false });
    await waitFor("change", heard("feed-one"));
  });

  it("tells the new version when a write raises it, and the key alone when it does not", async () => {
    changes.length = 0;
    await savePlanDocument(database, generatedPlan("feed-one", 1, 3), { replace: true });
    await waitFor("new version", () => changes.find((c) => c.kind === "plan" && c.version === 2));
    changes.length = 0;
    await database.db.execute(sql`update action_plans set published_at = now() where key = 'feed-one'`);
    await waitFor("change", heard("feed-one"));
    expect(changes).toEqual([{ kind: "plan", key: "feed-one", version: null }]);
  });

  it("hears nothing of a write that is rolled back", async () => {
    await expect(
      database.db.transaction(async (tx) => {
        await tx.execute(sql`update action_plans set title = 'x' where key = 'feed-one'`);
        await tx.execute(sql`update action_plans set title = 'y' where key = 'feed-two-marker'`);
        throw new Error("roll back");
      }),
    ).rejects.toThrow("roll back");
    changes.length = 0;
    await savePlanDocument(database, generatedPlan("feed-after-rollback", 1, 1), { replace: false });
    await waitFor("change", heard("feed-after-rollback"));
    // Notifications arrive in commit order: had the rolled-back one been sent, it would be here first.
    expect(changes).toEqual([{ kind: "plan", key: "feed-after-rollback", version: 1 }]);
  });

  it("says the feed is lost when its connection is killed, comes back, and hears the next change", async () => {
    const killed = (await database.db.execute(
      sql`select pg_terminate_backend(pid) as done from pg_stat_activity
          where datname = current_database() and query ilike 'LISTEN%' and pid <> pg_backend_pid()`,
    )) as unknown as { rows: unknown[] };
    expect(killed.rows.length).toBe(1);
    await waitFor("lost state", () => (states.includes(false) ? true : undefined));
    await waitFor("live state", () => (states.at(-1) === true ? true : undefined));
    await savePlanDocument(database, generatedPlan("feed-after-reconnect", 1, 1), { replace: false });
    await waitFor("change", heard("feed-after-reconnect"));
  });

  it("tells of a change to accounts by the user's id, but not of a session merely seen", async () => {
    const [user] = await database.db
      .insert(t.users)
      .values({ email: "feed@planspor.test", name: "Feed" })
      .returning({ id: t.users.id });
    const userId = user?.id ?? 0;
    const now = new Date();
    const session = { tokenHash: "feed-token", userId, csrfToken: "c", createdAt: now, lastSeenAt: now };
    await database.db.insert(t.sessions).values({ ...session, expiresAt: new Date(now.getTime() + 3_600_000) });
    changes.length = 0;
    await database.db.update(t.sessions).set({ lastSeenAt: new Date() }).where(eq(t.sessions.tokenHash, "feed-token"));
    await savePlanDocument(database, generatedPlan("feed-marker", 1, 1), { replace: false });
    await waitFor("change", heard("feed-marker"));
    // In commit order: a touch of the session would have come first.
    expect(changes).toEqual([{ kind: "plan", key: "feed-marker", version: 1 }]);

    const account = () => changes.find((c) => c.kind === "account" && c.userId === userId);
    changes.length = 0;
    await database.db.update(t.users).set({ name: "Nytt navn" }).where(eq(t.users.id, userId));
    await waitFor("account change", account);
    changes.length = 0;
    await database.db.delete(t.sessions).where(eq(t.sessions.tokenHash, "feed-token"));
    await waitFor("session ended", account);
  });

  it("says «all» when the plans are emptied at once, as a restore does", async () => {
    await database.db.execute(sql`truncate action_plans cascade`);
    await waitFor("all", () => changes.find((c) => c.kind === "allPlans"));
  });
});
