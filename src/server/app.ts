/** The HTTP face of Planspor: the JSON API, its OpenAPI description, and the web UI. */
import Fastify, { type FastifyInstance, type FastifyServerOptions } from "fastify";
import { serializerCompiler, validatorCompiler } from "fastify-type-provider-zod";
import type { AppContext } from "../app/context.js";
import { registerAuth } from "./auth.js";
import { registerErrorHandling } from "./errors.js";
import { registerRequestIdHeader, requestLoggingOptions } from "./logging.js";
import { registerMetrics } from "./metrics.js";
import { type OidcConfig, oidcConfigFromEnv } from "./oidc-config.js";
import { registerOpenApi } from "./openapi.js";
import { accountRoutes } from "./routes/accounts.js";
import { areaRoutes } from "./routes/areas.js";
import { auditRoutes } from "./routes/audit.js";
import { documentRoutes } from "./routes/documents.js";
import { editRoutes } from "./routes/edits.js";
import { healthRoutes } from "./routes/health.js";
import { importRoutes } from "./routes/imports.js";
import { insightRoutes } from "./routes/insight.js";
import { measureRoutes } from "./routes/measures.js";
import { oidcRoutes } from "./routes/oidc.js";
import { planPartRoutes } from "./routes/plan-parts.js";
import { planRoutes } from "./routes/plans.js";
import { publicRoutes } from "./routes/public.js";
import { publicationRoutes } from "./routes/publication.js";
import { reportRoutes } from "./routes/reports.js";
import { revisionRoutes } from "./routes/revisions.js";
import { searchRoutes } from "./routes/search.js";
import { timelineRoutes } from "./routes/timeline.js";
import { closeConnectionsWhenClosing } from "./shutdown.js";
import { registerWeb } from "./web.js";

export type ServerOptions = {
  /** The folder of the built web UI; null serves the API alone. */
  webRoot: string | null;
  logger?: FastifyServerOptions["logger"];
  version?: string;
  /** Single sign-on's provider; null: none; not given: from the environment (`oidc-config.ts`). */
  oidc?: OidcConfig | null;
  /**
   * Whom to believe about the client's address and protocol (`X-Forwarded-For`, `-Proto`): Fastify's
   * `trustProxy`; not given: from `PLANSPOR_TRUST_PROXY` (`true`, a hop count, or addresses).
   */
  trustProxy?: FastifyServerOptions["trustProxy"];
  /** Where users reach Planspor; not given: `PLANSPOR_PUBLIC_URL`. A session-less write may come from its origin. */
  publicUrl?: string;
  /** The bearer token `GET /metrics` asks for; not given: `PLANSPOR_METRICS_TOKEN`; empty: open. */
  metricsToken?: string;
};

type CompilersFactory = NonNullable<NonNullable<FastifyServerOptions["schemaController"]>["compilersFactory"]>;

/** JSON bodies are small; the imports take files up to 20 MB on their own routes. */
const JSON_BODY_LIMIT = 1024 * 1024;

/** `PLANSPOR_TRUST_PROXY`: `true`/`false`, a number of proxies in front, or a comma list of addresses. */
export function trustProxySetting(value: string | undefined): FastifyServerOptions["trustProxy"] {
  const text = value?.trim() ?? "";
  if (text === "" || text === "false") return false;
  if (text === "true") return true;
  if (/^\d+$/.test(text)) {
    // Trust that many proxies in front: the hops nearest to this server.
    const hops = Number(text);
    return (_address: string, hop: number) => hop < hops;
  }
  return text;
}

export async function buildServer(ctx: AppContext, options: ServerOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: JSON_BODY_LIMIT,
    trustProxy: options.trustProxy ?? trustProxySetting(process.env.PLANSPOR_TRUST_PROXY),
    routerOptions: { ignoreTrailingSlash: true },
    ...requestLoggingOptions(),
    // The zod compilers from the start: otherwise Fastify loads ajv and fast-json-stringify for
    // defaults it never uses, about 0.1 s of every start (bench/README.md, «Start and memory»).
    schemaController: {
      compilersFactory: {
        buildValidator: (() => validatorCompiler) as unknown as CompilersFactory["buildValidator"],
        buildSerializer: (() => serializerCompiler) as unknown as CompilersFactory["buildSerializer"],
      },
    },
  });
  // First of the hooks: the answer carries the request's id even when a later hook refuses it.
  registerRequestIdHeader(app);
  // A graceful close ends each connection with the answer in flight on it (`shutdown.ts`).
  closeConnectionsWhenClosing(app);
  registerErrorHandling(app);
  // Single sign-on's provider, or null: read once, here (a half-made configuration stops the start).
  const oidc = options.oidc === undefined ? oidcConfigFromEnv() : options.oidc;
  // Before any route: its start-up check and its hooks cover the routes registered after it.
  await registerAuth(app, ctx, { publicUrl: options.publicUrl ?? process.env.PLANSPOR_PUBLIC_URL });
  await registerOpenApi(app, options.version ?? "0.1.0");
  // Before the routes, so that its timing hook covers them; its route is outside /api.
  registerMetrics(app, ctx, { token: options.metricsToken ?? process.env.PLANSPOR_METRICS_TOKEN });
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
    oidcRoutes(oidc),
    publicRoutes,
    publicationRoutes,
  ];
  for (const routes of all) {
    await app.register(routes, { ctx });
  }
  await app.register(accountRoutes, { ctx, sso: oidc !== null });
  await registerWeb(app, options.webRoot);
  return app;
}
