/**
 * Search across plans: checks the query, asks the store, and turns the store's marked headlines
 * into segments (`[{text, isHit}]`) that any client can render without parsing markup.
 */

import { HIT_START, HIT_STOP, planExists, type SearchHitRow, searchEntries } from "../db/search-store.js";
import { decide, type Viewer } from "../domain/access.js";
import type { SearchHit, SearchResponse, TextSegment } from "../domain/search-model.js";
import type { AppContext } from "./context.js";
import { AppError, notFound } from "./errors.js";
import { planAccessInfo } from "./publication.js";
import { readablePlanKeys } from "./visible-plans.js";

export const MAX_QUERY_LENGTH = 200;
export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 100;

export type SearchInput = {
  q: string;
  plan?: string | undefined;
  limit?: number | undefined;
  /**
   * Who asks: only what they may read is searched, and a `plan` they may not read is not found, as
   * an unknown one is; undefined: every plan. With `plan` only that plan's access is checked (from
   * the access cache), so a search in one plan costs the same however many other plans the
   * database holds; without, an installation admin searches every plan.
   */
  viewer?: Viewer | undefined;
};

export async function search(ctx: AppContext, input: SearchInput): Promise<SearchResponse> {
  const query = checkQuery(input.q);
  const limit = Math.min(Math.max(Math.trunc(input.limit ?? DEFAULT_LIMIT), 1), MAX_LIMIT);
  if (input.plan !== undefined && !(await mayRead(ctx, input, input.plan))) throw notFound("plan", input.plan);
  // Within one plan, checked above, the list of readable plans says nothing more; leaving it out
  // keeps the statement the same size however many plans the viewer may read.
  const planKeys = input.plan !== undefined ? undefined : await readableKeys(ctx, input);
  const result = await searchEntries(ctx.database, { text: query, planKey: input.plan, planKeys, limit });
  return { query, total: result.total, hits: result.hits.map(toHit), plans: result.plans };
}

/** Whether the plan exists and the asker may read it (an unreadable plan is as unknown as a missing one). */
async function mayRead(ctx: AppContext, input: SearchInput, plan: string): Promise<boolean> {
  if (input.viewer === undefined) return planExists(ctx.database, plan);
  const access = await planAccessInfo(ctx, plan);
  return access !== null && decide(input.viewer, "read", access, true).allowed;
}

/** The plans to search in when no one plan is named; undefined: every plan. */
async function readableKeys(ctx: AppContext, input: SearchInput): Promise<string[] | undefined> {
  const viewer = input.viewer;
  if (viewer === undefined || (viewer.kind === "user" && viewer.installationAdmin)) return undefined;
  return [...(await readablePlanKeys(ctx, viewer))];
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
