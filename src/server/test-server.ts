/**
 * The real app on a fresh test database (PGlite, or PostgreSQL when TEST_DATABASE_URL is set).
 *
 * By default the tests act as an installation admin: `app.inject` sends that session's cookie and
 * CSRF token unless a call sets a `cookie` header itself, so tests of what a route does need not
 * say who asks. `signIn` makes users of other roles; `ANONYMOUS_HEADERS` asks as nobody.
 */
import type { FastifyInstance, InjectOptions } from "fastify";
import { type AppContext, createAppContext } from "../app/context.js";
import { seedPlans } from "../app/seed-plans.js";
import { createSession } from "../app/sessions.js";
import { changePassword, createUser, type NewUserInput } from "../app/users.js";
import { withStatementLog } from "../db/statement-log.js";
import { createTestDatabase } from "../db/test-database.js";
import { buildServer, type ServerOptions } from "./app.js";
import { CSRF_HEADER, SESSION_COOKIE } from "./auth.js";

/** A signed-in user's session, and the headers that send it. */
export type TestSession = {
  userId: number;
  email: string;
  csrfToken: string;
  /** `cookie` and `x-csrf-token`: pass them to `app.inject` to ask as this user. */
  headers: { cookie: string; "x-csrf-token": string };
};

/** Headers that ask as nobody signed in (a cookie header, so the default admin's is not added). */
export const ANONYMOUS_HEADERS = { cookie: "" } as const;

export type TestServer = {
  app: FastifyInstance;
  ctx: AppContext;
  /** The default user's session (an installation admin); null with `as: "anonymous"`. */
  admin: TestSession | null;
  /** Makes a user (or finds one by e-mail, adding the membership) and signs them in. */
  signIn(input: NewUserInput): Promise<TestSession>;
  /** An installation admin with this name (made once): for tests of who the history names. */
  writer(name: string): Promise<TestSession>;
  dispose(): Promise<void>;
};

/** The password the test users choose in place of their one-time one. */
export const TEST_PASSWORD = "et-passord-for-testene";

export type TestServerOptions = {
  seed?: boolean;
  webRoot?: string | null;
  /** Whom `app.inject` asks as by default: an installation admin (default), or nobody. */
  as?: "admin" | "anonymous";
  /** More for `buildServer` (single sign-on, proxies, the public address). */
  server?: Partial<ServerOptions>;
  /** Called with every statement the app sends through drizzle (`db/statement-log.ts`). */
  onStatement?: (statement: string) => void;
};

export async function createTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const database = await createTestDatabase();
  const ctx = createAppContext(
    options.onStatement === undefined ? database : withStatementLog(database, options.onStatement),
  );
  if (options.seed ?? true) await seedPlans(ctx, { replace: false });
  const app = await buildServer(ctx, { oidc: null, ...options.server, webRoot: options.webRoot ?? null });

  const signIn = async (input: NewUserInput): Promise<TestSession> => {
    const { user, oneTimePassword } = await createUser(ctx, input, null);
    // A one-time password opens only the password change: choose one, as a person would at first login.
    if (oneTimePassword !== null) await changePassword(ctx, user.id, oneTimePassword, TEST_PASSWORD, null);
    const { token, csrfToken } = await createSession(ctx, user.id);
    const headers = { cookie: `${SESSION_COOKIE}=${token}`, [CSRF_HEADER]: csrfToken } as TestSession["headers"];
    return { userId: user.id, email: user.email, csrfToken, headers };
  };
  const writers = new Map<string, Promise<TestSession>>();
  const writer = (name: string): Promise<TestSession> => {
    let session = writers.get(name);
    if (session === undefined) {
      session = signIn({ email: `writer-${writers.size + 1}@planspor.test`, name, installationAdmin: true });
      writers.set(name, session);
    }
    return session;
  };

  const admin =
    (options.as ?? "admin") === "admin"
      ? await signIn({ email: "admin@planspor.test", name: "Test Admin", installationAdmin: true })
      : null;
  if (admin !== null) sendSessionByDefault(app, admin);

  return {
    app,
    ctx,
    admin,
    signIn,
    writer,
    async dispose() {
      await app.close();
      await database.dispose();
    },
  };
}

/** Makes `app.inject` send the session's cookie and CSRF token unless the call sets a cookie. */
function sendSessionByDefault(app: FastifyInstance, session: TestSession): void {
  const inject = app.inject.bind(app) as (options?: InjectOptions | string) => unknown;
  const withSession = (options: InjectOptions | string): InjectOptions => {
    const opts = typeof options === "string" ? { url: options } : options;
    const headers = { ...(opts.headers ?? {}) };
    if (Object.keys(headers).some((name) => name.toLowerCase() === "cookie")) return opts;
    return { ...opts, headers: { ...session.headers, ...headers } };
  };
  // Only the promise form (with options) is used by the tests; the chained form stays as it was.
  app.inject = ((options?: InjectOptions | string) =>
    options === undefined ? inject() : inject(withSession(options))) as FastifyInstance["inject"];
}
