/** Publishing a plan: anyone may then read it (without internal comments), or only its organization. */
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppContext } from "../../app/context.js";
import { setPublication } from "../../app/publication.js";
import { PLAN_EDIT } from "../access.js";
import { ErrorResponse } from "../schemas.js";
import { PlanParams } from "./plans.js";

const Publication = z
  .object({
    published: z.boolean(),
    publishedAt: z.iso.datetime({ offset: true }).nullable().meta({ description: "Since when; null: not published." }),
  })
  .meta({ id: "Publication" });

export const publicationRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.put(
    "/api/plans/:planKey/publication",
    {
      config: { access: PLAN_EDIT },
      schema: {
        tags: ["plans"],
        summary: "Publish the plan (anyone may read it, without internal comments) or withdraw it",
        params: PlanParams,
        body: z.object({ published: z.boolean() }),
        response: { 200: Publication, 400: ErrorResponse, 404: ErrorResponse },
      },
    },
    async (request) =>
      setPublication(ctx, request.params.planKey, request.body.published, request.session?.user ?? null),
  );
};
