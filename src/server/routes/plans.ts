import type { FastifyReply } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppContext } from "../../app/context.js";
import { getCachedPlan } from "../../app/get-plan.js";
import { listVisiblePlans } from "../../app/visible-plans.js";
import { Key, PlanDocument } from "../../domain/plan-schema.js";
import { PlanListItem } from "../../domain/plan-summary.js";
import { withoutInternalComments } from "../../domain/public-plan.js";
import { FILTERED, type RouteAccess } from "../access.js";
import { ErrorResponse } from "../schemas.js";

export const PlanParams = z.object({ planKey: Key.meta({ description: "The action plan's key" }) });

/** A plan's members read it whole; anyone reads a published plan, without its internal comments. */
const PLAN_READ_OR_PUBLISHED: RouteAccess = { kind: "plan", action: "read", publicRead: true };

export const planRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    "/api/plans",
    {
      config: { access: FILTERED },
      schema: {
        tags: ["plans"],
        summary: "The action plans the viewer may read (their organizations' and the published ones), with their keys",
        response: { 200: z.array(PlanListItem) },
      },
    },
    async (request) => listVisiblePlans(ctx, request.viewer),
  );

  app.get(
    "/api/plans/:planKey",
    {
      config: { access: PLAN_READ_OR_PUBLISHED },
      schema: {
        tags: ["plans"],
        summary: "One action plan in the interchange format planspor/1",
        description:
          "Members of the plan's organization read it whole; anyone reads a published plan, without the comments " +
          "marked internal.",
        params: PlanParams,
        response: { 200: PlanDocument, 404: ErrorResponse },
      },
    },
    async (request, reply) => {
      // The document is serialized once and cached; sent as a string it skips the serializer.
      const { plan, json } = await getCachedPlan(ctx, request.params.planKey);
      if (request.readInternal) return sendJsonText(reply, json);
      return sendJsonText(reply, JSON.stringify(withoutInternalComments(plan)));
    },
  );
};

/** Sends JSON that is serialized already (a cached document): Fastify passes strings through as they are. */
function sendJsonText(reply: FastifyReply, json: string): FastifyReply {
  return reply.type("application/json; charset=utf-8").send(json);
}
