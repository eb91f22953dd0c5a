// Makes sure the programs the tests use are there: Chromium for the browser tests (CHROMIUM_PATH,
// or Debian's /usr/bin/chromium), pdftotext (poppler-utils) to read the PDFs back and xmllint
// (libxml2-utils) to check StratML against its schemas. As root on a Debian machine, installs the
// missing packages with apt-get; otherwise says how and exits.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

export function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"];
  return candidates.find((p) => p !== undefined && p !== "" && existsSync(p));
}

/** Each tool: how to find it and the Debian package that brings it. */
const TOOLS = [
  { name: "Chromium", find: findChromium, debianPackage: "chromium" },
  { name: "pdftotext", find: () => ["/usr/bin/pdftotext"].find(existsSync), debianPackage: "poppler-utils" },
  { name: "xmllint", find: () => ["/usr/bin/xmllint"].find(existsSync), debianPackage: "libxml2-utils" },
];

/** Installs what is missing (as root, with apt-get) and returns the path to Chromium. */
export function ensureTools() {
  const missing = TOOLS.filter((tool) => tool.find() === undefined);
  if (missing.length > 0) install(missing);
  return /** @type {string} */ (findChromium());
}

function install(missing) {
  const packages = missing.map((tool) => tool.debianPackage);
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  const hasApt = existsSync("/usr/bin/apt-get");
  if (!isRoot || !hasApt) {
    console.error(
      `The tests need ${missing.map((tool) => tool.name).join(", ")}, which ${missing.length > 1 ? "are" : "is"} not installed.\n` +
        `  On Debian or Ubuntu: sudo apt-get update && sudo apt-get install -y ${packages.join(" ")}\n` +
        "  (or point CHROMIUM_PATH at a Chromium or Chrome binary), then run `npm test` again.",
    );
    process.exit(1);
  }
  console.log(`Installing Debian's ${packages.join(", ")} for the tests (about half a minute)…`);
  for (const args of [["update"], ["install", "-y", "--no-install-recommends", ...packages]]) {
    const result = spawnSync("apt-get", args, {
      stdio: "inherit",
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    });
    if (result.status !== 0) {
      console.error(`apt-get ${args.join(" ")} failed (exit ${result.status}); install ${packages.join(" ")} by hand.`);
      process.exit(1);
    }
  }
  const still = missing.filter((tool) => tool.find() === undefined);
  if (still.length > 0) {
    console.error(`${still.map((tool) => tool.name).join(", ")} still missing after the install.`);
    process.exit(1);
  }
}
