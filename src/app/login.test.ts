import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { updateUser } from "../db/account-store.js";
import { listAuditEvents } from "../db/audit-store.js";
import type { AppContext } from "./context.js";
import { AppError } from "./errors.js";
import { LOGIN_THROTTLE, login, loginWithIdentity } from "./login.js";
import { resolveSession } from "./sessions.js";
import { type AccountsTestContext, accountsTestContext, ORG_A } from "./test-accounts.js";
import { changePassword, createUser } from "./users.js";

let test: AccountsTestContext;
let ctx: AppContext;
const PASSWORD = "et langt og godt passord";
const T0 = new Date("2026-03-01T08:00:00Z");
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

/** A user with a password of their own, made for one test so the tests' failures do not mix. */
async function user(email: string): Promise<number> {
  const made = await createUser(ctx, { email, membership: { organizationKey: ORG_A, role: "editor" } }, null);
  await changePassword(ctx, made.user.id, made.oneTimePassword ?? "", PASSWORD, null);
  return made.user.id;
}

/** The AppError a login is refused with. */
async function refusal(input: { email: string; password: string; address: string }, now: Date): Promise<AppError> {
  try {
    await login(ctx, input, now);
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("The login was let through");
}

beforeAll(async () => {
  test = await accountsTestContext();
  ctx = test.ctx;
});
afterAll(async () => {
  await test?.database.dispose();
});

describe("login", () => {
  it("starts a session for the right password, the e-mail in any case", async () => {
    const id = await user("Anne@Example.no");
    const result = await login(ctx, { email: "  anne@EXAMPLE.no ", password: PASSWORD, address: "10.0.0.1" }, T0);
    expect(result.session.user).toMatchObject({ id, email: "Anne@Example.no", mustChangePassword: false });
    expect(result.session.memberships).toEqual([
      { organizationKey: ORG_A, organizationName: "Testby kommune", role: "editor", unitKeys: [] },
    ]);
    expect(result.csrfToken).toBe(result.session.csrfToken);
    expect((await resolveSession(ctx, result.token, T0))?.user.id).toBe(id);
    const [event] = await listAuditEvents(test.database, { entityKey: "Anne@Example.no", limit: 1 });
    expect(event).toMatchObject({ action: "login", planKey: null, entityType: "user", after: { method: "password" } });
  });

  it("answers invalid_credentials alike for a wrong password and an unknown e-mail", async () => {
    await user("berit@example.no");
    const wrong = await refusal({ email: "berit@example.no", password: "galt passord!", address: "10.0.1.1" }, T0);
    const unknown = await refusal({ email: "ingen@example.no", password: "galt passord!", address: "10.0.1.1" }, T0);
    for (const error of [wrong, unknown]) {
      expect(error.code).toBe("invalid_credentials");
      expect(error.message).toBe("The e-mail or the password is wrong");
    }
    const events = await listAuditEvents(test.database, { entityType: "user", limit: 2 });
    expect(events.map((e) => [e.action, e.entityKey])).toEqual([
      ["login_failed", "ingen@example.no"],
      ["login_failed", "berit@example.no"],
    ]);
    expect(JSON.stringify(events)).not.toContain("galt passord");
  });

  it("refuses a disabled user and one without a password, as a wrong password", async () => {
    const id = await user("disabled@example.no");
    await updateUser(test.database.db, id, { disabledAt: T0 });
    const disabled = await refusal({ email: "disabled@example.no", password: PASSWORD, address: "10.0.2.1" }, T0);
    expect(disabled.code).toBe("invalid_credentials");
    const sso = await user("sso@example.no");
    await updateUser(test.database.db, sso, { passwordHash: null });
    expect((await refusal({ email: "sso@example.no", password: PASSWORD, address: "10.0.2.1" }, T0)).code).toBe(
      "invalid_credentials",
    );
  });

  it("locks an e-mail for 15 minutes after 5 failures within 15 minutes, known or not", async () => {
    await user("cecilie@example.no");
    for (const email of ["cecilie@example.no", "ukjent@example.no"]) {
      for (let i = 0; i < LOGIN_THROTTLE.perEmail; i++) {
        const error = await refusal({ email, password: "feil", address: `10.1.0.${i}` }, at(i * 2));
        expect(error.code).toBe("invalid_credentials");
      }
      // The fifth failure was at 8 minutes: locked until 23, with the right password too.
      const locked = await refusal({ email, password: PASSWORD, address: "10.1.1.1" }, at(10));
      expect(locked.code).toBe("too_many_attempts");
      expect(locked.details.retryAfterSeconds).toBe(13 * 60);
      expect((await refusal({ email: email.toUpperCase(), password: "x", address: "10.1.1.2" }, at(22))).code).toBe(
        "too_many_attempts",
      );
    }
    // Free again at 23 minutes.
    const result = await login(ctx, { email: "cecilie@example.no", password: PASSWORD, address: "10.1.1.1" }, at(23));
    expect(result.session.user.email).toBe("cecilie@example.no");
  });

  it("does not lock for 5 failures spread over more than 15 minutes", async () => {
    await user("dag@example.no");
    for (let i = 0; i < 5; i++) {
      const error = await refusal({ email: "dag@example.no", password: "feil", address: "10.2.0.1" }, at(i * 4));
      expect(error.code).toBe("invalid_credentials");
    }
    const result = await login(ctx, { email: "dag@example.no", password: PASSWORD, address: "10.2.0.1" }, at(17));
    expect(result.token).toBeTruthy();
  });

  it("forgets an e-mail's failures after a successful login", async () => {
    await user("eva@example.no");
    for (let i = 0; i < 4; i++)
      await refusal({ email: "eva@example.no", password: "feil", address: "10.3.0.1" }, at(i));
    await login(ctx, { email: "eva@example.no", password: PASSWORD, address: "10.3.0.1" }, at(5));
    // Four more failures would have made nine in the window; without the old ones, no lock.
    for (let i = 0; i < 4; i++)
      await refusal({ email: "eva@example.no", password: "feil", address: "10.3.0.2" }, at(6));
    await expect(
      login(ctx, { email: "eva@example.no", password: PASSWORD, address: "10.3.0.2" }, at(7)),
    ).resolves.toBeTruthy();
  });

  it("locks an address after 20 failures within 15 minutes, for every e-mail", async () => {
    await user("frida@example.no");
    for (let i = 0; i < LOGIN_THROTTLE.perAddress; i++) {
      await refusal({ email: `noen${i}@example.no`, password: "feil", address: "192.0.2.7" }, at(i / 2));
    }
    const locked = await refusal({ email: "frida@example.no", password: PASSWORD, address: "192.0.2.7" }, at(11));
    expect(locked.code).toBe("too_many_attempts");
    expect(locked.details.retryAfterSeconds).toBe(Math.ceil((9.5 + 15 - 11) * 60));
    // Another address is not locked.
    const result = await login(ctx, { email: "frida@example.no", password: PASSWORD, address: "192.0.2.8" }, at(11));
    expect(result.token).toBeTruthy();
  });

  it("starts a session for a user found through single sign-on, with a history row", async () => {
    const id = await user("gro@example.no");
    const result = await loginWithIdentity(ctx, id, "10.4.0.1", T0);
    expect(result.session.user.id).toBe(id);
    const [event] = await listAuditEvents(test.database, { entityKey: "gro@example.no", limit: 1 });
    expect(event).toMatchObject({ action: "login", after: { method: "oidc", address: "10.4.0.1" } });
  });
});
