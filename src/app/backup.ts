/**
 * Backup and restore of the whole database as one file: gzip'd JSON lines. The first line is the
 * header (format, when, the migrations applied, every table with its columns and row count, in
 * the order they load), then each table's rows in that order, one JSON object per line in
 * primary-key order, then an end line. The file is read and written as a stream, a batch at a time.
 */

import { once } from "node:events";
import { createReadStream } from "node:fs";
import { type FileHandle, open, rename, stat, unlink } from "node:fs/promises";
import { pipeline } from "node:stream/promises";
import { StringDecoder } from "node:string_decoder";
import { createGunzip, createGzip } from "node:zlib";
import { z } from "zod";
import { BackupError, type BackupTable, dumpDatabase, type MigrationState, migrationState } from "../db/backup.js";
import { loadDatabase } from "../db/backup-load.js";
import type { AppContext } from "./context.js";
import { forgetPlanAccess } from "./publication.js";

export { BackupError, type BackupErrorCode } from "../db/backup.js";

export const BACKUP_FORMAT = "planspor-backup/1";
const FORMAT_VERSION = 1;

export type BackupHeader = {
  format: string;
  createdAt: string;
  database: string;
  migrations: MigrationState;
  tables: BackupTable[];
};

export type BackupSummary = { tables: number; rows: number; bytes: number };
export type Progress = (table: string, rows: number, total: number) => void;

/**
 * Writes the whole database to `path`. The file is written beside it under a temporary name and
 * renamed at the end, so a failed backup never leaves half a file or spoils an earlier one.
 */
export async function backupDatabase(
  ctx: AppContext,
  path: string,
  options: { onProgress?: Progress } = {},
): Promise<BackupSummary> {
  const temporary = `${path}.${process.pid}.partial`;
  let handle: FileHandle;
  try {
    // Opened before the database is read, so that a path that cannot be written fails at once.
    handle = await open(temporary, "w");
  } catch (error) {
    throw new BackupError("cannot_write", `Cannot write ${path}: ${(error as NodeJS.ErrnoException).code ?? error}`);
  }
  const gzip = createGzip();
  const written = pipeline(gzip, handle.createWriteStream());
  // A failed write ends `written` too; keep it from being an unhandled rejection meanwhile.
  written.catch(() => {});
  const write = async (text: string) => {
    // After a failed write the pipeline has destroyed gzip: surface the write's own error.
    if (gzip.destroyed) await written;
    if (!gzip.write(text)) await Promise.race([once(gzip, "drain"), written]);
  };
  let rowCount = 0;
  const totals = new Map<string, { done: number; total: number }>();
  try {
    let tableCount = 0;
    await dumpDatabase(ctx.database, {
      async start(tables, migrations) {
        tableCount = tables.length;
        for (const t of tables) totals.set(t.name, { done: 0, total: t.rows });
        const header: BackupHeader = {
          format: BACKUP_FORMAT,
          createdAt: new Date().toISOString(),
          database: ctx.database.kind,
          migrations,
          tables,
        };
        await write(`${JSON.stringify(header)}\n`);
      },
      async rows(table, lines) {
        if (lines.length > 0) await write(`${lines.join("\n")}\n`);
        rowCount += lines.length;
        const count = totals.get(table);
        if (count === undefined) return;
        count.done += lines.length;
        options.onProgress?.(table, count.done, count.total);
      },
    });
    await write(`${JSON.stringify({ end: BACKUP_FORMAT, rows: rowCount })}\n`);
    gzip.end();
    await written;
    await rename(temporary, path);
    return { tables: tableCount, rows: rowCount, bytes: (await stat(path)).size };
  } catch (error) {
    gzip.destroy();
    await written.catch(() => {});
    await unlink(temporary).catch(() => {});
    throw error;
  }
}

/** The lines of a gzip'd file, one at a time, read as they are asked for. */
class LineReader {
  private readonly chunks: AsyncIterator<Buffer>;
  private readonly decoder = new StringDecoder("utf8");
  private buffer = "";
  private ended = false;

  constructor(path: string) {
    const gunzip = createGunzip();
    const file = createReadStream(path);
    file.on("error", (error) => gunzip.destroy(error));
    file.pipe(gunzip);
    this.chunks = gunzip[Symbol.asyncIterator]();
  }

  async next(): Promise<string | undefined> {
    for (;;) {
      const end = this.buffer.indexOf("\n");
      if (end >= 0) {
        const line = this.buffer.slice(0, end);
        this.buffer = this.buffer.slice(end + 1);
        return line;
      }
      if (this.ended) {
        const rest = this.buffer;
        this.buffer = "";
        return rest === "" ? undefined : rest;
      }
      const chunk = await this.chunks.next();
      if (chunk.done) {
        this.buffer += this.decoder.end();
        this.ended = true;
      } else {
        this.buffer += this.decoder.write(chunk.value);
      }
    }
  }

  async close(): Promise<void> {
    await this.chunks.return?.();
  }
}

/**
 * Opens a backup and reads its header: the checks that need no database (the file is there, is a
 * Planspor backup, in a format this version reads), so that they fail before a database is opened.
 */
export type OpenBackup = { path: string; header: BackupHeader; reader: LineReader };

export async function openBackup(path: string): Promise<OpenBackup> {
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new BackupError("file_missing", `${path} is not a file`);
  } catch (error) {
    if (error instanceof BackupError) throw error;
    throw new BackupError("file_missing", `Cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? error}`);
  }
  const reader = new LineReader(path);
  const notBackup = `${path} is not a Planspor backup (expected a gzip'd ${BACKUP_FORMAT} file)`;
  let first: string | undefined;
  try {
    first = await reader.next();
  } catch {
    await reader.close();
    throw new BackupError("not_a_backup", notBackup);
  }
  const header = parseHeader(first);
  if (header === null) {
    await reader.close();
    throw new BackupError("not_a_backup", notBackup);
  }
  const version = Number(header.format.slice("planspor-backup/".length));
  if (version !== FORMAT_VERSION) {
    await reader.close();
    throw new BackupError(
      "newer_format",
      `${path} is in the format ${header.format}, made by a newer Planspor; this version reads ${BACKUP_FORMAT}`,
    );
  }
  return { path, header, reader };
}

/** The header of this format, checked whole: its table names and types go into SQL (once matched). */
const HeaderSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  createdAt: z.string(),
  database: z.string(),
  migrations: z.object({ count: z.number().int().min(0), hash: z.string() }),
  tables: z.array(
    z.object({
      name: z.string().min(1),
      columns: z.array(
        z.object({ name: z.string().min(1), type: z.string().min(1), encoding: z.enum(["text", "base64"]).optional() }),
      ),
      primaryKey: z.array(z.string()),
      rows: z.number().int().min(0),
    }),
  ),
});

function parseHeader(line: string | undefined): BackupHeader | null {
  if (line === undefined || !line.startsWith("{")) return null;
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return null;
  }
  const format = (value as { format?: unknown } | null)?.format;
  if (typeof format !== "string" || !/^planspor-backup\/[1-9][0-9]*$/.test(format)) return null;
  // A newer format may shape the rest differently; it is refused by its number, not by its shape.
  if (format !== BACKUP_FORMAT) return value as BackupHeader;
  const parsed = HeaderSchema.safeParse(value);
  return parsed.success ? (parsed.data as BackupHeader) : null;
}

export type RestoreSummary = { tables: number; rows: number };

/**
 * Restores a backup made by `backupDatabase`. The database must have the same migrations applied
 * as the one backed up (opening it applies ours: a backup from another version is refused rather
 * than loaded into tables of another shape) and be empty, unless `force`, which replaces all its
 * data. All in one transaction; the cache of plans is emptied afterwards, whatever happened.
 * `file` is a path, or a backup opened already with `openBackup` (then closed here).
 */
export async function restoreDatabase(
  ctx: AppContext,
  file: string | OpenBackup,
  options: { force: boolean; onProgress?: Progress },
): Promise<RestoreSummary> {
  const { path, header, reader } = typeof file === "string" ? await openBackup(file) : file;
  try {
    const here = await migrationState(ctx.database.db);
    if (here.count !== header.migrations.count || here.hash !== header.migrations.hash) {
      throw new BackupError(
        "migrations_mismatch",
        `${path} was made with ${header.migrations.count} migrations applied (${header.migrations.hash}), this database has ${here.count} (${here.hash}); restore it with the Planspor version that made it`,
      );
    }
    const totals = new Map(header.tables.map((t) => [t.name, t.rows]));
    await loadDatabase(ctx.database, header.tables, {
      force: options.force,
      nextLine: () => reader.next(),
      onProgress: (table, rows) => options.onProgress?.(table, rows, totals.get(table) ?? rows),
      // Every table had its rows; the end line (checked before the commit) shows nothing was cut
      // or added after them.
      afterRows: async () => {
        const end = await reader.next();
        if (end === undefined || !end.startsWith('{"end":') || (await reader.next()) !== undefined) {
          throw new BackupError("damaged", `${path} does not end as a backup does: the file was cut short or changed`);
        }
      },
    });
    const rows = header.tables.reduce((sum, t) => sum + t.rows, 0);
    return { tables: header.tables.length, rows };
  } finally {
    await reader.close();
    ctx.plans.clear();
    forgetPlanAccess(ctx);
  }
}
