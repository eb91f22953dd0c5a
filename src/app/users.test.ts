import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listAuditEvents } from "../db/audit-store.js";
import * as t from "../db/schema/index.js";
import type { AppContext } from "./context.js";
import { AppError } from "./errors.js";
import { login } from "./login.js";
import { verifyPassword } from "./passwords.js";
import { createSession, resolveSession, type SessionUser } from "./sessions.js";
import { type AccountsTestContext, accountsTestContext, ORG_A, ORG_B } from "./test-accounts.js";
import {
  changePassword,
  createUser,
  findUserForIdentity,
  listOrganizationUsers,
  removeMembership,
  resetPassword,
  resetPasswordByEmail,
  setMembership,
} from "./users.js";

let test: AccountsTestContext;
let ctx: AppContext;
let adminA: SessionUser;

/** What a promise was refused with, as an AppError's code. */
async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
  return "no error";
}

beforeAll(async () => {
  test = await accountsTestContext();
  ctx = test.ctx;
  adminA = (
    await createUser(ctx, { email: "admin-a@example.no", membership: { organizationKey: ORG_A, role: "admin" } }, null)
  ).user;
});
afterAll(async () => {
  await test?.database.dispose();
});

describe("users", () => {
  it("makes a user with a one-time password that must be changed, and a history row without it", async () => {
    const made = await createUser(
      ctx,
      {
        email: " Nina@Example.no ",
        name: " Nina N ",
        membership: { organizationKey: ORG_A, role: "reporter", unitKeys: ["naering"] },
      },
      adminA,
    );
    expect(made.created).toBe(true);
    expect(made.user).toMatchObject({
      email: "Nina@Example.no",
      name: "Nina N",
      mustChangePassword: true,
      installationAdmin: false,
    });
    expect(made.oneTimePassword).toMatch(/^[a-z2-9]{16,}$/);
    const [row] = (await test.database.db.select().from(t.users)).filter((u) => u.id === made.user.id);
    expect(row?.passwordHash).toMatch(/^scrypt\$/);
    expect(await verifyPassword(made.oneTimePassword ?? "", row?.passwordHash ?? "")).toBe(true);
    const events = await listAuditEvents(test.database, { entityKey: "Nina@Example.no", limit: 10 });
    expect(events.map((e) => [e.action, e.organizationKey, e.actor])).toEqual([
      ["membership_changed", ORG_A, "admin-a@example.no"],
      ["user_created", ORG_A, "admin-a@example.no"],
    ]);
    const text = JSON.stringify(events);
    expect(text).not.toContain(made.oneTimePassword);
    expect(text).not.toContain("scrypt");
  });

  it("adds a membership to an existing e-mail (any case) without a new user or password", async () => {
    const first = await createUser(
      ctx,
      { email: "ola@example.no", membership: { organizationKey: ORG_A, role: "reader" } },
      null,
    );
    const again = await createUser(
      ctx,
      { email: "OLA@example.no", membership: { organizationKey: ORG_B, role: "editor" } },
      null,
    );
    expect(again).toEqual({ user: first.user, oneTimePassword: null, created: false });
    const inB = await listOrganizationUsers(ctx, ORG_B);
    expect(inB.find((u) => u.id === first.user.id)).toMatchObject({ role: "editor", unitKeys: [], disabled: false });
    const users = await test.database.db.select().from(t.users);
    expect(users.filter((u) => u.email.toLowerCase() === "ola@example.no")).toHaveLength(1);
  });

  it("refuses a bad e-mail, an unknown organization or role, and a bad unit key", async () => {
    expect(await codeOf(createUser(ctx, { email: "not-an-email" }, null))).toBe("invalid_input");
    expect(
      await codeOf(createUser(ctx, { email: "a@b.no", membership: { organizationKey: "nope", role: "editor" } }, null)),
    ).toBe("not_found");
    const badRole = { organizationKey: ORG_A, role: "owner" as "admin" };
    expect(await codeOf(createUser(ctx, { email: "a@b.no", membership: badRole }, null))).toBe("invalid_input");
    const badUnit = { organizationKey: ORG_A, role: "reporter" as const, unitKeys: ["Not A Key"] };
    expect(await codeOf(createUser(ctx, { email: "a@b.no", membership: badUnit }, null))).toBe("invalid_input");
    expect((await test.database.db.select().from(t.users)).some((u) => u.email === "a@b.no")).toBe(false);
  });

  it("lets only an installation admin make another", async () => {
    expect(await codeOf(createUser(ctx, { email: "root2@example.no", installationAdmin: true }, adminA))).toBe(
      "forbidden",
    );
    const root = await createUser(ctx, { email: "root@example.no", installationAdmin: true }, null);
    expect(root.user.installationAdmin).toBe(true);
    const second = await createUser(ctx, { email: "root3@example.no", installationAdmin: true }, root.user);
    expect(second.user.installationAdmin).toBe(true);
  });

  it("lists an organization's users, and changes and removes a membership with history", async () => {
    const made = await createUser(
      ctx,
      { email: "per@example.no", name: "Per", membership: { organizationKey: ORG_A, role: "reader" } },
      null,
    );
    const id = made.user.id;
    expect((await listOrganizationUsers(ctx, ORG_A)).find((u) => u.id === id)).toEqual({
      id,
      email: "per@example.no",
      name: "Per",
      role: "reader",
      unitKeys: [],
      installationAdmin: false,
      disabled: false,
    });
    const changed = await setMembership(ctx, ORG_A, id, { role: "reporter", unitKeys: ["naering", "naering"] }, adminA);
    expect(changed).toMatchObject({ role: "reporter", unitKeys: ["naering"] });
    const [event] = await listAuditEvents(test.database, { entityKey: "per@example.no", limit: 1 });
    expect(event).toMatchObject({
      action: "membership_changed",
      organizationKey: ORG_A,
      before: { role: "reader", unitKeys: [] },
      after: { role: "reporter", unitKeys: ["naering"] },
    });
    await removeMembership(ctx, ORG_A, id, adminA);
    expect((await listOrganizationUsers(ctx, ORG_A)).some((u) => u.id === id)).toBe(false);
    const [removed] = await listAuditEvents(test.database, { entityKey: "per@example.no", limit: 1 });
    expect(removed).toMatchObject({ action: "membership_removed", organizationKey: ORG_A });
  });

  it("touches only members of the organization, and not-found for what does not exist", async () => {
    const inB = await createUser(
      ctx,
      { email: "kun-b@example.no", membership: { organizationKey: ORG_B, role: "editor" } },
      null,
    );
    const id = inB.user.id;
    expect(await codeOf(setMembership(ctx, ORG_A, id, { role: "admin", unitKeys: [] }, adminA))).toBe("not_found");
    expect(await codeOf(removeMembership(ctx, ORG_A, id, adminA))).toBe("not_found");
    expect(await codeOf(resetPassword(ctx, ORG_A, id, adminA))).toBe("not_found");
    expect(await codeOf(listOrganizationUsers(ctx, "nope"))).toBe("not_found");
    expect(await codeOf(setMembership(ctx, ORG_A, 999_999, { role: "reader", unitKeys: [] }, adminA))).toBe(
      "not_found",
    );
    expect((await listOrganizationUsers(ctx, ORG_B)).find((u) => u.id === id)?.role).toBe("editor");
  });

  it("resets a member's password to a new one-time one and ends their sessions", async () => {
    const made = await createUser(
      ctx,
      { email: "siri@example.no", membership: { organizationKey: ORG_A, role: "editor" } },
      null,
    );
    await changePassword(ctx, made.user.id, made.oneTimePassword ?? "", "siris eget passord", null);
    const { token } = await createSession(ctx, made.user.id);
    const { oneTimePassword } = await resetPassword(ctx, ORG_A, made.user.id, adminA);
    expect(oneTimePassword).not.toBe(made.oneTimePassword);
    expect(await resolveSession(ctx, token)).toBeNull();
    const result = await login(ctx, { email: "siri@example.no", password: oneTimePassword, address: "10.9.0.1" });
    expect(result.session.user.mustChangePassword).toBe(true);
    const events = await listAuditEvents(test.database, { entityKey: "siri@example.no", limit: 10 });
    expect(events.find((e) => e.action === "password_reset")).toMatchObject({
      organizationKey: ORG_A,
      actor: adminA.email,
    });
    expect(JSON.stringify(events)).not.toContain(oneTimePassword);
  });

  it("refuses an organization's admin a reset for a user with access beyond it", async () => {
    const both = await createUser(
      ctx,
      { email: "begge@example.no", membership: { organizationKey: ORG_A, role: "reader" } },
      null,
    );
    await createUser(ctx, { email: "begge@example.no", membership: { organizationKey: ORG_B, role: "admin" } }, null);
    expect(await codeOf(resetPassword(ctx, ORG_A, both.user.id, adminA))).toBe("forbidden");
    const root = await createUser(
      ctx,
      { email: "root-a@example.no", installationAdmin: true, membership: { organizationKey: ORG_A, role: "reader" } },
      null,
    );
    expect(await codeOf(resetPassword(ctx, ORG_A, root.user.id, adminA))).toBe("forbidden");
    // An installation admin, and the command line, may.
    await expect(resetPassword(ctx, ORG_A, both.user.id, root.user)).resolves.toHaveProperty("oneTimePassword");
    await expect(resetPasswordByEmail(ctx, "ROOT-A@example.no")).resolves.toHaveProperty("oneTimePassword");
    expect(await codeOf(resetPasswordByEmail(ctx, "nobody@example.no"))).toBe("not_found");
  });

  it("changes a password: the current one must match, the new one be long enough; other sessions end", async () => {
    const made = await createUser(
      ctx,
      { email: "tor@example.no", membership: { organizationKey: ORG_A, role: "reader" } },
      null,
    );
    const id = made.user.id;
    const current = made.oneTimePassword ?? "";
    const keep = await createSession(ctx, id);
    const other = await createSession(ctx, id);
    expect(await codeOf(changePassword(ctx, id, "wrong password!", "et nytt langt passord", keep.token))).toBe(
      "invalid_credentials",
    );
    expect(await codeOf(changePassword(ctx, id, current, "kort", keep.token))).toBe("invalid_input");
    expect(await codeOf(changePassword(ctx, id, current, current, keep.token))).toBe("invalid_input");
    expect(await resolveSession(ctx, other.token)).not.toBeNull();
    await changePassword(ctx, id, current, "et nytt langt passord", keep.token);
    expect((await resolveSession(ctx, keep.token))?.user.mustChangePassword).toBe(false);
    expect(await resolveSession(ctx, other.token)).toBeNull();
    await expect(login(ctx, { email: "tor@example.no", password: current, address: "10.9.1.1" })).rejects.toThrow(
      AppError,
    );
    await expect(
      login(ctx, { email: "tor@example.no", password: "et nytt langt passord", address: "10.9.1.1" }),
    ).resolves.toBeTruthy();
    const [event] = await listAuditEvents(test.database, { entityKey: "tor@example.no", limit: 2 });
    expect(["password_changed", "login"]).toContain(event?.action);
  });

  it("finds a user by a linked identity, or by a verified e-mail (and links it), else not", async () => {
    const made = await createUser(
      ctx,
      { email: "Una@Example.no", membership: { organizationKey: ORG_A, role: "reader" } },
      null,
    );
    const issuer = "https://login.example.com/tenant/v2.0";
    expect(
      await findUserForIdentity(ctx, { issuer, subject: "s-1", email: "una@example.no", emailVerified: false }),
    ).toBeNull();
    expect(
      await findUserForIdentity(ctx, { issuer, subject: "s-1", email: "una@example.no", emailVerified: true }),
    ).toBe(made.user.id);
    // Linked now: found by the identity whatever e-mail comes along.
    expect(await findUserForIdentity(ctx, { issuer, subject: "s-1", email: null, emailVerified: false })).toBe(
      made.user.id,
    );
    expect(
      await findUserForIdentity(ctx, { issuer, subject: "s-2", email: "ukjent@example.no", emailVerified: true }),
    ).toBeNull();
    expect(
      await findUserForIdentity(ctx, { issuer: "https://other", subject: "s-1", email: null, emailVerified: true }),
    ).toBeNull();
  });
});
