/**
 * Single sign-on through OpenID Connect (Microsoft Entra ID in production): the authorization code
 * flow with PKCE, state and nonce. `startOidcLogin` stores what the callback must check and gives
 * the provider's address; `finishOidcLogin` takes it back by state, exchanges the code, finds the
 * user by the provider's (issuer, subject) or a verified e-mail, and opens a session.
 * See docs/ACCESS.md, "Single sign-on".
 */
import { createHash } from "node:crypto";
import * as client from "openid-client";
import { appendAuditEvents } from "../db/audit-store.js";
import { deleteOidcLoginsBefore, insertOidcLogin, takeOidcLogin } from "../db/oidc-store.js";
import { accountEvent } from "./account-events.js";
import type { AppContext } from "./context.js";
import { loginWithIdentity } from "./login.js";
import { SESSION_LIMITS } from "./sessions.js";
import { findUserForIdentity } from "./users.js";

export type OidcSettings = {
  /** The provider's issuer, e.g. `https://login.microsoftonline.com/{tenant}/v2.0`. */
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Where the provider sends the browser back: `{public URL}/api/auth/oidc/callback`. */
  redirectUri: string;
  /**
   * Take the e-mail (or `preferred_username`) as verified though the provider does not say
   * `email_verified` (Entra ID does not): only for a provider whose addresses the organization owns.
   */
  trustEmail: boolean;
};

/** How long a login may take at the provider, from the redirect to the callback. */
export const OIDC_LOGIN_TTL_MS = 10 * 60 * 1000;

/** The provider's metadata, fetched (discovery) on first use and kept; a failed fetch is tried again next time. */
export class OidcClient {
  readonly settings: OidcSettings;
  #configuration: Promise<client.Configuration> | undefined;

  constructor(settings: OidcSettings) {
    this.settings = settings;
  }

  configuration(): Promise<client.Configuration> {
    this.#configuration ??= this.#discover().catch((error: unknown) => {
      this.#configuration = undefined;
      throw error;
    });
    return this.#configuration;
  }

  async #discover(): Promise<client.Configuration> {
    const { issuer, clientId, clientSecret } = this.settings;
    const url = new URL(issuer);
    // Plain http only for a provider in the same test process; a real one is https.
    const options = url.protocol === "http:" ? { execute: [client.allowInsecureRequests] } : undefined;
    return client.discovery(url, clientId, clientSecret, undefined, options);
  }
}

/** `returnTo` when it is a path on this site (one leading "/", not "//" or "/\"), else "/". */
export function safeReturnTo(value: string | undefined): string {
  if (value === undefined || value.length > 2000) return "/";
  if (!value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return "/";
  // No control characters (a header split or a URL the browser reads differently).
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return "/";
  }
  return value;
}

export const hashState = (state: string): string => createHash("sha256").update(state).digest("hex");

/** Stores a new login (state, nonce, PKCE verifier) and returns the provider's authorization URL. */
export async function startOidcLogin(ctx: AppContext, oidc: OidcClient, returnTo: string | undefined): Promise<URL> {
  const configuration = await oidc.configuration();
  const state = client.randomState();
  const nonce = client.randomNonce();
  const codeVerifier = client.randomPKCECodeVerifier();
  const codeChallenge = await client.calculatePKCECodeChallenge(codeVerifier);
  // Logins abandoned at the provider are cleared here, as new ones start.
  await deleteOidcLoginsBefore(ctx.database, new Date(Date.now() - OIDC_LOGIN_TTL_MS));
  await insertOidcLogin(ctx.database, {
    stateHash: hashState(state),
    codeVerifier,
    nonce,
    returnTo: safeReturnTo(returnTo),
  });
  return client.buildAuthorizationUrl(configuration, {
    redirect_uri: oidc.settings.redirectUri,
    scope: "openid email profile",
    state,
    nonce,
    code_challenge: codeChallenge,
    code_challenge_method: "S256",
  });
}

export type OidcIdentity = { issuer: string; subject: string; email: string | null; emailVerified: boolean };

export type OidcLoginResult =
  | {
      outcome: "signedIn";
      userId: number;
      identity: OidcIdentity;
      session: { token: string; csrfToken: string; expiresAt: Date };
      returnTo: string;
    }
  /** The provider knows the person, Planspor does not (no linked identity, no verified e-mail an admin registered). */
  | { outcome: "unknownUser"; identity: OidcIdentity }
  /** The provider said no, the state is unknown, used or expired, or the code exchange failed. */
  | { outcome: "failed"; reason: string };

/**
 * Completes a login from the provider's redirect (`callbackUrl`: the redirect URI with the query the
 * provider sent; `address`: the client's, for the history). The stored login is removed whatever
 * happens, so a state is good for one try. A login and a refused unknown person are history rows
 * (`login` with method `oidc`, `login_failed`), as for logins with password.
 */
export async function finishOidcLogin(
  ctx: AppContext,
  oidc: OidcClient,
  callbackUrl: URL,
  address: string,
  now: Date = new Date(),
): Promise<OidcLoginResult> {
  const state = callbackUrl.searchParams.get("state") ?? "";
  const stored = state === "" ? null : await takeOidcLogin(ctx.database, hashState(state));
  const providerError = callbackUrl.searchParams.get("error");
  if (providerError !== null) {
    const description = callbackUrl.searchParams.get("error_description");
    return {
      outcome: "failed",
      reason: `the provider answered ${providerError}${description ? `: ${description}` : ""}`,
    };
  }
  if (stored === null) return { outcome: "failed", reason: "unknown or already used state" };
  if (now.getTime() - stored.createdAt.getTime() > OIDC_LOGIN_TTL_MS) {
    return { outcome: "failed", reason: "expired state" };
  }

  const configuration = await oidc.configuration();
  let claims: Record<string, unknown>;
  try {
    const tokens = await client.authorizationCodeGrant(configuration, callbackUrl, {
      expectedState: state,
      expectedNonce: stored.nonce,
      pkceCodeVerifier: stored.codeVerifier,
      idTokenExpected: true,
    });
    const idClaims = tokens.claims();
    if (idClaims === undefined) return { outcome: "failed", reason: "no ID token" };
    claims = { ...idClaims };
    // Some providers put the e-mail only in the userinfo answer (oidc-provider when an access token is issued).
    if (claims.email === undefined && claims.preferred_username === undefined) {
      if (configuration.serverMetadata().userinfo_endpoint !== undefined) {
        const info = await client.fetchUserInfo(configuration, tokens.access_token, idClaims.sub);
        claims = { ...info, ...claims };
      }
    }
  } catch (error) {
    return { outcome: "failed", reason: `the code exchange failed: ${describeError(error)}` };
  }

  const identity = identityFromClaims(claims, oidc.settings.trustEmail);
  const userId = await findUserForIdentity(ctx, identity);
  if (userId === null) {
    const who = identity.email ?? `${identity.subject} (${identity.issuer})`;
    await appendAuditEvents(ctx.database.db, [
      accountEvent("login_failed", who, { actor: null, after: { method: "oidc", address } }),
    ]);
    return { outcome: "unknownUser", identity };
  }
  // Writes the `login` row (method oidc); a user disabled meanwhile is refused there.
  const { token, csrfToken } = await loginWithIdentity(ctx, userId, address, now);
  // The session's absolute end, as `createSession` sets it for this `now`: the cookie's expiry.
  const expiresAt = new Date(now.getTime() + SESSION_LIMITS.maxHours * 3_600_000);
  return { outcome: "signedIn", userId, identity, session: { token, csrfToken, expiresAt }, returnTo: stored.returnTo };
}

/**
 * Who the ID token (and userinfo) names. The e-mail is `email`, else `preferred_username` when it
 * looks like one (Entra ID's UPN). It counts as verified when the provider says `email_verified:
 * true` for `email`, or when `trustEmail` is set (Entra ID sends no `email_verified`).
 */
export function identityFromClaims(claims: Record<string, unknown>, trustEmail: boolean): OidcIdentity {
  const issuer = typeof claims.iss === "string" ? claims.iss : "";
  const subject = typeof claims.sub === "string" ? claims.sub : "";
  const email = asEmail(claims.email);
  const username = asEmail(claims.preferred_username);
  if (email !== null) return { issuer, subject, email, emailVerified: claims.email_verified === true || trustEmail };
  return { issuer, subject, email: username, emailVerified: username !== null && trustEmail };
}

function asEmail(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const trimmed = value.trim();
  return /^[^\s@]+@[^\s@]+$/.test(trimmed) ? trimmed : null;
}

function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = "code" in error && typeof error.code === "string" ? ` (${error.code})` : "";
  return `${error.message}${code}`;
}
