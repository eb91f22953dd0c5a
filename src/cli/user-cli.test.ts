/**
 * `planspor user create` and `user reset-password` as a user runs them: the one-time password is
 * printed once and works (at the login use case), and wrong input is said plainly with exit 1.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAppContext } from "../app/context.js";
import { login } from "../app/login.js";
import { openDatabase } from "../db/connection.js";
import { createScratchDatabase } from "../db/test-database.js";
import { type Run, runPlanspor } from "./run-planspor.js";

const scratch = mkdtempSync(join(tmpdir(), "planspor-user-cli-"));
let dbEnv: Record<string, string>;
let dropDatabase: (() => Promise<void>) | undefined;

const planspor = (args: string[]): Promise<Run> => runPlanspor(args, dbEnv);
const passwordIn = (output: string) => /password[^:]*: ([a-z2-9]{16,})$/m.exec(output)?.[1] ?? "";

/** Logs in with the password through the use case, on the same database the CLI wrote. */
async function canLogin(email: string, password: string): Promise<{ mustChangePassword: boolean; roles: string[] }> {
  const database = await openDatabase(
    dbEnv.DATABASE_URL === undefined ? { dataDir: dbEnv.PLANSPOR_DATA } : { databaseUrl: dbEnv.DATABASE_URL },
  );
  try {
    const result = await login(createAppContext(database), { email, password, address: "127.0.0.1" });
    return {
      mustChangePassword: result.session.user.mustChangePassword,
      roles: result.session.memberships.map((m) => `${m.organizationKey}:${m.role}:${m.unitKeys.join(",")}`),
    };
  } finally {
    await database.close();
  }
}

beforeAll(async () => {
  const url = process.env.TEST_DATABASE_URL;
  if (url === undefined || url === "") {
    dbEnv = { PLANSPOR_DATA: join(scratch, "data") };
  } else {
    const database = await createScratchDatabase(url, "planspor_user_cli");
    dbEnv = { DATABASE_URL: database.url };
    dropDatabase = database.drop;
  }
  const seeded = await planspor(["seed"]);
  expect(seeded.code, seeded.stderr).toBe(0);
}, 120_000);
afterAll(async () => {
  await dropDatabase?.();
});

// Every test spawns the command a few times (about 2–5 s each, more on a busy machine).
describe("planspor user", { timeout: 180_000 }, () => {
  it("makes the first installation admin with a one-time password that must be changed", async () => {
    const made = await planspor(["user", "create", "--admin", "Root@Example.no", "--name", "Root"]);
    expect(made.code, made.stderr).toBe(0);
    expect(made.stdout).toContain("Created Root@Example.no (installation admin)");
    expect(made.stdout).toContain("must be changed at the first login");
    const password = passwordIn(made.stdout);
    expect(password).not.toBe("");
    expect(await canLogin("root@example.no", password)).toEqual({ mustChangePassword: true, roles: [] });
  });

  it("makes a member of an organization with units, and adds a role to an existing user", async () => {
    const made = await planspor([
      "user",
      "create",
      "kari@example.no",
      "--org",
      "gjovik",
      "--role",
      "reporter",
      "--units",
      "naering, plan",
    ]);
    expect(made.code, made.stderr).toBe(0);
    expect(made.stdout).toContain("reporter in gjovik");
    const password = passwordIn(made.stdout);
    expect((await canLogin("kari@example.no", password)).roles).toEqual(["gjovik:reporter:naering,plan"]);
    const again = await planspor(["user", "create", "KARI@example.no", "--org", "gjovik", "--role", "editor"]);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toContain("exists already");
    expect(again.stdout).not.toMatch(/One-time password/);
    expect((await canLogin("kari@example.no", password)).roles).toEqual(["gjovik:editor:"]);
  });

  it("resets a password: the old one stops working", async () => {
    const made = await planspor(["user", "create", "ola@example.no"]);
    const first = passwordIn(made.stdout);
    const reset = await planspor(["user", "reset-password", "ola@example.no"]);
    expect(reset.code, reset.stderr).toBe(0);
    const second = passwordIn(reset.stdout);
    expect(second).not.toBe(first);
    await expect(canLogin("ola@example.no", first)).rejects.toThrow(/wrong/);
    expect((await canLogin("ola@example.no", second)).mustChangePassword).toBe(true);
  });

  it("says plainly what is wrong: a bad e-mail, an unknown organization or role, a missing user", async () => {
    const cases: Array<[string[], RegExp]> = [
      [["user", "create", "not-an-email"], /not an e-mail address/],
      [
        ["user", "create", "a@example.no", "--org", "nowhere", "--role", "editor"],
        /No organization has the key "nowhere"/,
      ],
      [
        ["user", "create", "a@example.no", "--org", "gjovik", "--role", "boss"],
        /--role must be one of admin, editor, reporter, reader/,
      ],
      [["user", "create", "a@example.no", "--org", "gjovik"], /--org and --role go together/],
      [["user", "reset-password", "nobody@example.no"], /No user has the e-mail "nobody@example.no"/],
    ];
    for (const [args, message] of cases) {
      const run = await planspor(args);
      expect(run.code, args.join(" ")).toBe(1);
      expect(run.stderr).toMatch(message);
      expect(run.stdout).toBe("");
    }
  });
});
