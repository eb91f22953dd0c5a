/** The HTTP face of Planspor: the JSON API, its OpenAPI description, and the web UI. */
import Fastify, { type FastifyInstance, type FastifyServerOptions } from "fastify";
import { serializerCompiler, validatorCompiler } from "fastify-type-provider-zod";
import type { AppContext } from "../app/context.js";
import { registerErrorHandling } from "./errors.js";
import { registerOpenApi } from "./openapi.js";
import { areaRoutes } from "./routes/areas.js";
import { auditRoutes } from "./routes/audit.js";
import { documentRoutes } from "./routes/documents.js";
import { editRoutes } from "./routes/edits.js";
import { healthRoutes } from "./routes/health.js";
import { importRoutes } from "./routes/imports.js";
import { insightRoutes } from "./routes/insight.js";
import { measureRoutes } from "./routes/measures.js";
import { planPartRoutes } from "./routes/plan-parts.js";
import { planRoutes } from "./routes/plans.js";
import { reportRoutes } from "./routes/reports.js";
import { revisionRoutes } from "./routes/revisions.js";
import { searchRoutes } from "./routes/search.js";
import { timelineRoutes } from "./routes/timeline.js";
import { registerWeb } from "./web.js";

export type ServerOptions = {
  /** The folder of the built web UI; null serves the API alone. */
  webRoot: string | null;
  logger?: FastifyServerOptions["logger"];
  version?: string;
};

export async function buildServer(ctx: AppContext, options: ServerOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: 10 * 1024 * 1024,
    routerOptions: { ignoreTrailingSlash: true },
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandling(app);
  await registerOpenApi(app, options.version ?? "0.1.0");
  const all = [
    healthRoutes,
    planRoutes,
    areaRoutes,
    measureRoutes,
    planPartRoutes,
    editRoutes,
    reportRoutes,
    auditRoutes,
    insightRoutes,
    timelineRoutes,
    searchRoutes,
    documentRoutes,
    importRoutes,
    revisionRoutes,
  ];
  for (const routes of all) {
    await app.register(routes, { ctx });
  }
  await registerWeb(app, options.webRoot);
  return app;
}
