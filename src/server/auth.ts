/**
 * Who asks, and whether they may (docs/ACCESS.md): the session cookie resolved into a viewer on
 * every request, the guard that enforces each route's declared access (`config.access`,
 * `server/access.ts`) before the body is even read, CSRF, and the security headers.
 *
 * Registered at the root, before any route, so that its hooks cover every route and so that an
 * `/api` route without a declaration stops the server from starting (deny by default).
 *
 * The guard's answers: `401 unauthenticated` (nobody signed in), `403 forbidden` (signed in, not
 * allowed), and for a plan or organization the viewer may not know of, the very `404 not_found`
 * an unknown key gets, so that its existence is not told.
 */
import { timingSafeEqual } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import cookie from "@fastify/cookie";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import helmet from "helmet";
import type { AppContext } from "../app/context.js";
import type { Writer } from "../app/edit-plan.js";
import { notFound } from "../app/errors.js";
import { getCachedPlan } from "../app/get-plan.js";
import { planAccessInfo } from "../app/publication.js";
import { resolveSession, type SessionInfo } from "../app/sessions.js";
import { type AccessTarget, ANONYMOUS, type Decision, decide, mayReportOn, type Viewer } from "../domain/access.js";
import type { PlanDocument } from "../domain/plan-schema.js";
import type { RouteAccess } from "./access.js";
import { errorBody } from "./errors.js";

/** The cookie that holds the session's token (its SHA-256 is what the database keeps). */
export const SESSION_COOKIE = "planspor_session";
/** The header a cookie-authenticated write carries, with the session's CSRF token. */
export const CSRF_HEADER = "x-csrf-token";

declare module "fastify" {
  interface FastifyRequest {
    /** Who asks: the signed-in user with their memberships, or `ANONYMOUS`. */
    viewer: Viewer;
    /** The session the cookie names, when it is valid; null otherwise. */
    session: SessionInfo | null;
    /**
     * For a plan route: whether the viewer may see the plan's internal comments (a member);
     * false for the public reading a published plan, and on routes that are not a plan's.
     */
    readInternal: boolean;
  }
}

export type AuthOptions = {
  /**
   * The address users reach Planspor at (`PLANSPOR_PUBLIC_URL`), whose origin a session-less
   * write may come from besides the request's own.
   */
  publicUrl?: string | undefined;
};

/** The paths the API docs plugin serves: public, like the OpenAPI document they show. */
const DOCS_PREFIX = "/api/docs";
const UNSAFE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/**
 * Sets up cookies, the security headers, the session and the guard. Call before registering any
 * route: the start-up check and the hooks apply to routes registered after it.
 */
export async function registerAuth(app: FastifyInstance, ctx: AppContext, options: AuthOptions = {}): Promise<void> {
  await app.register(cookie);
  registerSecurityHeaders(app);

  // Set on every request by the hook below; null only until it runs.
  app.decorateRequest<Viewer | null>("viewer", null);
  app.decorateRequest<SessionInfo | null>("session", null);
  app.decorateRequest("readInternal", false);

  app.addHook("onRoute", (route) => {
    if (!isApiPath(route.url)) return;
    const access = route.config?.access;
    if (access === undefined && route.url.startsWith(DOCS_PREFIX)) {
      route.config = { ...route.config, access: { kind: "public" } };
      return;
    }
    if (access === undefined) {
      throw new Error(`${route.method} ${route.url} declares no access (config.access); see docs/ACCESS.md`);
    }
    const needs = access.kind === "plan" ? ":planKey" : access.kind === "organization" ? ":orgKey" : null;
    if (needs !== null && !route.url.includes(needs)) {
      throw new Error(`${route.method} ${route.url} declares ${access.kind} access but has no ${needs} in its path`);
    }
  });

  const ownOrigins = (request: FastifyRequest): string[] => {
    const own = [`${request.protocol}://${request.host}`];
    if (options.publicUrl !== undefined && options.publicUrl !== "") own.push(new URL(options.publicUrl).origin);
    return own;
  };

  app.addHook("onRequest", async (request, reply) => {
    request.viewer = ANONYMOUS;
    request.session = null;
    request.readInternal = false;
    // The web's files declare no access and need no session: no database round trip for each.
    if (request.routeOptions.config.access === undefined && !isApiPath(request.url)) return;
    const token = request.cookies[SESSION_COOKIE];
    if (token !== undefined && token !== "") {
      request.session = await resolveSession(ctx, token);
      if (request.session === null) {
        // Expired or ended: the browser may as well forget it.
        clearSessionCookie(reply, request);
      } else {
        request.viewer = request.session.viewer;
      }
    }
    const unsafe = UNSAFE_METHODS.has(request.method);
    if (unsafe && request.session !== null && !csrfTokenMatches(request, request.session.csrfToken)) {
      return refuse(reply, 403, "csrf_failed", `A change made with the session cookie needs the ${CSRF_HEADER} header`);
    }
    const access = request.routeOptions.config.access;
    if (
      access !== undefined &&
      request.session?.user.mustChangePassword === true &&
      access.kind !== "public" &&
      access.kind !== "signedIn"
    ) {
      // A one-time password (from `user create` or an admin's reset) opens only the way to choose
      // one's own: the session, the password change and logout.
      return refuse(reply, 403, "password_change_required", "Choose a password of your own first");
    }
    if (access !== undefined) {
      const refused = await guard(ctx, request, access);
      if (refused !== null) return refuse(reply, refused.status, refused.code, refused.message);
    }
    if (unsafe && request.session === null) {
      const problem = sessionlessWriteProblem(request, ownOrigins(request));
      if (problem !== null) return refuse(reply, 403, "csrf_failed", problem);
    }
  });
}

/**
 * The headers of docs/ACCESS.md on every answer: a Content-Security-Policy without
 * `unsafe-inline`, nosniff, `Referrer-Policy: same-origin`, no framing; HSTS only over https
 * (`request.protocol`, which honours `X-Forwarded-Proto` behind a trusted proxy).
 */
const HELMET_OPTIONS: Parameters<typeof helmet>[0] = {
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      "default-src": ["'self'"],
      "script-src": ["'self'"],
      "style-src": ["'self'"],
      // Vite inlines small images and fonts as data: URLs.
      "img-src": ["'self'", "data:"],
      "font-src": ["'self'", "data:"],
      "connect-src": ["'self'"],
      "frame-ancestors": ["'none'"],
      "object-src": ["'none'"],
      "base-uri": ["'self'"],
      "form-action": ["'self'"],
    },
  },
  referrerPolicy: { policy: "same-origin" },
  frameguard: { action: "deny" },
  strictTransportSecurity: false,
};

/**
 * helmet's headers, worked out once: none of them depends on the request, and building them per
 * request (as @fastify/helmet does) cost about a tenth of a plan read's throughput.
 */
export function securityHeaders(): Readonly<Record<string, string>> {
  const headers: Record<string, string> = {};
  const response = {
    setHeader(name: string, value: string | number | readonly string[]) {
      headers[name.toLowerCase()] = Array.isArray(value) ? value.join(", ") : String(value);
    },
    removeHeader(name: string) {
      delete headers[name.toLowerCase()];
    },
  };
  let error: unknown = null;
  helmet(HELMET_OPTIONS)(
    {} as IncomingMessage,
    response as unknown as ServerResponse,
    (err?: unknown) => (error = err ?? null),
  );
  if (error !== null) throw error;
  return headers;
}

function registerSecurityHeaders(app: FastifyInstance): void {
  const headers = securityHeaders();
  const hsts = "max-age=31536000; includeSubDomains";
  app.addHook("onRequest", (request, reply, done) => {
    reply.headers(headers);
    if (request.protocol === "https") reply.header("strict-transport-security", hsts);
    done();
  });
}

type Refusal = { status: 401 | 403 | 404; code: string; message: string };

const UNAUTHENTICATED: Refusal = { status: 401, code: "unauthenticated", message: "Sign in to do this" };
const FORBIDDEN: Refusal = { status: 403, code: "forbidden", message: "Your role does not allow this" };

/** What the route's access says for this request: null to let it through, else why not. */
async function guard(ctx: AppContext, request: FastifyRequest, access: RouteAccess): Promise<Refusal | null> {
  const viewer = request.viewer;
  switch (access.kind) {
    case "public":
    case "filtered":
      return null;
    case "signedIn":
      return viewer.kind === "anonymous" ? UNAUTHENTICATED : null;
    case "installation":
      if (viewer.kind === "anonymous") return UNAUTHENTICATED;
      return viewer.installationAdmin ? null : FORBIDDEN;
    case "organization": {
      const orgKey = pathParam(request, "orgKey");
      const decision = decide(viewer, access.action, { organizationKey: orgKey, published: false });
      return refusalOf(decision, () => notFound("organization", orgKey).message);
    }
    case "plan":
      return planGuard(ctx, request, access);
  }
}

async function planGuard(
  ctx: AppContext,
  request: FastifyRequest,
  access: Extract<RouteAccess, { kind: "plan" }>,
): Promise<Refusal | null> {
  const planKey = pathParam(request, "planKey");
  const hidden = () => notFound("plan", planKey).message;
  const target: AccessTarget | null = await planAccessInfo(ctx, planKey);
  if (target === null) {
    // An unknown plan answers as an unpublished one does, so that a key tells nothing: 401 to
    // nobody signed in, the handler's own 404 to anyone else (an installation admin included).
    return request.viewer.kind === "anonymous" ? UNAUTHENTICATED : null;
  }
  const decision = decide(request.viewer, access.action, target, access.publicRead === true);
  const refused = refusalOf(decision, hidden);
  if (refused !== null) return refused;
  request.readInternal = decision.allowed && decision.internal;
  if (access.action === "report") return reportGuard(ctx, request, planKey, target.organizationKey);
  return null;
}

/**
 * A reporter reports only on the measures (or activities) their units are responsible for. The
 * measure and activity are looked up in the cached plan; one not in the plan is the handler's 404.
 */
async function reportGuard(
  ctx: AppContext,
  request: FastifyRequest,
  planKey: string,
  organizationKey: string,
): Promise<Refusal | null> {
  const measureKey = optionalPathParam(request, "measureKey");
  if (measureKey === null) return null;
  const { plan } = await getCachedPlan(ctx, planKey);
  const measure = findMeasure(plan, measureKey);
  if (measure === undefined) return null;
  const activityKey = optionalPathParam(request, "activityKey");
  const activity = activityKey === null ? null : measure.activities.find((a) => a.key === activityKey);
  if (activity === undefined) return null;
  return mayReportOn(request.viewer, organizationKey, measure, activity) ? null : FORBIDDEN;
}

function findMeasure(plan: PlanDocument, measureKey: string) {
  for (const area of plan.focusAreas) {
    const measure = area.measures.find((m) => m.key === measureKey);
    if (measure !== undefined) return measure;
  }
  return undefined;
}

function refusalOf(decision: Decision, hiddenMessage: () => string): Refusal | null {
  if (decision.allowed) return null;
  switch (decision.reason) {
    case "login":
      return UNAUTHENTICATED;
    case "forbidden":
      return FORBIDDEN;
    case "hidden":
      return { status: 404, code: "not_found", message: hiddenMessage() };
  }
}

function pathParam(request: FastifyRequest, name: string): string {
  return optionalPathParam(request, name) ?? "";
}

function optionalPathParam(request: FastifyRequest, name: string): string | null {
  const value = (request.params as Record<string, unknown> | undefined)?.[name];
  return typeof value === "string" ? value : null;
}

function refuse(reply: FastifyReply, status: number, code: string, message: string): FastifyReply {
  return reply.code(status).send(errorBody(code, message));
}

function csrfTokenMatches(request: FastifyRequest, expected: string): boolean {
  const given = request.headers[CSRF_HEADER];
  if (typeof given !== "string") return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Why a write without a session is refused, or null: it must be JSON (which a form on another site
 * cannot send) and, when the browser names its origin, come from this site.
 */
function sessionlessWriteProblem(request: FastifyRequest, ownOrigins: readonly string[]): string | null {
  const type = (request.headers["content-type"] ?? "").split(";")[0]?.trim().toLowerCase();
  if (type !== "application/json") return "A request without a session must be sent as application/json";
  const origin = request.headers.origin;
  if (origin !== undefined && !ownOrigins.includes(origin)) return "The request comes from another site";
  return null;
}

function isApiPath(url: string): boolean {
  return url === "/api" || url.startsWith("/api/");
}

/** The cookie's attributes: HttpOnly, SameSite=Lax, Path=/, Secure when the request came over https. */
function cookieOptions(request: FastifyRequest) {
  return { httpOnly: true, sameSite: "lax", path: "/", secure: request.protocol === "https" } as const;
}

/** Gives the browser the session's cookie (login, single sign-on). */
export function setSessionCookie(reply: FastifyReply, request: FastifyRequest, token: string, expiresAt: Date): void {
  reply.setCookie(SESSION_COOKIE, token, { ...cookieOptions(request), expires: expiresAt });
}

/** Makes the browser forget the session's cookie (logout, an expired session). */
export function clearSessionCookie(reply: FastifyReply, request: FastifyRequest): void {
  reply.clearCookie(SESSION_COOKIE, cookieOptions(request));
}

/** Who makes a change, for the history: the signed-in user's name, else their e-mail. */
export function writerOf(request: FastifyRequest): Writer {
  const user = request.session?.user;
  if (user === undefined) return { name: null };
  return { name: user.name ?? user.email };
}
