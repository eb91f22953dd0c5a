/** One box that finds areas, goals, strategies, measures, activities and indicators by their words. */
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppContext } from "../../app/context.js";
import { DEFAULT_LIMIT, MAX_LIMIT, MAX_QUERY_LENGTH, search } from "../../app/search.js";
import { Key } from "../../domain/plan-schema.js";
import { SearchResponse } from "../../domain/search-model.js";
import { FILTERED } from "../access.js";
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

export const searchRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    "/api/search",
    {
      config: { access: FILTERED },
      schema: {
        tags: ["search"],
        summary: "Areas, goals, strategies, measures, activities and indicators by their words, best first",
        description: "Only in the plans the viewer may read: their organizations' and the published ones.",
        querystring: SearchQuery,
        response: { 200: SearchResponse, 400: ErrorResponse, 404: ErrorResponse },
      },
    },
    // The viewer, not the list of every plan it may read: a search in one plan checks that plan alone.
    async (request) => search(ctx, { ...request.query, viewer: request.viewer }),
  );
};
