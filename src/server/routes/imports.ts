/**
 * Importing a file into a plan: a preview of what it would change, then applying it. The file is
 * the raw request body (`application/octet-stream`, at most 20 MB; more is `413 payload_too_large`).
 * A file with problems is refused with `400 invalid_input` and every problem placed in the file
 * (`row`, `column`, `sheet`, or `path`), on both routes; nothing is written. Applying sends the same
 * file with the `version` the preview answered; a plan changed since is `409 version_conflict`.
 */
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppContext } from "../../app/context.js";
import { applyImportFile, IMPORT_FORMATS, previewImportFile } from "../../app/import-file.js";
import { MAX_FILE_BYTES } from "../../documents/import-result.js";
import { Version } from "../../domain/edit-schemas.js";
import {
  ApplyResult as ApplyResponse,
  ImportProblem,
  PreviewResult as PreviewResponse,
} from "../../domain/import-model.js";
import { PLAN_EDIT } from "../access.js";
import { writerOf } from "../auth.js";
import { ErrorResponse } from "../schemas.js";
import { PlanParams } from "./plans.js";

const Format = z.enum(IMPORT_FORMATS).meta({ description: "The file's format: xlsx, csv, json, docx or stratml." });
const PreviewedVersion = Version.meta({ description: "The plan's version the preview answered." });

const ImportError = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      problems: z.array(ImportProblem).optional(),
      skipped: z.array(z.string()).optional(),
      current: z.object({ version: z.string(), data: z.null() }).optional(),
    }),
  })
  .meta({ id: "ImportError" });

const errors = { 400: ImportError, 404: ErrorResponse, 409: ImportError, 413: ErrorResponse };

export const importRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  // The file is the body as it is, whatever type the client names; only in this plugin's routes.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser("*", { parseAs: "buffer", bodyLimit: MAX_FILE_BYTES }, (_request, body, done) => {
    done(null, body);
  });
  const bytesOf = (body: unknown): Uint8Array => (body instanceof Uint8Array ? body : new Uint8Array());

  app.post(
    "/api/plans/:planKey/import/preview",
    {
      bodyLimit: MAX_FILE_BYTES,
      config: { access: PLAN_EDIT },
      schema: {
        tags: ["imports"],
        summary: "What importing the file (the raw body) would change: new, changed, unchanged and removed",
        params: PlanParams,
        querystring: z.object({ format: Format }),
        response: { 200: PreviewResponse, ...errors },
      },
    },
    async (request) => previewImportFile(ctx, request.params.planKey, request.query.format, bytesOf(request.body)),
  );

  app.post(
    "/api/plans/:planKey/import",
    {
      bodyLimit: MAX_FILE_BYTES,
      config: { access: PLAN_EDIT },
      schema: {
        tags: ["imports"],
        summary: "Import the file (the raw body) into the plan, if the plan is still at the preview's version",
        params: PlanParams,
        querystring: z.object({ format: Format, version: PreviewedVersion }),
        response: { 200: ApplyResponse, ...errors },
      },
    },
    async (request) =>
      applyImportFile(
        ctx,
        request.params.planKey,
        request.query.format,
        bytesOf(request.body),
        request.query.version,
        writerOf(request),
      ),
  );
};
