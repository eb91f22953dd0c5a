/** What anyone may read without signing in: a published plan, for its public page. */
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppContext } from "../../app/context.js";
import { getPublicPlan } from "../../app/get-public-plan.js";
import { Key, PlanDocument } from "../../domain/plan-schema.js";
import { PUBLIC } from "../access.js";
import { sendCachedJson } from "../cached-body.js";
import { ErrorResponse, NotModified } from "../schemas.js";

export const publicRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    "/api/public/:orgKey/:planKey",
    {
      config: { access: PUBLIC },
      schema: {
        tags: ["plans"],
        summary: "A published plan in the interchange format, without the comments marked internal",
        description:
          "404 unless the plan is published and belongs to the organization. With the ETag it answered as " +
          "If-None-Match: 304 while the plan is unchanged.",
        params: z.object({
          orgKey: Key.meta({ description: "The organization's key" }),
          planKey: Key.meta({ description: "The action plan's key" }),
        }),
        response: { 200: PlanDocument, 304: NotModified, 404: ErrorResponse },
      },
    },
    async (request, reply) =>
      sendCachedJson(request, reply, await getPublicPlan(ctx, request.params.orgKey, request.params.planKey), "public"),
  );
};
