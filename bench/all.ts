/**
 * `npm run bench`: every benchmark, one after the other, each in a process of its own, against
 * PGlite and PostgreSQL; each writes its section of bench/README.md. The server bundle and the web
 * UI are built first, so the numbers are those of the code as it is.
 *
 *   npm run bench                    all of them (about 15 minutes)
 *   npm run bench -- start http      only those
 *   npm run bench -- --quick         smaller sizes and shorter runs, to check the scripts (no README)
 *
 * PostgreSQL: `BENCH_DATABASE_URL` (default postgres://postgres@127.0.0.1:5432/postgres; each
 * benchmark makes its own database there and drops it). The read benchmark compares with nginx:
 * as root it installs Debian's nginx-light when missing, as the tests do with Chromium.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

const BENCHES: Record<string, string> = {
  start: "bench/start.ts",
  http: "bench/http.ts",
  scale: "bench/scale.ts",
  web: "bench/web.ts",
  exports: "bench/exports.ts",
  documents: "bench/documents.ts",
};

function has(command: string): boolean {
  return spawnSync("sh", ["-c", `command -v ${command}`], { stdio: "ignore" }).status === 0;
}

function ensureNginx(): void {
  if (has("nginx")) return;
  if (process.getuid?.() !== 0) {
    throw new Error("The read benchmark compares with nginx: install it first (sudo apt-get install -y nginx-light)");
  }
  console.log("Installing Debian's nginx-light for the read benchmark…");
  execFileSync("apt-get", ["update"], { stdio: "inherit" });
  execFileSync("apt-get", ["install", "-y", "--no-install-recommends", "nginx-light"], {
    stdio: "inherit",
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
}

function main(): void {
  const args = process.argv.slice(2);
  const flags = args.filter((a) => a.startsWith("--"));
  const named = args.filter((a) => !a.startsWith("--"));
  const unknown = named.filter((name) => !(name in BENCHES));
  if (unknown.length > 0)
    throw new Error(`Unknown benchmark ${unknown.join(", ")}; known: ${Object.keys(BENCHES).join(", ")}`);
  const chosen = named.length > 0 ? named : Object.keys(BENCHES);
  if (chosen.includes("http")) ensureNginx();

  console.log("== building the server bundle and the web UI ==");
  execFileSync(process.execPath, ["scripts/build.js"], { cwd: ROOT, stdio: "inherit" });
  const failed: string[] = [];
  for (const name of chosen) {
    const started = performance.now();
    console.log(`\n== ${name} (${BENCHES[name]}) ==`);
    const run = spawnSync(process.execPath, ["--import", "tsx", BENCHES[name] as string, ...flags], {
      cwd: ROOT,
      stdio: "inherit",
    });
    console.log(
      `== ${name}: ${run.status === 0 ? "done" : `failed (${run.status ?? run.signal})`} in ${((performance.now() - started) / 1000).toFixed(0)} s ==`,
    );
    if (run.status !== 0) failed.push(name);
  }
  if (failed.length > 0) {
    console.error(`\nFailed: ${failed.join(", ")}`);
    process.exitCode = 1;
  } else {
    console.log(`\nThe numbers are in bench/README.md.`);
  }
}

main();
