/**
 * Finding things by their words: a prefix query per word in PostgreSQL's `norwegian` text search
 * configuration (so «bedrifter» finds «bedrift» and «bedrift» finds «Bedriftsbesøk»), all words
 * required, ranked with titles above bodies, the hit words marked by `ts_headline`.
 */
import { type AnyColumn, and, asc, desc, eq, inArray, type SQL, sql } from "drizzle-orm";
import type { LevelNames } from "../domain/plan-schema.js";
import type { SearchHit, SearchPlan } from "../domain/search-model.js";
import type { Database } from "./connection.js";
import * as t from "./schema/index.js";

/**
 * Where a hit word starts and stops in a headline. Control characters, which no plan text holds
 * (they are stripped from the text before it is marked), so the marks cannot be confused with it.
 */
export const HIT_START = "\u0002";
export const HIT_STOP = "\u0003";

/** More words than any sensible query has; the rest are ignored rather than making the SQL huge. */
const MAX_WORDS = 32;

const TITLE_HEADLINE = `StartSel=${HIT_START}, StopSel=${HIT_STOP}, HighlightAll=true`;
const BODY_HEADLINE = `StartSel=${HIT_START}, StopSel=${HIT_STOP}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`;

export type SearchQuery = {
  text: string;
  /** Only this plan; undefined searches every plan. */
  planKey?: string | undefined;
  /** Only these plans (the ones the asker may read); undefined: every plan. */
  planKeys?: readonly string[] | undefined;
  limit: number;
};

/** A hit as the database gives it: the domain's hit with its title and body still marked up. */
export type SearchHitRow = Omit<SearchHit, "title" | "snippet"> & {
  /** The title with hit words between HIT_START and HIT_STOP. */
  titleHeadline: string;
  /** The body's best fragment, marked the same way; null when the entry has no body. */
  bodyHeadline: string | null;
};

export type SearchResult = { total: number; hits: SearchHitRow[]; plans: SearchPlan[] };

/** The words of a query: runs of letters, digits and combining marks, in NFC; anything else splits. */
export function queryWords(text: string): string[] {
  return (text.normalize("NFC").match(/[\p{L}\p{M}\p{N}]+/gu) ?? []).slice(0, MAX_WORDS);
}

/**
 * One prefix tsquery per word, ANDed. Each word goes in as a bound parameter and is quoted by
 * `quote_literal` before `to_tsquery` parses it, so no input can add tsquery operators or SQL;
 * `to_tsquery` (not `plainto_`) is what lets `:*` make the stemmed word a prefix.
 */
function prefixQuery(words: readonly string[]): SQL {
  const parts = words.map((word) => sql`to_tsquery('norwegian', quote_literal(${word}) || ':*')`);
  return sql`(${sql.join(parts, sql` && `)})`;
}

/** Whether a plan has the key: an unknown plan is an error, not an empty result. */
export async function planExists(database: Database, planKey: string): Promise<boolean> {
  const [row] = await database.db
    .select({ id: t.actionPlans.id })
    .from(t.actionPlans)
    .where(eq(t.actionPlans.key, planKey));
  return row !== undefined;
}

export async function searchEntries(database: Database, query: SearchQuery): Promise<SearchResult> {
  const words = queryWords(query.text);
  if (words.length === 0 || query.planKeys?.length === 0) return { total: 0, hits: [], plans: [] };
  const tsquery = prefixQuery(words);
  const ranked = rankedEntries(database, tsquery, query).as("ranked");
  // The headlines are made in the outer query, so only for the rows the limit keeps.
  const rows = await database.db
    .select({
      type: ranked.entityType,
      planKey: ranked.planKey,
      planTitle: ranked.planTitle,
      levelNames: ranked.levelNames,
      areaKey: ranked.areaKey,
      areaKind: ranked.areaKind,
      measureKey: ranked.measureKey,
      activityKey: ranked.activityKey,
      number: ranked.number,
      titleHeadline: sql<string>`ts_headline('norwegian', ${unmarked(ranked.title)}, ${tsquery}, ${TITLE_HEADLINE})`,
      bodyHeadline: sql<
        string | null
      >`ts_headline('norwegian', ${unmarked(ranked.body)}, ${tsquery}, ${BODY_HEADLINE})`,
      rank: ranked.rank,
      total: ranked.total,
    })
    .from(ranked)
    .orderBy(desc(ranked.rank), asc(ranked.planKey), asc(ranked.ordinal));
  return {
    total: rows[0]?.total ?? 0,
    hits: rows.map(({ levelNames: _l, total: _t, ...hit }) => hit),
    plans: distinctPlans(rows),
  };
}

/** The matching entries, best first, cut at the limit, each with the count of all matches. */
function rankedEntries(database: Database, tsquery: SQL, query: SearchQuery) {
  const e = t.searchEntries;
  const p = t.actionPlans;
  return database.db
    .select({
      entityType: e.entityType,
      areaKey: e.areaKey,
      areaKind: e.areaKind,
      measureKey: e.measureKey,
      activityKey: e.activityKey,
      number: e.number,
      title: e.title,
      body: e.body,
      ordinal: e.ordinal,
      planKey: sql<string>`${p.key}`.as("plan_key"),
      planTitle: sql<string>`${p.title}`.as("plan_title"),
      levelNames: sql<LevelNames | null>`${p.levelNames}`.as("level_names"),
      // Default weights: a title word (A) counts 1.0, a body word (B) 0.4.
      rank: sql<number>`ts_rank_cd(${e.document}, ${tsquery})`.mapWith(Number).as("rank"),
      total: sql<number>`count(*) over ()`.mapWith(Number).as("total"),
    })
    .from(e)
    .innerJoin(p, eq(p.id, e.actionPlanId))
    .where(
      and(
        sql`${e.document} @@ ${tsquery}`,
        query.planKey === undefined ? undefined : eq(p.key, query.planKey),
        query.planKeys === undefined ? undefined : inArray(p.key, [...query.planKeys]),
      ),
    )
    .orderBy(desc(sql`rank`), asc(p.key), asc(e.ordinal))
    .limit(query.limit);
}

/** The text without the two marker characters, so that every marker in a headline is a hit's. */
function unmarked(column: AnyColumn): SQL {
  return sql`translate(${column}, ${HIT_START + HIT_STOP}, '')`;
}

function distinctPlans(rows: ReadonlyArray<{ planKey: string; planTitle: string; levelNames: LevelNames | null }>) {
  const plans = new Map<string, SearchPlan>();
  for (const row of rows) {
    if (!plans.has(row.planKey)) {
      plans.set(row.planKey, { key: row.planKey, title: row.planTitle, levelNames: row.levelNames });
    }
  }
  return [...plans.values()];
}
