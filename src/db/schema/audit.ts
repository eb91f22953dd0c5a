/**
 * The history: one row per change to a plan or a report, and per account event (a login, a user
 * made, a role changed) — who, when, which entity, what before and after. Append-only: a trigger
 * (migration 0002) refuses UPDATE and DELETE, and no route writes here but through
 * `appendAuditEvents`. Rows name plans and entities by key, not by id, so they outlive the rows
 * they describe (a deleted measure keeps its history, a removed user theirs).
 */
import { bigint, index, jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";

export const auditEvents = pgTable(
  "audit_events",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    occurredAt: timestamp("occurred_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
    /** Who made the change, as the request named them; null when nobody was named. */
    actor: text("actor"),
    /** created, updated, deleted, reordered, reported, imported, replaced. */
    action: text("action").notNull(),
    /** The plan changed; null for an event of no plan (a login, a user, a membership). */
    planKey: text("plan_key"),
    /** The organization an account event concerns (a membership, a password reset); null otherwise. */
    organizationKey: text("organization_key"),
    entityType: text("entity_type").notNull(),
    entityKey: text("entity_key").notNull(),
    /** The measure the entity belongs to (a measure, its report), for a measure's own history. */
    measureKey: text("measure_key"),
    before: jsonb("before"),
    after: jsonb("after"),
  },
  (t) => [
    // History is read newest first by id (`audit-store.ts`): with the id second, a plan's (or an
    // organization's) latest events are the end of its part of the index, read without a sort and
    // without walking other plans' events. Time filters are rare and narrowed by the key first.
    index("audit_events_plan_id_idx").on(t.planKey, t.id),
    index("audit_events_entity_idx").on(t.planKey, t.entityType, t.entityKey),
    index("audit_events_measure_idx").on(t.planKey, t.measureKey),
    index("audit_events_actor_idx").on(t.actor),
    index("audit_events_organization_id_idx").on(t.organizationKey, t.id),
  ],
);

export type AuditEventRow = typeof auditEvents.$inferSelect;
