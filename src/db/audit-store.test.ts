import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appendAuditEvents, listAuditEvents, type NewAuditEvent } from "./audit-store.js";
import { createTestDatabase, type TestDatabase } from "./test-database.js";

const event = (planKey: string | null, entityKey: string, organizationKey: string | null = null): NewAuditEvent => ({
  actor: "test",
  action: "updated",
  planKey,
  organizationKey,
  entityType: "measure",
  entityKey,
  measureKey: entityKey,
  before: null,
  after: null,
});

describe("reading the history in a viewer's scope", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
    // Interleaved, one at a time, so that ids give the order: a, b, other, account-a, a, other, b, account-other.
    for (const e of [
      event("plan-a", "a1"),
      event("plan-b", "b1"),
      event("plan-other", "o1"),
      event(null, "user-1", "org-a"),
      event("plan-a", "a2"),
      event("plan-other", "o2"),
      event("plan-b", "b2"),
      event(null, "user-2", "org-other"),
    ]) {
      await appendAuditEvents(database.db, [e]);
    }
  });
  afterAll(async () => {
    await database.dispose();
  });

  const keys = (events: Array<{ entityKey: string }>) => events.map((e) => e.entityKey);
  const scope = { planKeys: ["plan-a", "plan-b"], organizationKeys: ["org-a"] };

  it("merges the scope's plans and account events, newest first, and nothing else", async () => {
    expect(keys(await listAuditEvents(database, { scope, limit: 100 }))).toEqual(["b2", "a2", "user-1", "b1", "a1"]);
  });

  it("cuts the merge at the limit and pages on with `before`", async () => {
    const first = await listAuditEvents(database, { scope, limit: 2 });
    expect(keys(first)).toEqual(["b2", "a2"]);
    const next = await listAuditEvents(database, { scope, limit: 2, before: first.at(-1)?.id ?? 0 });
    expect(keys(next)).toEqual(["user-1", "b1"]);
  });

  it("applies the other filters in every branch", async () => {
    expect(keys(await listAuditEvents(database, { scope, measureKey: "a1", limit: 10 }))).toEqual(["a1"]);
    expect(keys(await listAuditEvents(database, { scope, planKey: "plan-b", limit: 10 }))).toEqual(["b2", "b1"]);
  });

  it("gives nothing for an empty scope, and a single plan without a union", async () => {
    expect(await listAuditEvents(database, { scope: { planKeys: [], organizationKeys: [] }, limit: 10 })).toEqual([]);
    const one = { planKeys: ["plan-other"], organizationKeys: [] };
    expect(keys(await listAuditEvents(database, { scope: one, limit: 10 }))).toEqual(["o2", "o1"]);
  });
});
