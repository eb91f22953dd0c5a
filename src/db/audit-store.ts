/**
 * The history's two doors: append events (inside the write's own transaction, so a change and its
 * history row are stored together or not at all) and read them back by filter, newest first.
 * There is no function that changes or removes an event, and the table refuses it (migration 0002).
 */
import { and, desc, eq, gte, inArray, isNull, lt, lte, or, type SQL } from "drizzle-orm";
import type { Database, DatabaseTransaction } from "./connection.js";
import * as t from "./schema/index.js";

export type NewAuditEvent = {
  actor: string | null;
  action: string;
  /** The plan changed; null for an account event (a login, a user, a membership). */
  planKey: string | null;
  /** The organization an account event concerns; left out (null) for plan events and logins. */
  organizationKey?: string | null;
  entityType: string;
  entityKey: string;
  measureKey: string | null;
  before: unknown;
  after: unknown;
};

export type AuditEvent = Omit<NewAuditEvent, "organizationKey"> & {
  id: number;
  occurredAt: string;
  organizationKey: string | null;
};

export type AuditFilter = {
  planKey?: string;
  organizationKey?: string;
  /**
   * Only what a viewer may read: events of these plans, and account events (no plan) of these
   * organizations. Absent: no such limit.
   */
  scope?: { planKeys: readonly string[]; organizationKeys: readonly string[] };
  entityType?: string;
  entityKey?: string;
  measureKey?: string;
  actor?: string;
  /** ISO instants, inclusive. */
  from?: string;
  to?: string;
  /** Events with an id below this one (the next page). */
  before?: number;
  limit: number;
};

/** Writes the events, in the caller's transaction when given one. */
export async function appendAuditEvents(
  executor: DatabaseTransaction | Database["db"],
  events: NewAuditEvent[],
): Promise<void> {
  if (events.length === 0) return;
  await executor.insert(t.auditEvents).values(
    events.map((e) => ({
      ...e,
      organizationKey: e.organizationKey ?? null,
      // jsonb keeps null as SQL NULL only when given null; undefined must not reach the driver.
      before: e.before ?? null,
      after: e.after ?? null,
    })),
  );
}

/** Events of the plans, or account events of the organizations; nothing when both lists are empty. */
function inScope(scope: NonNullable<AuditFilter["scope"]>): SQL {
  const a = t.auditEvents;
  const parts: SQL[] = [];
  if (scope.planKeys.length > 0) parts.push(inArray(a.planKey, [...scope.planKeys]));
  if (scope.organizationKeys.length > 0) {
    const account = and(isNull(a.planKey), inArray(a.organizationKey, [...scope.organizationKeys]));
    if (account !== undefined) parts.push(account);
  }
  return or(...parts) ?? eq(a.id, -1);
}

/** The events that pass the filter, newest first, at most `limit`. */
export async function listAuditEvents(database: Database, filter: AuditFilter): Promise<AuditEvent[]> {
  const a = t.auditEvents;
  const conditions: SQL[] = [];
  if (filter.planKey !== undefined) conditions.push(eq(a.planKey, filter.planKey));
  if (filter.organizationKey !== undefined) conditions.push(eq(a.organizationKey, filter.organizationKey));
  if (filter.scope !== undefined) conditions.push(inScope(filter.scope));
  if (filter.entityType !== undefined) conditions.push(eq(a.entityType, filter.entityType));
  if (filter.entityKey !== undefined) conditions.push(eq(a.entityKey, filter.entityKey));
  if (filter.measureKey !== undefined) conditions.push(eq(a.measureKey, filter.measureKey));
  if (filter.actor !== undefined) conditions.push(eq(a.actor, filter.actor));
  if (filter.from !== undefined) conditions.push(gte(a.occurredAt, new Date(filter.from)));
  if (filter.to !== undefined) conditions.push(lte(a.occurredAt, new Date(filter.to)));
  if (filter.before !== undefined) conditions.push(lt(a.id, filter.before));
  const rows = await database.db
    .select()
    .from(a)
    .where(and(...conditions))
    .orderBy(desc(a.id))
    .limit(filter.limit);
  return rows.map((r) => ({ ...r, occurredAt: r.occurredAt.toISOString() }));
}
