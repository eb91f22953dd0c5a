/**
 * Opening the database: PGlite under a data folder by default, a PostgreSQL server when a URL is
 * given. Both are wrapped as one drizzle `PgDatabase` type, so the queries never know which it is.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { sql } from "drizzle-orm";
import { drizzle as drizzlePostgres } from "drizzle-orm/node-postgres";
import { migrate as migratePostgresDb } from "drizzle-orm/node-postgres/migrator";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePgliteDb } from "drizzle-orm/pglite/migrator";
import pg from "pg";
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
};

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

/** Any constant will do, as long as nothing else in the database takes the same advisory lock. */
const MIGRATION_LOCK_ID = 727_310_001;
const CONNECT_TIMEOUT_MS = 5_000;

/** Runs one trivial query; throws when the database does not answer (for health checks). */
export async function pingDatabase(database: Database): Promise<void> {
  await database.db.execute(sql`select 1`);
}

export async function openDatabase(options: OpenDatabaseOptions): Promise<Database> {
  const shouldMigrate = options.migrate ?? true;
  if (options.databaseUrl !== undefined) return openPostgres(options.databaseUrl, shouldMigrate);
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

/** Starts PGlite (on a folder, in memory, or from a dumped data folder) and migrates it. */
export async function openPglite(options: {
  dataDir?: string | undefined;
  loadDataDir?: Blob | undefined;
  migrate: boolean;
}): Promise<Database> {
  const where = options.dataDir ?? "memory";
  let client: PGlite;
  try {
    client = await PGlite.create({
      ...(options.dataDir !== undefined ? { dataDir: options.dataDir } : {}),
      ...(options.loadDataDir !== undefined ? { loadDataDir: options.loadDataDir } : {}),
    });
  } catch (error) {
    throw new DatabaseError("database_start_failed", `PGlite could not start in ${where}: ${describe(error)}`, {
      cause: error,
    });
  }
  const db = drizzlePglite({ client, schema });
  if (options.migrate) {
    try {
      await migratePgliteDb(db, { migrationsFolder: MIGRATIONS_FOLDER });
    } catch (error) {
      await client.close();
      throw migrationError(where, error);
    }
  }
  return { kind: "pglite", db, close: () => client.close() };
}

async function openPostgres(databaseUrl: string, shouldMigrate: boolean): Promise<Database> {
  const pool = createPool(databaseUrl);
  try {
    await checkConnection(pool, databaseUrl);
    if (shouldMigrate) await migratePostgres(pool, databaseUrl);
  } catch (error) {
    await pool.end();
    throw error;
  }
  const db = drizzlePostgres({ client: pool, schema });
  return { kind: "postgres", db, close: () => pool.end() };
}

export function createPool(databaseUrl: string): pg.Pool {
  const pool = new pg.Pool({ connectionString: databaseUrl, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  // An idle client losing its server emits 'error' on the pool; unhandled, it would end the process.
  pool.on("error", () => {});
  return pool;
}

/** Connects once, so that a wrong URL fails here with a clear error rather than at the first query. */
export async function checkConnection(pool: pg.Pool, databaseUrl: string): Promise<void> {
  try {
    await pool.query("select 1");
  } catch (error) {
    const code = errorCode(error);
    const where = redactUrl(databaseUrl);
    // 28P01: wrong password; 28000: no such role or not allowed by pg_hba.conf.
    if (code === "28P01" || code === "28000") {
      throw new DatabaseError("database_login_failed", `PostgreSQL at ${where} refused the login: ${describe(error)}`, {
        cause: error,
      });
    }
    // 3D000: the server answers, but the database in the URL does not exist.
    const problem = code === "3D000" ? "answers, but not for that database" : "does not answer";
    throw new DatabaseError("database_unreachable", `PostgreSQL at ${where} ${problem}: ${describe(error)}`, {
      cause: error,
    });
  }
}

/**
 * Migrates under a session-level advisory lock, so that of several processes starting at once on
 * one server, one migrates and the others wait and then find nothing left to do.
 */
export async function migratePostgres(pool: pg.Pool, databaseUrl: string): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query("select pg_advisory_lock($1)", [MIGRATION_LOCK_ID]);
    try {
      await migratePostgresDb(drizzlePostgres({ client, schema }), { migrationsFolder: MIGRATIONS_FOLDER });
    } finally {
      await client.query("select pg_advisory_unlock($1)", [MIGRATION_LOCK_ID]);
    }
  } catch (error) {
    throw migrationError(redactUrl(databaseUrl), error);
  } finally {
    client.release();
  }
}

function migrationError(where: string, error: unknown): DatabaseError {
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

function errorCode(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  if ("code" in error && typeof error.code === "string") return error.code;
  // Node's connect to `localhost` tries several addresses and throws an AggregateError of them.
  if (error instanceof AggregateError) return errorCode(error.errors[0]);
  return undefined;
}

/** `ECONNREFUSED connect ECONNREFUSED 127.0.0.1:1`, or the message alone when there is no code. */
function describe(error: unknown): string {
  const code = errorCode(error);
  let message = error instanceof Error ? error.message : String(error);
  if (message === "" && error instanceof AggregateError) message = describe(error.errors[0]);
  if (code === undefined || message.includes(code)) return message || "unknown error";
  return `${code} ${message}`;
}
