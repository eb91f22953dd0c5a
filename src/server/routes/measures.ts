import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppContext } from "../../app/context.js";
import { getMeasure, listMeasures } from "../../app/list-measures.js";
import { Key } from "../../domain/plan-schema.js";
import { MeasureFilter, MeasureView } from "../../domain/read-models.js";
import { PLAN_READ } from "../access.js";
import { ErrorResponse } from "../schemas.js";
import { PlanParams } from "./plans.js";

export const measureRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    "/api/plans/:planKey/measures",
    {
      config: { access: PLAN_READ },
      schema: {
        tags: ["plans"],
        summary: "The plan's measures, filtered by area, strategy, actor, start year, flagship and free text",
        params: PlanParams,
        querystring: MeasureFilter,
        response: { 200: z.array(MeasureView), 400: ErrorResponse, 404: ErrorResponse },
      },
    },
    async (request) => listMeasures(ctx, request.params.planKey, request.query),
  );

  app.get(
    "/api/plans/:planKey/measures/:measureKey",
    {
      config: { access: PLAN_READ },
      schema: {
        tags: ["plans"],
        summary: "One measure with every field, its area and its strategies",
        params: PlanParams.extend({ measureKey: Key }),
        response: { 200: MeasureView, 404: ErrorResponse },
      },
    },
    async (request) => getMeasure(ctx, request.params.planKey, request.params.measureKey),
  );
};
