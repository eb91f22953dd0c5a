/** The plan and its reports as files: the action plan document, spreadsheets, StratML, the status report. */
import type { FastifyReply } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppContext } from "../../app/context.js";
import {
  EXPORT_FORMATS,
  type ExportedFile,
  exportStatusReport,
  openPlanExport,
  REPORT_FORMATS,
} from "../../app/export-plan.js";
import { Key, PeriodKey } from "../../domain/plan-schema.js";
import { PLAN_READ } from "../access.js";
import { ErrorResponse } from "../schemas.js";
import { PlanParams } from "./plans.js";

const Lang = z.enum(["nb", "nn", "en"]).default("nb").describe("The language of the words around the plan's own");
const File = z.unknown().describe("The file, as an attachment");

/**
 * Sends a file as a download, its name in both the plain and the UTF-8 form of Content-Disposition.
 * A streamed file goes out in chunks as it is made (no Content-Length). If it fails before its first
 * byte the answer is an error as usual; after, Fastify logs the error and cuts the connection, so
 * the client sees a truncated download rather than a whole-looking broken file. A client going away
 * destroys the stream, which stops the making.
 */
export function sendFile(reply: FastifyReply, file: ExportedFile): FastifyReply {
  const ascii = file.fileName.replace(/[^\x20-\x7e]/g, "_").replace(/"/g, "");
  reply
    .type(file.contentType)
    .header(
      "content-disposition",
      `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
    );
  if ("bytes" in file) return reply.send(file.bytes);
  // Listened to at once: a stream failing before Fastify pipes it must not be an uncaught error.
  file.stream.on("error", (error) => reply.log.warn({ err: error, file: file.fileName }, "streamed file failed"));
  return reply.send(file.stream);
}

export const documentRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    "/api/plans/:planKey/export",
    {
      config: { access: PLAN_READ },
      schema: {
        tags: ["documents"],
        summary: "The plan, or one area of it, as a file: json, docx, pdf, xlsx, csv, stratml, stratml-performance",
        params: PlanParams,
        querystring: z.object({
          format: z.enum(EXPORT_FORMATS),
          area: Key.optional().describe("Only this area (its measures, and the related plans linking to it)"),
          lang: Lang,
        }),
        response: { 200: File, 400: ErrorResponse, 404: ErrorResponse },
      },
    },
    async (request, reply) => {
      const { format, area, lang } = request.query;
      return sendFile(reply, await openPlanExport(ctx, request.params.planKey, format, { area, locale: lang }));
    },
  );

  app.get(
    "/api/plans/:planKey/status-report",
    {
      config: { access: PLAN_READ },
      schema: {
        tags: ["documents"],
        summary: "The status report for a period (default: today's) as docx or pdf",
        params: PlanParams,
        querystring: z.object({
          format: z.enum(REPORT_FORMATS),
          period: PeriodKey.optional().meta({ description: "Default: the period of today." }),
          lang: Lang,
        }),
        response: { 200: File, 400: ErrorResponse, 404: ErrorResponse },
      },
    },
    async (request, reply) => {
      const { format, period, lang } = request.query;
      return sendFile(reply, await exportStatusReport(ctx, request.params.planKey, format, { period, locale: lang }));
    },
  );
};
