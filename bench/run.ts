/**
 * Foundation benchmarks (numbers go in bench/README.md; not a timed test):
 * 1. `planspor serve` (UI built) to a 200 on /api/health with the plan loaded: fresh data folder, then existing.
 * 2. GET /api/plans/gjovik-naering-2024-2026: median and p95 over sequential requests.
 * Run: `npm run build && npm run bench` (set DATABASE_URL to measure PostgreSQL instead of PGlite).
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const BIN = fileURLToPath(new URL("../bin/planspor.js", import.meta.url));
const PLAN = "gjovik-naering-2024-2026";
const PORT = 3917;
const base = `http://127.0.0.1:${PORT}`;

function startServer(dataDir: string): ChildProcess {
  return spawn(process.execPath, [BIN, "serve"], {
    env: { ...process.env, PORT: String(PORT), PLANSPOR_DATA: dataDir },
    stdio: ["ignore", "ignore", "inherit"],
  });
}

async function timeToHealthy(dataDir: string): Promise<{ ms: number; server: ChildProcess }> {
  const started = performance.now();
  const server = startServer(dataDir);
  for (;;) {
    try {
      const res = await fetch(`${base}/api/health`);
      if (res.ok) {
        const plan = await fetch(`${base}/api/plans/${PLAN}`);
        if (plan.ok) return { ms: performance.now() - started, server };
      }
    } catch {
      // not listening yet
    }
    if (server.exitCode !== null) throw new Error(`server exited with ${server.exitCode}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

async function stop(server: ChildProcess): Promise<void> {
  await new Promise<void>((resolve) => {
    server.once("exit", () => resolve());
    server.kill("SIGTERM");
  });
}

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;

const median = (values: number[]) =>
  quantile(
    [...values].sort((a, b) => a - b),
    0.5,
  );
const RUNS = 5;

async function main(): Promise<void> {
  const fresh: number[] = [];
  const existing: number[] = [];
  let server: ChildProcess | undefined;
  for (let run = 0; run < RUNS; run++) {
    const dataDir = join(mkdtempSync(join(tmpdir(), "planspor-bench-")), "data");
    const first = await timeToHealthy(dataDir);
    fresh.push(first.ms);
    await stop(first.server);
    const again = await timeToHealthy(dataDir);
    existing.push(again.ms);
    if (run < RUNS - 1) {
      await stop(again.server);
      rmSync(dataDir, { recursive: true, force: true });
    } else {
      server = again.server;
    }
  }
  const ms = (values: number[]) => values.map((v) => v.toFixed(0)).join(", ");
  console.log(`start, fresh data folder → health 200 + plan: median ${median(fresh).toFixed(0)} ms (${ms(fresh)})`);
  console.log(
    `start, existing data folder → health 200 + plan: median ${median(existing).toFixed(0)} ms (${ms(existing)})`,
  );

  const times: number[] = [];
  for (let i = 0; i < 1000; i++) {
    const t = performance.now();
    const res = await fetch(`${base}/api/plans/${PLAN}`);
    await res.arrayBuffer();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  console.log(
    `GET /api/plans/${PLAN} ×1000 sequential: median ${quantile(times, 0.5).toFixed(2)} ms, p95 ${quantile(times, 0.95).toFixed(2)} ms`,
  );
  if (server !== undefined) await stop(server);
}

await main();
