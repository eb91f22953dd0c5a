/** The real app on a fresh test database (PGlite, or PostgreSQL when TEST_DATABASE_URL is set). */
import type { FastifyInstance } from "fastify";
import { type AppContext, createAppContext } from "../app/context.js";
import { seedPlans } from "../app/seed-plans.js";
import { createTestDatabase } from "../db/test-database.js";
import { buildServer } from "./app.js";

export type TestServer = { app: FastifyInstance; ctx: AppContext; dispose(): Promise<void> };

export async function createTestServer(options: { seed?: boolean; webRoot?: string | null } = {}): Promise<TestServer> {
  const database = await createTestDatabase();
  const ctx = createAppContext(database);
  if (options.seed ?? true) await seedPlans(ctx, { replace: false });
  const app = await buildServer(ctx, { webRoot: options.webRoot ?? null });
  return {
    app,
    ctx,
    async dispose() {
      await app.close();
      await database.dispose();
    },
  };
}
