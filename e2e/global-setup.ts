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
import type { AppContext } from "../src/app/context.js";
import { importPlan } from "../src/app/import-plan.js";
import { createSession } from "../src/app/sessions.js";
import { changePassword, createUser, type NewUserInput } from "../src/app/users.js";
import { createScratchDatabase } from "../src/db/test-database.js";
import { fixturePlanInput } from "../src/domain/test-fixtures.js";
import { startPlanspor } from "../src/server/start.js";

const PLAN_KEY = "gjovik-naering-2024-2026";
/** The plan `revisions.e2e.ts` rolls and adopts. */
export const ROLLED_PLAN_KEY = "rulleby-naering-2024-2026";

/** The people of the browser tests: who they are and a session of each (cookie token and CSRF token). */
export type E2eSession = { token: string; csrfToken: string; email: string };

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    /** An installation admin's session: the browser tests' signed-in context (`openPage`). */
    adminSession: E2eSession;
    /** A reporter of unit «naering» of the made-up test plan's organization. */
    reporterSession: E2eSession;
    /** A user to log in as through the form: e-mail and one-time password (to be changed at the first login). */
    loginUser: { email: string; password: string };
  }
}

/** The organization of the made-up test plan. */
export const TEST_ORGANIZATION = "testby-kommune";
const E2E_PASSWORD = "et-passord-for-nettlesertestene";

/** Makes a user with a password of its own (not a one-time one) and a session for it. */
async function signedInUser(ctx: AppContext, input: NewUserInput): Promise<E2eSession> {
  const { user, oneTimePassword } = await createUser(ctx, input, null);
  if (oneTimePassword === null) throw new Error(`The user ${input.email} existed already`);
  await changePassword(ctx, user.id, oneTimePassword, E2E_PASSWORD, null);
  const { token, csrfToken } = await createSession(ctx, user.id);
  return { token, csrfToken, email: user.email };
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
  // The people: an installation admin (the signed-in browser of every test), a reporter of one
  // unit, and someone who logs in through the form.
  const adminSession = await signedInUser(app.ctx, {
    email: "admin@planspor.test",
    name: "Ada Admin",
    installationAdmin: true,
  });
  const response = await fetch(`${app.url}/api/plans/${PLAN_KEY}`, {
    headers: { cookie: `planspor_session=${adminSession.token}` },
  });
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
  const reporterSession = await signedInUser(app.ctx, {
    email: "rapportor@testby.test",
    name: "Rita Rapportør",
    membership: { organizationKey: TEST_ORGANIZATION, role: "reporter", unitKeys: ["naering"] },
  });
  const login = await createUser(
    app.ctx,
    {
      email: "ny.leser@testby.test",
      name: "Nils Ny",
      membership: { organizationKey: TEST_ORGANIZATION, role: "reader" },
    },
    null,
  );
  if (login.oneTimePassword === null) throw new Error("The login user existed already");
  project.provide("baseUrl", app.url);
  project.provide("adminSession", adminSession);
  project.provide("reporterSession", reporterSession);
  project.provide("loginUser", { email: login.user.email, password: login.oneTimePassword });
  return async () => {
    await app.close();
    if (database) await database.drop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  };
}
