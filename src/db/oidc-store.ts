/**
 * The SQL of OpenID Connect logins under way (`oidc_logins`): what the redirect to the provider
 * stores and the callback takes back. In the database, not in memory, so the callback may reach
 * another app instance than the redirect did.
 */
import { eq, lt } from "drizzle-orm";
import type { Database } from "./connection.js";
import * as t from "./schema/index.js";

export type StoredOidcLogin = {
  /** SHA-256 of the `state` sent to the provider, hex. */
  stateHash: string;
  codeVerifier: string;
  nonce: string;
  returnTo: string;
  createdAt: Date;
};

export async function insertOidcLogin(
  database: Database,
  login: Omit<StoredOidcLogin, "createdAt"> & { createdAt?: Date },
): Promise<void> {
  await database.db.insert(t.oidcLogins).values(login);
}

/**
 * Removes the login with this state and returns it, or null when there is none: one statement, so
 * two callbacks with the same state cannot both have it (a replay finds nothing).
 */
export async function takeOidcLogin(database: Database, stateHash: string): Promise<StoredOidcLogin | null> {
  const [row] = await database.db.delete(t.oidcLogins).where(eq(t.oidcLogins.stateHash, stateHash)).returning();
  return row ?? null;
}

/** Removes the logins started before `before` (abandoned at the provider); returns how many. */
export async function deleteOidcLoginsBefore(database: Database, before: Date): Promise<number> {
  const rows = await database.db
    .delete(t.oidcLogins)
    .where(lt(t.oidcLogins.createdAt, before))
    .returning({ stateHash: t.oidcLogins.stateHash });
  return rows.length;
}
