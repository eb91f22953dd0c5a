/**
 * The history's two doors: append events (inside the write's own transaction, so a change and its
 * history row are stored together or not at all) and read them back by filter, newest first.
 * There is no function that changes or removes an event, and the table refuses it (migration 0002).
 */
import { and, desc, eq, gte, isNull, lt, lte, type SQL } from "drizzle-orm";
import { unionAll } from "drizzle-orm/pg-core";
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

/**
 * The events that pass the filter, newest first, at most `limit`.
 *
 * With a viewer's scope, one subquery per plan and one per organization for its account events,
 * each newest first and cut at the limit, merged by UNION ALL in one statement: each walks its own end of an `(key, id)` index, so
 * the cost is the limit's, not the history's. A single query with `plan_key IN (…) OR …` ordered
 * by id let PostgreSQL walk the primary key backwards through every other plan's newer events
 * (416 ms at 357 organizations, for a member of one whose events were older).
 */
export async function listAuditEvents(database: Database, filter: AuditFilter): Promise<AuditEvent[]> {
  const a = t.auditEvents;
  const conditions: SQL[] = [];
  if (filter.planKey !== undefined) conditions.push(eq(a.planKey, filter.planKey));
  if (filter.organizationKey !== undefined) conditions.push(eq(a.organizationKey, filter.organizationKey));
  if (filter.entityType !== undefined) conditions.push(eq(a.entityType, filter.entityType));
  if (filter.entityKey !== undefined) conditions.push(eq(a.entityKey, filter.entityKey));
  if (filter.measureKey !== undefined) conditions.push(eq(a.measureKey, filter.measureKey));
  if (filter.actor !== undefined) conditions.push(eq(a.actor, filter.actor));
  if (filter.from !== undefined) conditions.push(gte(a.occurredAt, new Date(filter.from)));
  if (filter.to !== undefined) conditions.push(lte(a.occurredAt, new Date(filter.to)));
  if (filter.before !== undefined) conditions.push(lt(a.id, filter.before));
  const newest = (where: SQL | undefined) =>
    database.db
      .select()
      .from(a)
      .where(and(...conditions, where))
      .orderBy(desc(a.id))
      .limit(filter.limit);
  let rows: t.AuditEventRow[];
  const [first, second, ...rest] = filter.scope === undefined ? [undefined] : scopeBranches(filter.scope);
  if (filter.scope !== undefined && first === undefined) rows = [];
  else if (second === undefined) rows = await newest(first);
  else {
    rows = await unionAll(newest(first), newest(second), ...rest.map(newest))
      .orderBy(desc(a.id))
      .limit(filter.limit);
  }
  return rows.map((r) => ({ ...r, occurredAt: r.occurredAt.toISOString() }));
}

/** Events of each of the plans, and account events (no plan) of the organizations: one condition each. */
function scopeBranches(scope: NonNullable<AuditFilter["scope"]>): SQL[] {
  const a = t.auditEvents;
  const branches: SQL[] = scope.planKeys.map((key) => eq(a.planKey, key));
  for (const key of scope.organizationKeys) {
    const account = and(isNull(a.planKey), eq(a.organizationKey, key));
    if (account !== undefined) branches.push(account);
  }
  return branches;
}
