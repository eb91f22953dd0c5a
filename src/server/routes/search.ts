/** One box that finds areas, goals, strategies, measures, activities and indicators by their words. */
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppContext } from "../../app/context.js";
import { DEFAULT_LIMIT, MAX_LIMIT, MAX_QUERY_LENGTH, search } from "../../app/search.js";
import { SEARCH_ENTITY_TYPES } from "../../db/schema/index.js";
import { FocusAreaKind, Key, LevelNames } from "../../domain/plan-schema.js";
import { ErrorResponse } from "../schemas.js";

const SearchQuery = z.object({
  // No length rule here: an empty or overlong query is the use case's `invalid_input`, naming `q`.
  q: z
    .string()
    .default("")
    .meta({ description: `The words to find (1 to ${MAX_QUERY_LENGTH} characters); each may be the start of a word.` }),
  plan: Key.optional().meta({ description: "Only this action plan; all plans when left out." }),
  limit: z.coerce.number().int().min(1).max(MAX_LIMIT).default(DEFAULT_LIMIT),
});

const TextSegments = z
  .array(z.object({ text: z.string(), isHit: z.boolean() }))
  .meta({ id: "TextSegments", description: "A text in pieces; `isHit` marks the words the query found." });

const SearchHit = z
  .object({
    type: z.enum(SEARCH_ENTITY_TYPES),
    planKey: Key,
    planTitle: z.string(),
    areaKey: Key,
    areaKind: FocusAreaKind,
    measureKey: Key.nullable().meta({ description: "The measure of a measure, activity or indicator." }),
    activityKey: Key.nullable().meta({ description: "The activity of an activity, or of an activity's indicator." }),
    number: z.number().int().nullable().meta({ description: "A sub-goal's or strategy's number in its area." }),
    title: TextSegments,
    snippet: TextSegments.nullable().meta({ description: "The best part of the description; null without one." }),
    rank: z.number(),
  })
  .meta({ id: "SearchHit" });

const SearchResponse = z
  .object({
    query: z.string(),
    total: z.number().int().meta({ description: "How many things match; `hits` holds the best `limit`." }),
    hits: z.array(SearchHit),
    plans: z
      .array(z.object({ key: Key, title: z.string(), levelNames: LevelNames.nullable() }))
      .meta({ description: "The plans of the hits, with their own names for their levels." }),
  })
  .meta({ id: "SearchResponse" });

export const searchRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    "/api/search",
    {
      schema: {
        tags: ["search"],
        summary: "Areas, goals, strategies, measures, activities and indicators by their words, best first",
        querystring: SearchQuery,
        response: { 200: SearchResponse, 400: ErrorResponse, 404: ErrorResponse },
      },
    },
    async (request) => search(ctx, request.query),
  );
};
