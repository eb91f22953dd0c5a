/** The plan seen whole: coverage by year, and what it asks of the budget. */
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppContext } from "../../app/context.js";
import { exportBudget } from "../../app/export-budget.js";
import { getBudget } from "../../app/get-budget.js";
import { getCoverage } from "../../app/get-coverage.js";
import { getDashboard } from "../../app/get-dashboard.js";
import { PlanDashboard } from "../../domain/dashboard-model.js";
import { PlanBudget, PlanCoverage } from "../../domain/insight-models.js";
import { PeriodKey } from "../../domain/plan-schema.js";
import { PLAN_READ } from "../access.js";
import { ErrorResponse } from "../schemas.js";
import { sendFile } from "./documents.js";
import { PlanParams } from "./plans.js";

export const insightRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    "/api/plans/:planKey/coverage",
    {
      config: { access: PLAN_READ },
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
      config: { access: PLAN_READ },
      schema: {
        tags: ["insight"],
        summary: "Per plan year, the budget increases, yearly contributions and one-off sums; sums not stated apart",
        params: PlanParams,
        response: { 200: PlanBudget, 404: ErrorResponse },
      },
    },
    async (request) => getBudget(ctx, request.params.planKey),
  );

  app.get(
    "/api/plans/:planKey/budget.xlsx",
    {
      config: { access: PLAN_READ },
      schema: {
        tags: ["insight"],
        summary:
          "The budget view as an Excel workbook: by kind, area, unit and funding source, and the lines without a sum",
        params: PlanParams,
        querystring: z.object({
          lang: z.enum(["nb", "nn", "en"]).default("nb").describe("The language of the words around the plan's own"),
        }),
        response: {
          200: z.unknown().describe("The workbook (.xlsx)"),
          404: ErrorResponse,
        },
      },
    },
    async (request, reply) => {
      return sendFile(reply, await exportBudget(ctx, request.params.planKey, request.query.lang));
    },
  );

  app.get(
    "/api/plans/:planKey/dashboard",
    {
      config: { access: PLAN_READ },
      schema: {
        tags: ["insight"],
        summary:
          "The plan at a glance for a period: measures by status and assessment per area, indicators, missing reports, money",
        params: PlanParams,
        querystring: z.object({ period: PeriodKey.optional().meta({ description: "Default: the period of today." }) }),
        response: { 200: PlanDashboard, 400: ErrorResponse, 404: ErrorResponse },
      },
    },
    async (request) => getDashboard(ctx, request.params.planKey, { period: request.query.period }),
  );
};
