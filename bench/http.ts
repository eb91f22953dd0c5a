/**
 * HTTP benchmarks (numbers in bench/README.md; not a timed test). Run after `npm run build`:
 *   npx tsx bench/http.ts [--pglite|--postgres] [--reads|--writes] [--quick]
 *
 * Reads: `GET /api/plans/gjovik-naering-2024-2026` with autocannon (50 connections, 20 s) from
 * this process against `planspor serve`, and the same JSON bytes as a static file from nginx
 * (Debian's, one worker process, as the app is one process) in the same run: the ratio of
 * requests per second, anonymous (the published plan) and signed in.
 *
 * Writes: 50 reporters, each signed in as a reporter of their own municipality (50 generated
 * organizations of 60 measures with 9 tertials of reports), each replacing its measures' reports
 * one after the other for 30 s with the version it read. Afterwards every report is counted in
 * the database: each 200 must be one history row and the last comment sent for each report.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import autocannon, { type Result } from "autocannon";
import { and, eq, inArray, sql } from "drizzle-orm";
import * as t from "../src/db/schema/index.js";
import type { PlanDocument, StatusReport } from "../src/domain/plan-schema.js";
import { versionOf } from "../src/domain/versions.js";
import { datasetPlans, loadDataset } from "./data/load.js";
import { createBenchUsers, type SignedIn, signIn } from "./support/accounts.js";
import { benchDatabase, type DatabaseKind, kindsFromArgs } from "./support/databases.js";
import { machineLine, table, writeSection } from "./support/report.js";
import { startServer } from "./support/server.js";
import { ms, p95, quantile } from "./support/stats.js";

const PLAN = "gjovik-naering-2024-2026";
const ADMIN = "benk-admin@planspor.test";
const APP_PORT = 3931;
const NGINX_PORT = 3932;

type Options = { seconds: number; writeSeconds: number; reporters: number; connections: number };
const FULL: Options = { seconds: 20, writeSeconds: 30, reporters: 50, connections: 50 };
const QUICK: Options = { seconds: 3, writeSeconds: 5, reporters: 10, connections: 50 };

type ReadRow = { what: string; result: Result };
type ReadFigures = { kind: DatabaseKind; bytes: number; rows: ReadRow[] };

// ——— reads ————————————————————————————————————————————————————————————————————————————————

async function benchReads(kind: DatabaseKind, options: Options): Promise<ReadFigures> {
  const database = await benchDatabase(kind);
  await database.prepare((db) => createBenchUsers(db, [{ email: ADMIN, name: "Benk Admin", installationAdmin: true }]));
  const server = await startServer({ port: APP_PORT, ...database.where });
  const nginxRoot = mkdtempSync(join(tmpdir(), "planspor-nginx-"));
  let nginx: ChildProcess | null = null;
  try {
    const session = await signIn(server.url, ADMIN);
    const planUrl = `${server.url}/api/plans/${PLAN}`;
    const anonymous = Buffer.from(await (await fetch(planUrl)).arrayBuffer());
    nginx = await startNginx(nginxRoot, anonymous);
    const staticUrl = `http://127.0.0.1:${NGINX_PORT}/plan.json`;
    const run = (url: string, headers: Record<string, string> = {}) =>
      autocannon({ url, connections: options.connections, duration: options.seconds, headers });
    // Warm both up (the JIT, the plan cache, the session) before anything is counted.
    await autocannon({ url: staticUrl, connections: 10, duration: 1 });
    await autocannon({ url: planUrl, connections: 10, duration: 1, headers: { cookie: session.cookie } });
    const rows: ReadRow[] = [];
    rows.push({ what: "nginx, the same bytes as a static file", result: await run(staticUrl) });
    rows.push({ what: "Planspor, anonymous (published plan)", result: await run(planUrl) });
    rows.push({ what: "Planspor, signed in (admin)", result: await run(planUrl, { cookie: session.cookie }) });
    rows.push({ what: "nginx again (drift check)", result: await run(staticUrl) });
    for (const row of rows) {
      const r = row.result;
      console.log(
        `${kind}: ${row.what}: ${Math.round(r.requests.average)} req/s, p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, errors ${r.errors}, non-2xx ${r.non2xx}`,
      );
    }
    return { kind, bytes: anonymous.length, rows };
  } finally {
    nginx?.kill("SIGQUIT");
    await server.stop();
    await database.dispose();
    rmSync(nginxRoot, { recursive: true, force: true });
  }
}

async function startNginx(root: string, body: Buffer): Promise<ChildProcess> {
  mkdirSync(join(root, "logs"), { recursive: true });
  writeFileSync(join(root, "plan.json"), body);
  // nginx's worker runs as nobody when started by root: it must be able to read the folder.
  chmodSync(root, 0o755);
  // One worker, as the app is one process; keep-alive without a request limit, as Node's server has none.
  const conf = `worker_processes 1;
daemon off;
pid ${root}/nginx.pid;
error_log ${root}/logs/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 1000000;
  keepalive_timeout 75s;
  types { application/json json; }
  client_body_temp_path ${root}/tmp;
  proxy_temp_path ${root}/tmp;
  fastcgi_temp_path ${root}/tmp;
  uwsgi_temp_path ${root}/tmp;
  scgi_temp_path ${root}/tmp;
  server {
    listen 127.0.0.1:${NGINX_PORT};
    root ${root};
  }
}
`;
  writeFileSync(join(root, "nginx.conf"), conf);
  mkdirSync(join(root, "tmp"), { recursive: true });
  const child = spawn("nginx", ["-p", root, "-c", join(root, "nginx.conf")], {
    stdio: ["ignore", "ignore", "inherit"],
  });
  child.on("error", (error) => {
    throw new Error(
      `nginx could not start (${error.message}): install it with «apt-get install -y nginx-light» to compare`,
    );
  });
  for (let i = 0; i < 200; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${NGINX_PORT}/plan.json`)).ok) return child;
    } catch {
      // not yet listening
    }
    if (child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 25));
  }
  child.kill("SIGQUIT");
  throw new Error(`nginx did not answer with the file: see ${root}/logs/error.log`);
}

// ——— writes ———————————————————————————————————————————————————————————————————————————————

/** One way of writing: each reporter pausing `pauseMs` between the start of one report and the next, or not at all. */
type Phase = { name: string; pauseMs: number };

type PhaseFigures = {
  phase: Phase;
  latencies: number[];
  ok: number;
  failed: Map<string, number>;
  seconds: number;
};

type WriteFigures = {
  kind: DatabaseKind;
  reporters: number;
  phases: PhaseFigures[];
  /** Over all phases: 200s answered, history rows counted, reports whose stored comment is the last one sent. */
  ok: number;
  storedEvents: number;
  lastCommentsStored: number;
  slotsWritten: number;
};

type Reporter = { email: string; name: string; plan: PlanDocument };
type Slot = { report: StatusReport; version: string };

const PHASES: Phase[] = [
  // A busy day's pace and more: every reporter sends a report every second (a person filling in
  // the form takes minutes), 50 reports a second in all.
  { name: "one report a second each", pauseMs: 1_000 },
  // The capacity: every reporter sends the next report as soon as the last is answered.
  { name: "flat out, no pause", pauseMs: 0 },
];

async function benchWrites(kind: DatabaseKind, options: Options): Promise<WriteFigures> {
  const database = await benchDatabase(kind);
  const reporters: Reporter[] = [];
  await database.prepare(async (db) => {
    const plans = [...datasetPlans({ organizations: options.reporters, measuresPerPlan: 60, periods: 9, seed: 8 })];
    await loadDataset(db, plans);
    await createBenchUsers(
      db,
      plans.map((plan, i) => {
        const reporter = { email: `benk-rapportor-${i + 1}@planspor.test`, name: `Rapportør ${i + 1}`, plan };
        reporters.push(reporter);
        const unitKeys = plan.actors.map((a) => a.key);
        return {
          email: reporter.email,
          name: reporter.name,
          membership: { organizationKey: plan.organization.key, role: "reporter", unitKeys },
        };
      }),
    );
  });
  const server = await startServer({ port: APP_PORT, ...database.where });
  try {
    const sessions = await Promise.all(reporters.map((r) => signIn(server.url, r.email)));
    // Each reporter's measures' own reports, with the version each was read at (as the report form has it).
    const slots: Slot[][] = reporters.map(({ plan }) =>
      plan.statusReports
        .filter((r) => r.activityKey === null)
        .map((report) => ({ report, version: versionOf(report) })),
    );
    const lastComment = new Map<string, string>();
    const sent = reporters.map(() => 0);

    const runPhase = async (phase: Phase): Promise<PhaseFigures> => {
      const latencies: number[] = [];
      const failed = new Map<string, number>();
      let ok = 0;
      const began = performance.now();
      const until = began + options.writeSeconds * 1000;
      await Promise.all(
        reporters.map(async (reporter, i) => {
          const session = sessions[i] as SignedIn;
          const mine = slots[i] as Slot[];
          // Spread the reporters' starts over the pause, as people do not press «Lagre» at once.
          let next = began + (phase.pauseMs * i) / reporters.length;
          for (;;) {
            if (phase.pauseMs > 0) {
              const wait = next - performance.now();
              if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
              next += phase.pauseMs;
            }
            if (performance.now() >= until) break;
            const n = (sent[i] ?? 0) + 1;
            sent[i] = n;
            const slot = mine[n % mine.length] as Slot;
            const comment = `Benk ${i + 1}.${n}`;
            const { report } = slot;
            const body = {
              version: slot.version,
              data: {
                status: report.status,
                assessment: report.assessment,
                progressPercent: report.progressPercent,
                comment,
                indicatorValues: report.indicatorValues,
                reportedBy: null,
              },
            };
            const url = `${server.url}/api/plans/${reporter.plan.actionPlan.key}/measures/${report.measureKey}/reports/${report.period}`;
            const started = performance.now();
            const res = await fetch(url, {
              method: "PUT",
              headers: { ...session, "content-type": "application/json" },
              body: JSON.stringify(body),
            });
            const text = await res.text();
            latencies.push(performance.now() - started);
            if (res.status === 200) {
              ok++;
              slot.version = (JSON.parse(text) as { version: string }).version;
              lastComment.set(`${reporter.plan.actionPlan.key}/${report.measureKey}/${report.period}`, comment);
            } else {
              const key = `${res.status} ${text.slice(0, 80)}`;
              failed.set(key, (failed.get(key) ?? 0) + 1);
            }
          }
        }),
      );
      const figures = { phase, latencies, ok, failed, seconds: (performance.now() - began) / 1000 };
      const failures = [...failed.values()].reduce((a, b) => a + b, 0);
      console.log(
        `${kind}: writes, ${phase.name}: ${ok} in ${figures.seconds.toFixed(0)} s (${Math.round(ok / figures.seconds)}/s), p50 ${ms(quantile(latencies, 0.5))}, p95 ${ms(p95(latencies))}, p99 ${ms(quantile(latencies, 0.99))}, failed ${failures}`,
      );
      for (const [what, count] of failed) console.log(`  ${count} × ${what}`);
      return figures;
    };

    const phases: PhaseFigures[] = [];
    for (const phase of PHASES) phases.push(await runPhase(phase));

    // Count what was stored, with the server stopped (PGlite allows one process).
    await server.stop();
    let storedEvents = 0;
    let lastCommentsStored = 0;
    await database.prepare(async (db) => {
      // The history names a writer by name (else e-mail).
      const names = reporters.map((r) => r.name);
      const [events] = await db.db
        .select({ n: sql<number>`count(*)::int` })
        .from(t.auditEvents)
        .where(and(eq(t.auditEvents.action, "reported"), inArray(t.auditEvents.actor, names)));
      storedEvents = events?.n ?? 0;
      const rows = await db.db
        .select({
          plan: t.actionPlans.key,
          measure: t.measures.key,
          period: t.statusReports.period,
          comment: t.statusReports.comment,
        })
        .from(t.statusReports)
        .innerJoin(t.actionPlans, eq(t.actionPlans.id, t.statusReports.actionPlanId))
        .innerJoin(t.measures, eq(t.measures.id, t.statusReports.measureId));
      for (const row of rows) {
        if (lastComment.get(`${row.plan}/${row.measure}/${row.period}`) === row.comment) lastCommentsStored++;
      }
    });
    const ok = phases.reduce((n, p) => n + p.ok, 0);
    console.log(
      `${kind}: stored: ${storedEvents} history rows for ${ok} reports answered 200; the last comment of ${lastCommentsStored} of ${lastComment.size} reports`,
    );
    return {
      kind,
      reporters: reporters.length,
      phases,
      ok,
      storedEvents,
      lastCommentsStored,
      slotsWritten: lastComment.size,
    };
  } finally {
    await server.stop();
    await database.dispose();
  }
}

// ——— the report ——————————————————————————————————————————————————————————————————————————

function readsMarkdown(figures: ReadFigures[], options: Options): string {
  const rows: string[][] = [];
  for (const f of figures) {
    const nginx = f.rows[0]?.result.requests.average ?? Number.NaN;
    for (const row of f.rows) {
      const r = row.result;
      const ratio = r.requests.average / nginx;
      rows.push([
        f.kind === "pglite" ? "PGlite" : "PostgreSQL",
        row.what,
        `${Math.round(r.requests.average).toLocaleString("en-US")}`,
        `${r.latency.p50} ms / ${r.latency.p99} ms`,
        `${(r.throughput.average / 1024 / 1024).toFixed(0)} MiB/s`,
        `${r.errors + r.non2xx}`,
        row.what.startsWith("nginx") ? "" : `**${ratio.toFixed(2)}**`,
      ]);
    }
  }
  const bytes = figures[0]?.bytes ?? 0;
  return [
    `## Reads against nginx (\`bench/http.ts --reads\`)`,
    "",
    `${machineLine()}. autocannon in the benchmark's process, ${options.connections} connections, ${options.seconds} s per row, after a 1 s warm-up; the plan's JSON is ${(bytes / 1024).toFixed(0)} KiB. Targets: anonymous ≥ 0.8 of nginx, signed in ≥ 0.3.`,
    "",
    table(["Database", "What", "Requests/s", "Latency p50 / p99", "Throughput", "Errors", "Ratio to nginx"], rows),
  ].join("\n");
}

function writesMarkdown(figures: WriteFigures[]): string {
  const rows: string[][] = [];
  for (const f of figures) {
    for (const p of f.phases) {
      const failed = [...p.failed.values()].reduce((a, b) => a + b, 0);
      rows.push([
        f.kind === "pglite" ? "PGlite" : "PostgreSQL",
        `${f.reporters} reporters, ${p.phase.name}`,
        `${p.ok.toLocaleString("en-US")} (${Math.round(p.ok / p.seconds)}/s)`,
        `${ms(quantile(p.latencies, 0.5))} / **${ms(p95(p.latencies))}** / ${ms(quantile(p.latencies, 0.99))}`,
        `${failed}`,
      ]);
    }
  }
  const stored = figures.map(
    (f) =>
      `${f.kind === "pglite" ? "PGlite" : "PostgreSQL"}: ${f.storedEvents.toLocaleString("en-US")} history rows for ${f.ok.toLocaleString("en-US")} reports answered 200, and the last comment sent is the one stored for ${f.lastCommentsStored} of the ${f.slotsWritten} reports written.`,
  );
  return [
    `## Writes (\`bench/http.ts --writes\`)`,
    "",
    `${machineLine()}. Each reporter is signed in as a reporter of its own municipality (a generated plan of 60 measures with 9 tertials of reports) and replaces its measures' reports one after another with the version it read, for 30 s at each pace. Target on PostgreSQL: p95 under 50 ms, no errors, every report stored.`,
    "",
    table(["Database", "Reporters and pace", "Reports stored", "Latency p50 / p95 / p99", "Errors"], rows),
    "",
    ...stored.map((line) => `- ${line}`),
    "",
    "Flat out is the capacity, not the time of one report: 50 clients that never pause queue for the one Node process and the database, so their latency is about 50 ÷ the reports per second (Little's law).",
  ].join("\n");
}

export async function main(args: readonly string[] = process.argv.slice(2)): Promise<void> {
  const options = args.includes("--quick") ? QUICK : FULL;
  const kinds = kindsFromArgs(args);
  const onlyWrites = args.includes("--writes") && !args.includes("--reads");
  const onlyReads = args.includes("--reads") && !args.includes("--writes");
  if (!onlyWrites) {
    const figures: ReadFigures[] = [];
    for (const kind of kinds) figures.push(await benchReads(kind, options));
    if (!args.includes("--quick")) writeSection("http-reads", readsMarkdown(figures, options));
  }
  if (!onlyReads) {
    const figures: WriteFigures[] = [];
    for (const kind of kinds) figures.push(await benchWrites(kind, options));
    if (!args.includes("--quick")) writeSection("http-writes", writesMarkdown(figures));
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
