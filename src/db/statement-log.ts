/**
 * The same database, on the same connection, with every statement the app sends through drizzle
 * reported as it is sent: for the tests that count a request's statements (one plan's work must not
 * grow with its size: no statement per row) and for looking at what a request does.
 */
import type { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/node-postgres";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import type { Pool } from "pg";
import type { Database } from "./connection.js";
import * as schema from "./schema/index.js";

export function withStatementLog(database: Database, onStatement: (statement: string) => void): Database {
  const logger = { logQuery: (statement: string) => onStatement(statement) };
  // Both drivers keep the client they were given; a second drizzle on it shares the connection (or pool).
  const client = (database.db as unknown as { $client: unknown }).$client;
  const db =
    database.kind === "pglite"
      ? drizzlePglite({ client: client as PGlite, schema, logger })
      : drizzlePostgres({ client: client as Pool, schema, logger });
  return { ...database, db };
}
