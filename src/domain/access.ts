/**
 * Who may do what: the roles a user holds in an organization and what each allows, decided
 * without I/O, so the server's guard, the web's menus and the tests share one rule book.
 *
 * - An organization's members hold one role each: `admin` (its users and settings, and all an
 *   editor may), `editor` (the plan: edit, import, evaluate, adopt, roll, report on any measure),
 *   `reporter` (read, and report status and indicator values on the measures where one of the
 *   reporter's units is responsible), `reader` (read everything, internal comments included).
 * - An installation administrator (the first admin, made on the command line) is admin of every
 *   organization.
 * - Anyone, signed in or not, may read a published plan, without internal comments. An unpublished
 *   plan does not exist for those outside its organization (404, so its existence is not told).
 * - Deny by default: an action not granted here is refused.
 */
import { z } from "zod";
import type { Activity, Measure } from "./plan-schema.js";

export const Role = z.enum(["admin", "editor", "reporter", "reader"]).meta({ id: "Role" });
export type Role = z.infer<typeof Role>;

/** What a request asks to do with a plan, or with its organization. */
export type Action =
  /** Read the plan, with its internal comments (members) or without (the public, when published). */
  | "read"
  /** Change the plan: edit, import, evaluate, adopt, roll, publish. */
  | "edit"
  /** Report status and indicator values on a measure (reporters: their units' measures only). */
  | "report"
  /** Read the history of changes, which holds internal comments and who did what. */
  | "audit"
  /** Manage the organization's users and roles. */
  | "admin";

export const ACTIONS: readonly Action[] = ["read", "edit", "report", "audit", "admin"];

const GRANTS: Record<Role, readonly Action[]> = {
  admin: ["read", "edit", "report", "audit", "admin"],
  editor: ["read", "edit", "report", "audit"],
  reporter: ["read", "report"],
  reader: ["read"],
};

export type Membership = { organizationKey: string; role: Role; unitKeys: readonly string[] };

/** Who asks: nobody signed in, or a user with their memberships. */
export type Viewer =
  | { kind: "anonymous" }
  | {
      kind: "user";
      userId: number;
      email: string;
      installationAdmin: boolean;
      memberships: readonly Membership[];
    };

export const ANONYMOUS: Viewer = { kind: "anonymous" };

/** The plan (or organization) acted on. */
export type AccessTarget = {
  organizationKey: string;
  /** Whether the plan is published; false for an organization-level action. */
  published: boolean;
};

/**
 * `allowed` (with `internal`: whether internal comments may be seen), or why not: `login` (nobody
 * is signed in: 401), `forbidden` (signed in, not allowed: 403), `hidden` (not visible to this
 * viewer at all: 404, so an unpublished plan's existence is not told).
 */
export type Decision =
  | { allowed: true; internal: boolean }
  | { allowed: false; reason: "login" | "forbidden" | "hidden" };

/** The viewer's role in an organization: admin for an installation administrator, else the membership's. */
export function roleIn(viewer: Viewer, organizationKey: string): Role | null {
  if (viewer.kind === "anonymous") return null;
  if (viewer.installationAdmin) return "admin";
  return viewer.memberships.find((m) => m.organizationKey === organizationKey)?.role ?? null;
}

/**
 * Whether the viewer may do `action` to the target. `publicRead` marks a route where a published
 * plan may be read by anyone (without internal comments); elsewhere reading needs membership.
 */
export function decide(viewer: Viewer, action: Action, target: AccessTarget, publicRead = false): Decision {
  const role = roleIn(viewer, target.organizationKey);
  if (role !== null) {
    return GRANTS[role].includes(action) ? { allowed: true, internal: true } : { allowed: false, reason: "forbidden" };
  }
  if (target.published && publicRead && action === "read") return { allowed: true, internal: false };
  if (viewer.kind === "anonymous") return { allowed: false, reason: "login" };
  return { allowed: false, reason: target.published ? "forbidden" : "hidden" };
}

/** The actions the viewer may take on the target, for the web to show only what it may do. */
export function allowedActions(viewer: Viewer, target: AccessTarget): Action[] {
  return ACTIONS.filter((a) => decide(viewer, a, target, true).allowed);
}

/**
 * Whether the viewer may report on this measure (or this activity of it): editors and admins on
 * any; a reporter when one of their units is responsible for the measure, or for the activity
 * reported on. Partners («i samarbeid med») do not report.
 */
export function mayReportOn(
  viewer: Viewer,
  organizationKey: string,
  measure: Pick<Measure, "responsibility">,
  activity: Pick<Activity, "responsibility"> | null = null,
): boolean {
  const role = roleIn(viewer, organizationKey);
  if (role === "admin" || role === "editor") return true;
  if (role !== "reporter" || viewer.kind !== "user") return false;
  const units = new Set(viewer.memberships.find((m) => m.organizationKey === organizationKey)?.unitKeys ?? []);
  const responsible = [
    ...(measure.responsibility?.responsibleActorKeys ?? []),
    ...(activity?.responsibility?.responsibleActorKeys ?? []),
  ];
  return responsible.some((key) => units.has(key));
}
