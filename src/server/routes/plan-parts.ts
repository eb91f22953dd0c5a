import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppContext } from "../../app/context.js";
import { listActors } from "../../app/list-actors.js";
import { listFlagships } from "../../app/list-flagships.js";
import { listRelatedPlans } from "../../app/list-related-plans.js";
import { Actor, RelatedPlan } from "../../domain/plan-schema.js";
import { FlagshipView } from "../../domain/read-models.js";
import { PLAN_READ } from "../access.js";
import { ErrorResponse } from "../schemas.js";
import { PlanParams } from "./plans.js";

/** The lists beside the areas: flagship projects, related plans and actors. */
export const planPartRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    "/api/plans/:planKey/flagships",
    {
      config: { access: PLAN_READ },
      schema: {
        tags: ["plans"],
        summary: "The plan's flagship projects (fyrtårnprosjekter) with their measures' keys",
        params: PlanParams,
        response: { 200: z.array(FlagshipView), 404: ErrorResponse },
      },
    },
    async (request) => listFlagships(ctx, request.params.planKey),
  );

  app.get(
    "/api/plans/:planKey/related-plans",
    {
      config: { access: PLAN_READ },
      schema: {
        tags: ["plans"],
        summary: "Other plans' measures linked to this plan's areas, sub-goals and strategies",
        params: PlanParams,
        response: { 200: z.array(RelatedPlan), 404: ErrorResponse },
      },
    },
    async (request) => listRelatedPlans(ctx, request.params.planKey),
  );

  app.get(
    "/api/plans/:planKey/actors",
    {
      config: { access: PLAN_READ },
      schema: {
        tags: ["plans"],
        summary: "The units, political bodies and partners the plan names",
        params: PlanParams,
        response: { 200: z.array(Actor), 404: ErrorResponse },
      },
    },
    async (request) => listActors(ctx, request.params.planKey),
  );
};
