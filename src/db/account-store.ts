/**
 * The SQL of people and access: users, their identities at a single sign-on provider, their
 * memberships, their sessions, and the failed logins the throttle counts. The rules (who may,
 * what a session's limits are, how many failures lock) are the use cases' (`app/users.ts`,
 * `app/sessions.ts`, `app/login.ts`); these functions only read and write rows. E-mails are
 * matched ignoring case, as the unique index on `lower(email)` has it.
 */
import { and, asc, desc, eq, gt, lt, ne, or, sql } from "drizzle-orm";
import type { Role } from "../domain/access.js";
import type { Database, DatabaseTransaction } from "./connection.js";
import * as t from "./schema/index.js";

type Executor = DatabaseTransaction | Database["db"];

export type NewUser = {
  email: string;
  name: string | null;
  passwordHash: string | null;
  mustChangePassword: boolean;
  installationAdmin: boolean;
};

export type StoredMembership = {
  organizationKey: string;
  organizationName: string;
  role: Role;
  unitKeys: string[];
};

export type OrganizationMember = {
  id: number;
  email: string;
  name: string | null;
  role: Role;
  unitKeys: string[];
  installationAdmin: boolean;
  disabled: boolean;
};

/** The user with this e-mail, ignoring case; undefined when none. */
export async function findUserByEmail(executor: Executor, email: string): Promise<t.UserRow | undefined> {
  const [row] = await executor
    .select()
    .from(t.users)
    .where(eq(sql`lower(${t.users.email})`, email.toLowerCase()));
  return row;
}

export async function findUserById(executor: Executor, id: number): Promise<t.UserRow | undefined> {
  const [row] = await executor.select().from(t.users).where(eq(t.users.id, id));
  return row;
}

/**
 * Inserts a user; undefined when the e-mail is taken already (ignoring case), which a concurrent
 * insert of the same e-mail may cause after the caller looked.
 */
export async function insertUser(executor: Executor, user: NewUser): Promise<t.UserRow | undefined> {
  const [row] = await executor.insert(t.users).values(user).onConflictDoNothing().returning();
  return row;
}

/** Changes a user's stored fields; the others stay. */
export async function updateUser(
  executor: Executor,
  id: number,
  fields: Partial<Pick<t.UserRow, "name" | "passwordHash" | "mustChangePassword" | "installationAdmin" | "disabledAt">>,
): Promise<void> {
  await executor.update(t.users).set(fields).where(eq(t.users.id, id));
}

/** An organization's id and name by its key; undefined when none has it. */
export async function findOrganization(
  executor: Executor,
  key: string,
): Promise<{ id: number; key: string; name: string } | undefined> {
  const [row] = await executor
    .select({ id: t.organizations.id, key: t.organizations.key, name: t.organizations.name })
    .from(t.organizations)
    .where(eq(t.organizations.key, key));
  return row;
}

/** Every membership of the user, with the organization's key and name, by organization name. */
export async function listUserMemberships(executor: Executor, userId: number): Promise<StoredMembership[]> {
  const rows = await executor
    .select({
      organizationKey: t.organizations.key,
      organizationName: t.organizations.name,
      role: t.memberships.role,
      unitKeys: t.memberships.unitKeys,
    })
    .from(t.memberships)
    .innerJoin(t.organizations, eq(t.organizations.id, t.memberships.organizationId))
    .where(eq(t.memberships.userId, userId))
    .orderBy(asc(t.organizations.name), asc(t.organizations.key));
  return rows;
}

/** The user's role and units in one organization; undefined when not a member. */
export async function findMembership(
  executor: Executor,
  userId: number,
  organizationId: number,
): Promise<{ role: Role; unitKeys: string[] } | undefined> {
  const [row] = await executor
    .select({ role: t.memberships.role, unitKeys: t.memberships.unitKeys })
    .from(t.memberships)
    .where(and(eq(t.memberships.userId, userId), eq(t.memberships.organizationId, organizationId)));
  return row;
}

/** Gives the user this role and these units in the organization, adding or replacing the membership. */
export async function upsertMembership(
  executor: Executor,
  userId: number,
  organizationId: number,
  membership: { role: Role; unitKeys: string[] },
): Promise<void> {
  await executor
    .insert(t.memberships)
    .values({ userId, organizationId, ...membership })
    .onConflictDoUpdate({ target: [t.memberships.userId, t.memberships.organizationId], set: membership });
}

/** Ends the membership; false when there was none. */
export async function deleteMembership(executor: Executor, userId: number, organizationId: number): Promise<boolean> {
  const deleted = await executor
    .delete(t.memberships)
    .where(and(eq(t.memberships.userId, userId), eq(t.memberships.organizationId, organizationId)))
    .returning({ userId: t.memberships.userId });
  return deleted.length > 0;
}

/** The organization's members with their role and units, by e-mail. */
export async function listOrganizationMembers(
  executor: Executor,
  organizationId: number,
): Promise<OrganizationMember[]> {
  const rows = await executor
    .select({
      id: t.users.id,
      email: t.users.email,
      name: t.users.name,
      role: t.memberships.role,
      unitKeys: t.memberships.unitKeys,
      installationAdmin: t.users.installationAdmin,
      disabledAt: t.users.disabledAt,
    })
    .from(t.memberships)
    .innerJoin(t.users, eq(t.users.id, t.memberships.userId))
    .where(eq(t.memberships.organizationId, organizationId))
    .orderBy(asc(sql`lower(${t.users.email})`));
  return rows.map(({ disabledAt, ...row }) => ({ ...row, disabled: disabledAt !== null }));
}

/** The user an identity at a single sign-on provider belongs to; undefined when none. */
export async function findIdentityUser(
  executor: Executor,
  issuer: string,
  subject: string,
): Promise<number | undefined> {
  const [row] = await executor
    .select({ userId: t.userIdentities.userId })
    .from(t.userIdentities)
    .where(and(eq(t.userIdentities.issuer, issuer), eq(t.userIdentities.subject, subject)));
  return row?.userId;
}

/** Links an identity to a user; an identity linked already stays with its user. */
export async function insertIdentity(
  executor: Executor,
  identity: { issuer: string; subject: string; userId: number },
): Promise<void> {
  await executor.insert(t.userIdentities).values(identity).onConflictDoNothing();
}

// --- Sessions -------------------------------------------------------------------------------

export type NewSession = {
  tokenHash: string;
  userId: number;
  csrfToken: string;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
};

export async function insertSession(executor: Executor, session: NewSession): Promise<void> {
  await executor.insert(t.sessions).values(session);
}

/** A session by its token's hash, with its user; undefined when none. */
export async function findSession(
  executor: Executor,
  tokenHash: string,
): Promise<{ session: t.SessionRow; user: t.UserRow } | undefined> {
  const [row] = await executor
    .select({ session: t.sessions, user: t.users })
    .from(t.sessions)
    .innerJoin(t.users, eq(t.users.id, t.sessions.userId))
    .where(eq(t.sessions.tokenHash, tokenHash));
  return row;
}

/** Marks the session as seen at `at`. */
export async function touchSession(executor: Executor, tokenHash: string, at: Date): Promise<void> {
  await executor.update(t.sessions).set({ lastSeenAt: at }).where(eq(t.sessions.tokenHash, tokenHash));
}

/** Ends one session; the user it belonged to, or undefined when there was none. */
export async function deleteSession(executor: Executor, tokenHash: string): Promise<number | undefined> {
  const [row] = await executor
    .delete(t.sessions)
    .where(eq(t.sessions.tokenHash, tokenHash))
    .returning({ userId: t.sessions.userId });
  return row?.userId;
}

/** Ends every session of the user but the one whose hash is `exceptHash`; how many ended. */
export async function deleteUserSessions(
  executor: Executor,
  userId: number,
  exceptHash: string | null,
): Promise<number> {
  const deleted = await executor
    .delete(t.sessions)
    .where(and(eq(t.sessions.userId, userId), exceptHash === null ? undefined : ne(t.sessions.tokenHash, exceptHash)))
    .returning({ userId: t.sessions.userId });
  return deleted.length;
}

/** Removes the sessions past their absolute end (`expiresAt` before `now`) or idle since before `idleSince`. */
export async function deleteExpiredSessions(executor: Executor, now: Date, idleSince: Date): Promise<void> {
  await executor.delete(t.sessions).where(or(lt(t.sessions.expiresAt, now), lt(t.sessions.lastSeenAt, idleSince)));
}

// --- Failed logins --------------------------------------------------------------------------

export async function insertLoginFailure(
  executor: Executor,
  failure: { emailKey: string; address: string; at: Date },
): Promise<void> {
  await executor.insert(t.loginFailures).values(failure);
}

/**
 * The times of the newest `limit` failures for the e-mail (lower case) or the address since
 * `since`, newest first: what the throttle needs to tell whether, and until when, it is locked.
 */
export async function recentLoginFailures(
  executor: Executor,
  by: { emailKey: string } | { address: string },
  since: Date,
  limit: number,
): Promise<Date[]> {
  const who = "emailKey" in by ? eq(t.loginFailures.emailKey, by.emailKey) : eq(t.loginFailures.address, by.address);
  const rows = await executor
    .select({ at: t.loginFailures.at })
    .from(t.loginFailures)
    .where(and(who, gt(t.loginFailures.at, since)))
    .orderBy(desc(t.loginFailures.at))
    .limit(limit);
  return rows.map((r) => r.at);
}

/** Forgets the e-mail's failures (after a successful login). */
export async function clearLoginFailures(executor: Executor, emailKey: string): Promise<void> {
  await executor.delete(t.loginFailures).where(eq(t.loginFailures.emailKey, emailKey));
}

/** Removes failures older than `before`, which no throttle counts any more. */
export async function deleteOldLoginFailures(executor: Executor, before: Date): Promise<void> {
  await executor.delete(t.loginFailures).where(lt(t.loginFailures.at, before));
}
