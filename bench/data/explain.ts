/**
 * The query plans behind one plan's reads and writes, on a PostgreSQL database already loaded
 * (`bench/data/load.ts --preset national --database-url URL`):
 *
 *   npx tsx bench/data/explain.ts --database-url URL [--verbose]
 *
 * Runs each use case once through the real stores while recording the SQL the driver sends, then
 * runs `EXPLAIN (ANALYZE, BUFFERS)` on every recorded statement (writes inside a transaction that
 * is rolled back) and prints, per statement, its execution time, the rows and buffers it read,
 * and any sequential scan of a table of more than a few thousand rows: a plan whose cost grows
 * with the other plans in the database.
 */
import { parseArgs } from "node:util";
import pg from "pg";
import { createAppContext } from "../../src/app/context.js";
import { editPlan } from "../../src/app/edit-plan.js";
import { search } from "../../src/app/search.js";
import { createSession, resolveSession } from "../../src/app/sessions.js";
import { changePassword, createUser } from "../../src/app/users.js";
import { auditScope, listVisiblePlans, readablePlanKeys } from "../../src/app/visible-plans.js";
import { listAuditEvents } from "../../src/db/audit-store.js";
import { openDatabase } from "../../src/db/connection.js";
import { listPlans, loadPlanDocument } from "../../src/db/plan-store.js";
import { findPlanAccess, listPlanAccessRows } from "../../src/db/publication-store.js";
import { planExists, searchEntries } from "../../src/db/search-store.js";
import { versionOf } from "../../src/domain/versions.js";

const PLAN = "gjovik-naering-2024-2026";
const REPORT_MEASURE = "industri-bedriftsbesok";
/** The national preset's first organization: its events are the oldest, under every other plan's. */
const FIRST_GENERATED_ORG = "norddal-001";
const FIRST_GENERATED = `${FIRST_GENERATED_ORG}-naering-2024-2026`;

type Recorded = { label: string; text: string; values: unknown[] };
const recorded: Recorded[] = [];
let label: string | null = null;

// Every statement the stores send goes through pg's Client.query: record it while a label is set.
const originalQuery = pg.Client.prototype.query;
pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  const [first, second] = args;
  if (label !== null) {
    const config = typeof first === "string" ? { text: first, values: second } : (first as pg.QueryConfig);
    const text = config.text;
    if (!/^\s*(begin|commit|rollback|savepoint|release)/i.test(text)) {
      // drizzle passes the parameters as the second argument, beside a config without them.
      const params = (config.values as unknown[] | undefined) ?? (Array.isArray(second) ? second : []);
      recorded.push({ label, text, values: params });
    }
  }
  // biome-ignore lint/suspicious/noExplicitAny: passing pg's overloaded arguments through unchanged.
  return (originalQuery as any).apply(this, args);
} as typeof pg.Client.prototype.query;

async function as<T>(name: string, run: () => Promise<T>): Promise<T> {
  label = name;
  try {
    return await run();
  } finally {
    label = null;
  }
}

type Node = {
  "Node Type": string;
  "Relation Name"?: string;
  "Index Name"?: string;
  "Actual Rows"?: number;
  "Actual Loops"?: number;
  "Rows Removed by Filter"?: number;
  "Shared Hit Blocks"?: number;
  "Shared Read Blocks"?: number;
  Plans?: Node[];
};

function walk(node: Node, visit: (node: Node) => void): void {
  visit(node);
  for (const child of node.Plans ?? []) walk(child, visit);
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { "database-url": { type: "string" }, verbose: { type: "boolean" } } });
  const url = values["database-url"] ?? process.env.DATABASE_URL;
  if (url === undefined) throw new Error("--database-url is required");
  const database = await openDatabase({ databaseUrl: url, migrate: true });
  const ctx = createAppContext(database);
  try {
    const email = `explain-${Date.now()}@planspor.test`;
    const { user, oneTimePassword } = await createUser(ctx, { email, name: "Explain", installationAdmin: true }, null);
    if (oneTimePassword !== null) await changePassword(ctx, user.id, oneTimePassword, "et-passord-for-explain", null);
    const member = await createUser(
      ctx,
      { email: `member-${email}`, name: "Member", membership: { organizationKey: "gjovik", role: "editor" } },
      null,
    );
    const { token } = await createSession(ctx, user.id);
    const { token: memberToken } = await createSession(ctx, member.user.id);

    const session = await as("session lookup (admin)", () => resolveSession(ctx, token));
    const memberSession = await as("session lookup (member)", () => resolveSession(ctx, memberToken));
    if (session === null || memberSession === null) throw new Error("no session");
    await as("plan access (one plan)", () => findPlanAccess(database.db, PLAN));
    await as("plan access (all plans: readable keys)", () => listPlanAccessRows(database.db));
    await as("list of plans", () => listPlans(database));
    await as("list of plans (visible, member)", () => listVisiblePlans(ctx, memberSession.viewer));
    await as("plan load", () => loadPlanDocument(database, PLAN));
    await as("search store: planExists", () => planExists(database, PLAN));
    const keys = await readablePlanKeys(ctx, session.viewer);
    await as("search in one plan (admin: every key readable)", () =>
      searchEntries(database, { text: "bedrift", planKey: PLAN, planKeys: [...keys], limit: 20 }),
    );
    await as("search use case, one plan (admin)", () =>
      search(ctx, { q: "næringsarealer", plan: PLAN, viewer: session.viewer, limit: 20 }),
    );
    const memberKeys = await readablePlanKeys(ctx, memberSession.viewer);
    await as("search, all readable plans (member)", () =>
      searchEntries(database, { text: "bedrift", planKeys: [...memberKeys], limit: 20 }),
    );
    await as("audit history of one plan", () => listAuditEvents(database, { planKey: PLAN, limit: 50 }));
    await as("audit history of one measure", () =>
      listAuditEvents(database, { planKey: PLAN, measureKey: "industri-bedriftsbesok", limit: 50 }),
    );
    const scope = await auditScope(ctx, memberSession.viewer);
    await as("audit history (member's scope)", () =>
      listAuditEvents(database, { ...(scope === undefined ? {} : { scope }), limit: 50 }),
    );
    // The report may be there from an earlier run: then the write replaces it, naming its version.
    const stored = await loadPlanDocument(database, PLAN);
    const existing = stored?.statusReports.find((r) => r.measureKey === REPORT_MEASURE && r.period === "2025-T2");
    await as("audit history (member of the first generated organization)", () =>
      listAuditEvents(database, {
        scope: { planKeys: [FIRST_GENERATED], organizationKeys: [FIRST_GENERATED_ORG] },
        limit: 50,
      }),
    );
    await as("status report write", () =>
      editPlan(
        ctx,
        PLAN,
        {
          op: "report",
          report: {
            measureKey: "industri-bedriftsbesok",
            activityKey: null,
            period: "2025-T2",
            status: "ongoing",
            assessment: "on_track",
            progressPercent: 40,
            comment: "Explain",
            commentInternal: false,
            indicatorValues: [{ indicatorKey: "industri-bedriftsbesok-antall", value: 3 }],
            reportedAt: "2025-09-01T10:00:00+02:00",
            reportedBy: "explain",
          },
        },
        { version: existing === undefined ? null : versionOf(existing) },
        { name: "explain" },
      ),
    );
  } finally {
    await database.close();
  }

  // Recording is off now (no label), so this client's queries pass straight through.
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    let i = 0;
    for (const r of recorded) {
      i++;
      const write = /^\s*(insert|update|delete)/i.test(r.text);
      await client.query("begin");
      try {
        const result = await client.query({
          text: `explain (analyze, buffers, format json) ${r.text}`,
          values: r.values,
        });
        const [explained] = result.rows[0]["QUERY PLAN"] as Array<{ Plan: Node; "Execution Time": number }>;
        if (explained === undefined) continue;
        const seqScans: string[] = [];
        let hit = 0;
        walk(explained.Plan, (node) => {
          if (node["Node Type"] === "Seq Scan") {
            const rows = (node["Actual Rows"] ?? 0) + (node["Rows Removed by Filter"] ?? 0);
            if (rows > 2000) seqScans.push(`${node["Relation Name"]} (${rows} rows × ${node["Actual Loops"]} loops)`);
          }
        });
        hit = (explained.Plan["Shared Hit Blocks"] ?? 0) + (explained.Plan["Shared Read Blocks"] ?? 0);
        const summary = `${String(i).padStart(2)} ${r.label}${write ? " [write]" : ""}: ${explained["Execution Time"].toFixed(2)} ms, ${hit} buffers${seqScans.length > 0 ? `, SEQ SCAN ${seqScans.join(", ")}` : ""}`;
        process.stdout.write(`${summary}\n`);
        if (values.verbose || seqScans.length > 0) {
          process.stdout.write(`   ${r.text.slice(0, 400).replaceAll("\n", " ")}\n`);
          const text = await client.query({ text: `explain (analyze, buffers) ${r.text}`, values: r.values });
          for (const row of text.rows) process.stdout.write(`     ${row["QUERY PLAN"]}\n`);
        }
      } catch (error) {
        process.stdout.write(`${String(i).padStart(2)} ${r.label}: could not explain: ${(error as Error).message}\n`);
      } finally {
        await client.query("rollback");
      }
    }
  } finally {
    await client.end();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
