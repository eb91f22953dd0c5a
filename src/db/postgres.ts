/**
 * The PostgreSQL side of `openDatabase`: a pool, a first connection that fails clearly, and the
 * migrations under an advisory lock. Loaded only when `DATABASE_URL` is set.
 */
import { drizzle as drizzlePostgres } from "drizzle-orm/node-postgres";
import { migrate as migratePostgresDb } from "drizzle-orm/node-postgres/migrator";
import pg from "pg";
import {
  type Database,
  DatabaseError,
  describe,
  errorCode,
  type Listener,
  MIGRATIONS_FOLDER,
  migrationError,
  redactUrl,
} from "./connection.js";
import * as schema from "./schema/index.js";

/** Any constant will do, as long as nothing else in the database takes the same advisory lock. */
const MIGRATION_LOCK_ID = 727_310_001;
const CONNECT_TIMEOUT_MS = 5_000;

export async function openPostgres(databaseUrl: string, shouldMigrate: boolean): Promise<Database> {
  const pool = createPool(databaseUrl);
  try {
    await checkConnection(pool, databaseUrl);
    if (shouldMigrate) await migratePostgres(pool, databaseUrl);
  } catch (error) {
    await pool.end();
    throw error;
  }
  const db = drizzlePostgres({ client: pool, schema });
  return {
    kind: "postgres",
    db,
    close: () => pool.end(),
    poolStats: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
    listen: (channels, onMessage, onState) => listenOn(databaseUrl, channels, onMessage, onState),
  };
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

/** The longest wait between attempts to listen again after the connection was lost. */
const MAX_RETRY_MS = 30_000;

/**
 * LISTEN on a client of its own, outside the pool (a pooled client would be handed to queries).
 * The first connection must succeed; a connection lost later is retried with backoff until
 * `close`, and the caller is told when it is lost and when it is back.
 */
async function listenOn(
  databaseUrl: string,
  channels: readonly string[],
  onMessage: (channel: string, payload: string) => void,
  onState: (live: boolean) => void,
): Promise<Listener> {
  let closed = false;
  let current: pg.Client | null = null;
  let retry: NodeJS.Timeout | undefined;

  const connect = async (): Promise<void> => {
    const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
    client.on("notification", (message) => {
      if (channels.includes(message.channel)) onMessage(message.channel, message.payload ?? "");
    });
    const lost = () => {
      if (current !== client) return;
      current = null;
      if (closed) return;
      onState(false);
      schedule(1_000);
    };
    client.on("error", lost);
    client.on("end", lost);
    try {
      await client.connect();
      for (const channel of channels) await client.query(`LISTEN ${client.escapeIdentifier(channel)}`);
    } catch (error) {
      client.removeAllListeners("end");
      client.on("error", () => {});
      await client.end().catch(() => {});
      throw error;
    }
    if (closed) {
      await client.end();
      return;
    }
    current = client;
  };

  const schedule = (delay: number) => {
    retry = setTimeout(() => {
      connect().then(
        () => {
          if (!closed) onState(true);
        },
        () => {
          if (!closed) schedule(Math.min(delay * 2, MAX_RETRY_MS));
        },
      );
    }, delay);
    retry.unref();
  };

  await connect();
  return {
    async close() {
      closed = true;
      clearTimeout(retry);
      const client = current;
      current = null;
      await client?.end();
    },
  };
}
