/**
 * Publication: whether anyone may read a plan (without its internal comments) or only its
 * organization's members. The guard asks `planAccessInfo` on every request to a plan, so the
 * answers are kept in memory per database, briefly: a write here forgets them at once, other
 * instances on PostgreSQL forget them when the change feed tells them (`follow-changes.ts`), and
 * in any case an answer is not trusted for longer than `ACCESS_CACHE_MS`.
 */
import { appendAuditEvents } from "../db/audit-store.js";
import type { Database } from "../db/connection.js";
import { findPlanAccess, listPlanAccessRows, type PlanAccessRow, writePublication } from "../db/publication-store.js";
import type { AppContext } from "./context.js";
import { notFound } from "./errors.js";
import type { SessionUser } from "./sessions.js";

export type PlanAccessInfo = { organizationKey: string; published: boolean };

/** How long an answer is trusted: the most another instance's change of publication may go unseen. */
export const ACCESS_CACHE_MS = 5_000;

type Entry = { info: PlanAccessInfo; at: number };
/** Per database, so that contexts on one database share it and a test's fresh database starts empty. */
const caches = new WeakMap<Database, Map<string, Entry>>();

function cacheOf(ctx: AppContext): Map<string, Entry> {
  let cache = caches.get(ctx.database);
  if (cache === undefined) {
    cache = new Map();
    caches.set(ctx.database, cache);
  }
  return cache;
}

const infoOf = (row: PlanAccessRow): PlanAccessInfo => ({
  organizationKey: row.organizationKey,
  published: row.publishedAt !== null,
});

/** Forgets what is known of the plans' access (after a restore, or a change made elsewhere). */
export function forgetPlanAccess(ctx: AppContext, planKey?: string): void {
  if (planKey === undefined) caches.delete(ctx.database);
  else caches.get(ctx.database)?.delete(planKey);
}

/**
 * The plan's organization and whether it is published; null when no plan has the key. Not kept
 * when missing, so that a plan just imported is found at once.
 */
export async function planAccessInfo(
  ctx: AppContext,
  planKey: string,
  now: number = Date.now(),
): Promise<PlanAccessInfo | null> {
  const cache = cacheOf(ctx);
  const cached = cache.get(planKey);
  if (cached !== undefined && now - cached.at < ACCESS_CACHE_MS) return cached.info;
  const row = await findPlanAccess(ctx.database.db, planKey);
  if (row === undefined) {
    cache.delete(planKey);
    return null;
  }
  const info = infoOf(row);
  cache.set(planKey, { info, at: now });
  return info;
}

/** Every plan's organization and publication, by plan key (read afresh: for filtering lists). */
export async function listPlanAccess(ctx: AppContext): Promise<Map<string, PlanAccessInfo>> {
  const rows = await listPlanAccessRows(ctx.database.db);
  const now = Date.now();
  const cache = cacheOf(ctx);
  const result = new Map<string, PlanAccessInfo>();
  for (const row of rows) {
    const info = infoOf(row);
    result.set(row.planKey, info);
    cache.set(row.planKey, { info, at: now });
  }
  return result;
}

/**
 * Publishes the plan (anyone may read it, without internal comments) or withdraws it. Publishing
 * a published plan keeps its first publication time; a change is a history row (`published` or
 * `unpublished`, by who did it). `by` null: the system (the built-in plans when seeded).
 */
export async function setPublication(
  ctx: AppContext,
  planKey: string,
  published: boolean,
  by: SessionUser | null,
  now: Date = new Date(),
): Promise<{ published: boolean; publishedAt: string | null }> {
  try {
    const result = await ctx.database.db.transaction(async (tx) => {
      const written = await writePublication(tx, planKey, published ? now : null);
      if (written === undefined) throw notFound("plan", planKey);
      const { before, after } = written;
      if ((before.publishedAt === null) !== (after.publishedAt === null)) {
        await appendAuditEvents(tx, [
          {
            actor: by?.email ?? null,
            action: published ? "published" : "unpublished",
            planKey,
            organizationKey: after.organizationKey,
            entityType: "plan",
            entityKey: planKey,
            measureKey: null,
            before: { publishedAt: before.publishedAt?.toISOString() ?? null },
            after: { publishedAt: after.publishedAt?.toISOString() ?? null },
          },
        ]);
      }
      return after;
    });
    return { published: result.publishedAt !== null, publishedAt: result.publishedAt?.toISOString() ?? null };
  } finally {
    cacheOf(ctx).delete(planKey);
  }
}
