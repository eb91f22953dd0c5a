/**
 * The web UI in a real browser (`npm run build` first; headless Chromium at /usr/bin/chromium, or CHROMIUM_PATH):
 * 1. What the first page and the plan overview load: every JavaScript and CSS response before the page settles
 *    (networkidle), each body gzipped at level 6 as a typical server would, summed; the largest files listed.
 * 2. Largest Contentful Paint of the plan overview against localhost, a fresh browser context (cold cache) per run:
 *    median and p95.
 * The server is `planspor serve` on PGlite in a temporary data folder, with the built-in plan of Gjøvik seeded and
 * published, as an anonymous visitor sees it. Writes the section «web» of bench/README.md.
 * Run: `npx tsx bench/web.ts` (BENCH_LCP_RUNS=n for another number of runs; `--quick`: three, and no README).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { type Browser, chromium } from "playwright-core";
import { CHROMIUM_LAUNCH } from "../e2e/support/chromium.js";
import { ensureFreshBundle } from "./start.js";
import { machineLine, table, writeSection } from "./support/report.js";
import { startServer } from "./support/server.js";
import { median, ms, p95 } from "./support/stats.js";

const PLAN = "gjovik-naering-2024-2026";
const PORT = 3918;
const QUICK = process.argv.includes("--quick");
const LCP_RUNS = Number(process.env.BENCH_LCP_RUNS ?? (QUICK ? 3 : 15));
const BUDGET_KB = 200;
const LCP_TARGET_MS = 1000;

const PAGES = [
  { name: "first page", path: "/" },
  { name: "plan overview", path: `/plans/${PLAN}` },
] as const;

/** What was changed to meet the targets, with the numbers before and after (measured 2026-11-28). */
const FINDINGS = `What got the weight under the target (before: first page 240.1 KB, plan overview 244.2 KB, gzip; in the
largest files then: react-dom with zod 97.4 KB, the words of all three languages 30.4 KB, all of Designsystemet's
web components 27.0 KB):

- zod (25 KB) left the first page: \`domain/access.ts\` defines a zod enum that the first page does not use, but a
  call looks like a side effect; the build treats calls on \`z\` as pure (\`manualPureFunctions\` in vite.config.ts),
  so unused schemas drop out (nothing in the web calls \`z.config\` or a registry, which would need keeping).
- Designsystemet's React components each import all of \`@digdir/designsystemet-web\`; in the build those with a
  module of their own there (tooltip, popover, suggestion, tabs, pagination, none used yet) get only that module,
  the rest the index without them: 27.0 KB → 7.2 KB.
- Nynorsk and English load when chosen (\`i18n/index.ts\`, an i18next backend; the build gives nn.ts and en.ts a
  copy of each part of their own): the words on the first page 30.4 KB → 14.8 KB.

After: first page 184.0 KB, plan overview 187.9 KB. LCP did not move with the weight against localhost: before and
after side by side, 15 runs each in turn, median 884 ms (p95 984 ms) before and 852 ms (p95 1.04 s) after, load 0.1
rising to 4. The plan overview's LCP waits for the plan from the API (the introduction is the largest element).`;

type Asset = { url: string; kind: "js" | "css"; bytes: number; gzipBytes: number };
type PageWeight = { name: string; path: string; assets: Asset[] };
type LcpRun = { ms: number; element: string };

async function launch(): Promise<Browser> {
  return chromium.launch(CHROMIUM_LAUNCH);
}

function kindOf(url: string, contentType: string): Asset["kind"] | null {
  const path = new URL(url).pathname;
  if (contentType.includes("javascript") || /\.m?js$/.test(path)) return "js";
  if (contentType.includes("text/css") || path.endsWith(".css")) return "css";
  return null;
}

/** Every JS and CSS response of `path` until the network is idle, in a fresh context. */
async function weigh(browser: Browser, base: string, page: (typeof PAGES)[number]): Promise<PageWeight> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "nb-NO" });
  try {
    const tab = await context.newPage();
    const pending: Array<Promise<Asset | null>> = [];
    tab.on("response", (response) => {
      const kind = kindOf(response.url(), response.headers()["content-type"] ?? "");
      if (kind === null || response.status() !== 200) return;
      pending.push(
        response.body().then(
          (body) => ({ url: response.url(), kind, bytes: body.length, gzipBytes: gzipSync(body, { level: 6 }).length }),
          () => null,
        ),
      );
    });
    await tab.goto(base + page.path, { waitUntil: "networkidle" });
    const assets = (await Promise.all(pending)).filter((asset): asset is Asset => asset !== null);
    return { name: page.name, path: page.path, assets };
  } finally {
    await context.close();
  }
}

/** The Largest Contentful Paint of `url` in a fresh context, read once the page has loaded and settled. */
async function largestContentfulPaint(browser: Browser, url: string): Promise<LcpRun> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "nb-NO" });
  try {
    const tab = await context.newPage();
    await tab.goto(url, { waitUntil: "networkidle" });
    return await tab.evaluate(
      () =>
        new Promise<LcpRun>((resolve, reject) => {
          new PerformanceObserver((list) => {
            const entries = list.getEntries() as Array<PerformanceEntry & { element?: Element | null }>;
            const last = entries.at(-1);
            if (last === undefined) return reject(new Error("no largest-contentful-paint entry"));
            const element = last.element;
            const text = element?.textContent?.trim().slice(0, 40) ?? "";
            resolve({ ms: last.startTime, element: element ? `<${element.tagName.toLowerCase()}> «${text}»` : "?" });
          }).observe({ type: "largest-contentful-paint", buffered: true });
          setTimeout(() => reject(new Error("no largest-contentful-paint entry")), 5000);
        }),
    );
  } finally {
    await context.close();
  }
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const sum = (assets: Asset[], pick: (a: Asset) => number) => assets.reduce((total, asset) => total + pick(asset), 0);
const fileName = (url: string) => new URL(url).pathname.replace(/^\/assets\//, "");

function report(weights: PageWeight[], lcp: LcpRun[], machine: string): string {
  const weightRows = weights.map((w) => {
    const gzip = sum(w.assets, (a) => a.gzipBytes);
    const byKind = (kind: Asset["kind"]) =>
      kb(
        sum(
          w.assets.filter((a) => a.kind === kind),
          (a) => a.gzipBytes,
        ),
      );
    return [
      `${w.name} (\`${w.path}\`)`,
      `< ${BUDGET_KB} KB`,
      `**${kb(gzip)}**${gzip < BUDGET_KB * 1024 ? "" : ": **missed**"}`,
      byKind("js"),
      byKind("css"),
      kb(sum(w.assets, (a) => a.bytes)),
      String(w.assets.length),
    ];
  });
  const largest = weights.map((w) => {
    const top = [...w.assets].sort((a, b) => b.gzipBytes - a.gzipBytes).slice(0, 6);
    return `- ${w.name}: ${top.map((a) => `\`${fileName(a.url)}\` ${kb(a.gzipBytes)}`).join(", ")}`;
  });
  const times = lcp.map((run) => run.ms);
  const elements = [...new Set(lcp.map((run) => run.element))];
  return [
    "## The web UI in a browser (`npx tsx bench/web.ts`)",
    "",
    "`bench/web.ts` serves the built UI (`planspor serve`, PGlite in a temporary folder, Gjøvik's plan seeded and",
    "published) and loads it in headless Chromium as an anonymous visitor, 1280×900. **Weight**: every JavaScript",
    "and CSS response before the page settles (networkidle), each gzipped at level 6, summed. **LCP**: Largest",
    `Contentful Paint of the plan overview, ${lcp.length} runs, each in a fresh browser context (cold cache), read`,
    "with a buffered `PerformanceObserver` once the page has settled; against localhost, so it measures the page's",
    "own work (parse, render, the API's answer), not a network.",
    "",
    `Measured ${machine}.`,
    "",
    table(["Page", "Target", "JS + CSS, gzip", "JS", "CSS", "Uncompressed", "Files"], weightRows),
    "",
    "Largest files (gzip):",
    "",
    ...largest,
    "",
    table(
      ["What", "Target", "Median", "p95", "Range"],
      [
        [
          `LCP, plan overview (\`/plans/${PLAN}\`)`,
          `< ${ms(LCP_TARGET_MS)}`,
          `**${ms(median(times))}**${median(times) < LCP_TARGET_MS ? "" : ": **missed**"}`,
          ms(p95(times)),
          `${ms(Math.min(...times))}–${ms(Math.max(...times))}`,
        ],
      ],
    ),
    "",
    `The largest contentful element: ${elements.join("; ")}.`,
    "",
    FINDINGS,
  ].join("\n");
}

export async function main(): Promise<string> {
  const machine = machineLine();
  const folder = mkdtempSync(join(tmpdir(), "planspor-bench-web-"));
  await ensureFreshBundle();
  const server = await startServer({ port: PORT, dataDir: join(folder, "data") });
  const browser = await launch();
  try {
    const weights: PageWeight[] = [];
    for (const page of PAGES) weights.push(await weigh(browser, server.url, page));
    const url = `${server.url}/plans/${PLAN}`;
    await largestContentfulPaint(browser, url); // warm-up: the server's first assembly of the plan
    const lcp: LcpRun[] = [];
    for (let run = 0; run < LCP_RUNS; run++) lcp.push(await largestContentfulPaint(browser, url));
    const markdown = report(weights, lcp, machine);
    if (!QUICK) writeSection("web", markdown);
    return markdown;
  } finally {
    await browser.close();
    await server.stop();
    rmSync(folder, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(await main());
