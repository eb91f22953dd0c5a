/**
 * What each route lets through, declared in its options (`config: { access }`) and enforced by the
 * guard (`auth.ts`) before the handler runs. An `/api` route without a declaration stops the
 * server from starting: access is denied by default and no new route can slip past it.
 * The rules themselves are the domain's (`domain/access.ts`); see docs/ACCESS.md.
 */
import type { Action } from "../domain/access.js";

export type RouteAccess =
  /** Anyone, signed in or not. */
  | { kind: "public" }
  /** Any signed-in user. */
  | { kind: "signedIn" }
  /**
   * The plan in the path (`:planKey`): `read` by its organization's members — and by anyone when
   * `publicRead` and the plan is published (internal comments removed) — `edit`, `report` (per
   * measure for reporters) and `audit` by the roles that have them.
   */
  | { kind: "plan"; action: Exclude<Action, "admin">; publicRead?: boolean }
  /** The organization in the path (`:orgKey`), by its admins. */
  | { kind: "organization"; action: "admin" }
  /** Installation administrators only. */
  | { kind: "installation" }
  /** Anyone; the handler answers with only what the viewer may read (the list of plans, search, history). */
  | { kind: "filtered" };

declare module "fastify" {
  interface FastifyContextConfig {
    access?: RouteAccess;
  }
}

/** The declarations most routes use, named for reading at a glance. */
export const PUBLIC: RouteAccess = { kind: "public" };
export const SIGNED_IN: RouteAccess = { kind: "signedIn" };
export const FILTERED: RouteAccess = { kind: "filtered" };
/** Members of the plan's organization read it; to anyone else it does not exist. */
export const PLAN_READ: RouteAccess = { kind: "plan", action: "read" };
export const PLAN_EDIT: RouteAccess = { kind: "plan", action: "edit" };
export const PLAN_REPORT: RouteAccess = { kind: "plan", action: "report" };
export const ORG_ADMIN: RouteAccess = { kind: "organization", action: "admin" };
