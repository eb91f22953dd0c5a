/**
 * Graceful shutdown of `planspor serve`. On SIGTERM (what Docker, Kubernetes and systemd send) or
 * SIGINT the server stops accepting connections, lets the requests in flight finish, then closes
 * the database — all of it `RunningPlanspor.close()`, i.e. Fastify's `close()`, whose `onClose`
 * hooks (the database's among them) run once the HTTP server has no request left — and exits 0.
 * A request that does not finish within the timeout must not keep a stopping instance alive
 * forever: then it exits 1 and says so. A second signal while closing exits 1 at once.
 */
import type { FastifyInstance } from "fastify";

/**
 * Once closing has begun, every answer says `Connection: close`, so that the client's connection
 * ends with the request it was waiting for. Otherwise a keep-alive connection (a load balancer's,
 * a browser's) stays open after its last answer, and the server's close waits for it until the
 * keep-alive timeout (72 s) — far past the shutdown timeout. Connections idle when closing begins
 * are ended by Node's `server.close()` itself; requests arriving later on a busy one get 503.
 */
export function closeConnectionsWhenClosing(app: FastifyInstance): void {
  let closing = false;
  app.addHook("preClose", async () => {
    closing = true;
  });
  // Callback style: an async hook on every answer costs a promise per request.
  app.addHook("onSend", (_request, reply, payload, done) => {
    if (closing) reply.header("connection", "close");
    done(null, payload);
  });
}

/** What shuts down: the running server (`RunningPlanspor`). */
export type Closable = { close(): Promise<void> };

export const DEFAULT_SHUTDOWN_TIMEOUT_MS = 10_000;

export type ShutdownOutcome = { kind: "closed" } | { kind: "timed_out" } | { kind: "failed"; error: unknown };

/** `PLANSPOR_SHUTDOWN_TIMEOUT_MS`: whole milliseconds; unset or empty gives the default of 10 s. */
export function shutdownTimeoutSetting(value: string | undefined): number {
  if (value === undefined || value.trim() === "") return DEFAULT_SHUTDOWN_TIMEOUT_MS;
  const ms = Number(value);
  if (!Number.isInteger(ms) || ms <= 0) {
    throw new Error(`PLANSPOR_SHUTDOWN_TIMEOUT_MS must be a whole number of milliseconds above 0, not "${value}"`);
  }
  return ms;
}

/** Closes `target`, waiting at most `timeoutMs` for it. */
export async function shutDown(target: Closable, timeoutMs: number): Promise<ShutdownOutcome> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<ShutdownOutcome>((resolve) => {
    timer = setTimeout(() => resolve({ kind: "timed_out" }), timeoutMs);
  });
  const closing = target.close().then(
    (): ShutdownOutcome => ({ kind: "closed" }),
    (error: unknown): ShutdownOutcome => ({ kind: "failed", error }),
  );
  try {
    return await Promise.race([closing, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export type SignalOptions = {
  timeoutMs: number;
  /** Where the lines about the shutdown go; `problem` for the ones that end in exit 1. */
  say: (line: string, problem: boolean) => void;
  exit: (code: number) => void;
  signals?: readonly NodeJS.Signals[];
  /** The process whose signals to follow; another emitter in tests. */
  on?: (signal: NodeJS.Signals, listener: () => void) => void;
};

/** Shuts `target` down on the first of the signals, then exits: 0 when it closed in time, else 1. */
export function closeOnSignals(target: Closable, options: SignalOptions): void {
  const listen = options.on ?? ((signal, listener) => process.on(signal, listener));
  let closing = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (closing) {
      options.say(`${signal} again: exiting without waiting for the requests in flight`, true);
      options.exit(1);
      return;
    }
    closing = true;
    options.say(`${signal}: finishing the requests in flight, then closing (at most ${options.timeoutMs} ms)…`, false);
    void shutDown(target, options.timeoutMs).then((outcome) => {
      if (outcome.kind === "closed") {
        options.say("Closed cleanly", false);
        options.exit(0);
      } else if (outcome.kind === "timed_out") {
        options.say(
          `Requests were still running after ${options.timeoutMs} ms (PLANSPOR_SHUTDOWN_TIMEOUT_MS): exiting without them`,
          true,
        );
        options.exit(1);
      } else {
        const message = outcome.error instanceof Error ? outcome.error.message : String(outcome.error);
        options.say(`Error while closing: ${message}`, true);
        options.exit(1);
      }
    });
  };
  for (const signal of options.signals ?? (["SIGTERM", "SIGINT"] as const)) listen(signal, () => onSignal(signal));
}
