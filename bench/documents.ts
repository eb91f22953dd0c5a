/**
 * The action plan document benchmark (not a timed test): Gjøvik's plan as DOCX and as PDF, built
 * straight through `src/documents` without the server. The first build of each in the process is
 * timed apart (module and font loading, a cold JIT), then N builds after a warm-up give the median
 * and p95. Prints the numbers and writes them, with the machine, into the «## Documents» section
 * of bench/README.md (replacing the section if it is there).
 * Run: `npx tsx bench/documents.ts [N]` (N defaults to 30).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { fileURLToPath } from "node:url";
import type { DocumentOptions } from "../src/documents/document-options.js";
import { planDocx } from "../src/documents/plan-docx.js";
import { planPdf } from "../src/documents/plan-pdf.js";
import { PlanDocument } from "../src/domain/plan-schema.js";

const PLAN_FILE = fileURLToPath(new URL("../plans/gjovik-naering-2024-2026.json", import.meta.url));
const README = fileURLToPath(new URL("./README.md", import.meta.url));
const RUNS = Number(process.argv[2] ?? 30);
const WARM_UP = 3;
const TARGETS = { docx: 500, pdf: 1500 } as const;

const quantile = (xs: number[], q: number) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
};

type Result = { first: number; median: number; p95: number; bytes: number };

async function measure(build: () => Promise<Buffer>): Promise<Result> {
  let started = performance.now();
  const bytes = (await build()).length;
  const first = performance.now() - started;
  for (let i = 1; i < WARM_UP; i++) await build();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    started = performance.now();
    await build();
    times.push(performance.now() - started);
  }
  return { first, median: quantile(times, 0.5), p95: quantile(times, 0.95), bytes };
}

function section(docx: Result, pdf: Result, load: string): string {
  const cpu = cpus();
  const machine = `${cpu[0]?.model.trim() ?? "unknown CPU"}, ${cpu.length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.versions.node}`;
  const row = (what: string, target: number, r: Result) => {
    const verdict = r.p95 < target ? "" : ": **missed**";
    return `| ${what} | < ${target} ms | ${r.median.toFixed(0)} ms | ${r.p95.toFixed(0)} ms${verdict} | ${r.first.toFixed(0)} ms | ${(r.bytes / 1024).toFixed(0)} KiB |`;
  };
  return [
    "## Documents (`npx tsx bench/documents.ts`)",
    "",
    "`bench/documents.ts` builds Gjøvik's action plan document through `src/documents`, without the",
    `server: ${RUNS} times each after a warm-up of ${WARM_UP}, and the first build in the process apart (it`,
    "loads the modules' code paths and, for the PDF, reads and parses the Roboto fonts).",
    "",
    `Measured ${new Date().toISOString().slice(0, 10)} on ${machine}, load average ${load} when it started`,
    "(the machine is shared; a load above its core count means the times include waiting for a core).",
    "Where the first PDF's time goes (CPU profile): fontkit's shaping and pdfkit's drawing running cold,",
    "before the JIT has compiled them; pdfkit's font and layout caches are per document, so nothing of",
    "ours to cache there.",
    "",
    "| What | Target | Median | p95 | First in process | Size |",
    "| --- | --- | --- | --- | --- | --- |",
    row("DOCX of Gjøvik's plan (`planDocx`)", TARGETS.docx, docx),
    row("PDF of Gjøvik's plan (`planPdf`)", TARGETS.pdf, pdf),
    "",
  ].join("\n");
}

/** The README with its «## Documents» section replaced, or appended when it has none. */
function withSection(readme: string, text: string): string {
  const start = readme.search(/^## Documents\b/m);
  if (start < 0) return `${readme.trimEnd()}\n\n${text}`;
  const rest = readme.slice(start + 1);
  const next = rest.search(/^## /m);
  const end = next < 0 ? readme.length : start + 1 + next;
  return `${readme.slice(0, start)}${text}${next < 0 ? "" : `\n${readme.slice(end)}`}`;
}

async function main(): Promise<void> {
  const load = loadavg()[0]?.toFixed(1) ?? "?";
  const plan = PlanDocument.parse(JSON.parse(readFileSync(PLAN_FILE, "utf8")));
  const options: DocumentOptions = { locale: "nb", madeOn: "2026-01-01" };
  const docx = await measure(() => planDocx(plan, options));
  const pdf = await measure(() => planPdf(plan, options));
  for (const [name, r] of [
    ["docx", docx],
    ["pdf", pdf],
  ] as const) {
    console.log(
      `${name}: median ${r.median.toFixed(1)} ms, p95 ${r.p95.toFixed(1)} ms, first ${r.first.toFixed(0)} ms, ${r.bytes} bytes (target < ${TARGETS[name]} ms)`,
    );
  }
  writeFileSync(README, withSection(readFileSync(README, "utf8"), section(docx, pdf, load)));
  console.log("bench/README.md: «## Documents» written");
}

await main();
