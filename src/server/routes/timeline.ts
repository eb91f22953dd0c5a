/** The timeline: every measure and activity from its start to its deadline, by area. */
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppContext } from "../../app/context.js";
import { getTimeline } from "../../app/get-timeline.js";
import { Key } from "../../domain/plan-schema.js";
import { PlanTimeline } from "../../domain/timeline-model.js";
import { PLAN_READ } from "../access.js";
import { ErrorResponse } from "../schemas.js";
import { PlanParams } from "./plans.js";

export const TimelineQuery = z.object({
  unit: Key.optional().meta({ description: "Only items this actor is responsible for (a measure stays as context)." }),
  flagship: Key.optional().meta({ description: "Only the measures of this flagship, with their activities." }),
});

export const timelineRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    "/api/plans/:planKey/timeline",
    {
      config: { access: PLAN_READ },
      schema: {
        tags: ["insight"],
        summary: "Every measure and activity on the plan period's time axis, by area, filtered by unit and flagship",
        params: PlanParams,
        querystring: TimelineQuery,
        response: { 200: PlanTimeline, 400: ErrorResponse, 404: ErrorResponse },
      },
    },
    async (request) => getTimeline(ctx, request.params.planKey, request.query),
  );
};
