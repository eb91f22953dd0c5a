import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppContext } from "../../app/context.js";
import { getCachedPlan, planBody } from "../../app/get-plan.js";
import { listVisiblePlans } from "../../app/visible-plans.js";
import { Key, PlanDocument } from "../../domain/plan-schema.js";
import { PlanListItem } from "../../domain/plan-summary.js";
import { FILTERED, type RouteAccess } from "../access.js";
import { sendCachedJson } from "../cached-body.js";
import { ErrorResponse, NotModified } from "../schemas.js";

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
          "marked internal. The answer has an ETag: send it as If-None-Match to get 304 while the plan is unchanged.",
        params: PlanParams,
        response: { 200: PlanDocument, 304: NotModified, 404: ErrorResponse },
      },
    },
    async (request, reply) => {
      // Serialized once per version of the plan (and per view of it), then sent as bytes.
      const cached = await getCachedPlan(ctx, request.params.planKey);
      const internal = request.readInternal;
      return sendCachedJson(request, reply, planBody(cached, internal), internal ? "private" : "public");
    },
  );
};
