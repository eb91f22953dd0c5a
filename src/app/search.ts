/**
 * Search across plans: checks the query, asks the store, and turns the store's marked headlines
 * into segments (`[{text, isHit}]`) that any client can render without parsing markup.
 */

import { HIT_START, HIT_STOP, planExists, type SearchHitRow, searchEntries } from "../db/search-store.js";
import type { SearchHit, SearchResponse, TextSegment } from "../domain/search-model.js";
import type { AppContext } from "./context.js";
import { AppError, notFound } from "./errors.js";

export const MAX_QUERY_LENGTH = 200;
export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 100;

export type SearchInput = {
  q: string;
  plan?: string | undefined;
  limit?: number | undefined;
  /**
   * Only these plans (the ones the viewer may read); undefined: every plan. A `plan` outside them
   * is not found, as an unknown one is.
   */
  planKeys?: ReadonlySet<string> | undefined;
};

export async function search(ctx: AppContext, input: SearchInput): Promise<SearchResponse> {
  const query = checkQuery(input.q);
  const limit = Math.min(Math.max(Math.trunc(input.limit ?? DEFAULT_LIMIT), 1), MAX_LIMIT);
  if (input.plan !== undefined) {
    const hidden = input.planKeys !== undefined && !input.planKeys.has(input.plan);
    if (hidden || !(await planExists(ctx.database, input.plan))) throw notFound("plan", input.plan);
  }
  const planKeys = input.planKeys === undefined ? undefined : [...input.planKeys];
  const result = await searchEntries(ctx.database, { text: query, planKey: input.plan, planKeys, limit });
  return { query, total: result.total, hits: result.hits.map(toHit), plans: result.plans };
}

/** The query trimmed; an empty or overlong one is the caller's mistake, named by its field. */
function checkQuery(q: string): string {
  const query = q.trim();
  if (query === "") throw invalidQuery("The search text is empty");
  if (query.length > MAX_QUERY_LENGTH) {
    throw invalidQuery(`The search text is longer than ${MAX_QUERY_LENGTH} characters`);
  }
  return query;
}

const invalidQuery = (message: string) => new AppError("invalid_input", message, [{ path: "q", message }]);

function toHit({ titleHeadline, bodyHeadline, ...row }: SearchHitRow): SearchHit {
  return {
    ...row,
    title: headlineSegments(titleHeadline),
    snippet: bodyHeadline === null || bodyHeadline === "" ? null : headlineSegments(bodyHeadline),
  };
}

/**
 * `Gjennomføre \u0002bedriftsbesøk\u0003 for …` → plain, hit, plain segments. Adjacent hits
 * (`\u0002a\u0003 \u0002b\u0003`) stay separate; empty pieces are dropped.
 */
export function headlineSegments(headline: string): TextSegment[] {
  const segments: TextSegment[] = [];
  for (const [i, piece] of headline.split(HIT_START).entries()) {
    const stop = piece.indexOf(HIT_STOP);
    // The first piece, and any piece without a stop marker, is plain text.
    if (i === 0 || stop < 0) {
      push(segments, piece.replaceAll(HIT_STOP, ""), false);
      continue;
    }
    push(segments, piece.slice(0, stop), true);
    push(segments, piece.slice(stop + 1).replaceAll(HIT_STOP, ""), false);
  }
  return segments;
}

function push(segments: TextSegment[], text: string, isHit: boolean): void {
  if (text !== "") segments.push({ text, isHit });
}
