/**
 * The account API (docs/ACCESS.md): the session, logging in and out, one's own password, and an
 * organization's users for its admins. The session travels in the `planspor_session` cookie
 * (HttpOnly, SameSite=Lax); writes made with it carry `x-csrf-token` (`server/auth.ts`).
 */
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppContext } from "../../app/context.js";
import { login } from "../../app/login.js";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "../../app/passwords.js";
import { endSession, SESSION_LIMITS, type SessionInfo } from "../../app/sessions.js";
import {
  changePassword,
  createUser,
  listOrganizationUsers,
  removeMembership,
  resetPassword,
  setMembership,
} from "../../app/users.js";
import { Role } from "../../domain/access.js";
import { Key } from "../../domain/plan-schema.js";
import { Session, SignedInSession } from "../../domain/session-model.js";
import { ORG_ADMIN, PUBLIC, SIGNED_IN } from "../access.js";
import { clearSessionCookie, SESSION_COOKIE, setSessionCookie } from "../auth.js";
import { ErrorResponse } from "../schemas.js";

const UnitKeys = z.array(Key).max(200).meta({ description: "A reporter's units: actor keys of the plans." });

const OrganizationUser = z
  .object({
    id: z.number().int(),
    email: z.string(),
    name: z.string().nullable(),
    role: Role,
    unitKeys: z.array(z.string()),
    installationAdmin: z.boolean(),
    disabled: z.boolean(),
  })
  .meta({ id: "OrganizationUser" });

const OrgParams = z.object({ orgKey: Key.meta({ description: "The organization's key" }) });
const UserParams = OrgParams.extend({
  userId: z.coerce.number().int().positive().meta({ description: "The user's id" }),
});
const OneTimePassword = z.string().meta({ description: "Shown once: the user must change it at the first login." });
const NoContent = z.null();

const signedInBody = (session: SessionInfo, sso: boolean) => ({
  sso,
  user: session.user,
  memberships: session.memberships.map((m) => ({ ...m, unitKeys: [...m.unitKeys] })),
  csrfToken: session.csrfToken,
});

export const accountRoutes: FastifyPluginAsyncZod<{ ctx: AppContext; sso: boolean }> = async (app, { ctx, sso }) => {
  app.get(
    "/api/session",
    {
      config: { access: PUBLIC },
      schema: {
        tags: ["accounts"],
        summary: "Who is signed in, their roles per organization, and the CSRF token for writes",
        response: { 200: Session },
      },
    },
    async (request, reply) => {
      reply.header("cache-control", "no-store");
      return request.session === null ? { sso, user: null } : signedInBody(request.session, sso);
    },
  );

  app.post(
    "/api/auth/login",
    {
      config: { access: PUBLIC },
      schema: {
        tags: ["accounts"],
        summary: "Sign in with e-mail and password: the session cookie and the session",
        description:
          "Must be sent as `application/json`. A wrong e-mail or password is `401 invalid_credentials` either way; " +
          "5 failures for an e-mail (or 20 from an address) within 15 minutes lock it for 15 minutes: " +
          "`429 too_many_attempts` with `Retry-After`.",
        body: z.object({
          email: z.string().max(1000),
          password: z.string().max(MAX_PASSWORD_LENGTH * 4),
        }),
        response: { 200: SignedInSession, 401: ErrorResponse, 429: ErrorResponse },
      },
    },
    async (request, reply) => {
      const { email, password } = request.body;
      const result = await login(ctx, { email, password, address: request.ip });
      const expiresAt = new Date(Date.now() + SESSION_LIMITS.maxHours * 3_600_000);
      setSessionCookie(reply, request, result.token, expiresAt);
      reply.header("cache-control", "no-store");
      return signedInBody(result.session, sso);
    },
  );

  app.post(
    "/api/auth/logout",
    {
      config: { access: SIGNED_IN },
      schema: {
        tags: ["accounts"],
        summary: "End the session and clear its cookie",
        response: { 204: NoContent, 401: ErrorResponse },
      },
    },
    async (request, reply) => {
      await endSession(ctx, request.cookies[SESSION_COOKIE] ?? "", request.session);
      clearSessionCookie(reply, request);
      return reply.code(204).send(null);
    },
  );

  app.put(
    "/api/account/password",
    {
      config: { access: SIGNED_IN },
      schema: {
        tags: ["accounts"],
        summary: "Change one's own password; the user's other sessions end",
        body: z.object({
          currentPassword: z.string().max(MAX_PASSWORD_LENGTH * 4),
          newPassword: z.string().min(MIN_PASSWORD_LENGTH).max(MAX_PASSWORD_LENGTH),
        }),
        response: { 204: NoContent, 400: ErrorResponse, 401: ErrorResponse },
      },
    },
    async (request, reply) => {
      const userId = request.session?.user.id ?? 0;
      const token = request.cookies[SESSION_COOKIE] ?? null;
      await changePassword(ctx, userId, request.body.currentPassword, request.body.newPassword, token);
      return reply.code(204).send(null);
    },
  );

  app.get(
    "/api/organizations/:orgKey/users",
    {
      config: { access: ORG_ADMIN },
      schema: {
        tags: ["accounts"],
        summary: "The organization's users with their role and units (its admins only)",
        params: OrgParams,
        response: { 200: z.object({ users: z.array(OrganizationUser) }), 404: ErrorResponse },
      },
    },
    async (request) => ({ users: await listOrganizationUsers(ctx, request.params.orgKey) }),
  );

  app.post(
    "/api/organizations/:orgKey/users",
    {
      config: { access: ORG_ADMIN },
      schema: {
        tags: ["accounts"],
        summary: "Give a user a role in the organization, making the user (with a one-time password) when new",
        params: OrgParams,
        body: z.object({
          email: z.string().max(320),
          name: z.string().max(200).nullable().optional(),
          role: Role,
          unitKeys: UnitKeys.default([]),
        }),
        response: {
          201: z.object({
            user: OrganizationUser,
            created: z.boolean().meta({ description: "Whether the user was made now (else: the membership added)." }),
            oneTimePassword: OneTimePassword.nullable().meta({ description: "For a new user only; shown once." }),
          }),
          400: ErrorResponse,
          404: ErrorResponse,
        },
      },
    },
    async (request, reply) => {
      const { orgKey } = request.params;
      const { email, name, role, unitKeys } = request.body;
      const membership = { organizationKey: orgKey, role, unitKeys };
      const by = request.session?.user ?? null;
      const result = await createUser(ctx, { email, name, membership }, by);
      const user = { ...result.user, role, unitKeys, disabled: false };
      return reply.code(201).send({ user, created: result.created, oneTimePassword: result.oneTimePassword });
    },
  );

  app.put(
    "/api/organizations/:orgKey/users/:userId",
    {
      config: { access: ORG_ADMIN },
      schema: {
        tags: ["accounts"],
        summary: "Change a user's role and units in the organization",
        params: UserParams,
        body: z.object({ role: Role, unitKeys: UnitKeys.default([]) }),
        response: { 200: OrganizationUser, 400: ErrorResponse, 404: ErrorResponse },
      },
    },
    async (request) => {
      const { orgKey, userId } = request.params;
      return setMembership(ctx, orgKey, userId, request.body, request.session?.user ?? null);
    },
  );

  app.delete(
    "/api/organizations/:orgKey/users/:userId",
    {
      config: { access: ORG_ADMIN },
      schema: {
        tags: ["accounts"],
        summary: "End the user's membership of the organization",
        params: UserParams,
        response: { 204: NoContent, 404: ErrorResponse },
      },
    },
    async (request, reply) => {
      const { orgKey, userId } = request.params;
      await removeMembership(ctx, orgKey, userId, request.session?.user ?? null);
      return reply.code(204).send(null);
    },
  );

  app.post(
    "/api/organizations/:orgKey/users/:userId/password-reset",
    {
      config: { access: ORG_ADMIN },
      schema: {
        tags: ["accounts"],
        summary: "Give the user a new one-time password; their sessions end",
        params: UserParams,
        response: { 200: z.object({ oneTimePassword: OneTimePassword }), 403: ErrorResponse, 404: ErrorResponse },
      },
    },
    async (request) => {
      const { orgKey, userId } = request.params;
      return resetPassword(ctx, orgKey, userId, request.session?.user ?? null);
    },
  );
};
