/**
 * Logs and request ids. Fastify's logger (pino) writes one JSON object per line; every request has
 * an id — the caller's `x-request-id` when it is a sane one (a proxy's or another service's, so
 * one id follows a request across them), else a new UUID — that every line logged for the request
 * carries as `reqId` and that the answer echoes in `x-request-id`. One line per completed request
 * (method, route pattern, status, duration) replaces Fastify's two (incoming and completed), which
 * repeat the whole request and log the raw URL with its query.
 */
import { randomUUID } from "node:crypto";
import type { IncomingMessage } from "node:http";
import {
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
  type FastifyServerOptions,
  LogController,
} from "fastify";

export const REQUEST_ID_HEADER = "x-request-id";

/**
 * What an incoming id may look like: up to 128 letters, digits and `._:-` (UUIDs, nginx's hex,
 * trace ids). Anything else is replaced, so a client cannot write into the logs what it likes.
 */
const SANE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** The caller's id when it is sane, else a new UUID (Fastify's `genReqId`). */
export function requestIdFor(request: Pick<IncomingMessage, "headers">): string {
  const given = request.headers[REQUEST_ID_HEADER];
  return typeof given === "string" && SANE_REQUEST_ID.test(given) ? given : randomUUID();
}

/** The path without its query string, which may hold a single sign-on code or a search. */
const pathOf = (url: string): string => url.split("?")[0] ?? url;

/** One info line per completed request, errors at error level; both with the request's `reqId`. */
class RequestLog extends LogController {
  override incomingRequest(): void {
    // Nothing: the completed line says all of it, once.
  }

  override routeNotFound(): void {
    // Nothing: the completed line of a 404 names the path.
  }

  override requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply): void {
    const line = {
      method: request.method,
      route: request.routeOptions.url ?? pathOf(request.url),
      statusCode: reply.statusCode,
      durationMs: Math.round(reply.elapsedTime * 10) / 10,
    };
    if (error) reply.log.error({ ...line, err: error }, "request errored");
    else reply.log.info(line, "request completed");
  }
}

/** Fastify's options for the ids and the request lines; `buildServer` spreads them in. */
export function requestLoggingOptions(): Pick<FastifyServerOptions, "genReqId" | "logController"> {
  return { genReqId: requestIdFor, logController: new RequestLog({ requestIdLogLabel: "reqId" }) };
}

/** The logger of `planspor serve`: JSON lines at `level`, with an ISO time a person can read. */
export function serverLoggerOptions(level: string): NonNullable<FastifyServerOptions["logger"]> {
  return { level, timestamp: () => `,"time":"${new Date().toISOString()}"` };
}

/** Echoes the request's id in the answer, first of all hooks, so that refusals carry it too. */
export function registerRequestIdHeader(app: FastifyInstance): void {
  app.addHook("onRequest", (request, reply, done) => {
    reply.header(REQUEST_ID_HEADER, request.id);
    done();
  });
}
