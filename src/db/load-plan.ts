/**
 * Reading a whole plan document back with one statement: the plan's row joined to its
 * organization and strategic plan, and for every table below it a subquery giving the rows with
 * that plan's id (all tables carry it) as a JSON array, in position order. The tree is put
 * together in memory (`assemble-plan.ts`).
 */
import { eq, getTableColumns, getTableName, type Placeholder, type SQL, sql } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import type { PlanDocument } from "../domain/plan-schema.js";
import { assemblePlanDocument } from "./assemble-plan.js";
import type { Database, DatabaseTransaction, DrizzleDatabase } from "./connection.js";
import * as t from "./schema/index.js";

type PlanTable = PgTable & { actionPlanId: PgColumn; position: PgColumn };

/**
 * The statement, built and prepared once per database: building it costs more than running it,
 * and on PostgreSQL a named statement is also planned once per connection.
 */
function loadQuery(db: DrizzleDatabase | DatabaseTransaction, key: SQL | SQL.Aliased | Placeholder | string) {
  return db
    .select({
      plan: t.actionPlans,
      organization: t.organizations,
      strategicPlan: t.strategicPlans,
      actors: childRows(t.actors),
      sources: childRows(t.fundingSources),
      areas: childRows(t.focusAreas),
      subGoals: childRows(t.subGoals),
      strategies: childRows(t.strategies),
      flagships: childRows(t.flagships),
      measures: childRows(t.measures),
      activities: childRows(t.activities),
      measureStrategies: childRows(t.measureStrategies),
      indicators: childRows(t.indicators),
      funding: childRows(t.fundingLines),
      people: childRows(t.responsibilityActors),
      related: childRows(t.relatedPlans),
      links: childRows(t.relatedPlanLinks),
      linkSubGoals: childRows(t.relatedPlanLinkSubGoals),
      linkStrategies: childRows(t.relatedPlanLinkStrategies),
      reports: childRows(t.statusReports),
      values: childRows(t.indicatorValues),
    })
    .from(t.actionPlans)
    .innerJoin(t.organizations, eq(t.organizations.id, t.actionPlans.organizationId))
    .leftJoin(t.strategicPlans, eq(t.strategicPlans.id, t.actionPlans.strategicPlanId))
    .where(eq(t.actionPlans.key, key));
}

function prepareLoad(db: DrizzleDatabase) {
  return loadQuery(db, sql.placeholder("key")).prepare("planspor_load_plan_document");
}

type LoadedRow = Awaited<ReturnType<ReturnType<typeof prepareLoad>["execute"]>>[number];

const preparedLoads = new WeakMap<DrizzleDatabase, ReturnType<typeof prepareLoad>>();

export async function loadPlanDocument(database: Database, key: string): Promise<PlanDocument | null> {
  return (await loadVersionedPlan(database, key))?.plan ?? null;
}

/**
 * The plan with its row's version: a number every write to the plan raises (its contents, a
 * report), which caches compare to know whether what they hold is current.
 */
export type VersionedPlan = { plan: PlanDocument; version: number };

export async function loadVersionedPlan(database: Database, key: string): Promise<VersionedPlan | null> {
  let load = preparedLoads.get(database.db);
  if (load === undefined) {
    load = prepareLoad(database.db);
    preparedLoads.set(database.db, load);
  }
  const [row] = await load.execute({ key });
  return row === undefined ? null : { plan: toPlanDocument(row), version: row.plan.version };
}

/** The plan as it is inside a transaction (after a lock, say), with the same one statement unprepared. */
export async function loadPlanDocumentIn(tx: DatabaseTransaction, key: string): Promise<PlanDocument | null> {
  const [row] = await loadQuery(tx, key);
  return row === undefined ? null : toPlanDocument(row);
}

function toPlanDocument(row: LoadedRow): PlanDocument {
  const { plan, organization, strategicPlan } = row;
  const rows = {
    actors: decodeRows(t.actors, row.actors),
    sources: decodeRows(t.fundingSources, row.sources),
    areas: decodeRows(t.focusAreas, row.areas),
    subGoals: decodeRows(t.subGoals, row.subGoals),
    strategies: decodeRows(t.strategies, row.strategies),
    flagships: decodeRows(t.flagships, row.flagships),
    measures: decodeRows(t.measures, row.measures),
    activities: decodeRows(t.activities, row.activities),
    measureStrategies: decodeRows(t.measureStrategies, row.measureStrategies),
    indicators: decodeRows(t.indicators, row.indicators),
    funding: decodeRows(t.fundingLines, row.funding),
    people: decodeRows(t.responsibilityActors, row.people),
    related: decodeRows(t.relatedPlans, row.related),
    links: decodeRows(t.relatedPlanLinks, row.links),
    linkSubGoals: decodeRows(t.relatedPlanLinkSubGoals, row.linkSubGoals),
    linkStrategies: decodeRows(t.relatedPlanLinkStrategies, row.linkStrategies),
    reports: decodeRows(t.statusReports, row.reports),
    values: decodeRows(t.indicatorValues, row.values),
  };
  return assemblePlanDocument({ plan, organization, strategicPlan }, rows);
}

/**
 * A correlated subquery giving the plan's rows of one table as a JSON array in position order.
 * One statement for the whole plan: PGlite costs ~0.5 ms per statement whatever it does, which
 * for a statement per table came to ~15 ms a plan; this way it is a few. Being one statement, it
 * also reads one consistent snapshot without a transaction.
 */
function childRows(table: PlanTable) {
  const position = sql.identifier(table.position.name);
  const planId = sql.identifier(table.actionPlanId.name);
  return sql<unknown>`(select coalesce(json_agg(x order by x.${position}), '[]'::json) from ${table} x where x.${planId} = ${t.actionPlans.id})`;
}

/**
 * Turns the JSON rows (keyed by column name) into the rows drizzle would give (keyed by property,
 * each value through its column's own decoder). JSON keeps every value of these column types
 * exactly: float8 prints its shortest exact form, and bigint amounts stay below 2^53.
 */
function decodeRows<T extends PlanTable>(table: T, json: unknown): Array<T["$inferSelect"]> {
  const list: unknown = typeof json === "string" ? JSON.parse(json) : json;
  if (!Array.isArray(list)) throw new Error(`Expected the rows of ${getTableName(table)} as a JSON array`);
  const columns = Object.entries(getTableColumns(table));
  return list.map((item: Record<string, unknown>) => {
    const row: Record<string, unknown> = {};
    for (const [property, column] of columns) {
      const value = item[column.name];
      row[property] = value === null || value === undefined ? null : column.mapFromDriverValue(value);
    }
    // The one unchecked step: the columns above are exactly the table's, decoded as drizzle does.
    return row as T["$inferSelect"];
  });
}
