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
  | "unavailable"
  /** A write's data is invalid: `problems` name the fields. */
  | "invalid_input"
  /** A write carried a version older than the data's: `details.current` is what is there now. */
  | "version_conflict"
  /** A removal would leave others pointing at nothing: `details.references` lists them. */
  | "has_references"
  /** A new thing's key is already in use. */
  | "key_taken"
  /** The plan's current revision is adopted, so its content is read-only (roll to get a draft). */
  | "revision_adopted"
  /** Only an adopted revision can be rolled into the next one. */
  | "revision_not_adopted"
  /** A wrong e-mail or password (the same answer for both, so it tells nothing about who has an account). */
  | "invalid_credentials"
  /** Too many failed logins: `details.retryAfterSeconds` says when to try again. */
  | "too_many_attempts"
  /** Signed in, but not allowed to do this (an organization's admin acting beyond it). */
  | "forbidden";

export class AppError extends Error {
  readonly code: AppErrorCode;
  /** For `invalid_plan`: every problem with its JSON path. */
  readonly problems: PlanProblem[];

  /** More for the client: the current data of a conflict, the references that block a removal. */
  readonly details: Record<string, unknown>;

  constructor(
    code: AppErrorCode,
    message: string,
    problems: PlanProblem[] = [],
    details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.problems = problems;
    this.details = details;
  }
}

/** A login refused by the throttle: the seconds until it may be tried again travel in `details`. */
export const tooManyAttempts = (retryAfterSeconds: number) =>
  new AppError("too_many_attempts", `Too many failed logins; try again in ${retryAfterSeconds} seconds`, [], {
    retryAfterSeconds,
  });

export const notFound = (what: string, key: string) => new AppError("not_found", `No ${what} has the key "${key}"`);
