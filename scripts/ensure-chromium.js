// Makes sure a Chromium for the browser tests is there: CHROMIUM_PATH, or Debian's /usr/bin/chromium.
// As root on a machine without it, installs Debian's `chromium`; otherwise says how and exits.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

export function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"];
  return candidates.find((p) => p !== undefined && p !== "" && existsSync(p));
}

export function ensureChromium() {
  const found = findChromium();
  if (found !== undefined) return found;
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  const hasApt = existsSync("/usr/bin/apt-get");
  if (!isRoot || !hasApt) {
    console.error(
      "The browser tests need Chromium, which is not installed.\n" +
        "  On Debian or Ubuntu: sudo apt-get update && sudo apt-get install -y chromium\n" +
        "  Or point CHROMIUM_PATH at a Chromium or Chrome binary, then run `npm test` again.",
    );
    process.exit(1);
  }
  console.log("Chromium is missing: installing Debian's chromium package (about half a minute)…");
  for (const args of [["update"], ["install", "-y", "--no-install-recommends", "chromium"]]) {
    const result = spawnSync("apt-get", args, {
      stdio: "inherit",
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    });
    if (result.status !== 0) {
      console.error(
        `apt-get ${args.join(" ")} failed (exit ${result.status}); install chromium by hand and try again.`,
      );
      process.exit(1);
    }
  }
  const installed = findChromium();
  if (installed === undefined) {
    console.error("chromium was installed but /usr/bin/chromium is not there; set CHROMIUM_PATH.");
    process.exit(1);
  }
  return installed;
}
