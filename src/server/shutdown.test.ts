import { EventEmitter } from "node:events";
import { connect } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createScratchDatabase, type ScratchDatabase } from "../db/test-database.js";
import { type Closable, closeOnSignals, shutDown, shutdownTimeoutSetting } from "./shutdown.js";
import { type RunningPlanspor, startPlanspor } from "./start.js";

/** A promise with its resolve function outside, to hold something until the test lets it go. */
function gate(): { promise: Promise<void>; open: () => void } {
  let open = () => {};
  const promise = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { promise, open };
}

/** Whether a new TCP connection to the port is refused (rather than accepted). */
function isRefused(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ port, host: "127.0.0.1" });
    socket.once("connect", () => {
      socket.destroy();
      resolve(false);
    });
    socket.once("error", (error: NodeJS.ErrnoException) => resolve(error.code === "ECONNREFUSED"));
  });
}

async function eventually(check: () => Promise<boolean>, ms = 3000): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return false;
}

/**
 * The real server (`startPlanspor`) on a port, with the health check's database query held at a
 * gate: `GET /api/health` stays in flight until the test opens it. `events` records, in order,
 * when that query ran and when the database was closed.
 */
async function startHeld(): Promise<{
  running: RunningPlanspor;
  port: number;
  held: ReturnType<typeof gate>;
  entered: Promise<void>;
  events: string[];
}> {
  const running = await startPlanspor({
    port: 0,
    host: "127.0.0.1",
    webRoot: null,
    ...(scratch === null ? {} : { databaseUrl: scratch.url }),
  });
  const events: string[] = [];
  const held = gate();
  const reached = gate();
  const database = running.ctx.database;
  const db = database.db as { execute: (...args: unknown[]) => Promise<unknown> };
  const execute = db.execute.bind(db);
  db.execute = async (...args: unknown[]) => {
    reached.open();
    await held.promise;
    const result = await execute(...args);
    events.push("query answered");
    return result;
  };
  const close = database.close.bind(database);
  database.close = async () => {
    events.push("database closed");
    await close();
  };
  return { running, port: Number(new URL(running.url).port), held, entered: reached.promise, events };
}

let scratch: ScratchDatabase | null = null;
beforeAll(async () => {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (serverUrl !== undefined && serverUrl !== "")
    scratch = await createScratchDatabase(serverUrl, "planspor_shutdown");
});
afterAll(async () => {
  await scratch?.drop();
});

describe("shutting the server down", () => {
  it("finishes the request in flight, refuses new connections, then closes the database", async () => {
    const { running, port, held, entered, events } = await startHeld();
    const inFlight = fetch(`http://127.0.0.1:${port}/api/health`);
    await entered;

    const closing = shutDown(running, 10_000);
    expect(await eventually(() => isRefused(port))).toBe(true);
    // The request is still being answered, and the database is still open for it.
    expect(events).toEqual([]);

    held.open();
    const res = await inFlight;
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: "ok" });
    expect(await closing).toEqual({ kind: "closed" });
    expect(events).toEqual(["query answered", "database closed"]);
  }, 60_000);

  it("gives up after the timeout when a request does not finish", async () => {
    const { running, port, held, entered, events } = await startHeld();
    const inFlight = fetch(`http://127.0.0.1:${port}/api/health`);
    await entered;

    const started = Date.now();
    expect(await shutDown(running, 300)).toEqual({ kind: "timed_out" });
    expect(Date.now() - started).toBeLessThan(2000);
    expect(events).toEqual([]);

    // Let it finish, so that the test leaves nothing open behind it.
    held.open();
    expect((await inFlight).status).toBe(200);
    expect(await eventually(async () => events.includes("database closed"))).toBe(true);
  }, 60_000);
});

describe("closeOnSignals", () => {
  const setup = () => {
    const signals = new EventEmitter();
    const closed = gate();
    const target: Closable = { close: () => closed.promise };
    const exits: number[] = [];
    const lines: string[] = [];
    const exited = new Promise<number>((resolve) =>
      closeOnSignals(target, {
        timeoutMs: 1000,
        say: (line) => lines.push(line),
        exit: (code) => {
          exits.push(code);
          resolve(code);
        },
        on: (signal, listener) => signals.on(signal, listener),
      }),
    );
    return { signals, closed, exits, lines, exited };
  };

  it("exits 0 once the server has closed", async () => {
    const { signals, closed, exits, lines, exited } = setup();
    signals.emit("SIGTERM");
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(exits).toEqual([]);
    closed.open();
    expect(await exited).toBe(0);
    expect(lines[0]).toMatch(/^SIGTERM: finishing the requests in flight/);
  });

  it("exits 1, saying so, when the server has not closed in time", async () => {
    const { signals, lines, exited } = setup();
    signals.emit("SIGINT");
    expect(await exited).toBe(1);
    expect(lines.at(-1)).toMatch(/still running after 1000 ms \(PLANSPOR_SHUTDOWN_TIMEOUT_MS\)/);
  });

  it("exits 1 at once on a second signal", async () => {
    const { signals, exits } = setup();
    signals.emit("SIGTERM");
    signals.emit("SIGTERM");
    expect(exits).toEqual([1]);
  });
});

describe("PLANSPOR_SHUTDOWN_TIMEOUT_MS", () => {
  it("defaults to 10 s and refuses what is not a positive whole number", () => {
    expect(shutdownTimeoutSetting(undefined)).toBe(10_000);
    expect(shutdownTimeoutSetting(" ")).toBe(10_000);
    expect(shutdownTimeoutSetting("2500")).toBe(2500);
    for (const bad of ["0", "-5", "1.5", "ten"]) expect(() => shutdownTimeoutSetting(bad)).toThrow(/whole number/);
  });
});
