/**
 * Starts Planspor: opens the database (PGlite under a data folder, or PostgreSQL), loads the
 * built-in plans into an empty database, and serves API and UI on one port.
 */
import { fileURLToPath } from "node:url";
import type { FastifyInstance, FastifyServerOptions } from "fastify";
import { createAppContext } from "../app/context.js";
import { seedIfEmpty } from "../app/seed-plans.js";
import { openDatabase } from "../db/connection.js";
import { buildServer } from "./app.js";

export const DEFAULT_WEB_ROOT = fileURLToPath(new URL("../../dist/web/", import.meta.url));

export type StartOptions = {
  port: number;
  host?: string;
  /** PGlite's data folder; ignored when `databaseUrl` is set. */
  dataDir?: string;
  databaseUrl?: string;
  webRoot?: string | null;
  logger?: FastifyServerOptions["logger"];
};

export type RunningPlanspor = {
  url: string;
  app: FastifyInstance;
  close(): Promise<void>;
};

export async function startPlanspor(options: StartOptions): Promise<RunningPlanspor> {
  const database = await openDatabase({ dataDir: options.dataDir, databaseUrl: options.databaseUrl });
  try {
    const ctx = createAppContext(database);
    await seedIfEmpty(ctx);
    const app = await buildServer(ctx, {
      webRoot: options.webRoot === undefined ? DEFAULT_WEB_ROOT : options.webRoot,
      logger: options.logger,
    });
    app.addHook("onClose", () => database.close());
    const address = await app.listen({ port: options.port, host: options.host ?? "0.0.0.0" });
    const port = new URL(address).port;
    return { url: `http://localhost:${port}`, app, close: () => app.close() };
  } catch (error) {
    await database.close();
    throw error;
  }
}
