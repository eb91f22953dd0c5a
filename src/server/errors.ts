/**
 * One JSON error shape for the whole API: `{"error":{"code","message"}}` (plus `problems` for an
 * invalid plan). Use-case errors map to statuses through one table.
 */
import type { FastifyError, FastifyInstance } from "fastify";
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from "fastify-type-provider-zod";
import { AppError, type AppErrorCode } from "../app/errors.js";
import type { PlanProblem } from "../domain/validate-plan.js";

const STATUS: Record<AppErrorCode, number> = {
  not_found: 404,
  bad_request: 400,
  invalid_plan: 422,
  plan_exists: 409,
  unsupported_format: 400,
  unavailable: 503,
  invalid_input: 400,
  version_conflict: 409,
  has_references: 409,
  key_taken: 409,
  revision_adopted: 409,
  revision_not_adopted: 409,
  invalid_credentials: 401,
  too_many_attempts: 429,
  forbidden: 403,
};

export type ErrorBody = {
  error: { code: string; message: string; problems?: PlanProblem[] } & Record<string, unknown>;
};

export const errorBody = (
  code: string,
  message: string,
  problems?: PlanProblem[],
  details: Record<string, unknown> = {},
): ErrorBody => ({
  error: problems === undefined ? { ...details, code, message } : { ...details, code, message, problems },
});

const CONTEXT_LABEL: Record<string, string> = {
  querystring: "Query parameter",
  params: "Path parameter",
  body: "Body field",
  headers: "Header",
};

/** `/data/indicators/0/target` → `indicators[0].target`; the body itself (or `data`) → `$`. */
function fieldPath(instancePath: string): string {
  const parts = instancePath.split("/").filter((p) => p !== "");
  if (parts[0] === "data") parts.shift();
  let out = "";
  for (const part of parts) out += /^\d+$/.test(part) ? `[${part}]` : `${out === "" ? "" : "."}${part}`;
  return out === "" ? "$" : out;
}

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (hasZodFastifySchemaValidationErrors(error)) {
      const label = CONTEXT_LABEL[error.validationContext ?? ""] ?? "Parameter";
      const problems = error.validation.map((v) => ({ path: v.instancePath.replace(/^\//, ""), message: v.message }));
      const message = problems.map((p) => `${label} "${p.path}": ${p.message}`).join("; ");
      if (error.validationContext !== "body") return reply.code(400).send(errorBody("bad_request", message));
      // A write's body: every problem named by its field, relative to `data` as the use cases name them.
      const fields = error.validation.map((v) => ({
        path: fieldPath(v.instancePath),
        message: v.message ?? "Invalid",
        code: v.keyword,
      }));
      return reply.code(400).send(errorBody("invalid_input", message, fields));
    }
    if (error instanceof AppError) {
      const retryAfter = error.details.retryAfterSeconds;
      if (typeof retryAfter === "number") reply.header("retry-after", String(Math.max(1, Math.ceil(retryAfter))));
      const problems = error.problems.length > 0 ? error.problems : undefined;
      // The client hears the use case's message; the log keeps why (the database's own error).
      if (STATUS[error.code] >= 500) request.log.warn({ err: error }, error.message);
      return reply.code(STATUS[error.code]).send(errorBody(error.code, error.message, problems, error.details));
    }
    if (isResponseSerializationError(error)) {
      request.log.error({ err: error, issues: error.cause.issues }, "response does not match its schema");
      return reply.code(500).send(errorBody("internal", "The server could not form its answer"));
    }
    if (error.code === "FST_ERR_CTP_BODY_TOO_LARGE") {
      // A body over its route's limit (JSON 1 MB, an imported file 20 MB): said plainly, nothing read.
      const limit = request.routeOptions.bodyLimit ?? 0;
      const most = limit >= 1024 * 1024 ? `${Math.round(limit / (1024 * 1024))} MB` : `${limit} bytes`;
      return reply
        .code(413)
        .send(errorBody("payload_too_large", `The request body is too large (at most ${most} here)`));
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      return reply.code(status).send(errorBody(error.code?.toLowerCase() ?? "bad_request", error.message));
    }
    request.log.error({ err: error }, "request failed");
    return reply.code(500).send(errorBody("internal", "Something went wrong on the server"));
  });
}
