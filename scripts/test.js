// `npm test`: the whole suite. Unit, component and API tests (Vitest), then the browser tests in
// real Chromium against a fresh build of the UI. With TEST_DATABASE_URL set, the API and browser
// tests run on that PostgreSQL server instead of the embedded PGlite.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { ensureTools } from "./ensure-tools.js";

const root = new URL("..", import.meta.url).pathname;
const resultsDir = join(root, ".tmp", "test-results");
rmSync(resultsDir, { recursive: true, force: true });
mkdirSync(resultsDir, { recursive: true });

const chromium = ensureTools();
const env = { ...process.env, CHROMIUM_PATH: chromium };
const database = process.env.TEST_DATABASE_URL ? "PostgreSQL (TEST_DATABASE_URL)" : "PGlite (embedded)";
console.log(`Running the tests on ${database}, browser tests in ${chromium}\n`);

function run(label, command, args) {
  console.log(`\n── ${label} ──`);
  const result = spawnSync(command, args, { stdio: "inherit", env, cwd: root });
  return result.status === 0;
}

const vitest = join(root, "node_modules", "vitest", "vitest.mjs");
const steps = [
  [
    "build the web UI",
    process.execPath,
    [join(root, "node_modules", "vite", "bin", "vite.js"), "build", "--logLevel", "warn"],
  ],
  [
    "unit, component and API tests",
    process.execPath,
    [vitest, "run", "--reporter=default", "--reporter=json", `--outputFile.json=${join(resultsDir, "unit.json")}`],
  ],
  [
    "browser tests",
    process.execPath,
    [
      vitest,
      "run",
      "--config",
      "e2e/vitest.config.ts",
      "--reporter=default",
      "--reporter=json",
      `--outputFile.json=${join(resultsDir, "e2e.json")}`,
    ],
  ],
];

let isOk = true;
for (const [label, command, args] of steps) {
  if (!run(label, command, args)) {
    isOk = false;
    if (label === "build the web UI") break;
  }
}

let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of ["unit.json", "e2e.json"]) {
  try {
    const report = JSON.parse(readFileSync(join(resultsDir, file), "utf8"));
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    skipped += report.numPendingTests + report.numTodoTests;
  } catch {
    // A step that did not run leaves no report; it counts as a failure through its exit code.
  }
}
console.log(`\n${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ""}`);
process.exit(isOk && failed === 0 && passed > 0 ? 0 : 1);
