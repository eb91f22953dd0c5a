/**
 * `planspor`: serve, list, export, import, seed, backup, restore, user. Every command honours PLANSPOR_DATA and
 * DATABASE_URL as `npm start` does; errors go to stderr with a non-zero exit.
 */
import { Command } from "commander";
import { AppError } from "../app/errors.js";
import { DatabaseError, preparePglite } from "../db/connection.js";
import { CliError, databaseSettings } from "./env.js";

// Every command but help opens the database: on PGlite its WebAssembly compiles while the command's code loads.
const command = process.argv[2];
if (
  command !== undefined &&
  !command.startsWith("-") &&
  command !== "help" &&
  databaseSettings().databaseUrl === undefined
) {
  void preparePglite();
}

// Each command loads what it needs when it runs, so `planspor list` never loads the HTTP stack.
const commands = () => import("./commands.js");

const program = new Command()
  .name("planspor")
  .description("Planspor: strategic plans and action plans as data, followed up.")
  .showHelpAfterError();

program
  .command("serve")
  .description("serve the web UI and the API (PORT, PLANSPOR_DATA, DATABASE_URL)")
  .option("--port <port>", "port to listen on (default: PORT or 3000)")
  .option("--build-if-missing", "build the web UI first when it is not built", false)
  .action(async (options) => (await import("./serve.js")).serveCommand(options));

program
  .command("list")
  .description("list the action plans with their keys")
  .option("--format <format>", "text or json", "text")
  .action(async (options) => (await commands()).listCommand(options));

program
  .command("export")
  .description("write a plan in the interchange format")
  .requiredOption("--plan <key>", "the plan's key, e.g. gjovik-naering-2024-2026")
  .option("--format <format>", "json", "json")
  .option("--out <file>", "write to a file instead of standard output")
  .action(async (options) => (await commands()).exportCommand(options));

program
  .command("import")
  .description("validate a plan file and store it (nothing is written if any part is invalid)")
  .argument("<file>", "a plan file: planspor/1 (JSON); with --plan also .xlsx, .csv, .docx or StratML .xml")
  .option("--replace", "replace a plan with the same key", false)
  .option("--plan <key>", "read the file into this existing plan, as the web's import does")
  .action(async (file, options) => (await commands()).importCommand(file, options));

program
  .command("seed")
  .description("load the built-in plans (those not loaded yet)")
  .option("--replace", "reload built-in plans that are loaded already", false)
  .action(async (options) => (await commands()).seedCommand(options));

program
  .command("backup")
  .description("write the whole database (every plan, report and the history) to one file")
  .argument("<file>", "the backup file to write (gzip'd JSON lines, planspor-backup/1)")
  .action(async (file) => (await commands()).backupCommand(file));

program
  .command("restore")
  .description("load a backup into an empty database (all or nothing)")
  .argument("<file>", "a file written by `planspor backup`")
  .option("--force", "replace everything in a database that is not empty", false)
  .action(async (file, options) => (await commands()).restoreCommand(file, options));

const user = program.command("user").description("make users and reset their passwords (installation level)");

user
  .command("create")
  .description("make a user (or give an existing one a role); prints a one-time password")
  .argument("<email>", "the user's e-mail, with which they sign in")
  .option("--admin", "make the user an installation admin (admin of every organization)", false)
  .option("--name <name>", "the user's name")
  .option("--org <key>", "an organization's key, e.g. gjovik (with --role)")
  .option("--role <role>", "admin, editor, reporter or reader in --org")
  .option("--units <keys>", "a reporter's units: actor keys, comma-separated, e.g. naering,plan")
  .action(async (email, options) => (await commands()).userCreateCommand(email, options));

user
  .command("reset-password")
  .description("give a user a new one-time password (their sessions end)")
  .argument("<email>", "the user's e-mail")
  .action(async (email) => (await commands()).userResetPasswordCommand(email));

/** «Tiltak, row 4, column Strategier: » — where a problem of an imported file is. */
function placeOf(problem: Record<string, unknown>): string {
  const parts = [
    problem.sheet === undefined ? null : String(problem.sheet),
    problem.row === undefined ? null : `row ${String(problem.row)}`,
    problem.column === undefined ? null : `column ${String(problem.column)}`,
    problem.path === undefined ? null : String(problem.path),
  ].filter((part) => part !== null);
  return parts.length === 0 ? "" : `${parts.join(", ")}: `;
}

function report(error: unknown): number {
  if (error instanceof AppError) {
    process.stderr.write(`Error: ${error.message}\n`);
    for (const p of error.problems) process.stderr.write(`  ${p.path}: ${p.message}\n`);
    // A refused file's problems are placed by sheet, row and column (or a path) in the file.
    const fileProblems = (error.details.problems ?? []) as Array<Record<string, unknown>>;
    for (const p of fileProblems) process.stderr.write(`  ${placeOf(p)}${String(p.message)}\n`);
    return 1;
  }
  if (error instanceof CliError || error instanceof DatabaseError) {
    process.stderr.write(`Error: ${error.message}\n`);
    if (error instanceof CliError) for (const d of error.details) process.stderr.write(`  ${d}\n`);
    return 1;
  }
  process.stderr.write(
    `Unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  return 2;
}

// Output piped into a reader that stops early (`planspor export … | head`) is no error of ours.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

try {
  await program.parseAsync(process.argv);
} catch (error) {
  process.exitCode = report(error);
}
