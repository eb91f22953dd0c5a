/**
 * The plan change feed on PostgreSQL: a committed write to a plan sends its key, a rolled-back one
 * sends nothing, a TRUNCATE says «all», and a listener whose connection is killed says so, comes
 * back by itself and hears the next change. (PGlite serves one process and has no feed.)
 */
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { followPlanChanges, type PlanChange } from "./change-feed.js";
import type { Listener } from "./connection.js";
import { savePlanDocument } from "./plan-store.js";
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

describe("followPlanChanges on PGlite", () => {
  it.skipIf(onPostgres)("needs no feed: there is no other process to hear from", async () => {
    const database = await createTestDatabase();
    try {
      expect(await followPlanChanges(database, { onChange() {}, onState() {} })).toBeNull();
      // The trigger runs all the same, and a write still commits.
      await savePlanDocument(database, generatedPlan("feed-pglite", 1, 1), { replace: false });
    } finally {
      await database.dispose();
    }
  });
});

describe.skipIf(!onPostgres)("followPlanChanges on PostgreSQL", () => {
  let database: TestDatabase;
  let listener: Listener | null;
  const changes: PlanChange[] = [];
  const states: boolean[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
    listener = await followPlanChanges(database, {
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
    expect(changes).toEqual([{ kind: "plan", key: "feed-after-rollback" }]);
  });

  it("says the feed is lost when its connection is killed, comes back, and hears the next change", async () => {
    const killed = await database.db.execute(
      sql`select pg_terminate_backend(pid) as done from pg_stat_activity
          where datname = current_database() and query ilike 'LISTEN%' and pid <> pg_backend_pid()`,
    );
    expect(killed.rows.length).toBe(1);
    await waitFor("lost state", () => (states.includes(false) ? true : undefined));
    await waitFor("live state", () => (states.at(-1) === true ? true : undefined));
    await savePlanDocument(database, generatedPlan("feed-after-reconnect", 1, 1), { replace: false });
    await waitFor("change", heard("feed-after-reconnect"));
  });

  it("says «all» when the plans are emptied at once, as a restore does", async () => {
    await database.db.execute(sql`truncate action_plans cascade`);
    await waitFor("all", () => changes.find((c) => c.kind === "all"));
  });
});
