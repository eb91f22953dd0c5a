/**
 * Database benchmarks (not a timed test), straight against the plan store without the server:
 * 1. PGlite: open + migrate a fresh data folder, then reopen it (migrations checked).
 * 2. Save and replace a generated plan (6 areas × 5 measures), then `loadPlanDocument` median and p95.
 * 3. The Gjøvik plan from plans/: round trip equality and `loadPlanDocument` median and p95.
 * 4. `listPlans` median.
 * The same runs on PostgreSQL when TEST_DATABASE_URL is set; the plans it writes there are deleted
 * again, apart from a Gjøvik plan that was there before.
 * Run: `npx tsx bench/db-load-plan.ts` (with TEST_DATABASE_URL=postgres://… for PostgreSQL too).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Database, openDatabase } from "../src/db/connection.js";
import { deletePlan, listPlans, loadPlanDocument, savePlanDocument } from "../src/db/plan-store.js";
import { generatedPlan } from "../src/db/test-plans.js";
import { parsePlanDocument } from "../src/domain/validate-plan.js";

const GJOVIK_FILE = fileURLToPath(new URL("../plans/gjovik-naering-2024-2026.json", import.meta.url));
const BENCH_PLAN = "bench-plan";

const since = (started: number) => performance.now() - started;
const quantile = (xs: number[], q: number) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
};

async function timeLoads(database: Database, key: string, n = 200): Promise<string> {
  for (let i = 0; i < 20; i++) await loadPlanDocument(database, key);
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const started = performance.now();
    await loadPlanDocument(database, key);
    times.push(since(started));
  }
  return `median ${quantile(times, 0.5).toFixed(2)} ms, p95 ${quantile(times, 0.95).toFixed(2)} ms`;
}

async function run(database: Database, label: string): Promise<void> {
  const plan = generatedPlan(BENCH_PLAN, 6, 5);
  let started = performance.now();
  await savePlanDocument(database, plan, { replace: true });
  console.log(`${label}: save generated (30 measures, 60 activities, 90 indicators): ${since(started).toFixed(1)} ms`);
  const saves: number[] = [];
  for (let i = 0; i < 10; i++) {
    started = performance.now();
    await savePlanDocument(database, plan, { replace: true });
    saves.push(since(started));
  }
  console.log(`${label}: replace generated, median ${quantile(saves, 0.5).toFixed(1)} ms`);
  console.log(`${label}: load generated: ${await timeLoads(database, BENCH_PLAN)}`);

  if (existsSync(GJOVIK_FILE)) {
    const parsed = parsePlanDocument(JSON.parse(readFileSync(GJOVIK_FILE, "utf8")));
    if (parsed.ok) {
      const key = parsed.plan.actionPlan.key;
      const existed = (await loadPlanDocument(database, key)) !== null;
      await savePlanDocument(database, parsed.plan, { replace: true });
      const back = await loadPlanDocument(database, key);
      console.log(`${label}: gjovik round trip equal: ${JSON.stringify(back) === JSON.stringify(parsed.plan)}`);
      console.log(`${label}: load gjovik: ${await timeLoads(database, key)}`);
      if (!existed) await deletePlan(database, key);
    } else {
      console.log(`${label}: gjovik file does not parse (${parsed.problems.length} problems)`);
    }
  } else {
    console.log(`${label}: no gjovik file`);
  }

  const lists: number[] = [];
  for (let i = 0; i < 100; i++) {
    started = performance.now();
    await listPlans(database);
    lists.push(since(started));
  }
  console.log(`${label}: listPlans median ${quantile(lists, 0.5).toFixed(2)} ms`);
  await deletePlan(database, BENCH_PLAN);
}

async function main(): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), "planspor-bench-"));
  const dataDir = join(folder, "data");
  try {
    let started = performance.now();
    let database = await openDatabase({ dataDir });
    console.log(`pglite: open + migrate fresh data folder: ${since(started).toFixed(0)} ms`);
    await database.close();
    started = performance.now();
    database = await openDatabase({ dataDir });
    console.log(`pglite: reopen existing data folder (migrations checked): ${since(started).toFixed(0)} ms`);
    try {
      await run(database, "pglite");
    } finally {
      await database.close();
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }

  const databaseUrl = process.env.TEST_DATABASE_URL;
  if (databaseUrl === undefined || databaseUrl === "") {
    console.log("postgres: skipped (set TEST_DATABASE_URL)");
    return;
  }
  const started = performance.now();
  const database = await openDatabase({ databaseUrl });
  console.log(`postgres: open (migrations checked): ${since(started).toFixed(0)} ms`);
  try {
    await run(database, "postgres");
  } finally {
    await database.close();
  }
}

await main();
