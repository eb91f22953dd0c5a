/**
 * Single sign-on end to end, no browser: an OpenID Provider (`oidc-provider`, with its built-in
 * login and consent pages) and Planspor both listen on local ports, and `fetch` with a small cookie
 * jar walks the authorization code flow with PKCE from `/api/auth/oidc` to a signed-in session.
 */
import { generateKeyPairSync } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { FastifyInstance } from "fastify";
import Provider from "oidc-provider";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AppContext, createAppContext } from "../app/context.js";
import { finishOidcLogin, OIDC_LOGIN_TTL_MS, OidcClient } from "../app/oidc-login.js";
import { createUser } from "../app/users.js";
import { listAuditEvents } from "../db/audit-store.js";
import { createTestDatabase, type TestDatabase } from "../db/test-database.js";
import { buildServer } from "./app.js";
import { oidcConfigFromEnv, oidcSettings } from "./oidc-config.js";

const CLIENT_ID = "planspor";
const CLIENT_SECRET = "a-secret-only-the-test-knows";
const KNOWN_EMAIL = "kari.nordmann@example.no";

let provider: { server: Server; url: string };
let database: TestDatabase;
let ctx: AppContext;
let app: FastifyInstance;
let appUrl: string;
const settings = () => ({ issuer: provider.url, clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, trustEmail: false });

beforeAll(async () => {
  // The app's address goes into the provider's client (redirect URI) and the provider's into the
  // app's configuration, so both ports are chosen first.
  const providerServer = createServer();
  const providerUrl = await listen(providerServer);
  const appPort = await freePort();
  appUrl = `http://127.0.0.1:${appPort}`;

  const oidcProvider = new Provider(providerUrl, {
    clients: [
      {
        client_id: CLIENT_ID,
        client_secret: CLIENT_SECRET,
        redirect_uris: [`${appUrl}/api/auth/oidc/callback`],
        response_types: ["code"],
        grant_types: ["authorization_code"],
      },
    ],
    pkce: { required: () => true },
    // Any login is an account; its e-mail is the login at example.no, verified.
    findAccount: async (_ctx, id) => ({
      accountId: id,
      claims: async () => ({ sub: id, email: `${id}@example.no`, email_verified: true }),
    }),
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name", "preferred_username"] },
    cookies: { keys: ["a-cookie-key-for-the-test-provider"] },
    jwks: { keys: [generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({ format: "jwk" })] },
    features: { devInteractions: { enabled: true } },
    ttl: { AccessToken: 600, AuthorizationCode: 60, Grant: 600, IdToken: 600, Interaction: 600, Session: 600 },
  });
  providerServer.on("request", oidcProvider.callback());
  provider = { server: providerServer, url: providerUrl };

  database = await createTestDatabase();
  ctx = createAppContext(database);
  await createUser(ctx, { email: KNOWN_EMAIL, name: "Kari Nordmann" }, null);
  app = await buildServer(ctx, {
    webRoot: null,
    oidc: { issuer: providerUrl, clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, publicUrl: appUrl },
  });
  await app.listen({ port: appPort, host: "127.0.0.1" });
});

afterAll(async () => {
  await app?.close();
  await database?.dispose();
  provider?.server.closeAllConnections();
  await new Promise((resolve) => provider?.server.close(resolve));
});

describe("single sign-on (OpenID Connect, code flow with PKCE)", () => {
  it("signs a known user in and sends the browser to returnTo", async () => {
    const browser = new Browser();
    const start = await browser.get(`${appUrl}/api/auth/oidc?returnTo=${encodeURIComponent("/plans/gjovik?tab=2")}`);
    expect(start.status).toBe(302);
    const authorize = new URL(start.headers.get("location") ?? "");
    expect(authorize.origin).toBe(provider.url);
    expect(authorize.searchParams.get("code_challenge")).toMatch(/^[\w-]{43}$/);
    expect(authorize.searchParams.get("code_challenge_method")).toBe("S256");
    expect(authorize.searchParams.get("state")).toBeTruthy();
    expect(authorize.searchParams.get("nonce")).toBeTruthy();
    expect(authorize.searchParams.get("redirect_uri")).toBe(`${appUrl}/api/auth/oidc/callback`);

    const callback = await browser.loginAtProvider(authorize, "kari.nordmann");
    const landing = await browser.get(callback.href);
    expect(landing.status).toBe(302);
    expect(landing.headers.get("location")).toBe("/plans/gjovik?tab=2");
    expect(landing.headers.get("set-cookie")).toMatch(/planspor_session=[^;]+;.*HttpOnly/i);

    const session = await browser.get(`${appUrl}/api/session`);
    expect(session.status).toBe(200);
    const body = (await session.json()) as { sso: boolean; user: { email: string } | null };
    expect(body.user?.email).toBe(KNOWN_EMAIL);
    expect(body.sso).toBe(true);
    const [login] = await listAuditEvents(database, { entityType: "user", entityKey: KNOWN_EMAIL, limit: 1 });
    expect(login).toMatchObject({ action: "login", actor: KNOWN_EMAIL, after: { method: "oidc" } });

    // The same answer again (a replay): the state was used up, so no second session.
    const replayer = new Browser();
    const replay = await replayer.get(callback.href);
    expect(replay.status).toBe(302);
    expect(replay.headers.get("location")).toBe("/login?error=sso_failed");
    expect(replay.headers.get("set-cookie")).toBeNull();
  });

  it("signs the same person in again by the linked identity", async () => {
    const browser = new Browser();
    const start = await browser.get(`${appUrl}/api/auth/oidc`);
    const callback = await browser.loginAtProvider(new URL(start.headers.get("location") ?? ""), "kari.nordmann");
    const landing = await browser.get(callback.href);
    expect(landing.headers.get("location")).toBe("/");
    const body = (await (await browser.get(`${appUrl}/api/session`)).json()) as { user: { email: string } | null };
    expect(body.user?.email).toBe(KNOWN_EMAIL);
  });

  it("sends a person Planspor does not know to the login page with sso_unknown_user", async () => {
    const browser = new Browser();
    const start = await browser.get(`${appUrl}/api/auth/oidc?returnTo=/`);
    const callback = await browser.loginAtProvider(new URL(start.headers.get("location") ?? ""), "ola.stranger");
    const landing = await browser.get(callback.href);
    expect(landing.status).toBe(302);
    expect(landing.headers.get("location")).toBe("/login?error=sso_unknown_user");
    expect(landing.headers.get("set-cookie")).toBeNull();
    const body = (await (await browser.get(`${appUrl}/api/session`)).json()) as { user: unknown };
    expect(body.user).toBeNull();
    const [refusal] = await listAuditEvents(database, { entityKey: "ola.stranger@example.no", limit: 1 });
    expect(refusal).toMatchObject({ action: "login_failed", actor: null, after: { method: "oidc" } });
  });

  it("refuses a callback with a state it never issued", async () => {
    const res = await new Browser().get(`${appUrl}/api/auth/oidc/callback?code=made-up&state=made-up`);
    expect(res.status).toBe(302);
    expect(res.headers.get("location")).toBe("/login?error=sso_failed");
    expect(res.headers.get("set-cookie")).toBeNull();
  });

  it("refuses a login that took longer than 10 minutes at the provider", async () => {
    const start = await new Browser().get(`${appUrl}/api/auth/oidc`);
    const state = new URL(start.headers.get("location") ?? "").searchParams.get("state") ?? "";
    const client = new OidcClient({ ...settings(), redirectUri: `${appUrl}/api/auth/oidc/callback` });
    const callback = new URL(`${appUrl}/api/auth/oidc/callback?code=any&state=${state}`);
    const later = new Date(Date.now() + OIDC_LOGIN_TTL_MS + 1000);
    expect(await finishOidcLogin(ctx, client, callback, "127.0.0.1", later)).toEqual({
      outcome: "failed",
      reason: "expired state",
    });
    // And it is gone: no second try within the time either.
    expect(await finishOidcLogin(ctx, client, callback, "127.0.0.1")).toMatchObject({ outcome: "failed" });
  });

  it("sends a refusal at the provider to the login page with sso_failed", async () => {
    const browser = new Browser();
    const start = await browser.get(`${appUrl}/api/auth/oidc`);
    const state = new URL(start.headers.get("location") ?? "").searchParams.get("state") ?? "";
    const res = await browser.get(`${appUrl}/api/auth/oidc/callback?error=access_denied&state=${state}`);
    expect(res.headers.get("location")).toBe("/login?error=sso_failed");
  });

  it("keeps returnTo on this site", async () => {
    for (const returnTo of ["//evil.example/x", "https://evil.example/", "/\\evil.example"]) {
      const browser = new Browser();
      const start = await browser.get(`${appUrl}/api/auth/oidc?returnTo=${encodeURIComponent(returnTo)}`);
      const callback = await browser.loginAtProvider(new URL(start.headers.get("location") ?? ""), "kari.nordmann");
      const landing = await browser.get(callback.href);
      expect(landing.headers.get("location")).toBe("/");
    }
  });

  it("answers 404 sso_not_configured when no provider is configured", async () => {
    const bare = await buildServer(ctx, { webRoot: null, oidc: null });
    try {
      for (const url of ["/api/auth/oidc", "/api/auth/oidc/callback?code=x&state=y"]) {
        const res = await bare.inject({ method: "GET", url });
        expect(res.statusCode).toBe(404);
        expect(res.json().error.code).toBe("sso_not_configured");
      }
    } finally {
      await bare.close();
    }
  });
});

/** `fetch` without following redirects, with one cookie jar per origin (enough for two local servers). */
class Browser {
  readonly #jars = new Map<string, Map<string, string>>();

  async get(url: string): Promise<Response> {
    return this.#send(new URL(url), { method: "GET" });
  }

  async post(url: string, form: Record<string, string>): Promise<Response> {
    return this.#send(new URL(url), {
      method: "POST",
      body: new URLSearchParams(form).toString(),
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
  }

  /**
   * From the provider's authorization URL through its login and consent pages to the redirect back
   * to the app (returned, not followed).
   */
  async loginAtProvider(authorize: URL, login: string): Promise<URL> {
    let res = await this.get(authorize.href);
    for (let step = 0; step < 10; step++) {
      if (res.status >= 300 && res.status < 400) {
        const next = new URL(res.headers.get("location") ?? "", res.url || authorize);
        if (next.href.startsWith(`${appUrl}/`)) return next;
        res = await this.get(next.href);
        continue;
      }
      const html = await res.text();
      expect(res.status, html).toBe(200);
      const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1]?.replaceAll("&amp;", "&");
      const prompt = /name="prompt" value="([^"]+)"/.exec(html)?.[1];
      if (action === undefined || prompt === undefined) throw new Error(`No login or consent form in: ${html}`);
      res = await this.post(
        new URL(action, provider.url).href,
        prompt === "login" ? { prompt, login, password: "any" } : { prompt },
      );
    }
    throw new Error("The provider never sent the browser back to the app");
  }

  async #send(url: URL, init: RequestInit): Promise<Response> {
    const jar = this.#jars.get(url.origin) ?? new Map<string, string>();
    this.#jars.set(url.origin, jar);
    const headers = new Headers(init.headers);
    if (jar.size > 0) headers.set("cookie", [...jar].map(([name, value]) => `${name}=${value}`).join("; "));
    const res = await fetch(url, { ...init, headers, redirect: "manual" });
    for (const cookie of res.headers.getSetCookie()) {
      const [pair = "", ...attributes] = cookie.split(";");
      const at = pair.indexOf("=");
      const name = pair.slice(0, at).trim();
      const value = pair.slice(at + 1).trim();
      const expired = attributes.some((a) => /^\s*max-age=0\s*$/i.test(a) || /^\s*expires=.*1970/i.test(a));
      if (value === "" || expired) jar.delete(name);
      else jar.set(name, value);
    }
    return res;
  }
}

function listen(server: Server): Promise<string> {
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`));
  });
}

async function freePort(): Promise<number> {
  const probe = createServer();
  const url = await listen(probe);
  await new Promise((resolve) => probe.close(resolve));
  return Number(new URL(url).port);
}

describe("single sign-on's configuration from the environment", () => {
  const env = {
    PLANSPOR_OIDC_ISSUER: "https://login.microsoftonline.com/0b8f7c3e-0000-4000-8000-000000000000/v2.0",
    PLANSPOR_OIDC_CLIENT_ID: "client",
    PLANSPOR_OIDC_CLIENT_SECRET: "secret",
    PLANSPOR_PUBLIC_URL: "https://planspor.example.no/",
  };

  it("is off when nothing is set, and refuses a half-made one", () => {
    expect(oidcConfigFromEnv({})).toBeNull();
    expect(oidcConfigFromEnv({ PLANSPOR_PUBLIC_URL: env.PLANSPOR_PUBLIC_URL })).toBeNull();
    expect(() => oidcConfigFromEnv({ PLANSPOR_OIDC_ISSUER: env.PLANSPOR_OIDC_ISSUER })).toThrow(
      /PLANSPOR_OIDC_CLIENT_ID, PLANSPOR_OIDC_CLIENT_SECRET, PLANSPOR_PUBLIC_URL/,
    );
  });

  it("makes the redirect URI from the public URL, and trusts e-mails only when told", () => {
    const config = oidcConfigFromEnv(env);
    expect(config).not.toBeNull();
    if (config === null) return;
    expect(oidcSettings(config)).toMatchObject({
      redirectUri: "https://planspor.example.no/api/auth/oidc/callback",
      trustEmail: false,
    });
    expect(oidcConfigFromEnv({ ...env, PLANSPOR_OIDC_TRUST_EMAIL: "true" })?.trustEmail).toBe(true);
    expect(() => oidcSettings({ ...config, issuer: "login.example" })).toThrow(/not an http\(s\) URL/);
  });
});
