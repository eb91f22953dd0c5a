import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** Builds the web UI with Vite when `dist/web` has no build yet (the first `npm start`). */
export async function buildWebIfMissing(webRoot: string): Promise<void> {
  if (existsSync(join(webRoot, "index.html"))) return;
  process.stderr.write("Building the web UI (first start only, about half a minute)…\n");
  const started = Date.now();
  const { build } = await import("vite");
  await build({ configFile: join(ROOT, "vite.config.ts"), logLevel: "warn" });
  process.stderr.write(`Built the web UI in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}
