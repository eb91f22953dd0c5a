/**
 * Accounts for the benchmarks, made straight in the database before the server starts (PGlite
 * allows one process at a time), and signing in over HTTP as a person would.
 */
import { type AppContext, createAppContext } from "../../src/app/context.js";
import { createSession } from "../../src/app/sessions.js";
import { changePassword, createUser, type NewUserInput } from "../../src/app/users.js";
import type { Database } from "../../src/db/connection.js";
import { SESSION_COOKIE } from "../../src/server/auth.js";

export const BENCH_PASSWORD = "benk-passord-som-er-langt-nok";

/** Makes the users with the benchmark password (no one-time password to change). */
export async function createBenchUsers(database: Database, users: readonly NewUserInput[]): Promise<void> {
  const ctx = createAppContext(database);
  for (const input of users) {
    const { user, oneTimePassword } = await createUser(ctx, input, null);
    if (oneTimePassword !== null) await changePassword(ctx, user.id, oneTimePassword, BENCH_PASSWORD, null);
  }
}

/** An installation admin made in the database with a session of its own: the cookie that sends it. */
export async function adminSessionCookie(ctx: AppContext, email: string, name: string): Promise<string> {
  const { user, oneTimePassword } = await createUser(ctx, { email, name, installationAdmin: true }, null);
  if (oneTimePassword !== null) await changePassword(ctx, user.id, oneTimePassword, BENCH_PASSWORD, null);
  const { token } = await createSession(ctx, user.id);
  return `${SESSION_COOKIE}=${token}`;
}

export type SignedIn = { cookie: string; "x-csrf-token": string };

/** Signs in through the API: the session cookie and the CSRF token for writes. */
export async function signIn(baseUrl: string, email: string): Promise<SignedIn> {
  const res = await fetch(`${baseUrl}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password: BENCH_PASSWORD }),
  });
  if (!res.ok) throw new Error(`Sign-in of ${email} answered ${res.status}: ${await res.text()}`);
  const cookie = (res.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { cookie, "x-csrf-token": csrfToken };
}
