/**
 * People and access: users, their roles per organization, their sessions, the login attempts that
 * throttling counts, and the OpenID Connect logins under way. Sessions and attempts live here, not
 * in a process's memory, so several app instances on one database share them.
 *
 * Secrets are never stored as given: a password as its scrypt hash (`app/passwords.ts`), a session
 * or a one-time token as its SHA-256, so a copy of the database signs nobody in.
 */
import { sql } from "drizzle-orm";
import { boolean, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { id, oneOf, RoleValues } from "./columns.js";
import { organizations } from "./plans.js";

const at = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });

export const users = pgTable(
  "users",
  {
    id: id(),
    /** As typed; unique ignoring case (the index below). */
    email: text("email").notNull(),
    name: text("name"),
    /** null: signs in only through single sign-on. */
    passwordHash: text("password_hash"),
    /** Set for a one-time password (made by `user create` or an admin's reset): it must be changed at login. */
    mustChangePassword: boolean("must_change_password").notNull().default(false),
    /** Admin of every organization: the first admin, made on the command line. */
    installationAdmin: boolean("installation_admin").notNull().default(false),
    createdAt: at("created_at").notNull().defaultNow(),
    disabledAt: at("disabled_at"),
  },
  (t) => [uniqueIndex("users_email_unique").on(sql`lower(${t.email})`)],
);

/** The identity a user signs in with through OpenID Connect: the provider's issuer and subject. */
export const userIdentities = pgTable(
  "user_identities",
  {
    issuer: text("issuer").notNull(),
    subject: text("subject").notNull(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.issuer, t.subject] }), index("user_identities_user_idx").on(t.userId)],
);

/** A user's role in an organization; a reporter's units are actor keys of the organization's plans. */
export const memberships = pgTable(
  "memberships",
  {
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    organizationId: integer("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    role: text("role", { enum: RoleValues }).notNull(),
    unitKeys: text("unit_keys").array().notNull().default(sql`'{}'::text[]`),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.organizationId] }),
    index("memberships_organization_idx").on(t.organizationId),
    oneOf("memberships_role_check", t.role, RoleValues),
  ],
);

export const sessions = pgTable(
  "sessions",
  {
    /** SHA-256 of the token in the cookie, hex. */
    tokenHash: text("token_hash").primaryKey(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** The token the web sends back in a header on every write (CSRF). */
    csrfToken: text("csrf_token").notNull(),
    createdAt: at("created_at").notNull().defaultNow(),
    lastSeenAt: at("last_seen_at").notNull().defaultNow(),
    /** The absolute end; the idle timeout is counted from `lastSeenAt`. */
    expiresAt: at("expires_at").notNull(),
  },
  (t) => [index("sessions_user_idx").on(t.userId), index("sessions_expires_idx").on(t.expiresAt)],
);

/**
 * Failed logins, by what was typed as e-mail (lower case) and by address: the throttle counts them
 * whether or not the user exists, so its answers tell nothing about who has an account.
 */
export const loginFailures = pgTable(
  "login_failures",
  {
    id: id(),
    emailKey: text("email_key").notNull(),
    address: text("address").notNull(),
    at: at("at").notNull().defaultNow(),
  },
  (t) => [
    index("login_failures_email_idx").on(t.emailKey, t.at),
    index("login_failures_address_idx").on(t.address, t.at),
  ],
);

/** An OpenID Connect login between the redirect to the provider and its callback. */
export const oidcLogins = pgTable("oidc_logins", {
  /** The `state` sent to the provider (SHA-256, hex). */
  stateHash: text("state_hash").primaryKey(),
  codeVerifier: text("code_verifier").notNull(),
  nonce: text("nonce").notNull(),
  returnTo: text("return_to").notNull(),
  createdAt: at("created_at").notNull().defaultNow(),
});

export type UserRow = typeof users.$inferSelect;
export type MembershipRow = typeof memberships.$inferSelect;
export type SessionRow = typeof sessions.$inferSelect;
