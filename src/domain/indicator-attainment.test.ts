import { describe, expect, it } from "vitest";
import { indicatorAttainment, indicatorSeries, isValueValidForKind } from "./indicator-attainment.js";
import type { Indicator, PlanDocument, StatusReport } from "./plan-schema.js";
import { fixturePlan } from "./test-fixtures.js";

function indicator(fields: Partial<Indicator> & Pick<Indicator, "kind">): Indicator {
  return {
    key: "test-indikator",
    text: "Testindikator",
    target: null,
    baseline: null,
    unit: null,
    recurrence: "once",
    deadline: null,
    ...fields,
  };
}

describe("attainment of counts, percentages and scores", () => {
  it("counts 3 of 5 company visits as 60 %", () => {
    const visits = indicator({ kind: "count", target: 5, unit: "besøk" });
    expect(indicatorAttainment(visits, 3)).toEqual({ state: "measured", ratio: 0.6, percent: 60, isMet: false });
  });

  it("counts a score of 3.6 against a target of 4 as 90 %", () => {
    const score = indicatorAttainment(indicator({ kind: "score", target: 4 }), 3.6);
    expect(score.state === "measured" && score.percent).toBe(90);
    expect(score.state === "measured" && score.isMet).toBe(false);
  });

  it("measures from the baseline, so a lower target works: baseline 20, target 10, value 15 is 50 %", () => {
    const lower = indicator({ kind: "percentage", baseline: 20, target: 10 });
    expect(indicatorAttainment(lower, 15)).toEqual({ state: "measured", ratio: 0.5, percent: 50, isMet: false });
    expect(indicatorAttainment(lower, 8)).toEqual({ state: "measured", ratio: 1.2, percent: 120, isMet: true });
  });

  it("measures the way from a baseline up to the target: 12 to 20 followed-up firms, 16 is halfway", () => {
    const firms = indicator({ kind: "count", baseline: 12, target: 20 });
    expect(indicatorAttainment(firms, 16)).toEqual({ state: "measured", ratio: 0.5, percent: 50, isMet: false });
  });

  it("passes 1 when the target is beaten (6 of 5 is 120 %) and counts it as met", () => {
    const visits = indicator({ kind: "count", target: 5 });
    expect(indicatorAttainment(visits, 6)).toEqual({ state: "measured", ratio: 1.2, percent: 120, isMet: true });
    expect(indicatorAttainment(visits, 5)).toEqual({ state: "measured", ratio: 1, percent: 100, isMet: true });
  });

  it("never goes below 0, even when the value moves away from the target", () => {
    const lower = indicator({ kind: "percentage", baseline: 20, target: 10 });
    expect(indicatorAttainment(lower, 25)).toEqual({ state: "measured", ratio: 0, percent: 0, isMet: false });
  });

  it("has nothing to compare with when there is no target", () => {
    expect(indicatorAttainment(indicator({ kind: "count", baseline: 3 }), 7)).toEqual({ state: "none" });
  });

  it("ignores a baseline equal to the target and measures from 0", () => {
    const same = indicator({ kind: "count", baseline: 4, target: 4 });
    expect(indicatorAttainment(same, 2)).toEqual({ state: "measured", ratio: 0.5, percent: 50, isMet: false });
    expect(indicatorAttainment(indicator({ kind: "count", target: 0 }), 2)).toEqual({ state: "none" });
  });

  it("is not reported when there is no value", () => {
    expect(indicatorAttainment(indicator({ kind: "count", target: 5 }), null)).toEqual({ state: "not_reported" });
  });

  it("refuses a value of the wrong type with a clear message", () => {
    const visits = indicator({ kind: "count", target: 5 });
    expect(() => indicatorAttainment(visits, "3")).toThrow(TypeError);
    expect(() => indicatorAttainment(visits, "3")).toThrow(/«test-indikator» \(count\) takes a finite number/);
    expect(() => indicatorAttainment(visits, true)).toThrow(TypeError);
    expect(() => indicatorAttainment(visits, Number.NaN)).toThrow(TypeError);
  });
});

describe("attainment of yes/no indicators", () => {
  const adopted = indicator({ kind: "yes_no", deadline: "2024-12-31" });

  it("is done on yes", () => {
    expect(indicatorAttainment(adopted, true, { today: "2025-03-01" })).toEqual({ state: "done", isLate: false });
  });

  it("is not done on no, and overdue once the deadline has passed", () => {
    expect(indicatorAttainment(adopted, false, { today: "2024-12-31" })).toEqual({
      state: "not_done",
      isOverdue: false,
    });
    expect(indicatorAttainment(adopted, false, { today: "2025-01-01" })).toEqual({
      state: "not_done",
      isOverdue: true,
    });
  });

  it("is never overdue without a deadline", () => {
    const noDeadline = indicator({ kind: "yes_no" });
    expect(indicatorAttainment(noDeadline, false, { today: "2100-01-01" })).toEqual({
      state: "not_done",
      isOverdue: false,
    });
  });

  it("refuses anything but true or false", () => {
    expect(() => indicatorAttainment(adopted, "ja")).toThrow(/takes true or false/);
    expect(() => indicatorAttainment(adopted, 1)).toThrow(TypeError);
  });
});

describe("attainment of milestones", () => {
  const report = indicator({ kind: "milestone", deadline: "2026-06-30" });

  it("is done on the date reached, late when after the deadline", () => {
    expect(indicatorAttainment(report, "2026-06-30")).toEqual({ state: "done", date: "2026-06-30", isLate: false });
    expect(indicatorAttainment(report, "2026-07-01")).toEqual({ state: "done", date: "2026-07-01", isLate: true });
  });

  it("is not done without a date, and overdue once the deadline has passed", () => {
    expect(indicatorAttainment(report, null, { today: "2026-06-30" })).toEqual({ state: "not_done", isOverdue: false });
    expect(indicatorAttainment(report, "", { today: "2026-07-01" })).toEqual({ state: "not_done", isOverdue: true });
  });

  it("refuses a value that is not a real date", () => {
    expect(() => indicatorAttainment(report, "2025-02-30")).toThrow(/takes a date YYYY-MM-DD/);
    expect(() => indicatorAttainment(report, true)).toThrow(TypeError);
  });
});

describe("attainment of text indicators", () => {
  it("has nothing to compare with when reported, and is not reported without a value", () => {
    const effect = indicator({ kind: "text" });
    expect(indicatorAttainment(effect, "Godt mottatt")).toEqual({ state: "none" });
    expect(indicatorAttainment(effect, null)).toEqual({ state: "not_reported" });
    expect(() => indicatorAttainment(effect, 3)).toThrow(/takes text/);
  });
});

describe("values valid for a kind", () => {
  it("takes finite numbers for counts, percentages and scores, above 100 % too", () => {
    expect(isValueValidForKind("count", 3)).toBe(true);
    expect(isValueValidForKind("percentage", 140)).toBe(true);
    expect(isValueValidForKind("score", -1.5)).toBe(true);
    expect(isValueValidForKind("count", Number.POSITIVE_INFINITY)).toBe(false);
    expect(isValueValidForKind("count", "3")).toBe(false);
    expect(isValueValidForKind("score", null)).toBe(false);
  });

  it("takes true or false for yes/no", () => {
    expect(isValueValidForKind("yes_no", false)).toBe(true);
    expect(isValueValidForKind("yes_no", 0)).toBe(false);
  });

  it("takes a calendar date that exists for a milestone", () => {
    expect(isValueValidForKind("milestone", "2024-02-29")).toBe(true);
    expect(isValueValidForKind("milestone", "2025-02-29")).toBe(false);
    expect(isValueValidForKind("milestone", "2025-02-30")).toBe(false);
    expect(isValueValidForKind("milestone", "2025-13-01")).toBe(false);
    expect(isValueValidForKind("milestone", "2025-2-3")).toBe(false);
    expect(isValueValidForKind("milestone", "2025-03-01T00:00:00Z")).toBe(false);
  });

  it("takes non-empty text of at most 4000 characters", () => {
    expect(isValueValidForKind("text", "Godt mottatt")).toBe(true);
    expect(isValueValidForKind("text", "x".repeat(4000))).toBe(true);
    expect(isValueValidForKind("text", "x".repeat(4001))).toBe(false);
    expect(isValueValidForKind("text", "  ")).toBe(false);
    expect(isValueValidForKind("text", 5)).toBe(false);
  });
});

describe("an indicator's series", () => {
  function report(fields: Partial<StatusReport> & Pick<StatusReport, "period" | "reportedAt">): StatusReport {
    return {
      measureKey: "industri-bedriftsbesok",
      activityKey: null,
      status: "ongoing",
      assessment: null,
      progressPercent: null,
      comment: null,
      commentInternal: false,
      indicatorValues: [],
      reportedBy: null,
      ...fields,
    };
  }

  function planWithReports(reports: StatusReport[]): PlanDocument {
    const plan = fixturePlan();
    return { ...plan, statusReports: [...plan.statusReports, ...reports] };
  }

  it("lists one value per period in period order, with its attainment", () => {
    const plan = planWithReports([
      report({
        period: "2025-T3",
        reportedAt: "2025-12-20T10:00:00+01:00",
        indicatorValues: [{ indicatorKey: "bedriftsbesok-antall", value: 6 }],
      }),
      report({
        period: "2025-T1",
        reportedAt: "2025-05-02T10:00:00+02:00",
        indicatorValues: [{ indicatorKey: "bedriftsbesok-antall", value: 1 }],
      }),
      // Another indicator only: no point for this one.
      report({
        period: "2025-T2",
        reportedAt: "2025-09-02T10:00:00+02:00",
        indicatorValues: [{ indicatorKey: "bedriftsbesok-andel", value: 10 }],
      }),
    ]);
    const series = indicatorSeries(plan, "industri-bedriftsbesok", "bedriftsbesok-antall");
    expect(series.map((p) => [p.period, p.value])).toEqual([
      ["2024", 3],
      ["2025-T1", 1],
      ["2025-T3", 6],
    ]);
    expect(series[0]?.reportedAt).toBe("2024-12-15T10:30:00+01:00");
    expect(series.map((p) => (p.attainment.state === "measured" ? p.attainment.percent : null))).toEqual([60, 20, 120]);
  });

  it("keeps the latest report when a period was reported twice", () => {
    const plan = planWithReports([
      report({
        period: "2025-T2",
        reportedAt: "2025-09-10T10:00:00+02:00",
        indicatorValues: [{ indicatorKey: "bedriftsbesok-antall", value: 4 }],
      }),
      report({
        period: "2025-T2",
        reportedAt: "2025-09-01T10:00:00+02:00",
        indicatorValues: [{ indicatorKey: "bedriftsbesok-antall", value: 2 }],
      }),
    ]);
    const series = indicatorSeries(plan, "industri-bedriftsbesok", "bedriftsbesok-antall");
    expect(series.find((p) => p.period === "2025-T2")?.value).toBe(4);
  });

  it("reads an activity's indicator from the activity's reports only, judged at the end of each period", () => {
    const series = indicatorSeries(
      fixturePlan(),
      "industri-bedriftsbesok",
      "besoksplan-vedtatt",
      "industri-besoksplan",
    );
    expect(series).toEqual([
      {
        period: "2025-T1",
        value: false,
        reportedAt: "2025-04-30T08:00:00.123Z",
        attainment: { state: "not_done", isOverdue: true },
      },
    ]);
    expect(indicatorSeries(fixturePlan(), "industri-bedriftsbesok", "besoksplan-vedtatt")).toEqual([]);
  });

  it("is empty for an indicator, measure or activity that does not exist", () => {
    const plan = fixturePlan();
    expect(indicatorSeries(plan, "industri-bedriftsbesok", "finnes-ikke")).toEqual([]);
    expect(indicatorSeries(plan, "finnes-ikke", "bedriftsbesok-antall")).toEqual([]);
    expect(indicatorSeries(plan, "industri-bedriftsbesok", "besoksplan-vedtatt", "finnes-ikke")).toEqual([]);
  });
});
