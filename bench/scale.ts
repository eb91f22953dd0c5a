/**
 * Fast at every size: how one plan's reads answer as the database fills with other
 * organizations' plans.
 *
 *   npx tsx bench/scale.ts [--pglite|--postgres] [--quick]
 *
 * On a new database — a PGlite data folder in a temporary directory, or a scratch database on the
 * PostgreSQL server at `TEST_DATABASE_URL` (default postgres://postgres@127.0.0.1:5432/postgres),
 * dropped afterwards — it seeds Gjøvik's plan and an installation admin's session, then at each size
 * loads the plans in this process, starts `planspor serve` in a process of its own (the built bundle:
 * `npm run build` first) and times ≥200 sequential HTTP requests per route for Gjøvik's plan after a
 * warm-up, then stops the server before the next size is loaded. The sizes: 1× is Gjøvik's plan
 * and 3 generated organizations of 60 measures and 9 reporting periods each, 10× has 36 of them, 100× the
 * national 357. Each size adds to the one before, and is analysed (ANALYZE, as autovacuum would
 * do on a server that had been running) before it is measured. Both databases unless one is named.
 * `--quick` checks the script: 1, 2 and 4 organizations and 50 requests; its numbers mean little.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { sql } from "drizzle-orm";
import { createAppContext } from "../src/app/context.js";
import { seedPlans } from "../src/app/seed-plans.js";
import { openDatabase } from "../src/db/connection.js";
import { createScratchDatabase } from "../src/db/test-database.js";
import type { PlanDocumentInput } from "../src/domain/plan-schema.js";
import { datasetPlans, loadDataset, stderrProgress } from "./data/load.js";
import { adminSessionCookie } from "./support/accounts.js";
import { machineLine, table, writeSection } from "./support/report.js";
import { startServer } from "./support/server.js";
import { median, ms, p95, sample } from "./support/stats.js";

const PLAN = "gjovik-naering-2024-2026";
const PORT = 3919;
const SEED = 1;
const MEASURES = 60;
const PERIODS = 9;
/** Requests per route before the timed ones: enough for the JIT to settle the first size as much as the last. */
const WARMUP = 100;

type Size = { label: string; organizations: number };
const FULL_SIZES: Size[] = [
  { label: "1×", organizations: 3 },
  { label: "10×", organizations: 36 },
  { label: "100×", organizations: 357 },
];
const QUICK_SIZES: Size[] = [
  { label: "1×", organizations: 1 },
  { label: "2×", organizations: 2 },
  { label: "4×", organizations: 4 },
];

type Route = { name: string; path: string; target: number };

/** The routes for Gjøvik's plan, with a filter that keeps some measures and a search word its plan holds. */
function routes(): Route[] {
  const gjovik: PlanDocumentInput = JSON.parse(readFileSync(new URL(`../plans/${PLAN}.json`, import.meta.url), "utf8"));
  const area = gjovik.focusAreas?.[0]?.key ?? "industri";
  const base = `/api/plans/${PLAN}`;
  return [
    { name: "plan `GET /api/plans/{key}`", path: base, target: 20 },
    {
      name: `measures \`?area=${area}&actor=naering\``,
      path: `${base}/measures?area=${area}&actor=naering`,
      target: 20,
    },
    { name: "measures `?q=bedrift`", path: `${base}/measures?q=bedrift`, target: 20 },
    { name: "search `?q=bedrift&plan={key}`", path: `/api/search?q=bedrift&plan=${PLAN}`, target: 20 },
    { name: "coverage", path: `${base}/coverage`, target: 100 },
    { name: "money (budget)", path: `${base}/budget`, target: 100 },
  ];
}

type Measured = { size: string; plans: number; route: string; times: number[] };

/**
 * One GET, tried again once when the connection was reset: after minutes of loading, fetch's
 * pooled keep-alive socket may have been closed by the server, and the first request on it fails
 * without reaching the app. Only a warm-up request meets that; the timed ones follow at once.
 */
async function fetchOnce(url: string, cookie: string): Promise<Response> {
  try {
    return await fetch(url, { headers: { cookie } });
  } catch (error) {
    const code = (error as { cause?: { code?: string } }).cause?.code;
    if (code !== "ECONNRESET" && code !== "UND_ERR_SOCKET") throw error;
    return fetch(url, { headers: { cookie } });
  }
}

async function measureRoutes(
  url: string,
  cookie: string,
  requests: number,
  size: string,
  plans: number,
): Promise<Measured[]> {
  const results: Measured[] = [];
  for (const route of routes()) {
    const get = async () => {
      const response = await fetchOnce(url + route.path, cookie);
      if (response.status !== 200) throw new Error(`${route.path}: ${response.status} ${await response.text()}`);
      await response.arrayBuffer();
    };
    results.push({ size, plans, route: route.name, times: await sample(requests, get, WARMUP) });
  }
  return results;
}

async function runOn(kind: "pglite" | "postgres", sizes: Size[], requests: number): Promise<Measured[]> {
  let where: { dataDir: string } | { databaseUrl: string };
  let drop: (() => Promise<void>) | undefined;
  if (kind === "pglite") {
    where = { dataDir: mkdtempSync(join(tmpdir(), "planspor-scale-")) };
  } else {
    const scratch = await createScratchDatabase(
      process.env.TEST_DATABASE_URL || "postgres://postgres@127.0.0.1:5432/postgres",
      "planspor_scale",
    );
    where = { databaseUrl: scratch.url };
    drop = scratch.drop;
  }
  const results: Measured[] = [];
  try {
    let cookie = "";
    let loaded = 0;
    for (const size of sizes) {
      // The data is written here, with the server stopped (a PGlite folder takes one process at a time).
      const database = await openDatabase(where);
      try {
        if (loaded === 0) {
          const ctx = createAppContext(database);
          await seedPlans(ctx, { replace: false });
          cookie = await adminSessionCookie(ctx, "bench-admin@planspor.test", "Bench Admin");
        }
        const more = size.organizations - loaded;
        await loadDataset(
          database,
          datasetPlans({
            organizations: more,
            firstIndex: loaded,
            measuresPerPlan: MEASURES,
            periods: PERIODS,
            seed: SEED,
          }),
          stderrProgress(`${kind} ${size.label}`),
          more,
        );
        loaded = size.organizations;
        await database.db.execute(sql`analyze`);
      } finally {
        await database.close();
      }
      // The server in a process of its own, as deployed: neither the loader nor the client shares its thread.
      const server = await startServer({ port: PORT, ...where });
      try {
        process.stderr.write(`${kind} ${size.label}: measuring ${requests} requests per route\n`);
        results.push(...(await measureRoutes(server.url, cookie, requests, size.label, size.organizations + 1)));
      } finally {
        await server.stop();
      }
    }
  } finally {
    if ("dataDir" in where) rmSync(where.dataDir, { recursive: true, force: true });
    await drop?.();
  }
  return results;
}

/** The table: per route, median and p95 at each size, and how the p95 grew from the first size to the last. */
function report(kind: string, results: Measured[], sizes: Size[]): string[][] {
  const byRoute = new Map<string, Measured[]>();
  for (const r of results) byRoute.set(r.route, [...(byRoute.get(r.route) ?? []), r]);
  const targets = new Map(routes().map((r) => [r.name, r.target]));
  return [...byRoute].map(([route, rows]) => {
    const target = targets.get(route) ?? Number.NaN;
    const cells = sizes.map((size) => {
      const row = rows.find((r) => r.size === size.label);
      return row === undefined ? "–" : `${ms(median(row.times))} / ${ms(p95(row.times))}`;
    });
    const first = rows[0];
    const last = rows.at(-1);
    const growth = first && last ? p95(last.times) / p95(first.times) : Number.NaN;
    const medianGrowth = first && last ? median(last.times) / median(first.times) : Number.NaN;
    const worst = Math.max(...rows.map((r) => p95(r.times)));
    const met = worst < target && growth <= 1.5 ? "yes" : worst < target ? "p95 yes, growth no" : "no";
    return [kind, route, `< ${target} ms`, ...cells, `${growth.toFixed(2)}× (median ${medianGrowth.toFixed(2)}×)`, met];
  });
}

/** Runs the benchmark and gives its section of bench/README.md (also printed). */
export async function measureScale(argv: readonly string[]): Promise<string> {
  const { values } = parseArgs({
    args: [...argv],
    options: { pglite: { type: "boolean" }, postgres: { type: "boolean" }, quick: { type: "boolean" } },
  });
  const quick = values.quick === true;
  const sizes = quick ? QUICK_SIZES : FULL_SIZES;
  const requests = quick ? 50 : 200;
  const kinds: Array<"pglite" | "postgres"> =
    values.pglite && !values.postgres
      ? ["pglite"]
      : values.postgres && !values.pglite
        ? ["postgres"]
        : ["pglite", "postgres"];
  const machine = machineLine();
  const rows: string[][] = [];
  for (const kind of kinds) rows.push(...report(kind, await runOn(kind, sizes, requests), sizes));

  const header = [
    "Database",
    "Route (Gjøvik's plan)",
    "Target p95",
    ...sizes.map((s) => `${s.label} (${s.organizations + 1} plans) median / p95`),
    `p95 ${sizes[0]?.label}→${sizes.at(-1)?.label}`,
    "Met",
  ];
  const markdown = [
    "## Scale (`npx tsx bench/scale.ts [--pglite|--postgres] [--quick]`)",
    "",
    `${quick ? "**Quick run (small sizes, 50 requests): checks the script, not the targets.** " : ""}` +
      `Gjøvik's plan read over HTTP while the database holds more and more other organizations' plans ` +
      `(${MEASURES} measures and ${PERIODS} tertials of status reports each, seed ${SEED}, with the history an ` +
      `import and the reports would leave). ${requests} sequential requests per route after ${WARMUP} warm-up ones, ` +
      "signed in as an installation admin, to `planspor serve` in a process of its own, started after each size is loaded. Targets: p95 < 20 ms for reads, < 100 ms for coverage and money, " +
      "p95 growing at most 1.5× from the smallest size to the largest. On a shared 2-core machine the p95 of " +
      "a request of a millisecond or two is mostly waiting for a core, so the median's growth is given beside it.",
    "",
    `Measured ${machine}.`,
    "",
    table(header, rows),
  ].join("\n");
  process.stdout.write(`${markdown}\n`);
  return markdown;
}

/**
 * What `bench/data/explain.ts` showed on PostgreSQL 15 at the national size (358 plans, 177 k
 * status reports, 266 k indicator values, 178 k history rows, 116 k search entries), before and
 * after this change. Written from those runs (2026-11-28), not measured again by this script.
 */
const EXPLAIN_FINDINGS = `### What the query plans showed (\`npx tsx bench/data/explain.ts --database-url URL\`)

EXPLAIN (ANALYZE, BUFFERS) at the national size on PostgreSQL 15 (358 plans, 177 k status reports,
266 k indicator values, 178 k history rows, 116 k search entries; loaded with
\`npx tsx bench/data/load.ts --preset national\`, then ANALYZE), 2026-11-28:

- **History in a member's scope** (\`plan_key IN (…) OR (plan_key IS NULL AND organization_key IN (…))
  ORDER BY id DESC LIMIT 50\`, for a member of the first generated organization, whose events are the
  oldest): PostgreSQL walked \`audit_events_pkey\` backwards and threw away 177 229 newer rows of other
  plans: **416 ms**. Now one \`UNION ALL\` branch per plan and per organization, each
  \`ORDER BY id DESC LIMIT n\` on the new \`(plan_key, id)\` and \`(organization_key, id)\` indexes
  (migration 0007, replacing the \`(…, occurred_at)\` ones nothing read in order): a Merge Append of two
  backward index scans, **0.045 ms**, 12 buffers.
- **History of one plan** (497 events): bitmap scan of all of them and a top-N sort, 0.48 ms → a
  backward scan of \`audit_events_plan_id_idx\` reading 50 rows, 0.07 ms.
- **List of plans for a member of one organization**: counted the areas and measures of all 358 plans
  and dropped all but one in JavaScript (17.8 ms, 5 927 buffers); the organizations and publication
  now narrow it in SQL: 0.25 ms, 30 buffers. An installation admin's list is all plans by nature:
  17 ms at 358, 8 ms once VACUUM has set the visibility map (1 513 buffers, no heap fetches).
- **Search in one plan** sent \`p.key = $1 AND p.key IN (358 keys)\`; the readable keys are now checked
  in the use case and left out of the statement (the same search: 0.26 → 0.19 ms). The search route
  listed every plan's access per request to build those keys, which grew with the other plans: in
  process on PGlite, an admin's search in Gjøvik's plan took 3.1 ms median with 4 plans and 5.0 ms
  with 358, the listing alone 0.6 → 1.8 ms. It now gives the use case the viewer, and only the one
  plan's access is checked, from the access cache: 2.0 ms with 4 plans and 2.0 ms with 358.
- Already fine, no change: session lookup (0.04–0.13 ms, by primary key), plan access (0.03 ms,
  \`action_plans_key_unique\`), the plan load (one statement, each of its 18 subqueries an index scan
  on an \`(action_plan_id …)\` index: 2–6.6 ms, 67 buffers), the status
  report write (each statement by index, ≤ 1.9 ms, the largest the plan load under the lock). No plan
  had a sequential scan of a table over 2 000 rows, and every foreign key has an index leading with
  its column (checked in \`pg_constraint\`/\`pg_index\`), so cascading deletes do not scan either.
- **No statement per row**, checked in the suite on both databases (\`src/server/statement-count.test.ts\`,
  statements counted as drizzle sends them): with the plan cache emptied, each read above and the
  dashboard, reporting round, timeline and history is one statement for a plan of 10 measures and for
  one of 100; a status report is 8 statements and a measure's edit 33 (the plan rewritten, one
  statement per table) at both sizes.`;

/**
 * Runs the benchmark and writes its section of bench/README.md. What the query plans at the
 * national size showed is written by hand below that section (`bench/data/explain.ts` prints them).
 */
export async function main(argv: readonly string[] = process.argv.slice(2)): Promise<void> {
  writeSection("scale", `${await measureScale(argv)}\n\n${EXPLAIN_FINDINGS}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  });
}
