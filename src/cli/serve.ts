import { DEFAULT_WEB_ROOT, startPlanspor } from "../server/start.js";
import { buildIfMissing } from "./build-web.js";
import { databaseSettings, portSetting } from "./env.js";

/** Serves UI and API on one port until SIGINT or SIGTERM, then closes the database cleanly. */
export async function serveCommand(options: { buildIfMissing: boolean; port?: string }): Promise<void> {
  const port = portSetting(options.port ?? process.env.PORT);
  const { dataDir, databaseUrl } = databaseSettings();
  if (options.buildIfMissing) await buildIfMissing(DEFAULT_WEB_ROOT, { isPglite: databaseUrl === undefined });
  const running = await startPlanspor({
    port,
    host: process.env.HOST,
    dataDir,
    databaseUrl,
    logger: { level: process.env.LOG_LEVEL ?? "warn" },
  });
  const where = databaseUrl === undefined ? `PGlite in ${dataDir}` : "PostgreSQL (DATABASE_URL)";
  process.stdout.write(`Planspor is running at ${running.url} (database: ${where})\n`);

  let isClosing = false;
  const shutdown = (signal: string) => {
    if (isClosing) return;
    isClosing = true;
    process.stdout.write(`${signal}: closing…\n`);
    running.close().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`Error while closing: ${(error as Error).message}\n`);
        process.exit(1);
      },
    );
  };
  process.once("SIGINT", () => shutdown("SIGINT"));
  process.once("SIGTERM", () => shutdown("SIGTERM"));
}
