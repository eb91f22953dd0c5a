import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { listAuditEvents } from "../../src/db/audit-store.js";
import { listPlans, loadPlanDocument } from "../../src/db/plan-store.js";
import { createTestDatabase, type TestDatabase } from "../../src/db/test-database.js";
import { generateDataset } from "./generate.js";
import { datasetPlans, type LoadProgress, loadDataset } from "./load.js";

describe("loading a synthetic dataset", () => {
  let database: TestDatabase;
  beforeEach(async () => {
    database = await createTestDatabase();
  });
  afterEach(async () => {
    await database.dispose();
  });

  it("saves each organization's plan as generated, with its history, and replaces it on a second load", async () => {
    const options = { organizations: 2, measuresPerPlan: 6, periods: 2, seed: 3 };
    const progress: LoadProgress[] = [];
    expect(await loadDataset(database, datasetPlans(options), (p) => progress.push(p), 2)).toBe(2);
    expect(progress.map((p) => `${p.done}/${p.total}`)).toEqual(["1/2", "2/2"]);

    const plans = generateDataset(options);
    const listed = await listPlans(database);
    expect(listed.map((p) => p.organization.key).sort()).toEqual(plans.map((p) => p.organization.key).sort());
    const [first] = plans;
    if (first === undefined) throw new Error("no plan generated");
    expect(await loadPlanDocument(database, first.actionPlan.key)).toEqual(first);
    const history = await listAuditEvents(database, { planKey: first.actionPlan.key, limit: 1000 });
    expect(history).toHaveLength(first.statusReports.length + 1);

    await loadDataset(database, plans);
    expect(await listPlans(database)).toHaveLength(2);
    expect(await loadPlanDocument(database, first.actionPlan.key)).toEqual(first);
  });
});
