/** The plan itself and what it lists once for all its parts: organizations, plans, actors, funding sources. */
import { sql } from "drizzle-orm";
import {
  bigint,
  check,
  date,
  index,
  integer,
  json,
  pgTable,
  text,
  timestamp,
  unique,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import type { LevelNames, ReportingCalendar } from "../../domain/plan-schema.js";
import { ActorKindValues, id, OrganizationKindValues, oneOf, position } from "./columns.js";

export const organizations = pgTable(
  "organizations",
  {
    id: id(),
    key: text("key").notNull().unique(),
    name: text("name").notNull(),
    kind: text("kind", { enum: OrganizationKindValues }).notNull(),
    officialNumber: text("official_number"),
  },
  (t) => [oneOf("organizations_kind_check", t.kind, OrganizationKindValues)],
);

/** A strategic plan belongs to an organization; its key is unique within that organization. */
export const strategicPlans = pgTable(
  "strategic_plans",
  {
    id: id(),
    organizationId: integer("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    key: text("key").notNull(),
    title: text("title").notNull(),
    firstYear: integer("first_year"),
    lastYear: integer("last_year"),
  },
  (t) => [unique("strategic_plans_organization_key_unique").on(t.organizationId, t.key)],
);

export const actionPlans = pgTable(
  "action_plans",
  {
    id: id(),
    key: text("key").notNull().unique(),
    // An organization with plans cannot be deleted by accident: delete its plans first.
    organizationId: integer("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "restrict" }),
    strategicPlanId: integer("strategic_plan_id").references(() => strategicPlans.id, { onDelete: "set null" }),
    title: text("title").notNull(),
    firstYear: integer("first_year").notNull(),
    lastYear: integer("last_year").notNull(),
    introduction: text("introduction").array().notNull().default(sql`'{}'::text[]`),
    flagshipIntroduction: text("flagship_introduction"),
    relatedPlansIntroduction: text("related_plans_introduction"),
    revisionNumber: integer("revision_number").notNull(),
    adoptedOn: date("adopted_on", { mode: "string" }),
    decisionRef: text("decision_ref"),
    /** The plan's own level names, read and written whole; `json`, not `jsonb`, keeps the key order exact. */
    levelNames: json("level_names").$type<LevelNames>(),
    /** The reporting calendar, read and written whole (null: tertials with default deadlines). */
    reporting: json("reporting").$type<ReportingCalendar>(),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
    /** Bumped on every write of the plan, for optimistic locking. */
    version: integer("version").notNull().default(1),
    /**
     * When the plan was published (readable by anyone, without internal comments); null: only its
     * organization's members see it. Not part of the plan document: an import neither sets nor
     * clears it (`app/publication.ts`).
     */
    publishedAt: timestamp("published_at", { withTimezone: true, mode: "date" }),
  },
  (t) => [
    index("action_plans_organization_id_idx").on(t.organizationId),
    index("action_plans_strategic_plan_id_idx").on(t.strategicPlanId),
    check("action_plans_years_check", sql`${t.lastYear} >= ${t.firstYear}`),
    check("action_plans_revision_number_check", sql`${t.revisionNumber} > 0`),
  ],
);

/**
 * The owning plan's id, which every table below `action_plans` carries. It lives here, next to
 * `actionPlans`, so that the other schema files import it without an import cycle.
 */
export const actionPlanId = () =>
  integer("action_plan_id")
    .notNull()
    .references(() => actionPlans.id, { onDelete: "cascade" });

export const actors = pgTable(
  "actors",
  {
    id: id(),
    actionPlanId: actionPlanId(),
    key: text("key").notNull(),
    name: text("name").notNull(),
    kind: text("kind", { enum: ActorKindValues }).notNull(),
    position: position(),
  },
  (t) => [
    uniqueIndex("actors_plan_key_idx").on(t.actionPlanId, t.key),
    oneOf("actors_kind_check", t.kind, ActorKindValues),
  ],
);

export const fundingSources = pgTable(
  "funding_sources",
  {
    id: id(),
    actionPlanId: actionPlanId(),
    key: text("key").notNull(),
    name: text("name").notNull(),
    description: text("description"),
    annualContributionNok: bigint("annual_contribution_nok", { mode: "number" }),
    annualBudgetIncreaseNok: bigint("annual_budget_increase_nok", { mode: "number" }),
    position: position(),
  },
  (t) => [uniqueIndex("funding_sources_plan_key_idx").on(t.actionPlanId, t.key)],
);

export type OrganizationRow = typeof organizations.$inferSelect;
export type StrategicPlanRow = typeof strategicPlans.$inferSelect;
export type ActionPlanRow = typeof actionPlans.$inferSelect;
export type ActorRow = typeof actors.$inferSelect;
export type FundingSourceRow = typeof fundingSources.$inferSelect;
