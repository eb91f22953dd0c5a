/**
 * For the tests of accounts and access: a migrated test database (PGlite, or PostgreSQL with
 * TEST_DATABASE_URL) holding two organizations, each with one plan of the made-up fixture.
 */
import { createTestDatabase, type TestDatabase } from "../db/test-database.js";
import { fixturePlanInput } from "../domain/test-fixtures.js";
import { type AppContext, createAppContext } from "./context.js";
import { importPlan } from "./import-plan.js";

export const ORG_A = "testby-kommune";
export const ORG_B = "annenby-kommune";
export const PLAN_A = "testby-naering-2024-2026";
export const PLAN_B = "annenby-naering-2024-2026";

export type AccountsTestContext = { database: TestDatabase; ctx: AppContext };

/** A fresh database with the two organizations' plans, unpublished. */
export async function accountsTestContext(): Promise<AccountsTestContext> {
  const database = await createTestDatabase();
  const ctx = createAppContext(database);
  await importPlan(ctx, fixturePlanInput(), { replace: false });
  const other = fixturePlanInput();
  other.organization = { key: ORG_B, name: "Annenby kommune", kind: "municipality", officialNumber: "3498" };
  other.actionPlan = { ...other.actionPlan, key: PLAN_B };
  await importPlan(ctx, other, { replace: false });
  return { database, ctx };
}
