/**
 * Where the project's own files are (built-in plans, migrations, the built UI), found from the
 * project root, so that the paths hold both when the sources run through tsx and when the server
 * runs from its bundle in dist/.
 */
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

function findProjectRoot(start: string): string {
  let dir = start;
  for (;;) {
    if (existsSync(join(dir, "package.json")) && existsSync(join(dir, "plans"))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`Planspor's project folder was not found above ${start}`);
    dir = parent;
  }
}

export const PROJECT_ROOT = findProjectRoot(dirname(fileURLToPath(import.meta.url)));

export const projectPath = (...segments: string[]): string => join(PROJECT_ROOT, ...segments);
