/**
 * Logging in with e-mail and password, throttled (docs/ACCESS.md): failures are counted per e-mail
 * as typed (lower case) and per address, whether or not the user exists. 5 failures for one e-mail
 * within 15 minutes lock it for 15 minutes, 20 from one address lock the address. Unknown e-mails
 * cost a password hash too, and every refusal reads the same, so neither the answer nor its time
 * tells who has an account.
 */
import {
  clearLoginFailures,
  deleteOldLoginFailures,
  findUserByEmail,
  findUserById,
  insertLoginFailure,
  recentLoginFailures,
} from "../db/account-store.js";
import { appendAuditEvents } from "../db/audit-store.js";
import { accountEvent } from "./account-events.js";
import type { AppContext } from "./context.js";
import { AppError, tooManyAttempts } from "./errors.js";
import { MAX_PASSWORD_LENGTH, verifyAgainstDummy, verifyPassword } from "./passwords.js";
import { createSession, type SessionInfo, sessionInfoFor } from "./sessions.js";

/** The throttle's rules: how many failures within the window lock, and for how long. */
export const LOGIN_THROTTLE = {
  windowMinutes: 15,
  lockMinutes: 15,
  perEmail: 5,
  perAddress: 20,
} as const;

/** The longest e-mail accepted (RFC 5321's path limit); longer ones are refused unread. */
const MAX_EMAIL_LENGTH = 320;

export type LoginResult = { token: string; csrfToken: string; session: SessionInfo };

/**
 * Until when a list of failure times (newest first, at most `limit`) keeps the login locked, or
 * null: locked when `limit` failures fell within the window, for `lockMinutes` after the newest.
 * Failures refused by a lock are not counted, so the lock ends when it says.
 */
function lockedUntil(failures: Date[], limit: number, now: Date): Date | null {
  const newest = failures[0];
  const oldest = failures[limit - 1];
  if (newest === undefined || oldest === undefined) return null;
  if (newest.getTime() - oldest.getTime() > LOGIN_THROTTLE.windowMinutes * 60_000) return null;
  const until = new Date(newest.getTime() + LOGIN_THROTTLE.lockMinutes * 60_000);
  return until > now ? until : null;
}

/** The seconds until both the e-mail and the address are free again, or 0 when neither is locked. */
async function lockSeconds(ctx: AppContext, emailKey: string, address: string, now: Date): Promise<number> {
  const db = ctx.database.db;
  // Failures older than window + lock cannot lock any more; nothing older is read.
  const since = new Date(now.getTime() - (LOGIN_THROTTLE.windowMinutes + LOGIN_THROTTLE.lockMinutes) * 60_000);
  const byEmail = await recentLoginFailures(db, { emailKey }, since, LOGIN_THROTTLE.perEmail);
  const byAddress = await recentLoginFailures(db, { address }, since, LOGIN_THROTTLE.perAddress);
  const ends = [
    lockedUntil(byEmail, LOGIN_THROTTLE.perEmail, now),
    lockedUntil(byAddress, LOGIN_THROTTLE.perAddress, now),
  ];
  const latest = Math.max(0, ...ends.map((d) => (d === null ? 0 : d.getTime() - now.getTime())));
  return Math.ceil(latest / 1000);
}

/**
 * Checks the e-mail and password and starts a session. Refuses with `too_many_attempts` (and the
 * seconds to wait) while the e-mail or the address is locked, before anything else is looked at;
 * with `invalid_credentials` for an unknown e-mail, a wrong password, a user without a password
 * (single sign-on only) or a disabled user alike. A success forgets the e-mail's failures.
 */
export async function login(
  ctx: AppContext,
  input: { email: string; password: string; address: string },
  now: Date = new Date(),
): Promise<LoginResult> {
  const emailKey = input.email.trim().toLowerCase().slice(0, MAX_EMAIL_LENGTH);
  const address = input.address;
  const wait = await lockSeconds(ctx, emailKey, address, now);
  if (wait > 0) throw tooManyAttempts(wait);

  const db = ctx.database.db;
  const user = input.email.length > MAX_EMAIL_LENGTH ? undefined : await findUserByEmail(db, emailKey);
  const password = input.password.slice(0, MAX_PASSWORD_LENGTH + 1);
  const usable = user !== undefined && user.passwordHash !== null && user.disabledAt === null;
  const ok =
    usable && user.passwordHash !== null && password.length <= MAX_PASSWORD_LENGTH
      ? await verifyPassword(password, user.passwordHash)
      : await verifyAgainstDummy(password);

  if (!ok || user === undefined) {
    await db.transaction(async (tx) => {
      await insertLoginFailure(tx, { emailKey, address, at: now });
      await appendAuditEvents(tx, [accountEvent("login_failed", emailKey, { actor: null, after: { address } })]);
    });
    // Opportunistic cleanup: failures past window and lock count for nothing any more.
    const stale = (LOGIN_THROTTLE.windowMinutes + LOGIN_THROTTLE.lockMinutes) * 60_000;
    await deleteOldLoginFailures(db, new Date(now.getTime() - stale));
    throw new AppError("invalid_credentials", "The e-mail or the password is wrong");
  }

  await clearLoginFailures(db, emailKey);
  return startSession(ctx, user.id, { method: "password", address }, now);
}

/**
 * Starts a session for a user whose identity was established otherwise (single sign-on), with
 * the same history row as a login with password. Refuses a disabled or unknown user.
 */
export async function loginWithIdentity(
  ctx: AppContext,
  userId: number,
  address: string,
  now: Date = new Date(),
): Promise<LoginResult> {
  return startSession(ctx, userId, { method: "oidc", address }, now);
}

async function startSession(
  ctx: AppContext,
  userId: number,
  how: { method: "password" | "oidc"; address: string },
  now: Date,
): Promise<LoginResult> {
  const user = await findUserById(ctx.database.db, userId);
  if (user === undefined || user.disabledAt !== null) {
    throw new AppError("invalid_credentials", "This user cannot sign in");
  }
  const { token, csrfToken } = await createSession(ctx, user.id, now);
  await appendAuditEvents(ctx.database.db, [accountEvent("login", user.email, { actor: user.email, after: how })]);
  return { token, csrfToken, session: await sessionInfoFor(ctx, user, csrfToken) };
}
