/**
 * Users and their memberships: made by an organization's admin (or on the command line), given a
 * role and units per organization, their passwords reset by an admin or changed by themselves,
 * and found by the identity a single sign-on provider vouches for. Every change is a history row
 * (`account-events.ts`); no password or hash is ever written there.
 *
 * An organization's admin acts only within it: the users it changes must be members, and a reset
 * password (which hands the admin a way in as that user) is refused for a user who holds more
 * elsewhere than the admin does (an installation admin, or a member of another organization).
 */
import {
  deleteMembership,
  deleteUserSessions,
  findIdentityUser,
  findMembership,
  findOrganization,
  findUserByEmail,
  findUserById,
  insertIdentity,
  insertUser,
  listOrganizationMembers,
  listUserMemberships,
  type OrganizationMember,
  updateUser,
  upsertMembership,
} from "../db/account-store.js";
import { appendAuditEvents } from "../db/audit-store.js";
import type { DatabaseTransaction } from "../db/connection.js";
import type { UserRow } from "../db/schema/index.js";
import { Role, roleIn, type Viewer } from "../domain/access.js";
import { Key } from "../domain/plan-schema.js";
import { accountEvent } from "./account-events.js";
import type { AppContext } from "./context.js";
import { AppError, notFound } from "./errors.js";
import {
  hashPassword,
  MAX_PASSWORD_LENGTH,
  MIN_PASSWORD_LENGTH,
  makeOneTimePassword,
  verifyPassword,
} from "./passwords.js";
import { forgetSessions } from "./session-cache.js";
import { endUserSessions, type SessionUser, sessionUser } from "./sessions.js";

export type { OrganizationMember } from "../db/account-store.js";

export type NewUserInput = {
  email: string;
  name?: string | null;
  installationAdmin?: boolean;
  membership?: { organizationKey: string; role: Role; unitKeys?: string[] };
};

/** A plain check of an e-mail's shape: one @, something on both sides, a dot in the domain. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const MAX_EMAIL_LENGTH = 320;
const MAX_NAME_LENGTH = 200;

const invalid = (path: string, message: string) => new AppError("invalid_input", message, [{ path, message }]);

/** The e-mail trimmed, or `invalid_input` naming what is wrong with it. */
export function checkEmail(email: string): string {
  const trimmed = email.trim();
  if (trimmed.length > MAX_EMAIL_LENGTH || !EMAIL.test(trimmed)) {
    throw invalid("email", `"${trimmed.slice(0, 80)}" is not an e-mail address`);
  }
  return trimmed;
}

/** The role and units checked: a known role, and units that are keys (actor keys of the plans). */
function checkMembership(input: { role: string; unitKeys?: readonly string[] | undefined }): {
  role: Role;
  unitKeys: string[];
} {
  const role = Role.safeParse(input.role);
  if (!role.success) throw invalid("role", `"${input.role}" is not a role (one of ${Role.options.join(", ")})`);
  const unitKeys = [...new Set(input.unitKeys ?? [])];
  const bad = unitKeys.find((k) => !Key.safeParse(k).success);
  if (bad !== undefined) throw invalid("unitKeys", `"${bad}" is not a unit key (an actor's key, e.g. "naering")`);
  if (unitKeys.length > 100) throw invalid("unitKeys", "At most 100 units");
  return { role: role.data, unitKeys };
}

/** The organization by key, or the app's not-found. */
async function organization(executor: DatabaseTransaction | AppContext["database"]["db"], key: string) {
  const found = await findOrganization(executor, key);
  if (found === undefined) throw notFound("organization", key);
  return found;
}

/**
 * Makes a user, or gives an existing one (the same e-mail, ignoring case) the membership. A new
 * user gets a one-time password, to be changed at the first login; an existing one keeps theirs
 * (`oneTimePassword` null). Only an installation admin (or the command line, `by` null) may make
 * an installation admin.
 */
export async function createUser(
  ctx: AppContext,
  input: NewUserInput,
  by: SessionUser | null,
): Promise<{ user: SessionUser; oneTimePassword: string | null; created: boolean }> {
  const email = checkEmail(input.email);
  const name = input.name?.trim() || null;
  if (name !== null && name.length > MAX_NAME_LENGTH)
    throw invalid("name", `A name has at most ${MAX_NAME_LENGTH} characters`);
  const installationAdmin = input.installationAdmin ?? false;
  if (installationAdmin && by !== null && !by.installationAdmin) {
    throw new AppError("forbidden", "Only an installation administrator may make another");
  }
  const membership = input.membership === undefined ? null : checkMembership(input.membership);
  const db = ctx.database.db;
  const org = input.membership === undefined ? null : await organization(db, input.membership.organizationKey);
  const actor = by?.email ?? null;

  const existing = await findUserByEmail(db, email);
  // Hashed before the transaction (about 0.1 s), only when a user is to be made.
  const oneTimePassword = existing === undefined ? makeOneTimePassword() : null;
  const passwordHash = oneTimePassword === null ? null : await hashPassword(oneTimePassword);

  return changingAccounts(ctx, () =>
    db.transaction(async (tx) => {
      let row: UserRow | undefined;
      let created = false;
      if (passwordHash !== null) {
        row = await insertUser(tx, { email, name, passwordHash, mustChangePassword: true, installationAdmin });
        created = row !== undefined;
      }
      // Found before, or made by someone else meanwhile.
      row ??= await findUserByEmail(tx, email);
      if (row === undefined) throw new Error(`The user ${email} could not be saved`);
      const events = [];
      if (created) {
        const organizationKey = org?.key ?? null;
        events.push(
          accountEvent("user_created", row.email, { actor, organizationKey, after: { name, installationAdmin } }),
        );
      } else if (installationAdmin && !row.installationAdmin) {
        await updateUser(tx, row.id, { installationAdmin: true });
        row = { ...row, installationAdmin: true };
        events.push(
          accountEvent("membership_changed", row.email, {
            actor,
            before: { installationAdmin: false },
            after: { installationAdmin: true },
          }),
        );
      }
      if (org !== null && membership !== null) {
        const before = await findMembership(tx, row.id, org.id);
        await upsertMembership(tx, row.id, org.id, membership);
        events.push(
          accountEvent("membership_changed", row.email, {
            actor,
            organizationKey: org.key,
            before: before ?? null,
            after: membership,
          }),
        );
      }
      await appendAuditEvents(tx, events);
      return { user: sessionUser(row), oneTimePassword: created ? oneTimePassword : null, created };
    }),
  );
}

/** The organization's users with their role and units, by e-mail. */
export async function listOrganizationUsers(ctx: AppContext, organizationKey: string): Promise<OrganizationMember[]> {
  const org = await organization(ctx.database.db, organizationKey);
  return listOrganizationMembers(ctx.database.db, org.id);
}

/** The user and their membership of the organization; not found unless they are a member of it. */
async function member(tx: DatabaseTransaction, organizationKey: string, userId: number) {
  const org = await organization(tx, organizationKey);
  const user = await findUserById(tx, userId);
  const membership = user === undefined ? undefined : await findMembership(tx, userId, org.id);
  if (user === undefined || membership === undefined) throw notFound(`user of ${organizationKey}`, String(userId));
  return { org, user, membership };
}

/** Changes a member's role and units in the organization; the member as listed afterwards. */
export async function setMembership(
  ctx: AppContext,
  organizationKey: string,
  userId: number,
  input: { role: Role; unitKeys?: readonly string[] },
  by: SessionUser | null,
): Promise<OrganizationMember> {
  const next = checkMembership(input);
  return changingAccounts(ctx, () =>
    ctx.database.db.transaction(async (tx) => {
      const { org, user, membership } = await member(tx, organizationKey, userId);
      await upsertMembership(tx, user.id, org.id, next);
      await appendAuditEvents(tx, [
        accountEvent("membership_changed", user.email, {
          actor: by?.email ?? null,
          organizationKey: org.key,
          before: membership,
          after: next,
        }),
      ]);
      return {
        id: user.id,
        email: user.email,
        name: user.name,
        ...next,
        installationAdmin: user.installationAdmin,
        disabled: user.disabledAt !== null,
      };
    }),
  );
}

/** Ends a member's membership of the organization (the user stays, with any other memberships). */
export async function removeMembership(
  ctx: AppContext,
  organizationKey: string,
  userId: number,
  by: SessionUser | null,
): Promise<void> {
  await changingAccounts(ctx, () =>
    ctx.database.db.transaction(async (tx) => {
      const { org, user, membership } = await member(tx, organizationKey, userId);
      await deleteMembership(tx, user.id, org.id);
      await appendAuditEvents(tx, [
        accountEvent("membership_removed", user.email, {
          actor: by?.email ?? null,
          organizationKey: org.key,
          before: membership,
        }),
      ]);
    }),
  );
}

/**
 * Whether `by` may take over `target`'s account by resetting its password: the command line and
 * installation admins may; an organization's admin only for a user who is no installation admin
 * and a member of no organization where `by` is not admin.
 */
async function mayReset(tx: DatabaseTransaction, by: SessionUser | null, target: UserRow): Promise<boolean> {
  if (by === null || by.installationAdmin) return true;
  if (target.installationAdmin) return false;
  const mine = await listUserMemberships(tx, by.id);
  const viewer: Viewer = {
    kind: "user",
    userId: by.id,
    email: by.email,
    installationAdmin: false,
    memberships: mine,
  };
  const theirs = await listUserMemberships(tx, target.id);
  return theirs.every((m) => roleIn(viewer, m.organizationKey) === "admin");
}

/** Sets a new one-time password, which must be changed at the next login; ends the user's sessions. */
async function writeOneTimePassword(
  tx: DatabaseTransaction,
  user: UserRow,
  by: SessionUser | null,
  organizationKey: string | null,
): Promise<string> {
  const oneTimePassword = makeOneTimePassword();
  await updateUser(tx, user.id, { passwordHash: await hashPassword(oneTimePassword), mustChangePassword: true });
  await deleteUserSessions(tx, user.id, null);
  await appendAuditEvents(tx, [
    accountEvent("password_reset", user.email, { actor: by?.email ?? null, organizationKey }),
  ]);
  return oneTimePassword;
}

/**
 * Gives a member of the organization a new one-time password and ends their sessions. Refused
 * (`forbidden`) when the user holds more than the admin may hand out (see above).
 */
export async function resetPassword(
  ctx: AppContext,
  organizationKey: string,
  userId: number,
  by: SessionUser | null,
): Promise<{ oneTimePassword: string }> {
  return changingAccounts(ctx, () =>
    ctx.database.db.transaction(async (tx) => {
      const { org, user } = await member(tx, organizationKey, userId);
      if (!(await mayReset(tx, by, user))) {
        throw new AppError(
          "forbidden",
          `${user.email} has access beyond ${org.name}; an installation administrator must reset this password`,
        );
      }
      return { oneTimePassword: await writeOneTimePassword(tx, user, by, org.key) };
    }),
  );
}

/** The command line's reset (installation level): any user, by e-mail. */
export async function resetPasswordByEmail(ctx: AppContext, email: string): Promise<{ oneTimePassword: string }> {
  const checked = checkEmail(email);
  return changingAccounts(ctx, () =>
    ctx.database.db.transaction(async (tx) => {
      const user = await findUserByEmail(tx, checked);
      if (user === undefined) throw new AppError("not_found", `No user has the e-mail "${checked}"`);
      return { oneTimePassword: await writeOneTimePassword(tx, user, null, null) };
    }),
  );
}

/**
 * A user changes their own password: the current one must match (`invalid_credentials`), the new
 * one be at least `MIN_PASSWORD_LENGTH` characters and differ from it (`invalid_input`). The
 * one-time mark is cleared and every other session of the user ends (`keepToken` is the one
 * asking, which stays signed in).
 */
export async function changePassword(
  ctx: AppContext,
  userId: number,
  currentPassword: string,
  newPassword: string,
  keepToken: string | null,
): Promise<void> {
  const db = ctx.database.db;
  const user = await findUserById(db, userId);
  if (user === undefined) throw notFound("user", String(userId));
  const matches =
    user.passwordHash !== null &&
    currentPassword.length <= MAX_PASSWORD_LENGTH &&
    (await verifyPassword(currentPassword, user.passwordHash));
  if (!matches) throw new AppError("invalid_credentials", "The current password is wrong");
  if (newPassword.length < MIN_PASSWORD_LENGTH) {
    throw invalid("newPassword", `A password has at least ${MIN_PASSWORD_LENGTH} characters`);
  }
  if (newPassword.length > MAX_PASSWORD_LENGTH) {
    throw invalid("newPassword", `A password has at most ${MAX_PASSWORD_LENGTH} characters`);
  }
  if (newPassword === currentPassword)
    throw invalid("newPassword", "The new password must differ from the current one");
  const passwordHash = await hashPassword(newPassword);
  await changingAccounts(ctx, () =>
    db.transaction(async (tx) => {
      await updateUser(tx, user.id, { passwordHash, mustChangePassword: false });
      await appendAuditEvents(tx, [accountEvent("password_changed", user.email, { actor: user.email })]);
    }),
  );
  await endUserSessions(ctx, user.id, keepToken);
}

/**
 * The user a single sign-on identity belongs to: the one it is linked to; else, when the provider
 * says the e-mail is verified, the user an admin registered with that e-mail (and the identity is
 * linked to them from now on); else null. A disabled user is not found.
 */
export async function findUserForIdentity(
  ctx: AppContext,
  identity: { issuer: string; subject: string; email?: string | null | undefined; emailVerified: boolean },
): Promise<number | null> {
  const db = ctx.database.db;
  const linked = await findIdentityUser(db, identity.issuer, identity.subject);
  if (linked !== undefined) {
    const user = await findUserById(db, linked);
    return user !== undefined && user.disabledAt === null ? user.id : null;
  }
  const email = identity.email?.trim() ?? "";
  if (!identity.emailVerified || email === "") return null;
  const user = await findUserByEmail(db, email);
  if (user === undefined || user.disabledAt !== null) return null;
  await insertIdentity(db, { issuer: identity.issuer, subject: identity.subject, userId: user.id });
  // A concurrent link of the same identity to someone else wins; ask again rather than assume.
  return (await findIdentityUser(db, identity.issuer, identity.subject)) ?? null;
}

/**
 * Runs a write to users, memberships or sessions; afterwards (committed or not) the sessions this
 * process keeps in memory are read afresh, so a changed role or an ended session counts from the
 * next request. Other instances hear of it through the change feed.
 */
async function changingAccounts<T>(ctx: AppContext, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } finally {
    forgetSessions(ctx.database);
  }
}
