/**
 * The account API the access pages use (docs/ACCESS.md): the organization's users, publishing a
 * plan, and the public page's plan. Writes go with the session's CSRF token (`sendJson`).
 */
import type { Role } from "../../../domain/access.js";
import type { Actor, PlanDocument } from "../../../domain/plan-schema.js";
import { ApiError, fetchPlan, fetchPlans, getJson } from "../../api/api-client.js";
import { sendJson } from "../../api/session.js";
import { refreshResource } from "../../api/use-resource.js";

export type OrganizationUser = { id: number; email: string; name: string | null; role: Role; unitKeys: string[] };

const orgBase = (orgKey: string) => `/api/organizations/${encodeURIComponent(orgKey)}/users`;

function asUser(value: unknown): OrganizationUser {
  const v = (typeof value === "object" && value !== null ? value : {}) as Record<string, unknown>;
  const nested = (typeof v.user === "object" && v.user !== null ? v.user : {}) as Record<string, unknown>;
  return {
    id: Number(v.id ?? v.userId ?? nested.id),
    email: String(v.email ?? nested.email ?? ""),
    name: typeof (v.name ?? nested.name) === "string" ? String(v.name ?? nested.name) : null,
    role: (v.role ?? "reader") as Role,
    unitKeys: Array.isArray(v.unitKeys) ? (v.unitKeys as string[]) : [],
  };
}

export async function fetchUsers(orgKey: string): Promise<OrganizationUser[]> {
  const body = await getJson(orgBase(orgKey));
  const list = Array.isArray(body) ? body : ((body as { users?: unknown[] } | null)?.users ?? []);
  return list.map(asUser);
}

export const usersKey = (orgKey: string) => `users:${orgKey}`;

/** The organization's units: the actors of kind `internal_unit` of its plans, once each, by name. */
export async function fetchUnits(orgKey: string): Promise<Actor[]> {
  const plans = (await fetchPlans()).filter((p) => p.organization.key === orgKey);
  const documents = await Promise.all(plans.map((p) => fetchPlan(p.key)));
  const units = new Map<string, Actor>();
  for (const plan of documents)
    for (const actor of plan.actors)
      if (actor.kind === "internal_unit" && !units.has(actor.key)) units.set(actor.key, actor);
  return [...units.values()].sort((a, b) => a.name.localeCompare(b.name, "nb"));
}

/** The organization's name as its plans give it (null when it has none). */
export async function fetchOrganizationName(orgKey: string): Promise<string | null> {
  return (await fetchPlans()).find((p) => p.organization.key === orgKey)?.organization.name ?? null;
}

export type UserInput = { email: string; name?: string; role: Role; unitKeys: string[] };

/** Adds a user (or a membership of an existing one); `oneTimePassword` only for a new user. */
export async function addUser(orgKey: string, input: UserInput): Promise<{ oneTimePassword: string | null }> {
  const body = await sendJson<{ oneTimePassword?: unknown } | null>("POST", orgBase(orgKey), input);
  refreshResource(usersKey(orgKey));
  return { oneTimePassword: typeof body?.oneTimePassword === "string" ? body.oneTimePassword : null };
}

export async function updateUser(orgKey: string, userId: number, input: { role: Role; unitKeys: string[] }) {
  await sendJson("PUT", `${orgBase(orgKey)}/${userId}`, input);
  refreshResource(usersKey(orgKey));
}

export async function removeUser(orgKey: string, userId: number) {
  await sendJson("DELETE", `${orgBase(orgKey)}/${userId}`);
  refreshResource(usersKey(orgKey));
}

export async function resetPassword(orgKey: string, userId: number): Promise<string> {
  const body = await sendJson<{ oneTimePassword?: unknown } | null>(
    "POST",
    `${orgBase(orgKey)}/${userId}/password-reset`,
    {},
  );
  if (typeof body?.oneTimePassword !== "string") throw new ApiError(500, "bad_response", "No one-time password");
  return body.oneTimePassword;
}

export type Publication = { published: boolean; publishedAt: string | null };

export async function setPublished(planKey: string, published: boolean): Promise<Publication> {
  const body = await sendJson<Partial<Publication> | null>(
    "PUT",
    `/api/plans/${encodeURIComponent(planKey)}/publication`,
    { published },
  );
  refreshResource("plans");
  return { published: body?.published ?? published, publishedAt: body?.publishedAt ?? null };
}

/** The published plan, without internal comments (404 when it is not published). */
export async function fetchPublicPlan(orgKey: string, planKey: string): Promise<PlanDocument> {
  const body = await getJson(`/api/public/${encodeURIComponent(orgKey)}/${encodeURIComponent(planKey)}`);
  const plan =
    typeof body === "object" && body !== null && "plan" in body && !("actionPlan" in body)
      ? (body as { plan: unknown }).plan
      : body;
  if (typeof plan !== "object" || plan === null || !("actionPlan" in plan)) {
    throw new ApiError(500, "bad_response", "Expected a plan document");
  }
  return plan as PlanDocument;
}
