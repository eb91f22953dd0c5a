/** Coverage and budget through the API, on Gjøvik's plan: the numbers the domain tests derive by hand. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PlanDashboard } from "../domain/dashboard-model.js";
import type { PlanBudget, PlanCoverage } from "../domain/insight-models.js";
import { versionOf } from "../domain/versions.js";
import { createTestServer, type TestServer } from "./test-server.js";

const KEY = "gjovik-naering-2024-2026";

let server: TestServer;
beforeAll(async () => {
  server = await createTestServer();
});
afterAll(async () => {
  await server?.dispose();
});

const get = async <T>(url: string) => {
  const res = await server.app.inject({ method: "GET", url });
  return { status: res.statusCode, body: res.json() as T };
};

describe("GET /api/plans/{key}/coverage", () => {
  it("judges the plan's own rule: every area covered within the period, not every strategy", async () => {
    const { status, body } = await get<PlanCoverage>(`/api/plans/${KEY}/coverage`);
    expect(status).toBe(200);
    expect(body.years).toEqual([2024, 2025, 2026]);
    expect(body.verdict).toEqual({ isEveryAreaCovered: true, uncoveredAreas: [], isEveryStrategyCovered: false });
    const arealer = body.areas.find((a) => a.areaKey === "naeringsarealer");
    expect(arealer?.coveredYears).toEqual([2025, 2026]);
    expect(body.unscheduled.map((m) => m.measureKey)).toEqual(["industri-regionalt-team"]);
    expect(body.areas.flatMap((a) => a.unknownRefs).map((r) => r.key)).toEqual([
      "stedsutvikling-biri-snertingdal-hunndalen",
    ]);
  });

  it("answers 404 for an unknown plan", async () => {
    expect((await get(`/api/plans/finnes-ikke/coverage`)).status).toBe(404);
  });
});

describe("GET /api/plans/{key}/budget", () => {
  it("totals each year with the regional programme's increase counted once", async () => {
    const { status, body } = await get<PlanBudget>(`/api/plans/${KEY}/budget`);
    expect(status).toBe(200);
    expect(body.years).toEqual([
      { year: 2024, increaseNok: 350_000, contributionNok: 800_000, oneOffNok: 0 },
      { year: 2025, increaseNok: 850_000, contributionNok: 800_000, oneOffNok: 0 },
      { year: 2026, increaseNok: 350_000, contributionNok: 800_000, oneOffNok: 0 },
    ]);
    const programme = body.sharedSources.find((s) => s.sourceKey === "regionalt-naeringsutviklingsprogram");
    expect(programme?.citedBy).toHaveLength(5);
    expect(body.unstated).toHaveLength(14);
  });

  it("follows a change to the plan: a new yearly increase of kr 100 000 shows in every year", async () => {
    const plan = (await server.app.inject({ url: `/api/plans/${KEY}` })).json();
    const measure = plan.focusAreas[0].measures[0];
    const data = {
      ...measure,
      funding: [
        ...measure.funding,
        { kind: "budget_increase", amountNok: 100_000, recurrence: "yearly", text: "Økt ramme" },
      ],
    };
    const put = await server.app.inject({
      method: "PUT",
      url: `/api/plans/${KEY}/measures/${measure.key}`,
      payload: { version: versionOf(measure), data },
    });
    expect(put.statusCode).toBe(200);
    const { body } = await get<PlanBudget>(`/api/plans/${KEY}/budget`);
    expect(body.years.map((y) => y.increaseNok)).toEqual([450_000, 950_000, 450_000]);
  });
});

describe("GET /api/plans/{key}/budget.xlsx", () => {
  it("downloads the budget as an Excel workbook named after the plan", async () => {
    const res = await server.app.inject({ url: `/api/plans/${KEY}/budget.xlsx?lang=nn` });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(res.headers["content-disposition"]).toBe(
      `attachment; filename="${KEY}-budsjett.xlsx"; filename*=UTF-8''${KEY}-budsjett.xlsx`,
    );
    // An .xlsx is a zip: it starts with «PK».
    expect(res.rawPayload.subarray(0, 2).toString("latin1")).toBe("PK");
  });

  it("answers 404 for an unknown plan and 400 for an unknown language", async () => {
    expect((await server.app.inject({ url: "/api/plans/finnes-ikke/budget.xlsx" })).statusCode).toBe(404);
    expect((await server.app.inject({ url: `/api/plans/${KEY}/budget.xlsx?lang=de` })).statusCode).toBe(400);
  });
});

describe("GET /api/plans/{key}/dashboard", () => {
  it("counts Gjøvik's measures by status for a period and follows a report", async () => {
    const before = await get<PlanDashboard>(`/api/plans/${KEY}/dashboard?period=2025-T2`);
    expect(before.status).toBe(200);
    expect(before.body.period).toBe("2025-T2");
    expect(before.body.statuses.ongoing).toBe(0);
    const total = before.body.measureCount;
    expect(before.body.statuses.not_reported).toBe(total);
    // Money as the budget has it (the test above added a yearly increase to the plan).
    expect(before.body.money).toEqual((await get<PlanBudget>(`/api/plans/${KEY}/budget`)).body.years);

    const plan = (await server.app.inject({ url: `/api/plans/${KEY}` })).json();
    const measure = plan.focusAreas[0].measures[0];
    const written = await server.app.inject({
      method: "PUT",
      url: `/api/plans/${KEY}/measures/${measure.key}/reports/2025-T2`,
      payload: { version: null, data: { status: "ongoing", assessment: "at_risk" } },
    });
    expect(written.statusCode).toBe(200);
    const after = await get<PlanDashboard>(`/api/plans/${KEY}/dashboard?period=2025-T2`);
    expect(after.body.statuses).toMatchObject({ ongoing: 1, not_reported: total - 1 });
    expect(after.body.assessments.at_risk).toBe(1);
    expect(after.body.areas[0]?.statuses.ongoing).toBe(1);
    expect(after.body.reporting.reportedCount).toBe(before.body.reporting.reportedCount + 1);
    // An earlier period does not see the later report.
    const earlier = await get<PlanDashboard>(`/api/plans/${KEY}/dashboard?period=2025-T1`);
    expect(earlier.body.statuses.ongoing).toBe(0);
  });

  it("answers 400 for a period outside the plan and 404 for an unknown plan", async () => {
    expect((await get(`/api/plans/${KEY}/dashboard?period=2030-T1`)).status).toBe(400);
    expect((await get(`/api/plans/${KEY}/dashboard?period=tertial`)).status).toBe(400);
    expect((await get("/api/plans/finnes-ikke/dashboard")).status).toBe(404);
  });
});
