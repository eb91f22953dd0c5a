/**
 * Opening the database: PGlite under a data folder by default, a PostgreSQL server when a URL is
 * given. Both are wrapped as one drizzle `PgDatabase` type, so the queries never know which it is.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { sql } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePgliteDb } from "drizzle-orm/pglite/migrator";
import { projectPath } from "../project-paths.js";
import { templateForNewFolder } from "./pglite-template.js";
import * as schema from "./schema/index.js";

export type DatabaseSchema = typeof schema;
/** The drizzle database both drivers give; all queries are written against this. */
export type DrizzleDatabase = PgDatabase<PgQueryResultHKT, DatabaseSchema>;
/** What `db.transaction(...)` hands its callback. */
export type DatabaseTransaction = Parameters<Parameters<DrizzleDatabase["transaction"]>[0]>[0];
export type DatabaseKind = "pglite" | "postgres";

export type Database = {
  kind: DatabaseKind;
  db: DrizzleDatabase;
  close(): Promise<void>;
  /** The connection pool's state (PostgreSQL); PGlite has one connection and no pool. */
  poolStats?(): PoolStats;
  /**
   * Listens on notification channels over a connection of its own (PostgreSQL; PGlite serves one
   * process, which needs no feed). `onState(false)` when the connection is lost (notifications may
   * be missed until it is back), `onState(true)` once it listens again.
   */
  listen?(
    channels: readonly string[],
    onMessage: (channel: string, payload: string) => void,
    onState: (live: boolean) => void,
  ): Promise<Listener>;
};

export type Listener = { close(): Promise<void> };

export type PoolStats = { total: number; idle: number; waiting: number };

export type OpenDatabaseOptions = {
  /** Where PGlite keeps its files; created if missing. Neither this nor a URL: PGlite in memory. */
  dataDir?: string;
  /** A PostgreSQL server (`postgres://…`); takes precedence over `dataDir`. */
  databaseUrl?: string;
  /** Apply the pending migrations on open (default true). */
  migrate?: boolean;
};

export type DatabaseErrorCode =
  | "data_dir_not_writable"
  | "database_start_failed"
  | "database_unreachable"
  | "database_login_failed"
  | "migration_failed";

export class DatabaseError extends Error {
  override readonly name = "DatabaseError";
  readonly code: DatabaseErrorCode;

  constructor(code: DatabaseErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}

export const MIGRATIONS_FOLDER = projectPath("src", "db", "migrations");

/** Runs one trivial query; throws when the database does not answer (for health checks). */
export async function pingDatabase(database: Database): Promise<void> {
  await database.db.execute(sql`select 1`);
}

export async function openDatabase(options: OpenDatabaseOptions): Promise<Database> {
  const shouldMigrate = options.migrate ?? true;
  if (options.databaseUrl !== undefined) {
    // The PostgreSQL driver loads only when it is used: about 0.1 s off every PGlite start.
    const { openPostgres } = await import("./postgres.js");
    return openPostgres(options.databaseUrl, shouldMigrate);
  }
  if (options.dataDir === undefined) return openPglite({ migrate: shouldMigrate });
  ensureWritableFolder(options.dataDir);
  const loadDataDir = await templateForNewFolder(options.dataDir);
  return openPglite({ dataDir: options.dataDir, loadDataDir, migrate: shouldMigrate });
}

/**
 * PGlite may hang or crash on a folder it cannot write, so prove the folder writable first by
 * writing a file: as root, permission bits alone say nothing.
 */
function ensureWritableFolder(dataDir: string): void {
  const probe = join(dataDir, `.planspor-write-check-${process.pid}`);
  try {
    makeFolder(dataDir);
    writeFileSync(probe, "");
    rmSync(probe);
  } catch (error) {
    throw new DatabaseError("data_dir_not_writable", `The data folder ${dataDir} is not writable: ${describe(error)}`, {
      cause: error,
    });
  }
}

/**
 * `mkdirSync(…, { recursive: true })` spins forever on some paths Linux refuses (under /proc, as
 * seen on Node 20), so the missing folders are made one at a time.
 */
function makeFolder(dir: string): void {
  if (existsSync(dir)) return;
  const parent = dirname(dir);
  if (parent !== dir) makeFolder(parent);
  mkdirSync(dir);
}

/**
 * PostgreSQL in PGlite runs with shared_buffers of 16 MB instead of the 128 MB its data folders are made with: the
 * plans' tables fit in it many times over (the files stay in the OS's cache besides), and every start then zeroes
 * 112 MB less, which makes a start about 0.15 s of CPU cheaper and the process about 125 MiB smaller (bench/README.md).
 */
const PGLITE_START_PARAMS = [...PGlite.defaultStartParams, "-c", "shared_buffers=16MB"];

type PgliteFiles = { wasmModule: WebAssembly.Module; fsBundle: Blob };
let pgliteFiles: Promise<PgliteFiles> | undefined;

/**
 * Reads and compiles PGlite's WebAssembly and reads its file bundle, once per process. `planspor` calls it first
 * thing, so that the compiling (on V8's background threads) and the reading overlap with loading the rest of the
 * code rather than follow it; every PGlite opened in the process then shares the compiled module.
 */
export function preparePglite(): Promise<PgliteFiles> {
  if (pgliteFiles === undefined) {
    const dist = dirname(createRequire(import.meta.url).resolve("@electric-sql/pglite"));
    pgliteFiles = Promise.all([
      readFile(join(dist, "pglite.wasm")).then((bytes) => WebAssembly.compile(bytes)),
      readFile(join(dist, "pglite.data")).then((bytes) => new Blob([bytes])),
    ]).then(([wasmModule, fsBundle]) => ({ wasmModule, fsBundle }));
    // A failure shows where PGlite is opened (as `database_start_failed`); until then it is not unhandled.
    pgliteFiles.catch(() => {});
  }
  return pgliteFiles;
}

/**
 * Whether drizzle's migrator would apply nothing: it applies every migration of the journal made after the last one
 * recorded as applied. Checking that first with two small queries saves its DDL and transaction on every start.
 */
async function migrationsAreCurrent(client: PGlite): Promise<boolean> {
  const journal: { entries: Array<{ when: number }> } = JSON.parse(
    readFileSync(join(MIGRATIONS_FOLDER, "meta", "_journal.json"), "utf8"),
  );
  const newest = Math.max(...journal.entries.map((entry) => entry.when));
  const table = await client.query<{ name: string | null }>(
    "select to_regclass('drizzle.__drizzle_migrations')::text as name",
  );
  if ((table.rows[0]?.name ?? null) === null) return false;
  const applied = await client.query<{ last: string | null }>(
    "select max(created_at)::text as last from drizzle.__drizzle_migrations",
  );
  return Number(applied.rows[0]?.last ?? Number.NaN) >= newest;
}

/** Starts PGlite (on a folder, in memory, or from a dumped data folder) and migrates it. */
export async function openPglite(options: {
  dataDir?: string | undefined;
  loadDataDir?: Blob | undefined;
  migrate: boolean;
}): Promise<Database> {
  const where = options.dataDir ?? "memory";
  let client: PGlite;
  try {
    const { wasmModule, fsBundle } = await preparePglite();
    client = await PGlite.create({
      ...(options.dataDir !== undefined ? { dataDir: options.dataDir } : {}),
      ...(options.loadDataDir !== undefined ? { loadDataDir: options.loadDataDir } : {}),
      pgliteWasmModule: wasmModule,
      fsBundle,
      startParams: PGLITE_START_PARAMS,
    });
  } catch (error) {
    throw new DatabaseError("database_start_failed", `PGlite could not start in ${where}: ${describe(error)}`, {
      cause: error,
    });
  }
  const db = drizzlePglite({ client, schema });
  if (options.migrate) {
    try {
      if (!(await migrationsAreCurrent(client))) await migratePgliteDb(db, { migrationsFolder: MIGRATIONS_FOLDER });
    } catch (error) {
      await client.close();
      throw migrationError(where, error);
    }
  }
  return { kind: "pglite", db, close: () => client.close() };
}

export function migrationError(where: string, error: unknown): DatabaseError {
  return new DatabaseError("migration_failed", `The migrations could not be applied to ${where}: ${describe(error)}`, {
    cause: error,
  });
}

/** The URL without its password, fit for a log line or an error message. */
export function redactUrl(databaseUrl: string): string {
  try {
    const url = new URL(databaseUrl);
    if (url.password !== "") url.password = "***";
    // The pg driver also takes `?password=…` (and `sslpassword`) from the query string.
    for (const name of [...url.searchParams.keys()]) {
      if (name.toLowerCase().includes("password")) url.searchParams.set(name, "***");
    }
    return url.toString();
  } catch {
    return "(an unparsable database URL)";
  }
}

export function errorCode(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  if ("code" in error && typeof error.code === "string") return error.code;
  // Node's connect to `localhost` tries several addresses and throws an AggregateError of them.
  if (error instanceof AggregateError) return errorCode(error.errors[0]);
  return undefined;
}

/** `ECONNREFUSED connect ECONNREFUSED 127.0.0.1:1`, or the message alone when there is no code. */
export function describe(error: unknown): string {
  const code = errorCode(error);
  let message = error instanceof Error ? error.message : String(error);
  if (message === "" && error instanceof AggregateError) message = describe(error.errors[0]);
  if (code === undefined || message.includes(code)) return message || "unknown error";
  return `${code} ${message}`;
}
