/**
 * Starts Planspor once for all browser tests: on a fresh PGlite folder, or on a fresh database of
 * the PostgreSQL server at TEST_DATABASE_URL, with Gjøvik's plan and the made-up test plan (which
 * the tests that write change), and a copy of it for the yearly roll. The built UI must exist (`npx vite build`).
 */
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { TestProject } from "vitest/node";
import { importPlan } from "../src/app/import-plan.js";
import { createScratchDatabase } from "../src/db/test-database.js";
import { fixturePlanInput } from "../src/domain/test-fixtures.js";
import { startPlanspor } from "../src/server/start.js";

const PLAN_KEY = "gjovik-naering-2024-2026";
/** The plan `revisions.e2e.ts` rolls and adopts. */
export const ROLLED_PLAN_KEY = "rulleby-naering-2024-2026";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const webRoot = fileURLToPath(new URL("../dist/web/", import.meta.url));
  if (!existsSync(join(webRoot, "index.html"))) {
    throw new Error("dist/web/index.html is missing: run `npx vite build` before the browser tests");
  }
  const serverUrl = process.env.TEST_DATABASE_URL;
  const database = serverUrl ? await createScratchDatabase(serverUrl, "planspor_e2e") : null;
  const dataDir = database ? null : await mkdtemp(join(tmpdir(), "planspor-e2e-"));
  const app = await startPlanspor({
    port: 0,
    host: "127.0.0.1",
    webRoot,
    logger: false,
    ...(database ? { databaseUrl: database.url } : { dataDir: dataDir ?? undefined }),
  });
  const response = await fetch(`${app.url}/api/plans/${PLAN_KEY}`);
  if (!response.ok) {
    await app.close();
    throw new Error(`The built-in plan ${PLAN_KEY} is not loaded: GET answered ${response.status}`);
  }
  // A second plan for the tests that write, so that Gjøvik's stays as the other tests expect it.
  await importPlan(app.ctx, fixturePlanInput(), { replace: false });
  // And one for the yearly roll, which adopts its revisions (then they are read-only).
  const rolled = fixturePlanInput();
  rolled.actionPlan = { ...rolled.actionPlan, key: ROLLED_PLAN_KEY, title: "Handlingsplan som rulles 2024 til 2026" };
  await importPlan(app.ctx, rolled, { replace: false });
  project.provide("baseUrl", app.url);
  return async () => {
    await app.close();
    if (database) await database.drop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  };
}
