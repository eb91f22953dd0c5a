import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppContext } from "../../app/context.js";
import { getArea, listAreas } from "../../app/list-areas.js";
import { FocusArea, Key } from "../../domain/plan-schema.js";
import { AreaSummary } from "../../domain/read-models.js";
import { PLAN_READ } from "../access.js";
import { ErrorResponse } from "../schemas.js";
import { PlanParams } from "./plans.js";

export const areaRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    "/api/plans/:planKey/areas",
    {
      config: { access: PLAN_READ },
      schema: {
        tags: ["plans"],
        summary: "The plan's areas (satsingsområder and strategiske grep) with counts",
        params: PlanParams,
        response: { 200: z.array(AreaSummary), 404: ErrorResponse },
      },
    },
    async (request) => listAreas(ctx, request.params.planKey),
  );

  app.get(
    "/api/plans/:planKey/areas/:areaKey",
    {
      config: { access: PLAN_READ },
      schema: {
        tags: ["plans"],
        summary: "One area with its main goal, sub-goals, strategies and measures",
        params: PlanParams.extend({ areaKey: Key }),
        response: { 200: FocusArea, 404: ErrorResponse },
      },
    },
    async (request) => getArea(ctx, request.params.planKey, request.params.areaKey),
  );
};
