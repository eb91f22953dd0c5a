/**
 * The history rows of account events (docs/ACCESS.md, "History"): no plan, the organization where
 * the event concerns one, entity `user` named by e-mail, and who did it. One builder, so that no
 * use case writes a password or a hash into the history by accident: `after` takes only the
 * fields listed here.
 */
import type { NewAuditEvent } from "../db/audit-store.js";
import type { Role } from "../domain/access.js";

export type AccountAction =
  | "login"
  | "login_failed"
  | "logout"
  | "user_created"
  | "membership_changed"
  | "membership_removed"
  | "password_changed"
  | "password_reset";

/** What an account event may record about the user: never a password, a hash or a token. */
export type AccountFacts = {
  name?: string | null;
  installationAdmin?: boolean;
  role?: Role;
  unitKeys?: readonly string[];
  /** How a login was made: `password` or `oidc`. */
  method?: "password" | "oidc";
  /** Where a login came from (the client's address). */
  address?: string;
};

/** Picks only the listed facts, so that an object with more in it cannot leak the rest. */
function facts(value: AccountFacts | null): AccountFacts | null {
  if (value === null) return null;
  const { name, installationAdmin, role, unitKeys, method, address } = value;
  const picked = { name, installationAdmin, role, unitKeys, method, address };
  return Object.fromEntries(Object.entries(picked).filter(([, v]) => v !== undefined)) as AccountFacts;
}

/**
 * One account event. `actor` is who did it (an e-mail; null for the command line or the user
 * themself at login), `email` whom it concerns.
 */
export function accountEvent(
  action: AccountAction,
  email: string,
  options: {
    actor: string | null;
    organizationKey?: string | null;
    before?: AccountFacts | null;
    after?: AccountFacts | null;
  },
): NewAuditEvent {
  return {
    actor: options.actor,
    action,
    planKey: null,
    organizationKey: options.organizationKey ?? null,
    entityType: "user",
    entityKey: email,
    measureKey: null,
    before: facts(options.before ?? null),
    after: facts(options.after ?? null),
  };
}
