/**
 * Starts Planspor: opens the database (PGlite under a data folder, or PostgreSQL), loads the
 * built-in plans into an empty database, and serves API and UI on one port.
 */
import type { FastifyInstance, FastifyServerOptions } from "fastify";
import { type AppContext, createAppContext } from "../app/context.js";
import { followChanges } from "../app/follow-changes.js";
import { preloadPlans } from "../app/preload-plans.js";
import { seedIfEmpty } from "../app/seed-plans.js";
import { openDatabase } from "../db/connection.js";
import { projectPath } from "../project-paths.js";

export const DEFAULT_WEB_ROOT = projectPath("dist", "web");

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
  /** The use cases' context (database and cache), for tests and tools in the same process. */
  ctx: AppContext;
  close(): Promise<void>;
};

export async function startPlanspor(options: StartOptions): Promise<RunningPlanspor> {
  const opening = openDatabase({ dataDir: options.dataDir, databaseUrl: options.databaseUrl });
  // The HTTP stack loads while PGlite starts (its WebAssembly compiles off the main thread).
  const loadingServer = import("./app.js");
  const database = await opening;
  try {
    const { buildServer } = await loadingServer;
    const ctx = createAppContext(database);
    await seedIfEmpty(ctx);
    const app = await buildServer(ctx, {
      webRoot: options.webRoot === undefined ? DEFAULT_WEB_ROOT : options.webRoot,
      logger: options.logger,
    });
    // Other instances on the same PostgreSQL change plans too: their writes reach the caches here.
    const feed = await followChanges(ctx, () =>
      app.log.warn("lost the change feed: reading plans uncached until it is back"),
    );
    app.addHook("onClose", async () => {
      await feed?.close();
      await database.close();
    });
    const address = await app.listen({ port: options.port, host: options.host ?? "0.0.0.0" });
    // Warm the cache while the first requests come in; a failure here only means a colder first read.
    preloadPlans(ctx).catch((error: unknown) => app.log.warn({ err: error }, "could not preload the plans"));
    const port = new URL(address).port;
    return { url: `http://localhost:${port}`, app, ctx, close: () => app.close() };
  } catch (error) {
    await database.close();
    throw error;
  }
}
