/**
 * Starts `planspor serve` as a child process for a benchmark (the built bundle: run `npm run build`
 * first), on PGlite in a data folder or on PostgreSQL, and waits for `/api/health` to answer 200.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const BIN = fileURLToPath(new URL("../../bin/planspor.js", import.meta.url));

export type BenchServer = {
  url: string;
  process: ChildProcess;
  /** Milliseconds from the spawn to the first 200 on /api/health. */
  startMs: number;
  /** Resident memory now, in MiB (from /proc). */
  rssMiB(): number;
  stop(): Promise<void>;
};

export type ServerSetting = { port: number; dataDir?: string; databaseUrl?: string; env?: Record<string, string> };

export async function startServer(setting: ServerSetting): Promise<BenchServer> {
  const env: Record<string, string | undefined> = { ...process.env, PORT: String(setting.port), LOG_LEVEL: "warn" };
  delete env.DATABASE_URL;
  if (setting.databaseUrl !== undefined) env.DATABASE_URL = setting.databaseUrl;
  if (setting.dataDir !== undefined) env.PLANSPOR_DATA = setting.dataDir;
  Object.assign(env, setting.env);
  const started = performance.now();
  // BENCH_CPU_PROF=DIR: a CPU profile of the server into DIR, to see where a benchmark's time goes.
  const profile = process.env.BENCH_CPU_PROF ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [];
  const child = spawn(process.execPath, [...profile, BIN, "serve"], { env, stdio: ["ignore", "ignore", "inherit"] });
  const url = `http://127.0.0.1:${setting.port}`;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`planspor serve exited with ${child.exitCode}`);
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 10));
  }
  const startMs = performance.now() - started;
  return {
    url,
    process: child,
    startMs,
    rssMiB: () => rssOf(child.pid ?? 0),
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}

/** VmRSS of a process in MiB. */
export function rssOf(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN);
  return kb / 1024;
}
