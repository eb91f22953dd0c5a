/** What every use case runs against: the database and the cache of plan documents. */
import type { Database } from "../db/connection.js";
import { PlanCache } from "./plan-cache.js";

export type AppContext = {
  readonly database: Database;
  readonly plans: PlanCache;
};

export function createAppContext(database: Database): AppContext {
  return { database, plans: new PlanCache() };
}
