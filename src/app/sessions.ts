/**
 * Sessions: a random token in the browser's cookie, its SHA-256 in the database (so a copy of the
 * database signs nobody in), and a CSRF token the web sends back on every write. A session ends
 * after `idleMinutes` without a request, after `maxHours` in all, at logout, when the password
 * changes, and when its user is disabled. Sessions live in the database, not in the process, so
 * several instances share them (docs/ACCESS.md); each keeps them in memory for a few seconds,
 * exactly (`session-cache.ts`).
 */
import { createHash, randomBytes } from "node:crypto";
import {
  deleteExpiredSessions,
  deleteSession,
  deleteUserSessions,
  findSession,
  findUserById,
  insertSession,
  listUserMemberships,
  touchSession,
} from "../db/account-store.js";
import { appendAuditEvents } from "../db/audit-store.js";
import type { UserRow } from "../db/schema/index.js";
import type { Membership, Viewer } from "../domain/access.js";
import type { SessionUser } from "../domain/session-model.js";
import { accountEvent } from "./account-events.js";
import type { AppContext } from "./context.js";
import { cachedSession, forgetSessions, keepSession } from "./session-cache.js";

export type { SessionUser };

export type SessionInfo = {
  user: SessionUser;
  memberships: Array<Membership & { organizationName: string }>;
  viewer: Viewer;
  csrfToken: string;
};

export type SessionLimits = { idleMinutes: number; maxHours: number };

const DEFAULT_LIMITS: SessionLimits = { idleMinutes: 480, maxHours: 168 };
/** last_seen_at is written at most this often, so that reading does not mean writing on every request. */
const TOUCH_INTERVAL_MS = 60_000;

/**
 * The limits from `PLANSPOR_SESSION_IDLE_MINUTES` (default 480) and `PLANSPOR_SESSION_MAX_HOURS`
 * (default 168). A value that is not a positive whole number is refused with a message naming the
 * variable, rather than ignored.
 */
export function sessionLimits(env: NodeJS.ProcessEnv = process.env): SessionLimits {
  const read = (name: string, fallback: number): number => {
    const raw = env[name];
    if (raw === undefined || raw.trim() === "") return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value <= 0) {
      throw new Error(`${name} must be a positive whole number, not "${raw}"`);
    }
    return value;
  };
  return {
    idleMinutes: read("PLANSPOR_SESSION_IDLE_MINUTES", DEFAULT_LIMITS.idleMinutes),
    maxHours: read("PLANSPOR_SESSION_MAX_HOURS", DEFAULT_LIMITS.maxHours),
  };
}

/** The limits this process runs with, read once from the environment at start. */
export const SESSION_LIMITS: SessionLimits = sessionLimits();

/** SHA-256 of a token, hex: what the database keeps of it. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

const newToken = () => randomBytes(32).toString("base64url");

/** The user as a session shows them. */
export function sessionUser(row: UserRow): SessionUser {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    installationAdmin: row.installationAdmin,
    mustChangePassword: row.mustChangePassword,
  };
}

/**
 * Starts a session for the user: a new token (for the cookie) and CSRF token, ending after
 * `maxHours` at the latest. Sessions that have ended meanwhile (anyone's) are removed here, as
 * logins are rare enough for the cleanup to cost nothing that matters.
 */
export async function createSession(
  ctx: AppContext,
  userId: number,
  now: Date = new Date(),
  limits: SessionLimits = SESSION_LIMITS,
): Promise<{ token: string; csrfToken: string; expiresAt: Date }> {
  const token = newToken();
  const csrfToken = newToken();
  const expiresAt = new Date(now.getTime() + limits.maxHours * 3_600_000);
  const db = ctx.database.db;
  await deleteExpiredSessions(db, now, new Date(now.getTime() - limits.idleMinutes * 60_000));
  await insertSession(db, {
    tokenHash: hashToken(token),
    userId,
    csrfToken,
    createdAt: now,
    lastSeenAt: now,
    expiresAt,
  });
  return { token, csrfToken, expiresAt };
}

/** The user's memberships and the viewer the access rules take, for a user row. */
export async function sessionInfoFor(ctx: AppContext, row: UserRow, csrfToken: string): Promise<SessionInfo> {
  const stored = await listUserMemberships(ctx.database.db, row.id);
  const memberships = stored.map((m) => ({
    organizationKey: m.organizationKey,
    organizationName: m.organizationName,
    role: m.role,
    unitKeys: m.unitKeys,
  }));
  const viewer: Viewer = {
    kind: "user",
    userId: row.id,
    email: row.email,
    installationAdmin: row.installationAdmin,
    memberships: memberships.map(({ organizationKey, role, unitKeys }) => ({ organizationKey, role, unitKeys })),
  };
  return { user: sessionUser(row), memberships, viewer, csrfToken };
}

/**
 * The session a token belongs to, with its user, memberships and viewer; null when the token is
 * unknown, the session has been idle too long or reached its end, or its user is disabled (an
 * ended session's row is removed then). What is kept in memory is forgotten at every change to
 * accounts, here or (through the change feed) in another instance, so a changed role counts from
 * the next request.
 */
export async function resolveSession(
  ctx: AppContext,
  token: string,
  now: Date = new Date(),
  limits: SessionLimits = SESSION_LIMITS,
): Promise<SessionInfo | null> {
  if (token === "") return null;
  const tokenHash = hashToken(token);
  const db = ctx.database.db;
  const at = now.getTime();
  let entry = cachedSession(ctx.database, tokenHash, at);
  if (entry === undefined) {
    const found = await findSession(db, tokenHash);
    if (found === undefined) return null;
    const { session, user } = found;
    if (user.disabledAt !== null) {
      await endSessionRow(ctx, tokenHash);
      return null;
    }
    entry = {
      info: await sessionInfoFor(ctx, user, session.csrfToken),
      createdAt: session.createdAt.getTime(),
      expiresAt: session.expiresAt.getTime(),
      lastSeenAt: session.lastSeenAt.getTime(),
      readAt: at,
    };
    keepSession(ctx.database, tokenHash, entry);
  }
  const idle = at - entry.lastSeenAt > limits.idleMinutes * 60_000;
  const tooOld = at >= entry.expiresAt || at - entry.createdAt >= limits.maxHours * 3_600_000;
  if (idle || tooOld) {
    await endSessionRow(ctx, tokenHash);
    return null;
  }
  if (at - entry.lastSeenAt >= TOUCH_INTERVAL_MS) {
    await touchSession(db, tokenHash, now);
    entry.lastSeenAt = at;
  }
  return entry.info;
}

/** Removes a session that has ended, and forgets it here. */
async function endSessionRow(ctx: AppContext, tokenHash: string): Promise<void> {
  try {
    await deleteSession(ctx.database.db, tokenHash);
  } finally {
    forgetSessions(ctx.database);
  }
}

/**
 * Ends the session (logout) and writes `logout` to the history when there was one. `session`,
 * when the caller has it, names the user without another query.
 */
export async function endSession(ctx: AppContext, token: string, session: SessionInfo | null = null): Promise<void> {
  try {
    await ctx.database.db.transaction(async (tx) => {
      const userId = await deleteSession(tx, hashToken(token));
      if (userId === undefined) return;
      const email = session?.user.id === userId ? session.user.email : (await findUserById(tx, userId))?.email;
      if (email !== undefined) await appendAuditEvents(tx, [accountEvent("logout", email, { actor: email })]);
    });
  } finally {
    forgetSessions(ctx.database);
  }
}

/** Ends every session of the user but the one with `exceptToken` (the one making the change). */
export async function endUserSessions(ctx: AppContext, userId: number, exceptToken?: string | null): Promise<void> {
  try {
    await deleteUserSessions(ctx.database.db, userId, exceptToken ? hashToken(exceptToken) : null);
  } finally {
    forgetSessions(ctx.database);
  }
}
