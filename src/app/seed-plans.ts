import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { countPlans } from "../db/plan-store.js";
import { projectPath } from "../project-paths.js";
import type { AppContext } from "./context.js";
import { AppError } from "./errors.js";
import { type ImportResult, importPlan } from "./import-plan.js";
import { setPublication } from "./publication.js";

/** The folder of the built-in plans, in the interchange format. */
export const BUILTIN_PLANS_DIR = projectPath("plans");

async function readBuiltinPlans(): Promise<Array<{ file: string; content: unknown }>> {
  const files = (await readdir(BUILTIN_PLANS_DIR)).filter((f) => f.endsWith(".json")).sort();
  return Promise.all(
    files.map(async (file) => ({ file, content: JSON.parse(await readFile(join(BUILTIN_PLANS_DIR, file), "utf8")) })),
  );
}

/**
 * Loads the built-in plans. Plans already held are left alone unless `replace` is set, so that
 * running it twice changes nothing. A built-in plan is public example data (Gjøvik's adopted
 * plan), so it is published when first loaded and `npm start` shows it to anyone; a replaced one
 * keeps its publication as it was, and plans imported otherwise start unpublished.
 */
export async function seedPlans(ctx: AppContext, options: { replace: boolean }): Promise<ImportResult[]> {
  const results: ImportResult[] = [];
  for (const { file, content } of await readBuiltinPlans()) {
    try {
      const result = await importPlan(ctx, content, options);
      if (result.outcome === "created") await setPublication(ctx, result.key, true, null);
      results.push(result);
    } catch (error) {
      if (error instanceof AppError && error.code === "plan_exists") continue;
      throw new AppError(
        error instanceof AppError ? error.code : "invalid_plan",
        `Built-in plan ${file}: ${(error as Error).message}`,
        error instanceof AppError ? error.problems : [],
      );
    }
  }
  return results;
}

/** On an empty database, loads the built-in plans; otherwise does nothing. */
export async function seedIfEmpty(ctx: AppContext): Promise<ImportResult[]> {
  if ((await countPlans(ctx.database)) > 0) return [];
  return seedPlans(ctx, { replace: false });
}
