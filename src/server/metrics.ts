/**
 * Prometheus metrics at `GET /metrics` (prom-client): request durations by method, route pattern and
 * status; the PostgreSQL pool; the plan cache's hits and misses; Node's process metrics.
 *
 * Each server has a registry of its own, since tests build many servers in one process and a
 * shared registry would mix their numbers (or refuse the second registration of a name). Node's
 * process metrics are the process's, not a server's: they live in one registry made once and are
 * merged into every scrape, so that building a server does not add another event-loop monitor and
 * GC observer that nothing could ever remove.
 *
 * Open to anyone by default, as exporters usually are (keep the port off the internet, or let the
 * proxy refuse `/metrics`); with `PLANSPOR_METRICS_TOKEN` set, a scrape must send
 * `Authorization: Bearer <token>`.
 */
import { createHash, timingSafeEqual } from "node:crypto";
import type { FastifyInstance, FastifyRequest } from "fastify";
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";
import type { AppContext } from "../app/context.js";
import { PUBLIC } from "./access.js";
import { errorBody } from "./errors.js";

export const METRICS_PATH = "/metrics";

type PoolStats = ReturnType<NonNullable<AppContext["database"]["poolStats"]>>;

export type MetricsOptions = {
  /** When set, a scrape must send `Authorization: Bearer <token>`; unset or empty: open. */
  token?: string | undefined;
};

/**
 * Seconds; from a cached plan read (well under 5 ms) to a PDF of a large plan or an import
 * (seconds), which is where the API's answers fall.
 */
const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

/** The methods Fastify routes; anything else is counted as `other`, so a client cannot add label values. */
const KNOWN_METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);

let processRegistry: Registry | undefined;

/** Node's default metrics (CPU, memory, event loop, GC, handles), collected once per process. */
function processMetrics(): Registry {
  if (processRegistry === undefined) {
    processRegistry = new Registry();
    collectDefaultMetrics({ register: processRegistry });
  }
  return processRegistry;
}

/**
 * The route's pattern (`/api/plans/:planKey`), never the URL itself: one series per route, however
 * many plans, keys and query strings there are. A request that matched no route is `unmatched`.
 */
function routeLabel(request: FastifyRequest): string {
  return request.routeOptions.url ?? "unmatched";
}

/** The server's own metrics: made per server, read by `registerMetrics`'s route. */
function createMetrics(ctx: AppContext): { registry: Registry; requestDuration: Histogram<string> } {
  const registry = new Registry();
  const requestDuration = new Histogram({
    name: "http_request_duration_seconds",
    help: "Time from the request's arrival to the end of its answer, by method, route pattern and status.",
    labelNames: ["method", "route", "status_code"],
    buckets: DURATION_BUCKETS,
    registers: [registry],
  });

  // The cache counts in plain fields (`PlanCache.hits`, `.misses`); the counters catch up with them
  // at each scrape rather than the cache knowing about Prometheus.
  const cacheCounter = (name: string, help: string, read: () => number) => {
    let seen = 0;
    return new Counter({
      name,
      help,
      registers: [registry],
      collect() {
        const now = read();
        if (now > seen) this.inc(now - seen);
        seen = now;
      },
    });
  };
  cacheCounter("planspor_plan_cache_hits_total", "Plan reads answered from the in-memory cache.", () => ctx.plans.hits);
  cacheCounter(
    "planspor_plan_cache_misses_total",
    "Plan reads that had to load the plan from the database.",
    () => ctx.plans.misses,
  );

  // Only a PostgreSQL pool has these; PGlite is one connection in the process, and no gauge beats
  // a gauge stuck at zero.
  const poolStats = ctx.database.poolStats?.bind(ctx.database);
  if (poolStats !== undefined) {
    const poolGauge = (name: string, help: string, pick: (stats: PoolStats) => number) =>
      new Gauge({
        name,
        help,
        registers: [registry],
        collect() {
          this.set(pick(poolStats()));
        },
      });
    poolGauge("planspor_db_pool_connections", "Connections the PostgreSQL pool holds, busy or idle.", (s) => s.total);
    poolGauge("planspor_db_pool_idle_connections", "Connections in the pool waiting for a query.", (s) => s.idle);
    poolGauge("planspor_db_pool_waiting_clients", "Queries waiting for a free connection.", (s) => s.waiting);
  }
  return { registry, requestDuration };
}

/** Does the request carry `Authorization: Bearer <token>`? Compared in constant time. */
function hasToken(request: FastifyRequest, token: string): boolean {
  const header = request.headers.authorization ?? "";
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (match === null) return false;
  // Hashes have one length, so timingSafeEqual can compare them whatever was sent.
  const digest = (text: string) => createHash("sha256").update(text).digest();
  return timingSafeEqual(digest(match[1] ?? ""), digest(token));
}

/**
 * Times every request and serves the metrics. Call before registering the routes, so that the
 * timing hook covers them all.
 */
export function registerMetrics(app: FastifyInstance, ctx: AppContext, options: MetricsOptions = {}): void {
  const { registry, requestDuration } = createMetrics(ctx);
  const token = options.token === undefined || options.token === "" ? null : options.token;

  app.addHook("onResponse", (request, reply, done) => {
    const method = KNOWN_METHODS.has(request.method) ? request.method : "other";
    requestDuration.observe(
      { method, route: routeLabel(request), status_code: String(reply.statusCode) },
      reply.elapsedTime / 1000,
    );
    done();
  });

  app.get(
    METRICS_PATH,
    {
      // Outside /api and out of the OpenAPI document: an operator's endpoint, not the product's API.
      // The token, when there is one, is checked here rather than by the session guard.
      config: { access: PUBLIC },
      schema: { hide: true },
    },
    async (request, reply) => {
      if (token !== null && !hasToken(request, token)) {
        return reply
          .code(401)
          .header("www-authenticate", 'Bearer realm="metrics"')
          .send(errorBody("unauthenticated", "The metrics need Authorization: Bearer <PLANSPOR_METRICS_TOKEN>"));
      }
      const merged = Registry.merge([processMetrics(), registry]);
      const text = await merged.metrics();
      return reply.header("content-type", merged.contentType).header("cache-control", "no-store").send(text);
    },
  );
}
