import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { DatabaseError, openDatabase, pingDatabase } from "./connection.js";
import { organizations } from "./schema/index.js";
import { appliedMigrations, committedMigrationCount } from "./test-database.js";

const scratch = mkdtempSync(join(tmpdir(), "planspor-db-test-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function openError(options: Parameters<typeof openDatabase>[0]): Promise<DatabaseError> {
  try {
    const database = await openDatabase(options);
    await database.close();
  } catch (error) {
    if (error instanceof DatabaseError) return error;
    throw error;
  }
  throw new Error("openDatabase succeeded");
}

describe("opening the database", () => {
  it("says so when the data folder cannot be written", async () => {
    // A folder inside a regular file cannot be made, not even by root.
    const file = join(scratch, "a-file");
    writeFileSync(file, "");
    const error = await openError({ dataDir: join(file, "data") });
    expect(error.code).toBe("data_dir_not_writable");
    expect(error.message).toContain(`The data folder ${join(file, "data")} is not writable`);
  });

  it("names a data folder the system refuses to create, and does not hang on it", async () => {
    const error = await openError({ dataDir: "/proc/planspor-data" });
    expect(error.code).toBe("data_dir_not_writable");
    expect(error.message).toContain("The data folder /proc/planspor-data is not writable");
  });

  it("says quickly when PostgreSQL does not answer, without the password", async () => {
    const started = Date.now();
    const error = await openError({ databaseUrl: "postgres://planspor:hemmelig@127.0.0.1:1/planspor" });
    expect(Date.now() - started).toBeLessThan(6_000);
    expect(error.code).toBe("database_unreachable");
    expect(error.message).toContain("PostgreSQL at postgres://planspor:***@127.0.0.1:1/planspor does not answer");
    expect(error.message).toContain("ECONNREFUSED");
    expect(error.message).not.toContain("hemmelig");
  });

  it("creates, migrates and reopens a PGlite data folder", async () => {
    const dataDir = join(scratch, "pglite", "data");
    const first = await openDatabase({ dataDir });
    expect(first.kind).toBe("pglite");
    await first.db.insert(organizations).values({ key: "x", name: "X", kind: "other" });
    await first.close();
    const again = await openDatabase({ dataDir });
    expect(await again.db.select({ key: organizations.key }).from(organizations)).toEqual([{ key: "x" }]);
    await expect(pingDatabase(again)).resolves.toBeUndefined();
    await again.close();
  });

  const serverUrl = process.env.TEST_DATABASE_URL;
  it.skipIf(serverUrl === undefined || serverUrl === "")(
    "migrates a PostgreSQL database once when two processes open it at the same time",
    async () => {
      const name = `planspor_test_lock_${process.pid}_${Date.now()}`;
      const admin = new pg.Client({ connectionString: serverUrl });
      await admin.connect();
      await admin.query(`create database "${name}"`);
      try {
        const url = new URL(serverUrl ?? "");
        url.pathname = `/${name}`;
        const [a, b] = await Promise.all([
          openDatabase({ databaseUrl: url.toString() }),
          openDatabase({ databaseUrl: url.toString() }),
        ]);
        expect(a.kind).toBe("postgres");
        // Each migration once, however many processes ran them.
        expect(await a.db.$count(appliedMigrations)).toBe(committedMigrationCount());
        await Promise.all([a.close(), b.close()]);
      } finally {
        await admin.query(`drop database if exists "${name}" with (force)`);
        await admin.end();
      }
    },
  );
});
