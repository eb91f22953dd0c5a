/**
 * Who is signed in: `GET /api/session`, loaded once and shared by every page (`useSession`), fetched
 * again after login and logout. Its CSRF token goes with every write (`csrfHeaders`); what the
 * viewer may do is decided by the rule book in `domain/access.ts` (`usePlanAccess`).
 */
import { useSyncExternalStore } from "react";
import { type Action, ANONYMOUS, allowedActions, mayReportOn, type Viewer } from "../../domain/access.js";
import type { Activity, Measure } from "../../domain/plan-schema.js";
import type { SessionMembership, SessionUser } from "../../domain/session-model.js";
import { ApiError, getJson } from "./api-client.js";
import { loadResource, type Resource, refreshAllResources, useResource } from "./use-resource.js";

export type { SessionMembership, SessionUser };

export type Session = {
  user: SessionUser | null;
  memberships: SessionMembership[];
  csrfToken: string | null;
  /** Whether single sign-on is configured (then the login page offers it). */
  sso: boolean;
};

export const SIGNED_OUT: Session = { user: null, memberships: [], csrfToken: null, sso: false };
const SESSION_KEY = "session";

function asSession(body: unknown): Session {
  const record = (typeof body === "object" && body !== null ? body : {}) as Partial<Session>;
  return {
    user: record.user ?? null,
    memberships: Array.isArray(record.memberships) ? record.memberships : [],
    csrfToken: typeof record.csrfToken === "string" ? record.csrfToken : null,
    sso: record.sso === true,
  };
}

export async function fetchSession(signal?: AbortSignal): Promise<Session> {
  return asSession(await getJson("/api/session", signal));
}

/** The session, loaded once and shared. */
export function useSession(): Resource<Session> {
  return useResource(SESSION_KEY, () => fetchSession());
}

/** The session when it has loaded, else nobody signed in (so nothing is offered before it is known). */
export function useCurrentSession(): Session {
  const session = useSession();
  return session.status === "ready" ? session.data : SIGNED_OUT;
}

/** The headers a write sends: the session's CSRF token when someone is signed in. */
export async function csrfHeaders(): Promise<Record<string, string>> {
  try {
    const session = await loadResource(SESSION_KEY, () => fetchSession());
    return session.csrfToken === null ? {} : { "x-csrf-token": session.csrfToken };
  } catch {
    return {};
  }
}

/** The viewer of the rule book, from the session. */
export function viewerOf(session: Session): Viewer {
  if (session.user === null) return ANONYMOUS;
  return {
    kind: "user",
    userId: session.user.id,
    email: session.user.email,
    installationAdmin: session.user.installationAdmin,
    memberships: session.memberships.map((m) => ({
      organizationKey: m.organizationKey,
      role: m.role,
      unitKeys: m.unitKeys,
    })),
  };
}

export type PlanAccess = {
  viewer: Viewer;
  may: (action: Action) => boolean;
  mayReport: (measure: Pick<Measure, "responsibility">, activity?: Pick<Activity, "responsibility"> | null) => boolean;
};

/** What the viewer may do with a plan of this organization. */
export function planAccess(session: Session, organizationKey: string, published = false): PlanAccess {
  const viewer = viewerOf(session);
  const actions = new Set(allowedActions(viewer, { organizationKey, published }));
  return {
    viewer,
    may: (action) => actions.has(action),
    mayReport: (measure, activity = null) => mayReportOn(viewer, organizationKey, measure, activity),
  };
}

export function usePlanAccess(organizationKey: string, published = false): PlanAccess {
  return planAccess(useCurrentSession(), organizationKey, published);
}

/** The organizations whose users the viewer may manage. */
export function adminOrganizations(session: Session): Array<{ key: string; name: string }> {
  if (session.user === null) return [];
  return session.memberships
    .filter((m) => m.role === "admin" || session.user?.installationAdmin)
    .map((m) => ({ key: m.organizationKey, name: m.organizationName }));
}

// A write refused with 401: the layout says so, with a link to log in, until the next login.
let unauthorized = false;
const unauthorizedListeners = new Set<() => void>();
function setUnauthorized(value: boolean): void {
  if (unauthorized === value) return;
  unauthorized = value;
  for (const listener of unauthorizedListeners) listener();
}

/** Called by the write clients when the server answers 401: the session has ended. */
export function signalUnauthorized(): void {
  setUnauthorized(true);
}

export function useUnauthorized(): boolean {
  return useSyncExternalStore(
    (listener) => {
      unauthorizedListeners.add(listener);
      return () => unauthorizedListeners.delete(listener);
    },
    () => unauthorized,
    () => false,
  );
}

/** A refused login: `invalid_credentials` (401), `too_many_attempts` (429, with the wait), or another error. */
export class LoginError extends ApiError {
  constructor(
    status: number,
    code: string,
    message: string,
    /** Seconds to wait (from `Retry-After`) when too many attempts were made. */
    readonly retryAfterSeconds: number | null,
  ) {
    super(status, code, message);
    this.name = "LoginError";
  }
}

async function errorOf(response: Response): Promise<{ code: string; message: string }> {
  const body = (await response.json().catch(() => null)) as { error?: { code?: string; message?: string } } | null;
  return { code: body?.error?.code ?? "http_error", message: body?.error?.message || `HTTP ${response.status}` };
}

/** Logs in; the cookie is set by the answer. Everything loaded is fetched again for the new viewer. */
export async function login(email: string, password: string): Promise<Session> {
  const response = await fetch("/api/auth/login", {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json" },
    body: JSON.stringify({ email, password }),
  });
  if (!response.ok) {
    const { code, message } = await errorOf(response);
    const retryAfter = Number(response.headers.get("retry-after"));
    throw new LoginError(
      response.status,
      code,
      message,
      Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null,
    );
  }
  const session = asSession(await response.json().catch(() => null));
  setUnauthorized(false);
  refreshAllResources();
  return session;
}

/** Logs out, and fetches again what the pages show (now as nobody). */
export async function logout(): Promise<void> {
  const headers = { "content-type": "application/json", accept: "application/json", ...(await csrfHeaders()) };
  const response = await fetch("/api/auth/logout", { method: "POST", headers, body: "{}" });
  if (!response.ok && response.status !== 401) {
    const { code, message } = await errorOf(response);
    throw new ApiError(response.status, code, message);
  }
  refreshAllResources();
}

/** Sends a write of the account API (JSON, with the CSRF token); a refusal becomes an `ApiError`. */
export async function sendJson<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: "application/json", ...(await csrfHeaders()) };
  if (body !== undefined) headers["content-type"] = "application/json";
  const response = await fetch(path, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) {
    const { code, message } = await errorOf(response);
    // A wrong current password is not an ended session.
    if (response.status === 401 && code !== "invalid_credentials") signalUnauthorized();
    throw new ApiError(response.status, code, message);
  }
  return (response.status === 204 ? null : await response.json().catch(() => null)) as T;
}

/** Changes the signed-in user's password; the session is fetched again (it no longer must change it). */
export async function changePassword(currentPassword: string, newPassword: string): Promise<void> {
  await sendJson<null>("PUT", "/api/account/password", { currentPassword, newPassword });
  refreshAllResources();
}

/** The login page's address, coming back to `returnTo` after. */
export function loginPath(returnTo?: string): string {
  return returnTo && returnTo !== "/login" ? `/login?returnTo=${encodeURIComponent(returnTo)}` : "/login";
}

/** A `returnTo` that stays on this site (a path, not `//elsewhere`), else the home page. */
export function safeReturnTo(value: string | null): string {
  if (value === null || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return "/";
  return value;
}
