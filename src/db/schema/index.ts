/**
 * The database schema: one table per concept of the plan document (`planspor/1`).
 *
 * Every table below `action_plans` carries `action_plan_id` (ON DELETE CASCADE), so that a whole
 * plan loads with one query per table and deletes with one statement. Lists keep their order in a
 * `position` column (0-based, the index in the document). Enumerations are text with a CHECK,
 * which is cheaper to extend than a PostgreSQL enum type. Only PostgreSQL 15 features are used.
 *
 * This module exports the tables, their row types and the two database-only value lists; the
 * column helpers (`columns.ts`, and `actionPlanId` in `plans.ts`) stay inside the schema folder.
 */
export * from "./accounts.js";
export * from "./areas.js";
export * from "./audit.js";
export { ITEM_KINDS, RESPONSIBILITY_ROLES } from "./columns.js";
export * from "./measures.js";
export * from "./owned.js";
// Named, not `export *`: plans.ts also exports the `actionPlanId` column helper, which is no table.
export {
  type ActionPlanRow,
  type ActorRow,
  actionPlans,
  actors,
  type FundingSourceRow,
  fundingSources,
  type OrganizationRow,
  organizations,
  type StrategicPlanRow,
  strategicPlans,
} from "./plans.js";
export * from "./related-plans.js";
export * from "./reports.js";
export * from "./revisions.js";
export * from "./search.js";
