/**
 * `planspor backup` and `planspor restore` as a user runs them: seed a database, back it up,
 * restore into a new one (a PGlite folder, or a PostgreSQL database with TEST_DATABASE_URL), and
 * the messages for a missing file, a file that is no backup, a newer format and a database in use.
 */
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createScratchDatabase } from "../db/test-database.js";
import { runPlanspor } from "./run-planspor.js";

const KEY = "gjovik-naering-2024-2026";
const scratch = mkdtempSync(join(tmpdir(), "planspor-backup-cli-"));
const backupFile = join(scratch, "planspor.backup.gz");

const planspor = runPlanspor;

/** The database of the backup and the one restored into: PGlite folders, or two server databases. */
let sourceEnv: Record<string, string>;
let targetEnv: Record<string, string>;
const drops: Array<() => Promise<void>> = [];

beforeAll(async () => {
  const url = process.env.TEST_DATABASE_URL;
  if (url === undefined || url === "") {
    sourceEnv = { PLANSPOR_DATA: join(scratch, "source") };
    targetEnv = { PLANSPOR_DATA: join(scratch, "target") };
    return;
  }
  const source = await createScratchDatabase(url, "planspor_backup_cli");
  const target = await createScratchDatabase(url, "planspor_backup_cli");
  drops.push(source.drop, target.drop);
  sourceEnv = { DATABASE_URL: source.url };
  targetEnv = { DATABASE_URL: target.url };
});
afterAll(async () => {
  for (const drop of drops) await drop();
});

describe("planspor backup and restore", () => {
  it("backs up a seeded database and restores it into a new one, which then exports the same plan", async () => {
    expect((await planspor(["seed"], sourceEnv)).code).toBe(0);
    const backup = await planspor(["backup", backupFile], sourceEnv);
    expect(backup.code, backup.stderr).toBe(0);
    expect(backup.stdout).toMatch(/^Backed up \d+ rows of \d+ tables to .+ \(\d+ bytes, [\d.]+ s\)\n$/);
    expect(backup.stderr).toContain("wrote action_plans: 1 of 1 rows");

    const restore = await planspor(["restore", backupFile], targetEnv);
    expect(restore.code, restore.stderr).toBe(0);
    expect(restore.stdout).toMatch(/^Restored \d+ rows of \d+ tables from /);
    expect(restore.stderr).toContain("restored measures:");

    const exported = await Promise.all(
      [sourceEnv, targetEnv].map((env) => planspor(["export", "--plan", KEY, "--format", "json"], env)),
    );
    expect(exported[1]?.code).toBe(0);
    expect(exported[1]?.stdout).toBe(exported[0]?.stdout);
  }, 240_000);

  it("refuses to restore over data without --force, and replaces it with --force", async () => {
    const refused = await planspor(["restore", backupFile], targetEnv);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/^Error: The database is not empty \(rows in .*\); .* use --force/);
    const forced = await planspor(["restore", backupFile, "--force"], targetEnv);
    expect(forced.code, forced.stderr).toBe(0);
    const list = await planspor(["list", "--format", "json"], targetEnv);
    expect(JSON.parse(list.stdout).map((p: { key: string }) => p.key)).toEqual([KEY]);
  }, 120_000);

  it("names a missing file without creating a database, a file that is no backup, and a newer format", async () => {
    const fresh = { PLANSPOR_DATA: join(scratch, "never-made") };
    const missing = await planspor(["restore", join(scratch, "missing.gz")], fresh);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe(`Error: Cannot read ${join(scratch, "missing.gz")}: ENOENT\n`);
    expect(existsSync(fresh.PLANSPOR_DATA)).toBe(false);

    const plan = join(scratch, "plan.json");
    writeFileSync(plan, '{"format":"planspor/1"}');
    const notBackup = await planspor(["restore", plan], fresh);
    expect(notBackup.code).toBe(1);
    expect(notBackup.stderr).toContain(`${plan} is not a Planspor backup`);

    const newer = join(scratch, "newer.gz");
    writeFileSync(newer, gzipSync('{"format":"planspor-backup/2"}\n'));
    const tooNew = await planspor(["restore", newer], fresh);
    expect(tooNew.code).toBe(1);
    expect(tooNew.stderr).toContain(
      "planspor-backup/2, made by a newer Planspor; this version reads planspor-backup/1",
    );
    expect(existsSync(fresh.PLANSPOR_DATA)).toBe(false);
  }, 120_000);

  it("leaves no partial file when the backup cannot be written", async () => {
    const file = join(scratch, "no-such-folder", "backup.gz");
    const result = await planspor(["backup", file], sourceEnv);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`Error: Cannot write ${file}: ENOENT\n`);
    expect(existsSync(file)).toBe(false);
  });
});
