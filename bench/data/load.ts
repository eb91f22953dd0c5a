/**
 * Loads a synthetic dataset into a Planspor database, beside the built-in Gjøvik plan.
 *
 *   npx tsx bench/data/load.ts --preset national [--data DIR | --database-url URL]
 *
 * Without `--data` or `--database-url` it uses `DATABASE_URL`, else `PLANSPOR_DATA`, else ./data,
 * as `npm start` does. Plans are saved one transaction each through the plan store, with the
 * history rows a real import and a real year of reporting leave (`imported`, and `reported` per
 * status report), so that history queries are measured against a history of realistic size.
 * Running it again replaces the generated plans (same seed: the same data).
 */
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { sql } from "drizzle-orm";
import { createAppContext } from "../../src/app/context.js";
import { seedPlans } from "../../src/app/seed-plans.js";
import { appendAuditEvents, type NewAuditEvent } from "../../src/db/audit-store.js";
import { type Database, openDatabase } from "../../src/db/connection.js";
import { savePlanDocument } from "../../src/db/plan-store.js";
import { statusReportKey } from "../../src/domain/plan-edits.js";
import type { PlanDocument } from "../../src/domain/plan-schema.js";
import { type DatasetOptions, generateDataset, isPresetName, PRESETS } from "./generate.js";

export type LoadProgress = { done: number; total: number; planKey: string; elapsedMs: number };

/** The history rows an import of the plan and the reporting of its status reports would have written. */
function historyOf(plan: PlanDocument, outcome: "created" | "replaced"): NewAuditEvent[] {
  const planKey = plan.actionPlan.key;
  const imported: NewAuditEvent = {
    actor: null,
    action: outcome === "created" ? "imported" : "replaced",
    planKey,
    entityType: "plan",
    entityKey: planKey,
    measureKey: null,
    before: null,
    after: plan,
  };
  const reported = plan.statusReports.map(
    (report): NewAuditEvent => ({
      actor: report.reportedBy,
      action: "reported",
      planKey,
      entityType: "statusReport",
      entityKey: statusReportKey(report),
      measureKey: report.measureKey,
      before: null,
      after: report,
    }),
  );
  return [imported, ...reported];
}

/**
 * Saves the plans (replacing any with the same key), one transaction each, calling `onProgress`
 * after each. `plans` may be a lazy iterable, so that a national dataset is never all in memory.
 */
export async function loadDataset(
  database: Database,
  plans: Iterable<PlanDocument>,
  onProgress: (progress: LoadProgress) => void = () => {},
  total = Array.isArray(plans) ? plans.length : Number.NaN,
): Promise<number> {
  const started = performance.now();
  let done = 0;
  for (const plan of plans) {
    // The history in batches: one insert of 500 reports' events is far below PostgreSQL's parameter limit.
    await savePlanDocument(database, plan, {
      replace: true,
      afterSave: async (tx, outcome) => {
        const events = historyOf(plan, outcome);
        for (let i = 0; i < events.length; i += 500) await appendAuditEvents(tx, events.slice(i, i + 500));
      },
    });
    done++;
    onProgress({ done, total, planKey: plan.actionPlan.key, elapsedMs: performance.now() - started });
  }
  return done;
}

/** The plans of a dataset one at a time (generating 357 plans at once holds ~1 GB). */
export function* datasetPlans(options: DatasetOptions): Generator<PlanDocument> {
  const first = options.firstIndex ?? 0;
  for (let i = 0; i < options.organizations; i++) {
    const [plan] = generateDataset({ ...options, organizations: 1, firstIndex: first + i });
    if (plan !== undefined) yield plan;
  }
}

/** A progress line on stderr, rewritten in place on a terminal, every tenth plan otherwise. */
export function stderrProgress(label: string): (progress: LoadProgress) => void {
  return ({ done, total, elapsedMs }) => {
    const rate = done / (elapsedMs / 1000);
    const left = Number.isFinite(total) ? Math.max(0, (total - done) / rate) : Number.NaN;
    const line = `${label}: ${done}/${total} plans, ${(elapsedMs / 1000).toFixed(0)} s${Number.isFinite(left) ? `, ~${left.toFixed(0)} s left` : ""}`;
    if (process.stderr.isTTY) process.stderr.write(`\r${line}${done === total ? "\n" : ""}`);
    else if (done % 10 === 0 || done === total) process.stderr.write(`${line}\n`);
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      preset: { type: "string", default: "national" },
      data: { type: "string" },
      "database-url": { type: "string" },
      seed: { type: "string" },
    },
  });
  const preset = values.preset ?? "national";
  if (!isPresetName(preset)) {
    throw new Error(`Unknown preset «${preset}»; one of ${Object.keys(PRESETS).join(", ")}`);
  }
  const options: DatasetOptions = { ...PRESETS[preset] };
  if (values.seed !== undefined) options.seed = Number(values.seed);
  const databaseUrl = values["database-url"] ?? (values.data === undefined ? process.env.DATABASE_URL : undefined);
  const dataDir = values.data ?? process.env.PLANSPOR_DATA ?? "./data";
  const database = await openDatabase(databaseUrl ? { databaseUrl } : { dataDir });
  try {
    // The built-in plan first: the app seeds only an empty database, which this one will not be.
    const seeded = await seedPlans(createAppContext(database), { replace: false });
    if (seeded.length > 0) process.stderr.write(`Loaded the built-in plans: ${seeded.map((s) => s.key).join(", ")}\n`);
    const started = performance.now();
    const count = await loadDataset(
      database,
      datasetPlans(options),
      stderrProgress(`preset ${preset}`),
      options.organizations,
    );
    process.stderr.write(`Saved ${count} generated plans in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
    // Statistics for the planner, as after any bulk load: PGlite has no autovacuum to gather them.
    await database.db.execute(sql`analyze`);
  } finally {
    await database.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
