import { serverLoggerOptions } from "../server/logging.js";
import { closeOnSignals, shutdownTimeoutSetting } from "../server/shutdown.js";
import { DEFAULT_WEB_ROOT, startPlanspor } from "../server/start.js";
import { buildIfMissing } from "./build-web.js";
import { CliError, databaseSettings, portSetting } from "./env.js";

/**
 * Serves UI and API on one port until SIGTERM or SIGINT, then finishes the requests in flight and
 * closes the database (`server/shutdown.ts`), within `PLANSPOR_SHUTDOWN_TIMEOUT_MS`.
 */
export async function serveCommand(options: { buildIfMissing: boolean; port?: string }): Promise<void> {
  const port = portSetting(options.port ?? process.env.PORT);
  const { dataDir, databaseUrl } = databaseSettings();
  // Read before the start, so that a bad value stops it instead of surfacing at the first SIGTERM.
  let timeoutMs: number;
  try {
    timeoutMs = shutdownTimeoutSetting(process.env.PLANSPOR_SHUTDOWN_TIMEOUT_MS);
  } catch (error) {
    throw new CliError((error as Error).message);
  }
  if (options.buildIfMissing) await buildIfMissing(DEFAULT_WEB_ROOT, { isPglite: databaseUrl === undefined });
  const running = await startPlanspor({
    port,
    host: process.env.HOST,
    dataDir,
    databaseUrl,
    // A server logs each request at info, as servers do; the benchmarks set LOG_LEVEL=warn.
    logger: serverLoggerOptions(process.env.LOG_LEVEL?.trim() || "info"),
  });
  const where = databaseUrl === undefined ? `PGlite in ${dataDir}` : "PostgreSQL (DATABASE_URL)";
  process.stdout.write(`Planspor is running at ${running.url} (database: ${where})\n`);

  closeOnSignals(running, {
    timeoutMs,
    say: (line, problem) => (problem ? process.stderr : process.stdout).write(`${line}\n`),
    exit: (code) => process.exit(code),
  });
}
