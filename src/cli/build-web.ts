import { existsSync } from "node:fs";
import { join } from "node:path";
import { MIGRATIONS_FOLDER } from "../db/connection.js";
import { hasPgliteTemplate, writePgliteTemplate } from "../db/pglite-template.js";
import { projectPath } from "../project-paths.js";

const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

/**
 * What the first `npm start` builds: the web UI (Vite) when `dist/web` has none yet, and the
 * PGlite template that lets a new data folder skip initdb.
 */
export async function buildIfMissing(webRoot: string, options: { isPglite: boolean }): Promise<void> {
  if (!existsSync(join(webRoot, "index.html"))) {
    process.stderr.write("Building the web UI (first start only, about half a minute)…\n");
    const started = Date.now();
    const { build } = await import("vite");
    await build({ configFile: projectPath("vite.config.ts"), logLevel: "warn" });
    process.stderr.write(`Built the web UI in ${seconds(started)}\n`);
  }
  if (options.isPglite && !(await hasPgliteTemplate())) {
    const started = Date.now();
    await writePgliteTemplate(MIGRATIONS_FOLDER);
    process.stderr.write(`Prepared the database template in ${seconds(started)}\n`);
  }
}
