import { type AuditEvent, type AuditFilter, listAuditEvents as listEvents } from "../db/audit-store.js";
import type { AppContext } from "./context.js";
import { AppError } from "./errors.js";

/** The history, newest first, by plan, entity, measure, who and time. */
export async function listAuditEvents(ctx: AppContext, filter: AuditFilter): Promise<AuditEvent[]> {
  if (filter.from !== undefined && filter.to !== undefined && filter.from > filter.to) {
    throw new AppError("bad_request", 'Query parameter "from": it comes after "to"');
  }
  return listEvents(ctx.database, filter);
}
