/**
 * Start and memory (`npm run build` first, so the server bundle and the PGlite template exist):
 * 1. `planspor serve` from the spawn to a 200 on /api/health, five times on a new database (a new PGlite data
 *    folder, a new PostgreSQL database) and five times on an existing one.
 * 2. Resident memory of the server at idle: after the start, some reads of the plan and a 5 s settle.
 * 3. GET /api/plans/gjovik-naering-2024-2026, sequential: median and p95.
 * PGlite always; PostgreSQL at BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres) when it
 * answers, in a scratch database dropped afterwards. Writes the section «start» of bench/README.md.
 * Run: `npx tsx bench/start.ts` (BENCH_RUNS=n for another number of starts;
 * `--quick`: two, and no README; `--pglite` or `--postgres`: that one only).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { createScratchDatabase } from "../src/db/test-database.js";
import { machineLine, table, writeSection } from "./support/report.js";
import { type BenchServer, type ServerSetting, startServer } from "./support/server.js";
import { median, ms, p95, sample } from "./support/stats.js";

const PLAN = "gjovik-naering-2024-2026";
const PORT = 3917;
const QUICK = process.argv.includes("--quick");
const RUNS = Number(process.env.BENCH_RUNS ?? (QUICK ? 2 : 5));
const READS = 1000;
const SETTLE_MS = 5000;
const POSTGRES_URL = process.env.BENCH_DATABASE_URL || "postgres://postgres@127.0.0.1:5432/postgres";

type BundleScript = { isBundleFresh(): boolean; buildServerBundle(): Promise<void> };

/**
 * `planspor serve` runs the server bundle only while it is newer than every source file, else the sources through
 * tsx (0.4 s slower, and more memory). Sources edited since the last build would time tsx, so the bundle is made
 * again first (0.1 s); called before every start.
 */
export async function ensureFreshBundle(): Promise<void> {
  const script = fileURLToPath(new URL("../scripts/server-bundle.js", import.meta.url));
  const bundle = (await import(pathToFileURL(script).href)) as BundleScript;
  if (bundle.isBundleFresh()) return;
  process.stderr.write("the server bundle is older than the sources: building it again\n");
  await bundle.buildServerBundle();
}

type Result = {
  database: "PGlite" | "PostgreSQL";
  fresh: number[];
  existing: number[];
  /** Spawn to the first 200 of the plan (health first), on an existing database. */
  firstPlan: number[];
  idleMiB: number[];
  reads: number[];
};

async function fetchPlan(server: BenchServer): Promise<void> {
  const res = await fetch(`${server.url}/api/plans/${PLAN}`);
  if (!res.ok) throw new Error(`GET /api/plans/${PLAN}: ${res.status}`);
  await res.arrayBuffer();
}

/** The resident memory after a few reads of the plan (and of its pages' API) and a settle. */
async function idleMemory(server: BenchServer): Promise<number> {
  for (let i = 0; i < 20; i++) {
    await fetchPlan(server);
    for (const path of ["/api/plans", `/api/plans/${PLAN}/measures`, "/"])
      await (await fetch(server.url + path)).text();
  }
  await new Promise((r) => setTimeout(r, SETTLE_MS));
  return server.rssMiB();
}

async function measure(
  database: Result["database"],
  setting: () => Promise<ServerSetting & { drop(): Promise<void> }>,
) {
  const result: Result = { database, fresh: [], existing: [], firstPlan: [], idleMiB: [], reads: [] };
  for (let run = 0; run < RUNS; run++) {
    const target = await setting();
    try {
      await ensureFreshBundle();
      const first = await startServer(target);
      result.fresh.push(first.startMs);
      await first.stop();
      await ensureFreshBundle();
      const again = await startServer(target);
      result.existing.push(again.startMs);
      const started = performance.now();
      await fetchPlan(again);
      result.firstPlan.push(again.startMs + performance.now() - started);
      result.idleMiB.push(await idleMemory(again));
      if (run === RUNS - 1) result.reads = await sample(READS, () => fetchPlan(again), 20);
      await again.stop();
    } finally {
      await target.drop();
    }
    process.stderr.write(
      `${database} run ${run + 1}: new ${ms(result.fresh.at(-1) ?? Number.NaN)}, existing ${ms(result.existing.at(-1) ?? Number.NaN)}, idle ${result.idleMiB.at(-1)?.toFixed(0)} MiB\n`,
    );
  }
  return result;
}

function pgliteSetting(): Promise<ServerSetting & { drop(): Promise<void> }> {
  const folder = mkdtempSync(join(tmpdir(), "planspor-bench-start-"));
  return Promise.resolve({
    port: PORT,
    dataDir: join(folder, "data"),
    drop: async () => rmSync(folder, { recursive: true, force: true }),
  });
}

async function postgresSetting(): Promise<ServerSetting & { drop(): Promise<void> }> {
  const scratch = await createScratchDatabase(POSTGRES_URL, "planspor_bench");
  return { port: PORT, databaseUrl: scratch.url, drop: () => scratch.drop() };
}

async function postgresAnswers(): Promise<boolean> {
  try {
    const scratch = await createScratchDatabase(POSTGRES_URL, "planspor_bench");
    await scratch.drop();
    return true;
  } catch (error) {
    process.stderr.write(`PostgreSQL at ${POSTGRES_URL} left out: ${(error as Error).message}\n`);
    return false;
  }
}

const range = (values: number[], format: (v: number) => string) =>
  `median ${format(median(values))} (${format(Math.min(...values))}–${format(Math.max(...values))})`;
const mib = (v: number) => `${v.toFixed(0)} MiB`;
const verdict = (value: number, limit: number) => (value < limit ? "" : ": **missed**");

function report(results: Result[], machine: string): string {
  const column = (pick: (r: Result) => string) => results.map(pick);
  const memoryTarget = (r: Result) => (r.database === "PGlite" ? 400 : 150);
  const rows = [
    [
      "start, new database → health 200",
      "< 3 s",
      ...column((r) => range(r.fresh, ms) + verdict(median(r.fresh), 3000)),
    ],
    [
      "start, existing database → health 200",
      "< 1 s",
      ...column((r) => range(r.existing, ms) + verdict(median(r.existing), 1000)),
    ],
    ["start, existing database → first plan 200", "–", ...column((r) => range(r.firstPlan, ms))],
    [
      "resident memory at idle (after reads, 5 s settle)",
      "< 400 MB PGlite, < 150 MB PostgreSQL",
      ...column((r) => range(r.idleMiB, mib) + verdict(median(r.idleMiB) * 1.048576, memoryTarget(r))),
    ],
    [
      `\`GET /api/plans/${PLAN}\` ×${READS}, sequential`,
      "median < 10 ms",
      ...column((r) => `median ${ms(median(r.reads))}, p95 ${ms(p95(r.reads))}`),
    ],
  ];
  return [
    "## Start and memory (`npx tsx bench/start.ts`)",
    "",
    `\`bench/start.ts\` starts \`planspor serve\` (the built bundle) ${RUNS} times on a new database (a new PGlite data`,
    "folder; a new PostgreSQL database) and each time again on the same one, timing from the spawn to the first 200",
    "on `/api/health`; then reads the plan and its measures 20 times, waits 5 s and reads the server's resident",
    "memory (VmRSS); the last run reads the plan 1 000 times in a row. PostgreSQL 15 on localhost, a scratch",
    "database per run, dropped after.",
    "",
    `Measured ${machine}.`,
    "",
    table(["What", "Target", ...results.map((r) => r.database)], rows),
  ].join("\n");
}

export async function main(): Promise<string> {
  const machine = machineLine();
  const only = ["--pglite", "--postgres"].filter((flag) => process.argv.includes(flag));
  const results: Result[] = [];
  if (only.length === 0 || only.includes("--pglite")) results.push(await measure("PGlite", pgliteSetting));
  if ((only.length === 0 || only.includes("--postgres")) && (await postgresAnswers())) {
    results.push(await measure("PostgreSQL", postgresSetting));
  }
  const markdown = report(results, machine);
  if (!QUICK) writeSection("start", markdown);
  return markdown;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(await main());
