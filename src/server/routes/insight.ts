/** The plan seen whole: coverage by year, and what it asks of the budget. */
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { AppContext } from "../../app/context.js";
import { getBudget } from "../../app/get-budget.js";
import { getCoverage } from "../../app/get-coverage.js";
import { PlanBudget, PlanCoverage } from "../../domain/insight-models.js";
import { ErrorResponse } from "../schemas.js";
import { PlanParams } from "./plans.js";

export const insightRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    "/api/plans/:planKey/coverage",
    {
      schema: {
        tags: ["insight"],
        summary: "Per plan year, which areas, sub-goals and strategies have a measure or related plan at work",
        params: PlanParams,
        response: { 200: PlanCoverage, 404: ErrorResponse },
      },
    },
    async (request) => getCoverage(ctx, request.params.planKey),
  );

  app.get(
    "/api/plans/:planKey/budget",
    {
      schema: {
        tags: ["insight"],
        summary: "Per plan year, the budget increases, yearly contributions and one-off sums; sums not stated apart",
        params: PlanParams,
        response: { 200: PlanBudget, 404: ErrorResponse },
      },
    },
    async (request) => getBudget(ctx, request.params.planKey),
  );
};
