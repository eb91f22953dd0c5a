import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { planBudget } from "./budget.js";
import { planDashboard } from "./dashboard.js";
import { PlanDocument, type StatusReport } from "./plan-schema.js";
import { reportingRound } from "./reporting-round.js";
import { fixturePlan } from "./test-fixtures.js";

const report = (fields: Partial<StatusReport> & Pick<StatusReport, "measureKey" | "period">): StatusReport => ({
  activityKey: null,
  status: "ongoing",
  assessment: null,
  progressPercent: null,
  comment: null,
  commentInternal: false,
  indicatorValues: [],
  reportedAt: "2025-06-01T10:00:00Z",
  reportedBy: null,
  ...fields,
});

describe("planDashboard on the made-up plan", () => {
  it("counts each measure by its latest report up to the period, the rest as not reported", () => {
    const dashboard = planDashboard(fixturePlan(), "2025-T2");
    expect(dashboard.measureCount).toBe(5);
    expect(dashboard.statuses).toMatchObject({ ongoing: 1, not_reported: 4, completed: 0 });
    expect(dashboard.assessments).toMatchObject({ at_risk: 1, none: 4 });
    const industri = dashboard.areas.find((a) => a.areaKey === "industri");
    expect(industri?.statuses).toMatchObject({ ongoing: 1, not_reported: 2 });
    expect(dashboard.areas.find((a) => a.areaKey === "samarbeid")?.statuses.not_reported).toBe(2);
  });

  it("does not let a later period's report count for an earlier period", () => {
    const plan = fixturePlan();
    plan.statusReports.push(
      report({ measureKey: "industri-bedriftsbesok", period: "2025-T3", status: "completed", assessment: "on_track" }),
    );
    expect(planDashboard(plan, "2025-T2").statuses).toMatchObject({ ongoing: 1, completed: 0 });
    expect(planDashboard(plan, "2025-T3").statuses).toMatchObject({ ongoing: 0, completed: 1 });
    expect(planDashboard(plan, "2025-T3").assessments).toMatchObject({ on_track: 1, at_risk: 0 });
  });

  it("judges each indicator by its latest value: on the way, met, not met, no target, not reported", () => {
    const first = planDashboard(fixturePlan(), "2025-T2");
    expect(first.indicators.counts).toEqual({ met: 0, on_the_way: 2, not_met: 1, no_target: 1, not_reported: 3 });
    const visits = first.indicators.items.find((i) => i.indicatorKey === "bedriftsbesok-antall");
    expect(visits).toMatchObject({ bucket: "on_the_way", percent: 60, value: 3, period: "2024" });

    const plan = fixturePlan();
    plan.statusReports.push(
      report({
        measureKey: "industri-bedriftsbesok",
        period: "2025-T2",
        indicatorValues: [
          { indicatorKey: "bedriftsbesok-antall", value: 5 },
          { indicatorKey: "bedriftsbesok-milepael", value: "2025-05-10" },
        ],
      }),
    );
    const later = planDashboard(plan, "2025-T2");
    expect(later.indicators.items.find((i) => i.indicatorKey === "bedriftsbesok-antall")).toMatchObject({
      bucket: "met",
      percent: 100,
      period: "2025-T2",
    });
    expect(later.indicators.items.find((i) => i.indicatorKey === "bedriftsbesok-milepael")?.bucket).toBe("met");
    // The report of 2024 still gives the share its value: the newest value of each indicator counts.
    expect(later.indicators.items.find((i) => i.indicatorKey === "bedriftsbesok-andel")?.period).toBe("2024");
    expect(later.indicators.counts).toEqual({ met: 2, on_the_way: 1, not_met: 1, no_target: 1, not_reported: 2 });
  });

  it("takes the missing reports from the reporting round and the money from the budget", () => {
    const plan = fixturePlan();
    const dashboard = planDashboard(plan, "2025-T1");
    const round = reportingRound(plan, "2025-T1");
    expect(dashboard.reporting.reportedCount).toBe(round.reportedCount);
    expect(dashboard.reporting.missingCount).toBe(round.missingCount);
    expect(dashboard.reporting.units.map((u) => u.actorKey)).toEqual(round.units.map((u) => u.actor.key));
    expect(dashboard.deadline).toBe(round.deadline);
    expect(dashboard.money).toEqual(planBudget(plan).years);
  });
});

describe("planDashboard on Gjøvik's plan", () => {
  const gjovik = PlanDocument.parse(
    JSON.parse(readFileSync(new URL("../../plans/gjovik-naering-2024-2026.json", import.meta.url), "utf8")),
  );
  it("counts every measure of every area, none reported yet, and every indicator not reported", () => {
    const dashboard = planDashboard(gjovik, "2026-T3");
    const measures = gjovik.focusAreas.reduce((sum, area) => sum + area.measures.length, 0);
    expect(dashboard.measureCount).toBe(measures);
    expect(dashboard.areas).toHaveLength(gjovik.focusAreas.length);
    expect(dashboard.statuses.not_reported).toBe(measures);
    const indicators = gjovik.focusAreas
      .flatMap((a) => a.measures)
      .reduce((sum, m) => sum + m.indicators.length + m.activities.reduce((s, x) => s + x.indicators.length, 0), 0);
    expect(dashboard.indicators.counts.not_reported).toBe(indicators);
    expect(dashboard.money.map((y) => y.increaseNok)).toEqual([350_000, 850_000, 350_000]);
  });
});
