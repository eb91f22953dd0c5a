/**
 * The SQL side of backup and restore (restore's checks and load are in `backup-load.ts`). The
 * tables are read from the catalog (every table of the `public` schema; drizzle's migration record
 * lives in the `drizzle` schema), so a table added by a later migration is backed up without a
 * change here. Rows are rendered to JSON by PostgreSQL
 * itself (`to_json`) and loaded back with `json_to_recordset`, so values never pass through
 * JavaScript numbers or dates: what is written is what the database printed, and it reads it back.
 *
 * Transient tables are left out (`TRANSIENT_TABLES`): sessions, failed logins and single sign-on
 * logins under way. A backup holds no live session token hash, and a restore starts with nobody
 * signed in: the restored users sign in again. Users, identities and memberships are kept.
 */
import { createHash } from "node:crypto";
import { type SQL, sql } from "drizzle-orm";
import type { Database, DatabaseTransaction } from "./connection.js";

/** How a column's value is written when its plain JSON form would lose something. */
export type ColumnEncoding =
  /** The value's text: bigint and numeric (beyond a JavaScript number), json (its exact text). */
  | "text"
  /** bytea as base64. */
  | "base64";

export type BackupColumn = { name: string; type: string; encoding?: ColumnEncoding };
export type BackupTable = { name: string; columns: BackupColumn[]; primaryKey: string[]; rows: number };
export type MigrationState = { count: number; hash: string };

export type BackupErrorCode =
  | "file_missing"
  | "cannot_write"
  | "not_a_backup"
  | "newer_format"
  | "migrations_mismatch"
  | "schema_mismatch"
  | "not_empty"
  | "damaged";

/** A backup or restore that cannot go ahead, with a message for the person running it. */
export class BackupError extends Error {
  override readonly name = "BackupError";
  constructor(
    readonly code: BackupErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export type Executor = Database["db"] | DatabaseTransaction;

/**
 * Tables whose rows only matter for minutes or hours and would be wrong after a restore (a session
 * of the database backed up): not written to a backup, emptied by a restore.
 */
export const TRANSIENT_TABLES: ReadonlySet<string> = new Set(["sessions", "login_failures", "oidc_logins"]);

/** A table as the catalog describes it, with what only restore needs. */
export type TableInfo = Omit<BackupTable, "rows"> & {
  /** Sequences owned by a column (identity or serial), to set past the restored ids. */
  sequences: Array<{ column: string; sequence: string }>;
  references: string[];
};

const ROWS_PER_FETCH = 1000;

export async function rows<T>(executor: Executor, query: SQL): Promise<T[]> {
  // node-postgres and PGlite both answer with `{ rows }`.
  const result = (await executor.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

export const ident = (name: string) => sql.raw(`"${name.replaceAll('"', '""')}"`);
export const table = (name: string) => sql.raw(`"public"."${name.replaceAll('"', '""')}"`);

/** The migrations drizzle has applied, as a count and one hash of all their hashes. */
export async function migrationState(executor: Executor): Promise<MigrationState> {
  const exists = await rows<{ found: boolean }>(
    executor,
    sql`select to_regclass('drizzle.__drizzle_migrations') is not null as found`,
  );
  if (exists[0]?.found !== true) return { count: 0, hash: hashOf([]) };
  const applied = await rows<{ hash: string }>(
    executor,
    sql`select hash from drizzle.__drizzle_migrations order by id`,
  );
  return { count: applied.length, hash: hashOf(applied.map((m) => m.hash)) };
}

function hashOf(hashes: string[]): string {
  return createHash("sha256").update(hashes.join("\n")).digest("hex").slice(0, 16);
}

/**
 * Every table of the public schema in foreign-key order (a table after those it points to), with
 * its stored columns (generated ones are the database's to compute), primary key and sequences.
 */
export async function listTables(executor: Executor): Promise<TableInfo[]> {
  const columns = await rows<{
    table: string;
    column: string;
    type: string;
    base: string;
    element: string | null;
    generated: boolean;
    sequence: string | null;
  }>(
    executor,
    sql`select c.relname as "table", a.attname as "column", format_type(a.atttypid, a.atttypmod) as "type",
          t.typname as "base", e.typname as "element", a.attgenerated <> '' as "generated",
          pg_get_serial_sequence(format('%I.%I', n.nspname, c.relname), a.attname) as "sequence"
        from pg_class c
        join pg_namespace n on n.oid = c.relnamespace
        join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
        join pg_type t on t.oid = a.atttypid
        left join pg_type e on e.oid = t.typelem and t.typcategory = 'A'
        where n.nspname = 'public' and c.relkind in ('r', 'p') and not c.relispartition
          and c.relname <> '__drizzle_migrations'
        order by c.relname, a.attnum`,
  );
  const keys = await rows<{ table: string; column: string }>(
    executor,
    sql`select c.relname as "table", a.attname as "column"
        from pg_index i
        join pg_class c on c.oid = i.indrelid
        join pg_namespace n on n.oid = c.relnamespace
        cross join lateral unnest(i.indkey::int2[]) with ordinality as k(attnum, ord)
        join pg_attribute a on a.attrelid = c.oid and a.attnum = k.attnum
        where i.indisprimary and n.nspname = 'public'
        order by c.relname, k.ord`,
  );
  const foreignKeys = await rows<{ table: string; target: string }>(
    executor,
    sql`select distinct c.relname as "table", f.relname as "target"
        from pg_constraint k
        join pg_class c on c.oid = k.conrelid
        join pg_class f on f.oid = k.confrelid
        join pg_namespace n on n.oid = c.relnamespace
        where k.contype = 'f' and n.nspname = 'public'
        order by 1, 2`,
  );
  const tables = new Map<string, TableInfo>();
  for (const c of columns) {
    let info = tables.get(c.table);
    if (info === undefined) {
      info = { name: c.table, columns: [], primaryKey: [], sequences: [], references: [] };
      tables.set(c.table, info);
    }
    if (c.sequence !== null) info.sequences.push({ column: c.column, sequence: c.sequence });
    if (c.generated) continue;
    const encoding = encodingOf(c.base, c.element);
    info.columns.push({ name: c.column, type: c.type, ...(encoding === undefined ? {} : { encoding }) });
  }
  for (const k of keys) tables.get(k.table)?.primaryKey.push(k.column);
  for (const f of foreignKeys) if (f.table !== f.target) tables.get(f.table)?.references.push(f.target);
  return foreignKeyOrder([...tables.values()]);
}

function encodingOf(base: string, element: string | null): ColumnEncoding | undefined {
  const type = element ?? base;
  if (type === "int8" || type === "numeric" || type === "json") return "text";
  // bytea[] keeps PostgreSQL's hex text, which is lossless too.
  if (base === "bytea") return "base64";
  return undefined;
}

/**
 * Kahn's order, ties by name. A cycle of foreign keys (none today) keeps its tables in name order
 * at the end; loading it would need deferrable constraints.
 */
function foreignKeyOrder(tables: TableInfo[]): TableInfo[] {
  const done = new Set<string>();
  const ordered: TableInfo[] = [];
  let remaining = tables;
  while (remaining.length > 0) {
    const ready = remaining.filter((t) => t.references.every((r) => done.has(r) || !tables.some((x) => x.name === r)));
    const next = ready.length > 0 ? ready : remaining;
    for (const t of next) {
      done.add(t.name);
      ordered.push(t);
    }
    remaining = remaining.filter((t) => !done.has(t.name));
  }
  return ordered;
}

/** The select list that writes a row's stored columns in their backup form. */
function dumpColumns(info: Omit<BackupTable, "rows">): SQL {
  return sql.join(
    info.columns.map((c) => {
      const column = sql`t0.${ident(c.name)}`;
      if (c.encoding === "base64") return sql`encode(${column}, 'base64') as ${ident(c.name)}`;
      if (c.encoding === "text") {
        return sql`${column}::${sql.raw(c.type.endsWith("[]") ? "text[]" : "text")} as ${ident(c.name)}`;
      }
      return sql`${column} as ${ident(c.name)}`;
    }),
    sql`, `,
  );
}

export type DumpSink = {
  /** Called once, before any row, with the tables in load order and their row counts. */
  start(tables: BackupTable[], migrations: MigrationState): Promise<void>;
  /** A batch of one table's rows, each a line of JSON, in primary-key order; none for an empty table. */
  rows(table: string, lines: string[]): Promise<void>;
};

/**
 * Reads every table in one read-only, repeatable-read transaction (one snapshot, so the rows agree
 * with each other while the app keeps writing), through a cursor per table so that only one batch
 * of rows is in memory at a time.
 */
export async function dumpDatabase(database: Database, sink: DumpSink): Promise<void> {
  await database.db.transaction(async (tx) => {
    await tx.execute(sql`set transaction isolation level repeatable read, read only`);
    // Timestamps are written with their offset either way; UTC makes them read the same everywhere.
    await tx.execute(sql`set local time zone 'UTC'`);
    const migrations = await migrationState(tx);
    const infos = (await listTables(tx)).filter((info) => !TRANSIENT_TABLES.has(info.name));
    const tables: BackupTable[] = [];
    for (const info of infos) {
      const [count] = await rows<{ n: number }>(tx, sql`select count(*)::int as n from ${table(info.name)}`);
      tables.push({ name: info.name, columns: info.columns, primaryKey: info.primaryKey, rows: count?.n ?? 0 });
    }
    await sink.start(tables, migrations);
    for (const info of tables) {
      if (info.rows === 0) {
        await sink.rows(info.name, []);
        continue;
      }
      const order =
        info.primaryKey.length > 0
          ? sql.join(
              info.primaryKey.map((k) => sql`t0.${ident(k)}`),
              sql`, `,
            )
          : sql`t0::text`;
      await tx.execute(
        sql`declare planspor_backup no scroll cursor for
            select to_json(r)::text as line
            from ${table(info.name)} as t0 cross join lateral (select ${dumpColumns(info)}) as r
            order by ${order}`,
      );
      for (;;) {
        const batch = await rows<{ line: string }>(tx, sql.raw(`fetch ${ROWS_PER_FETCH} from planspor_backup`));
        if (batch.length === 0) break;
        await sink.rows(
          info.name,
          batch.map((b) => b.line),
        );
      }
      await tx.execute(sql`close planspor_backup`);
    }
  });
}
