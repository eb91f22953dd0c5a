/**
 * The commands: list, export, import, seed, backup, restore, and the users' (`user create`,
 * `user reset-password`). Thin: parse, call a use case, print.
 */
import { readFile, writeFile } from "node:fs/promises";
import { BackupError, backupDatabase, openBackup, type Progress, restoreDatabase } from "../app/backup.js";
import { exportPlan, parseExportFormat } from "../app/export-plan.js";
import { applyImportFile, previewImportFile } from "../app/import-file.js";
import { importPlan } from "../app/import-plan.js";
import { listPlans } from "../app/list-plans.js";
import { seedPlans } from "../app/seed-plans.js";
import { createUser, resetPasswordByEmail } from "../app/users.js";
import { Role } from "../domain/access.js";
import type { ImportFormat } from "../domain/import-model.js";
import { CliError } from "./env.js";
import { withContext } from "./with-context.js";

export async function listCommand(options: { format: string }): Promise<void> {
  if (options.format !== "json" && options.format !== "text") {
    throw new CliError(`--format must be json or text, not "${options.format}"`);
  }
  const plans = await withContext(listPlans);
  if (options.format === "json") {
    process.stdout.write(`${JSON.stringify(plans, null, 2)}\n`);
    return;
  }
  if (plans.length === 0) process.stdout.write("No plans. Load the built-in plans with `planspor seed`.\n");
  for (const p of plans) {
    process.stdout.write(
      `${p.key}\t${p.title} (${p.organization.name}, ${p.firstYear}–${p.lastYear}): ${p.measureCount} measures\n`,
    );
  }
}

export async function exportCommand(options: { plan: string; format: string; out?: string }): Promise<void> {
  const format = parseExportFormat(options.format);
  const file = await withContext((ctx) => exportPlan(ctx, options.plan, format));
  if (options.out === undefined) {
    process.stdout.write(file.bytes);
    return;
  }
  await writeFile(options.out, file.bytes);
  process.stderr.write(`Wrote ${options.out} (${file.bytes.length} bytes)\n`);
}

/** Reads a plan file; the format comes from the content (for now the JSON interchange format). */
async function readPlanFile(path: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    throw new CliError(`Cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  if (!/^\s*[{[]/.test(text)) {
    throw new CliError(`${path} is not a plan file Planspor can read: expected JSON in the format planspor/1`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new CliError(`${path} is not valid JSON: ${(error as Error).message}`);
  }
}

/** The import format of a file, from its extension (StratML as .xml). */
const FORMATS_BY_EXTENSION: Record<string, ImportFormat> = {
  xlsx: "xlsx",
  csv: "csv",
  json: "json",
  docx: "docx",
  xml: "stratml",
};

export async function importCommand(file: string, options: { replace: boolean; plan?: string }): Promise<void> {
  if (options.plan !== undefined) return importIntoPlan(file, options.plan);
  const content = await readPlanFile(file);
  const result = await withContext((ctx) => importPlan(ctx, content, { replace: options.replace }));
  process.stdout.write(`${result.outcome === "created" ? "Imported" : "Replaced"} ${result.key}: ${result.title}\n`);
}

/**
 * A file of any importable format read into an existing plan, as the web's import does: every
 * problem by row and column, or what changes, then applied in one transaction with its history.
 */
async function importIntoPlan(file: string, planKey: string): Promise<void> {
  const extension = file.toLowerCase().split(".").pop() ?? "";
  const format = FORMATS_BY_EXTENSION[extension];
  if (format === undefined) {
    throw new CliError(`${file}: Planspor reads .xlsx, .csv, .json, .docx and .xml (StratML) files`);
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(file));
  } catch (error) {
    throw new CliError(`Cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  const result = await withContext(async (ctx) => {
    const preview = await previewImportFile(ctx, planKey, format, bytes);
    if (!preview.changes) return { preview: preview.preview, skipped: preview.skipped, isApplied: false };
    const applied = await applyImportFile(ctx, planKey, format, bytes, preview.version, { name: "planspor import" });
    return { preview: applied.preview, skipped: applied.skipped, isApplied: true };
  });
  const { measures, activities } = result.preview.counts;
  const counts = (c: typeof measures) =>
    `${c.new} new, ${c.changed} changed, ${c.unchanged} unchanged, ${c.removed} removed`;
  process.stdout.write(
    `${result.isApplied ? "Imported" : "Nothing to change from"} ${file} into ${planKey}\n` +
      `  measures: ${counts(measures)}\n  activities: ${counts(activities)}\n`,
  );
  for (const skipped of result.skipped) process.stdout.write(`  skipped: ${skipped}\n`);
}

export async function seedCommand(options: { replace: boolean }): Promise<void> {
  const results = await withContext((ctx) => seedPlans(ctx, { replace: options.replace }));
  if (results.length === 0) process.stdout.write("The built-in plans are loaded already (use --replace to reload).\n");
  for (const r of results)
    process.stdout.write(`${r.outcome === "created" ? "Loaded" : "Reloaded"} ${r.key}: ${r.title}\n`);
}

/** Progress on stderr: one line per table when it is done, and every 100 000 rows of a long one. */
function progressPrinter(verb: string): Progress {
  return (table, rows, total) => {
    if (rows === total || rows % 100_000 < 1000) process.stderr.write(`  ${verb} ${table}: ${rows} of ${total} rows\n`);
  };
}

/** A refused backup or restore is the user's to fix: printed as it is, exit 1. */
async function asCliError<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof BackupError) throw new CliError(error.message);
    throw error;
  }
}

export async function backupCommand(file: string): Promise<void> {
  const started = performance.now();
  const summary = await asCliError(() =>
    withContext((ctx) => backupDatabase(ctx, file, { onProgress: progressPrinter("wrote") })),
  );
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  process.stdout.write(
    `Backed up ${summary.rows} rows of ${summary.tables} tables to ${file} (${summary.bytes} bytes, ${seconds} s)\n`,
  );
}

export async function restoreCommand(file: string, options: { force: boolean }): Promise<void> {
  // The file is checked before the database is opened, so a wrong path creates no data folder.
  const backup = await asCliError(() => openBackup(file));
  let summary: Awaited<ReturnType<typeof restoreDatabase>>;
  try {
    summary = await asCliError(() =>
      withContext((ctx) =>
        restoreDatabase(ctx, backup, { force: options.force, onProgress: progressPrinter("restored") }),
      ),
    );
  } finally {
    await backup.reader.close();
  }
  process.stdout.write(`Restored ${summary.rows} rows of ${summary.tables} tables from ${file}\n`);
}

export type UserCreateOptions = { admin: boolean; name?: string; org?: string; role?: string; units?: string };

/** The membership asked for on the command line: --org and --role together, --units only with them. */
function membershipOption(options: UserCreateOptions) {
  if (options.org === undefined && options.role === undefined) {
    if (options.units !== undefined) throw new CliError("--units needs --org and --role");
    return undefined;
  }
  if (options.org === undefined || options.role === undefined) throw new CliError("--org and --role go together");
  const role = Role.safeParse(options.role);
  if (!role.success) throw new CliError(`--role must be one of ${Role.options.join(", ")}, not "${options.role}"`);
  const unitKeys = (options.units ?? "")
    .split(",")
    .map((u) => u.trim())
    .filter((u) => u !== "");
  return { organizationKey: options.org, role: role.data, unitKeys };
}

/**
 * `planspor user create EMAIL`: a new user with a one-time password, printed once, to be changed
 * at the first login (there is no default password); an existing e-mail gets the membership (or
 * the installation admin mark) and keeps its password.
 */
export async function userCreateCommand(email: string, options: UserCreateOptions): Promise<void> {
  const membership = membershipOption(options);
  const result = await withContext((ctx) =>
    createUser(
      ctx,
      {
        email,
        name: options.name ?? null,
        installationAdmin: options.admin,
        ...(membership === undefined ? {} : { membership }),
      },
      null,
    ),
  );
  const what = [
    result.user.installationAdmin ? "installation admin" : null,
    membership === undefined ? null : `${membership.role} in ${membership.organizationKey}`,
  ].filter((w) => w !== null);
  const as = what.length === 0 ? "" : ` (${what.join("; ")})`;
  if (!result.created) {
    process.stdout.write(`${result.user.email} exists already${as}; the password is unchanged.\n`);
    return;
  }
  process.stdout.write(
    `Created ${result.user.email}${as}.\n` +
      `One-time password: ${result.oneTimePassword}\n` +
      "It must be changed at the first login. Hand it over privately; it is not shown again.\n",
  );
}

/** `planspor user reset-password EMAIL`: a new one-time password for any user; their sessions end. */
export async function userResetPasswordCommand(email: string): Promise<void> {
  const { oneTimePassword } = await withContext((ctx) => resetPasswordByEmail(ctx, email));
  process.stdout.write(
    `New one-time password for ${email.trim()}: ${oneTimePassword}\n` +
      "It must be changed at the next login; the user's sessions have ended.\n",
  );
}
