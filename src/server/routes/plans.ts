import type { FastifyReply } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppContext } from "../../app/context.js";
import { getCachedPlan } from "../../app/get-plan.js";
import { listPlans } from "../../app/list-plans.js";
import { Key, PlanDocument } from "../../domain/plan-schema.js";
import { PlanSummary } from "../../domain/plan-summary.js";
import { ErrorResponse } from "../schemas.js";

export const PlanParams = z.object({ planKey: Key.meta({ description: "The action plan's key" }) });

export const planRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    "/api/plans",
    {
      schema: {
        tags: ["plans"],
        summary: "The action plans, with their keys",
        response: { 200: z.array(PlanSummary) },
      },
    },
    async () => listPlans(ctx),
  );

  app.get(
    "/api/plans/:planKey",
    {
      schema: {
        tags: ["plans"],
        summary: "One action plan in the interchange format planspor/1",
        params: PlanParams,
        response: { 200: PlanDocument, 404: ErrorResponse },
      },
    },
    async (request, reply) => {
      // The document is serialized once and cached; sent as a string it skips the serializer.
      const { json } = await getCachedPlan(ctx, request.params.planKey);
      return sendJsonText(reply, json);
    },
  );
};

/** Sends JSON that is serialized already (a cached document): Fastify passes strings through as they are. */
function sendJsonText(reply: FastifyReply, json: string): FastifyReply {
  return reply.type("application/json; charset=utf-8").send(json);
}
