/**
 * Following up: status reports for a measure or activity and period, the reporting calendar, and
 * the reporting round (who has reported, by unit).
 */
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppContext } from "../../app/context.js";
import { getReportingRound, listReportingPeriods } from "../../app/get-reporting-round.js";
import { reportStatus } from "../../app/report-status.js";
import { ReportBody, Version } from "../../domain/edit-schemas.js";
import { Key, PeriodKey, ReportingPeriod, StatusReport } from "../../domain/plan-schema.js";
import { ReportingRoundView } from "../../domain/read-models.js";
import { PLAN_READ, PLAN_REPORT } from "../access.js";
import { writerOf } from "../auth.js";
import { ErrorResponse } from "../schemas.js";
import { PlanParams } from "./plans.js";

const Written = z.object({ version: Version, data: StatusReport });
const errors = { 400: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse };

export const reportRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.put(
    "/api/plans/:planKey/measures/:measureKey/reports/:period",
    {
      config: { access: PLAN_REPORT },
      schema: {
        tags: ["reporting"],
        summary: "Report a measure's status, assessment, progress, comment and indicator values for a period",
        params: PlanParams.extend({ measureKey: Key, period: PeriodKey }),
        body: ReportBody,
        response: { 200: Written, ...errors },
      },
    },
    async (request) => {
      const { planKey, measureKey, period } = request.params;
      const address = { measureKey, activityKey: null, period };
      const writer = writerOf(request);
      const result = await reportStatus(ctx, planKey, address, request.body.data, request.body.version, writer);
      return Written.parse(result);
    },
  );

  app.put(
    "/api/plans/:planKey/measures/:measureKey/activities/:activityKey/reports/:period",
    {
      config: { access: PLAN_REPORT },
      schema: {
        tags: ["reporting"],
        summary: "Report an activity's status and indicator values for a period",
        params: PlanParams.extend({ measureKey: Key, activityKey: Key, period: PeriodKey }),
        body: ReportBody,
        response: { 200: Written, ...errors },
      },
    },
    async (request) => {
      const { planKey, measureKey, activityKey, period } = request.params;
      const writer = writerOf(request);
      const address = { measureKey, activityKey, period };
      const result = await reportStatus(ctx, planKey, address, request.body.data, request.body.version, writer);
      return Written.parse(result);
    },
  );

  app.get(
    "/api/plans/:planKey/reporting-periods",
    {
      config: { access: PLAN_READ },
      schema: {
        tags: ["reporting"],
        summary: "The plan's reporting calendar: every period with its deadline",
        params: PlanParams,
        response: { 200: z.array(ReportingPeriod), 404: ErrorResponse },
      },
    },
    async (request) => listReportingPeriods(ctx, request.params.planKey),
  );

  app.get(
    "/api/plans/:planKey/reporting-round",
    {
      config: { access: PLAN_READ },
      schema: {
        tags: ["reporting"],
        summary: "Who has reported for a period and who has not, by responsible unit (or one unit's to-do list)",
        params: PlanParams,
        querystring: z.object({
          period: PeriodKey.optional().meta({ description: "Default: the period of today." }),
          unit: Key.optional().meta({ description: "One unit's actor key: its own to-do list." }),
        }),
        response: { 200: ReportingRoundView, 400: ErrorResponse, 404: ErrorResponse },
      },
    },
    async (request) => getReportingRound(ctx, request.params.planKey, request.query),
  );
};
