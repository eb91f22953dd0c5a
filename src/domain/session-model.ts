/**
 * Who is signed in, as `GET /api/session` and the login answer give it: the user, their roles per
 * organization, the CSRF token for writes, and whether single sign-on is offered. The server
 * validates and describes with these schemas; the app and the web take their types from here.
 */
import { z } from "zod";
import { Role } from "./access.js";
import { Key } from "./plan-schema.js";

export const SessionUser = z
  .object({
    id: z.number().int(),
    email: z.string(),
    name: z.string().nullable(),
    installationAdmin: z.boolean().meta({ description: "Admin of every organization." }),
    mustChangePassword: z.boolean().meta({ description: "Signed in with a one-time password: change it first." }),
  })
  .meta({ id: "SessionUser" });
export type SessionUser = z.infer<typeof SessionUser>;

export const SessionMembership = z.object({
  organizationKey: Key,
  organizationName: z.string(),
  role: Role,
  unitKeys: z.array(z.string()),
});
export type SessionMembership = z.infer<typeof SessionMembership>;

/** Whether «sign in with …» (OpenID Connect) is offered. */
const Sso = z.boolean().meta({ description: "Whether single sign-on (OpenID Connect) is configured." });

export const SignedInSession = z.object({
  sso: Sso,
  user: SessionUser,
  memberships: z.array(SessionMembership),
  csrfToken: z.string().meta({ description: "Send it as `x-csrf-token` with every POST, PUT, PATCH and DELETE." }),
});

export const Session = z
  .union([SignedInSession, z.object({ sso: Sso, user: z.null() })])
  .meta({ id: "Session", description: "Who is signed in, with their roles; `{user: null}` when nobody is." });
