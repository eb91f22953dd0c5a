/**
 * `planspor`: serve, list, export, import, seed. Every command honours PLANSPOR_DATA and
 * DATABASE_URL as `npm start` does; errors go to stderr with a non-zero exit.
 */
import { Command } from "commander";
import { AppError } from "../app/errors.js";
import { DatabaseError } from "../db/connection.js";
import { exportCommand, importCommand, listCommand, seedCommand } from "./commands.js";
import { CliError } from "./env.js";
import { serveCommand } from "./serve.js";

const program = new Command()
  .name("planspor")
  .description("Planspor: strategic plans and action plans as data, followed up.")
  .showHelpAfterError();

program
  .command("serve")
  .description("serve the web UI and the API (PORT, PLANSPOR_DATA, DATABASE_URL)")
  .option("--port <port>", "port to listen on (default: PORT or 3000)")
  .option("--build-if-missing", "build the web UI first when it is not built", false)
  .action(serveCommand);

program
  .command("list")
  .description("list the action plans with their keys")
  .option("--format <format>", "text or json", "text")
  .action(listCommand);

program
  .command("export")
  .description("write a plan in the interchange format")
  .requiredOption("--plan <key>", "the plan's key, e.g. gjovik-naering-2024-2026")
  .option("--format <format>", "json", "json")
  .option("--out <file>", "write to a file instead of standard output")
  .action(exportCommand);

program
  .command("import")
  .description("validate a plan file and store it (nothing is written if any part is invalid)")
  .argument("<file>", "a plan file in the interchange format planspor/1 (JSON)")
  .option("--replace", "replace a plan with the same key", false)
  .action(importCommand);

program
  .command("seed")
  .description("load the built-in plans (those not loaded yet)")
  .option("--replace", "reload built-in plans that are loaded already", false)
  .action(seedCommand);

function report(error: unknown): number {
  if (error instanceof AppError) {
    process.stderr.write(`Error: ${error.message}\n`);
    for (const p of error.problems) process.stderr.write(`  ${p.path}: ${p.message}\n`);
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

try {
  await program.parseAsync(process.argv);
} catch (error) {
  process.exitCode = report(error);
}
