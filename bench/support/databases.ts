/**
 * A database for one benchmark run: PGlite in a new data folder, or a new database on the
 * PostgreSQL server at `BENCH_DATABASE_URL` (default: the local one), dropped afterwards.
 * `prepare` opens it in this process (migrated, the built-in plans seeded) to add data and users
 * before the server starts; it is closed again, since PGlite allows one process at a time.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createAppContext } from "../../src/app/context.js";
import { seedIfEmpty } from "../../src/app/seed-plans.js";
import { type Database, openDatabase } from "../../src/db/connection.js";
import { createScratchDatabase } from "../../src/db/test-database.js";

export type DatabaseKind = "pglite" | "postgres";

export const POSTGRES_SERVER_URL = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

export type BenchDatabase = {
  kind: DatabaseKind;
  /** What `startServer` needs to serve this database. */
  where: { dataDir: string } | { databaseUrl: string };
  prepare(work: (database: Database) => Promise<void>): Promise<void>;
  dispose(): Promise<void>;
};

export async function benchDatabase(kind: DatabaseKind): Promise<BenchDatabase> {
  if (kind === "pglite") {
    const dataDir = mkdtempSync(join(tmpdir(), "planspor-bench-"));
    return {
      kind,
      where: { dataDir },
      prepare: (work) => withDatabase({ dataDir }, work),
      dispose: async () => rmSync(dataDir, { recursive: true, force: true }),
    };
  }
  const scratch = await createScratchDatabase(POSTGRES_SERVER_URL, "planspor_bench");
  return {
    kind,
    where: { databaseUrl: scratch.url },
    prepare: (work) => withDatabase({ databaseUrl: scratch.url }, work),
    dispose: () => scratch.drop(),
  };
}

async function withDatabase(
  where: { dataDir?: string; databaseUrl?: string },
  work: (database: Database) => Promise<void>,
): Promise<void> {
  const database = await openDatabase(where);
  try {
    await seedIfEmpty(createAppContext(database));
    await work(database);
  } finally {
    await database.close();
  }
}

/** `--pglite` or `--postgres` on the command line: that one alone; neither: both. */
export function kindsFromArgs(args: readonly string[]): DatabaseKind[] {
  const kinds: DatabaseKind[] = [];
  if (args.includes("--pglite")) kinds.push("pglite");
  if (args.includes("--postgres")) kinds.push("postgres");
  return kinds.length === 0 ? ["pglite", "postgres"] : kinds;
}
