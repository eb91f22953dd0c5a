/**
 * The one error type of the use cases: a closed set of codes, each mapped to an HTTP status by the
 * server and to an exit code by the CLI. The core never throws HTTP errors.
 */
import type { PlanProblem } from "../domain/validate-plan.js";

export type AppErrorCode =
  | "not_found"
  | "bad_request"
  | "invalid_plan"
  | "plan_exists"
  | "unsupported_format"
  | "unavailable";

export class AppError extends Error {
  readonly code: AppErrorCode;
  /** For `invalid_plan`: every problem with its JSON path. */
  readonly problems: PlanProblem[];

  constructor(code: AppErrorCode, message: string, problems: PlanProblem[] = []) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.problems = problems;
  }
}

export const notFound = (what: string, key: string) => new AppError("not_found", `No ${what} has the key "${key}"`);
