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
};

export type ErrorBody = { error: { code: string; message: string; problems?: PlanProblem[] } };

export const errorBody = (code: string, message: string, problems?: PlanProblem[]): ErrorBody => ({
  error: problems === undefined ? { code, message } : { code, message, problems },
});

const CONTEXT_LABEL: Record<string, string> = {
  querystring: "Query parameter",
  params: "Path parameter",
  body: "Body field",
  headers: "Header",
};

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (hasZodFastifySchemaValidationErrors(error)) {
      const label = CONTEXT_LABEL[error.validationContext ?? ""] ?? "Parameter";
      const problems = error.validation.map((v) => ({ path: v.instancePath.replace(/^\//, ""), message: v.message }));
      const message = problems.map((p) => `${label} "${p.path}": ${p.message}`).join("; ");
      return reply.code(400).send(errorBody("bad_request", message));
    }
    if (error instanceof AppError) {
      const problems = error.problems.length > 0 ? error.problems : undefined;
      return reply.code(STATUS[error.code]).send(errorBody(error.code, error.message, problems));
    }
    if (isResponseSerializationError(error)) {
      request.log.error({ err: error, issues: error.cause.issues }, "response does not match its schema");
      return reply.code(500).send(errorBody("internal", "The server could not form its answer"));
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      return reply.code(status).send(errorBody(error.code?.toLowerCase() ?? "bad_request", error.message));
    }
    request.log.error({ err: error }, "request failed");
    return reply.code(500).send(errorBody("internal", "Something went wrong on the server"));
  });
}
