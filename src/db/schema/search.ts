/**
 * What search finds: one row per searchable thing of a plan (an area, its main goal, each sub-goal
 * and strategy, each measure, activity and indicator), rebuilt whenever the plan's contents are
 * written (`db/search-entries.ts`). The words are kept as a stored tsvector in PostgreSQL's
 * `norwegian` configuration, so that inflected forms match and a GIN index answers a query.
 */
import { type SQL, sql } from "drizzle-orm";
import { customType, index, integer, pgTable, text } from "drizzle-orm/pg-core";
import { SEARCH_ENTITY_TYPES } from "../../domain/search-model.js";
import { FocusAreaKindValues, id, oneOf } from "./columns.js";
import { actionPlanId } from "./plans.js";

/** Drizzle has no tsvector column; it is only ever written by the database and read by SQL. */
const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

/** The title weighs more (A) than the body (B) in the rank; both stemmed as Norwegian. */
const documentVector = (title: SQL, body: SQL) =>
  sql`setweight(to_tsvector('norwegian', ${title}), 'A') || setweight(to_tsvector('norwegian', coalesce(${body}, '')), 'B')`;

export const searchEntries = pgTable(
  "search_entries",
  {
    id: id(),
    actionPlanId: actionPlanId(),
    entityType: text("entity_type", { enum: SEARCH_ENTITY_TYPES }).notNull(),
    /** Every entry lies in an area; its kind names the area's level (satsingsområde or strategisk grep). */
    areaKey: text("area_key").notNull(),
    areaKind: text("area_kind", { enum: FocusAreaKindValues }).notNull(),
    /** The measure a measure, activity or indicator belongs to: what the hit links to. */
    measureKey: text("measure_key"),
    activityKey: text("activity_key"),
    /** A sub-goal's or strategy's number within its area. */
    number: integer("number"),
    title: text("title").notNull(),
    body: text("body"),
    /** The entry's place in the plan's document order, for ties in rank. */
    ordinal: integer("ordinal").notNull(),
    document: tsvector("document")
      .notNull()
      .generatedAlwaysAs((): SQL => documentVector(sql.raw('"title"'), sql.raw('"body"'))),
  },
  (t) => [
    index("search_entries_plan_idx").on(t.actionPlanId),
    index("search_entries_document_idx").using("gin", t.document),
    oneOf("search_entries_entity_type_check", t.entityType, SEARCH_ENTITY_TYPES),
    oneOf("search_entries_area_kind_check", t.areaKind, FocusAreaKindValues),
  ],
);

export type SearchEntryRow = typeof searchEntries.$inferSelect;
export type NewSearchEntry = Omit<typeof searchEntries.$inferInsert, "id" | "document">;
