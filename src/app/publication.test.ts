import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listAuditEvents } from "../db/audit-store.js";
import { createTestDatabase, type TestDatabase } from "../db/test-database.js";
import { fixturePlanInput } from "../domain/test-fixtures.js";
import { type AppContext, createAppContext } from "./context.js";
import { AppError } from "./errors.js";
import { importPlan } from "./import-plan.js";
import { listPlanAccess, planAccessInfo, setPublication } from "./publication.js";
import { seedPlans } from "./seed-plans.js";
import type { SessionUser } from "./sessions.js";
import { type AccountsTestContext, accountsTestContext, ORG_A, ORG_B, PLAN_A, PLAN_B } from "./test-accounts.js";

let test: AccountsTestContext;
let ctx: AppContext;
const editor: SessionUser = {
  id: 1,
  email: "redaktor@example.no",
  name: null,
  installationAdmin: false,
  mustChangePassword: false,
};

beforeAll(async () => {
  test = await accountsTestContext();
  ctx = test.ctx;
});
afterAll(async () => {
  await test?.database.dispose();
});

describe("publication", () => {
  it("starts unpublished for an imported plan, and tells the organization", async () => {
    expect(await planAccessInfo(ctx, PLAN_A)).toEqual({ organizationKey: ORG_A, published: false });
    expect(await planAccessInfo(ctx, "no-such-plan")).toBeNull();
    expect(await listPlanAccess(ctx)).toEqual(
      new Map([
        [PLAN_A, { organizationKey: ORG_A, published: false }],
        [PLAN_B, { organizationKey: ORG_B, published: false }],
      ]),
    );
  });

  it("publishes and withdraws, with history, and the cached answer follows at once", async () => {
    const now = new Date("2026-04-01T12:00:00Z");
    expect(await setPublication(ctx, PLAN_A, true, editor, now)).toEqual({
      published: true,
      publishedAt: now.toISOString(),
    });
    expect(await planAccessInfo(ctx, PLAN_A)).toEqual({ organizationKey: ORG_A, published: true });
    // Publishing again keeps the first time and writes no history.
    const later = new Date("2026-05-01T12:00:00Z");
    expect(await setPublication(ctx, PLAN_A, true, editor, later)).toEqual({
      published: true,
      publishedAt: now.toISOString(),
    });
    expect((await listPlanAccess(ctx)).get(PLAN_A)?.published).toBe(true);
    expect((await listPlanAccess(ctx)).get(PLAN_B)?.published).toBe(false);
    expect(await setPublication(ctx, PLAN_A, false, editor, later)).toEqual({ published: false, publishedAt: null });
    expect(await planAccessInfo(ctx, PLAN_A)).toEqual({ organizationKey: ORG_A, published: false });
    const events = await listAuditEvents(test.database, { planKey: PLAN_A, entityType: "plan", limit: 10 });
    expect(events.slice(0, 2).map((e) => [e.action, e.actor, e.organizationKey])).toEqual([
      ["unpublished", editor.email, ORG_A],
      ["published", editor.email, ORG_A],
    ]);
  });

  it("keeps the publication when the plan is replaced by an import", async () => {
    await setPublication(ctx, PLAN_B, true, editor);
    const other = fixturePlanInput();
    other.organization = { key: ORG_B, name: "Annenby kommune", kind: "municipality", officialNumber: "3498" };
    other.actionPlan = { ...other.actionPlan, key: PLAN_B, title: "Ny tittel" };
    await importPlan(ctx, other, { replace: true });
    expect(await planAccessInfo(ctx, PLAN_B)).toEqual({ organizationKey: ORG_B, published: true });
  });

  it("answers not found for an unknown plan", async () => {
    await expect(setPublication(ctx, "no-such-plan", true, editor)).rejects.toThrow(AppError);
  });

  it("sees a change made by another instance once the short cache has passed", async () => {
    const instance = createAppContext(test.database);
    const base = Date.now() + 60_000;
    expect((await planAccessInfo(instance, PLAN_A, base))?.published).toBe(false);
    // Another context on another "instance" (a copy of the database handle) publishes.
    const elsewhere = createAppContext({ ...test.database });
    await setPublication(elsewhere, PLAN_A, true, editor);
    expect((await planAccessInfo(instance, PLAN_A, base + 1000))?.published).toBe(false);
    expect((await planAccessInfo(instance, PLAN_A, base + 10_000))?.published).toBe(true);
    await setPublication(ctx, PLAN_A, false, editor);
  });
});

describe("the built-in plans", () => {
  let database: TestDatabase;
  afterAll(async () => {
    await database?.dispose();
  });

  it("are published when seeded", async () => {
    database = await createTestDatabase();
    const seeded = createAppContext(database);
    const [result] = await seedPlans(seeded, { replace: false });
    expect(result?.key).toBe("gjovik-naering-2024-2026");
    expect(await planAccessInfo(seeded, "gjovik-naering-2024-2026")).toEqual({
      organizationKey: "gjovik",
      published: true,
    });
  });
});
