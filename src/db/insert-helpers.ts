/** Shared pieces of the plan insert: chunked bulk inserts and key → id lookups. */
import type { NumberRef } from "../domain/plan-schema.js";
import { PlanReferenceError } from "./plan-errors.js";

/** PostgreSQL allows 65,535 parameters per statement; the widest table here has 14 columns. */
export const ROWS_PER_INSERT = 4000;

/** Runs `write` once per chunk of rows (normally once), and not at all for no rows. */
export async function inChunks<TRow, TResult>(
  rows: readonly TRow[],
  write: (part: TRow[]) => PromiseLike<TResult[]>,
): Promise<TResult[]> {
  const results: TResult[] = [];
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
    results.push(...(await write(rows.slice(i, i + ROWS_PER_INSERT))));
  }
  return results;
}

/** `inChunks` for inserts that return nothing. */
export async function insertChunks<TRow>(rows: readonly TRow[], write: (part: TRow[]) => PromiseLike<unknown>) {
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
    await write(rows.slice(i, i + ROWS_PER_INSERT));
  }
}

export function lookup<K, V>(map: ReadonlyMap<K, V>, key: K, what: string): V {
  const value = map.get(key);
  if (value === undefined) throw new PlanReferenceError(`Unknown ${what} «${String(key)}»`);
  return value;
}

export function idsByKey(rows: ReadonlyArray<{ id: number; key: string }>): Map<string, number> {
  return new Map(rows.map((r) => [r.key, r.id]));
}

export type Owner = { measureId: number | null; activityId: number | null; relatedPlanId: number | null };
export type Ids = {
  actionPlanId: number;
  actors: Map<string, number>;
  sources: Map<string, number>;
  areas: Map<string, number>;
  /** `${focusAreaId}:${number}` → id */
  subGoals: Map<string, number>;
  strategies: Map<string, number>;
};

/** A sub-goal or strategy number of an area → its id; «unknown» → null. */
export function numberRefId(map: ReadonlyMap<string, number>, focusAreaId: number, ref: NumberRef, what: string) {
  return ref === "unknown" ? null : lookup(map, `${focusAreaId}:${ref}`, what);
}
