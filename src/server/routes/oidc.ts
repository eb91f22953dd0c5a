/**
 * Single sign-on (docs/ACCESS.md): `GET /api/auth/oidc` sends the browser to the provider,
 * `GET /api/auth/oidc/callback` takes its answer, opens a session and sends the browser on. Both
 * answer 404 `sso_not_configured` when the installation has no provider. Failures go back to the
 * login page with an error code (`sso_failed`, `sso_unknown_user`); the reason is in the log.
 */
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppContext } from "../../app/context.js";
import { finishOidcLogin, OidcClient, startOidcLogin } from "../../app/oidc-login.js";
import { setSessionCookie } from "../auth.js";
import { errorBody } from "../errors.js";
import { type OidcConfig, oidcSettings } from "../oidc-config.js";
import { ErrorResponse } from "../schemas.js";

const Redirect = z.null().meta({ description: "Found: the `Location` header says where to" });

/** The routes for the provider in `config` (`oidcConfigFromEnv` at start); null: no single sign-on. */
export function oidcRoutes(config: OidcConfig | null): FastifyPluginAsyncZod<{ ctx: AppContext }> {
  const oidc = config === null ? null : new OidcClient(oidcSettings(config));

  return async (app, { ctx }) => {
    const notConfigured = errorBody("sso_not_configured", "Single sign-on is not configured on this installation");

    app.get(
      "/api/auth/oidc",
      {
        config: { access: { kind: "public" } },
        schema: {
          tags: ["accounts"],
          summary: "Sign in through the organization's identity provider (OpenID Connect)",
          description:
            "Redirects to the provider (authorization code flow with PKCE, state and nonce); after the login " +
            "there, the callback sends the browser to `returnTo` (a path on this site; otherwise `/`).",
          querystring: z.object({ returnTo: z.string().max(2000).optional() }),
          response: { 302: Redirect, 404: ErrorResponse },
        },
      },
      async (request, reply) => {
        if (oidc === null) return reply.code(404).send(notConfigured);
        let location: URL;
        try {
          location = await startOidcLogin(ctx, oidc, request.query.returnTo);
        } catch (error) {
          request.log.error({ err: error }, "single sign-on could not start (provider discovery)");
          return reply.redirect("/login?error=sso_failed", 302);
        }
        return reply.header("cache-control", "no-store").redirect(location.href, 302);
      },
    );

    app.get(
      "/api/auth/oidc/callback",
      {
        config: { access: { kind: "public" } },
        schema: {
          tags: ["accounts"],
          summary: "The identity provider's answer (OpenID Connect redirect URI)",
          description:
            "Opens a session (cookie) and redirects to the login's `returnTo`; an unknown user goes to " +
            "`/login?error=sso_unknown_user`, any other failure to `/login?error=sso_failed`.",
          querystring: z.looseObject({
            code: z.string().optional(),
            state: z.string().optional(),
            error: z.string().optional(),
            error_description: z.string().optional(),
          }),
          response: { 302: Redirect, 404: ErrorResponse },
        },
      },
      async (request, reply) => {
        if (oidc === null) return reply.code(404).send(notConfigured);
        reply.header("cache-control", "no-store");
        // The redirect URI as registered, with the query the provider sent: what the code was issued for.
        const callbackUrl = new URL(oidc.settings.redirectUri);
        callbackUrl.search = new URL(request.url, "http://localhost").search;
        let result: Awaited<ReturnType<typeof finishOidcLogin>>;
        try {
          result = await finishOidcLogin(ctx, oidc, callbackUrl, request.ip);
        } catch (error) {
          request.log.error({ err: error }, "single sign-on failed");
          return reply.redirect("/login?error=sso_failed", 302);
        }
        switch (result.outcome) {
          case "failed":
            request.log.warn({ reason: result.reason }, "single sign-on refused");
            return reply.redirect("/login?error=sso_failed", 302);
          case "unknownUser":
            request.log.info(
              { issuer: result.identity.issuer, subject: result.identity.subject },
              "single sign-on: unknown user",
            );
            return reply.redirect("/login?error=sso_unknown_user", 302);
          case "signedIn":
            setSessionCookie(reply, request, result.session.token, result.session.expiresAt);
            return reply.redirect(result.returnTo, 302);
        }
      },
    );
  };
}
