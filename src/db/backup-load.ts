/**
 * Restore's SQL: check that a backup fits this database, then load its rows in one transaction.
 * The reading side (the catalog, the dump) is in `backup.ts`.
 */
import { sql } from "drizzle-orm";
import {
  type BackupColumn,
  BackupError,
  type BackupTable,
  type Executor,
  ident,
  listTables,
  rows,
  type TableInfo,
  TRANSIENT_TABLES,
  table,
} from "./backup.js";
import { type Database, type DatabaseTransaction, describe } from "./connection.js";

/** A batch of rows sent as one JSON parameter: big enough to be fast, small enough to stream. */
const INSERT_BATCH_ROWS = 1000;
const INSERT_BATCH_CHARS = 4_000_000;

/** The tables holding rows, by name, for a refusal to restore over them. */
async function nonEmptyTables(executor: Executor, tables: Array<{ name: string }>): Promise<string[]> {
  const found: string[] = [];
  for (const t of tables) {
    const [row] = await rows<{ some: boolean }>(executor, sql`select exists (select 1 from ${table(t.name)}) as some`);
    if (row?.some === true) found.push(t.name);
  }
  return found;
}

/** What the file says against what the database has: the first difference, or null when none. */
function schemaDifference(file: Array<Omit<BackupTable, "rows">>, target: TableInfo[]): string | null {
  const targetByName = new Map(target.map((t) => [t.name, t]));
  for (const t of file) {
    const there = targetByName.get(t.name);
    if (there === undefined) return `the table ${t.name} does not exist here`;
    // The types go into SQL as they are: only ones that match this database's exactly get there.
    const shape = (c: BackupColumn) => `${c.name} ${c.type}${c.encoding === undefined ? "" : ` (${c.encoding})`}`;
    const mine = t.columns.map(shape).join(", ");
    const theirs = there.columns.map(shape).join(", ");
    if (mine !== theirs) return `the table ${t.name} has the columns (${theirs}) here, not (${mine})`;
  }
  const missing = target.find((t) => !TRANSIENT_TABLES.has(t.name) && !file.some((f) => f.name === t.name));
  return missing === undefined ? null : `the backup has no table ${missing.name}`;
}

export type LoadOptions = {
  /** Empty the tables first; without it, any row in any table refuses the restore. */
  force: boolean;
  /** The next line of the file, undefined at its end. */
  nextLine(): Promise<string | undefined>;
  onProgress?: (table: string, rows: number) => void;
  /** Called after the last row, inside the transaction: throw to roll everything back. */
  afterRows?: () => Promise<void>;
};

/**
 * Loads the rows of a backup into the database in one transaction: lock every table, check that it
 * is empty (or empty it with TRUNCATE: it fires no row trigger, so the append-only history goes
 * too, as asked; the transient tables are emptied either way), insert each table's rows in the file's (foreign-key) order, and set each
 * sequence past the largest id restored. Any failure leaves the database as it was. Then ANALYZE.
 */
export async function loadDatabase(database: Database, tables: BackupTable[], options: LoadOptions): Promise<void> {
  await database.db.transaction(async (tx) => {
    const target = await listTables(tx);
    const difference = schemaDifference(tables, target);
    if (difference !== null)
      throw new BackupError("schema_mismatch", `The backup does not fit this database: ${difference}`);
    const all = sql.join(
      target.map((t) => table(t.name)),
      sql`, `,
    );
    await tx.execute(sql`lock table ${all} in access exclusive mode`);
    if (options.force) {
      await tx.execute(sql`truncate ${all} restart identity`);
    } else {
      const filled = await nonEmptyTables(
        tx,
        target.filter((t) => !TRANSIENT_TABLES.has(t.name)),
      );
      if (filled.length > 0) {
        throw new BackupError(
          "not_empty",
          `The database is not empty (rows in ${filled.join(", ")}); restore into an empty database, or use --force to replace everything in it`,
        );
      }
      // Failed logins and logins under way of the empty database: they belong to no restored user.
      const transient = target.filter((t) => TRANSIENT_TABLES.has(t.name));
      if (transient.length > 0) {
        await tx.execute(
          sql`truncate ${sql.join(
            transient.map((t) => table(t.name)),
            sql`, `,
          )} restart identity`,
        );
      }
    }
    for (const t of tables) {
      let batch: string[] = [];
      let chars = 0;
      for (let n = 0; n < t.rows; n++) {
        const line = await options.nextLine();
        if (line === undefined || !line.startsWith("{")) {
          throw new BackupError("damaged", `The backup ends early or is damaged: ${t.name} has ${n} of ${t.rows} rows`);
        }
        batch.push(line);
        chars += line.length;
        if (batch.length >= INSERT_BATCH_ROWS || chars >= INSERT_BATCH_CHARS) {
          await insertRows(tx, t, batch);
          options.onProgress?.(t.name, n + 1);
          batch = [];
          chars = 0;
        }
      }
      if (batch.length > 0) await insertRows(tx, t, batch);
      options.onProgress?.(t.name, t.rows);
    }
    await options.afterRows?.();
    for (const info of target) await resetSequences(tx, info);
  });
  // The planner's statistics for the rows just loaded: PGlite runs no autovacuum to gather them, and PostgreSQL's
  // would only get there later. Without them the first queries after a large restore can pick bad plans.
  await database.db.execute(sql`analyze`);
}

/** One multi-row insert of JSON rows; identity values are the backup's (OVERRIDING SYSTEM VALUE). */
async function insertRows(tx: DatabaseTransaction, t: BackupTable, lines: string[]): Promise<void> {
  const names = sql.join(
    t.columns.map((c) => ident(c.name)),
    sql`, `,
  );
  const values = sql.join(
    t.columns.map((c) => {
      const column = sql`x.${ident(c.name)}`;
      if (c.encoding === "base64") return sql`decode(${column}, 'base64')`;
      if (c.encoding === "text") return sql`${column}::${sql.raw(c.type)}`;
      return column;
    }),
    sql`, `,
  );
  const definitions = sql.join(
    t.columns.map((c) => {
      const declared = c.encoding === undefined ? c.type : c.type.endsWith("[]") ? "text[]" : "text";
      return sql`${ident(c.name)} ${sql.raw(declared)}`;
    }),
    sql`, `,
  );
  try {
    await tx.execute(
      sql`insert into ${table(t.name)} (${names}) overriding system value
          select ${values} from json_to_recordset(${`[${lines.join(",")}]`}::json) as x(${definitions})`,
    );
  } catch (error) {
    // The schema matched, so a row the database refuses was changed after the backup was made.
    const cause = error instanceof Error && error.cause !== undefined ? error.cause : error;
    throw new BackupError("damaged", `The backup's rows of ${t.name} cannot be loaded: ${describe(cause)}`);
  }
}

/** The next id after the largest restored, or the sequence's start when the table is empty. */
async function resetSequences(tx: DatabaseTransaction, info: TableInfo): Promise<void> {
  for (const { column, sequence } of info.sequences) {
    await tx.execute(
      sql`select case when m is null
                 then setval(${sequence}::regclass, (select seqstart from pg_sequence where seqrelid = ${sequence}::regclass), false)
                 else setval(${sequence}::regclass, m, true) end
          from (select max(${ident(column)}) as m from ${table(info.name)}) as x`,
    );
  }
}
