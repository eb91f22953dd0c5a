import { describe, expect, it } from "vitest";
import type { PlanDocument, ReportingPeriod } from "./plan-schema.js";
import {
  comparePeriods,
  currentReportingPeriod,
  defaultDeadline,
  defaultReportingCalendar,
  periodEnd,
  periodLabel,
  periodStart,
  periodYear,
  reportingPeriods,
} from "./reporting-periods.js";
import { fixturePlan } from "./test-fixtures.js";

function withReporting(reporting: PlanDocument["actionPlan"]["reporting"]): PlanDocument {
  const plan = fixturePlan();
  return { ...plan, actionPlan: { ...plan.actionPlan, reporting } };
}

describe("default deadlines", () => {
  it("gives each tertial the end of the month after it ends, and a year the end of next January", () => {
    expect(defaultDeadline("2025-T1")).toBe("2025-05-31");
    expect(defaultDeadline("2025-T2")).toBe("2025-09-30");
    expect(defaultDeadline("2025-T3")).toBe("2026-01-31");
    expect(defaultDeadline("2025")).toBe("2026-01-31");
    expect(defaultDeadline("1999-T3")).toBe("2000-01-31");
  });

  it("refuses a malformed period", () => {
    expect(() => defaultDeadline("2025-T4")).toThrow(RangeError);
    expect(() => periodStart("25-T1")).toThrow(/not a period/);
  });
});

describe("the default reporting calendar", () => {
  it("lists every tertial of the plan period in time order with its deadline", () => {
    const calendar = defaultReportingCalendar(2024, 2025, "tertial");
    expect(calendar.map((p) => p.period)).toEqual(["2024-T1", "2024-T2", "2024-T3", "2025-T1", "2025-T2", "2025-T3"]);
    expect(calendar[2]).toEqual({ period: "2024-T3", deadline: "2025-01-31" });
  });

  it("lists one period a year when reporting is yearly", () => {
    expect(defaultReportingCalendar(2024, 2026, "yearly")).toEqual([
      { period: "2024", deadline: "2025-01-31" },
      { period: "2025", deadline: "2026-01-31" },
      { period: "2026", deadline: "2027-01-31" },
    ]);
  });

  it("is empty when the last year comes before the first", () => {
    expect(defaultReportingCalendar(2026, 2025, "tertial")).toEqual([]);
  });
});

describe("a plan's reporting periods", () => {
  it("are the default tertials of the plan period when the plan sets no calendar", () => {
    const periods = reportingPeriods(withReporting(null));
    expect(periods).toHaveLength(9);
    expect(periods[0]).toEqual({ period: "2024-T1", deadline: "2024-05-31" });
    expect(periods[8]).toEqual({ period: "2026-T3", deadline: "2027-01-31" });
  });

  it("are the plan's own periods when it lists them, in time order", () => {
    const own: ReportingPeriod[] = [
      { period: "2025", deadline: "2026-02-15" },
      { period: "2024", deadline: "2025-02-15" },
    ];
    expect(reportingPeriods(withReporting({ frequency: "yearly", periods: own }))).toEqual([own[1], own[0]]);
  });

  it("are the default periods of the plan's frequency when it lists none", () => {
    const periods = reportingPeriods(withReporting({ frequency: "yearly", periods: [] }));
    expect(periods.map((p) => p.period)).toEqual(["2024", "2025", "2026"]);
  });
});

describe("ordering and spans", () => {
  it("sorts by year, then tertial, with a whole year after its third tertial", () => {
    const sorted = ["2025", "2025-T3", "2024-T2", "2026-T1", "2025-T1", "2024"].sort(comparePeriods);
    expect(sorted).toEqual(["2024-T2", "2024", "2025-T1", "2025-T3", "2025", "2026-T1"]);
    expect(comparePeriods("2025-T2", "2025-T2")).toBe(0);
  });

  it("knows a period's year, first day and last day", () => {
    expect(periodYear("2025-T2")).toBe(2025);
    expect(periodYear("2031")).toBe(2031);
    expect([periodStart("2025-T1"), periodEnd("2025-T1")]).toEqual(["2025-01-01", "2025-04-30"]);
    expect([periodStart("2025-T2"), periodEnd("2025-T2")]).toEqual(["2025-05-01", "2025-08-31"]);
    expect([periodStart("2025-T3"), periodEnd("2025-T3")]).toEqual(["2025-09-01", "2025-12-31"]);
    expect([periodStart("2025"), periodEnd("2025")]).toEqual(["2025-01-01", "2025-12-31"]);
  });
});

describe("the current reporting period", () => {
  const tertials = defaultReportingCalendar(2024, 2026, "tertial");

  it("is the period whose span holds today, its first and last day included", () => {
    expect(currentReportingPeriod(tertials, "2025-06-15")?.period).toBe("2025-T2");
    expect(currentReportingPeriod(tertials, "2025-05-01")?.period).toBe("2025-T2");
    expect(currentReportingPeriod(tertials, "2025-04-30")?.period).toBe("2025-T1");
  });

  it("is the latest period that has ended when today lies after them all or in a gap", () => {
    expect(currentReportingPeriod(tertials, "2027-03-01")?.period).toBe("2026-T3");
    const gappy = [{ period: "2024-T3" }, { period: "2024-T1" }];
    expect(currentReportingPeriod(gappy, "2024-06-01")?.period).toBe("2024-T1");
  });

  it("is the first period when today comes before them all", () => {
    expect(currentReportingPeriod(tertials, "2023-12-31")?.period).toBe("2024-T1");
  });

  it("prefers the tertial to its whole year when both hold today", () => {
    const mixed = [{ period: "2025" }, { period: "2025-T2" }];
    expect(currentReportingPeriod(mixed, "2025-07-01")?.period).toBe("2025-T2");
    expect(currentReportingPeriod(mixed, "2025-10-01")?.period).toBe("2025");
  });

  it("is null when there are no periods", () => {
    expect(currentReportingPeriod([], "2025-06-15")).toBeNull();
  });
});

describe("period labels", () => {
  it("writes a tertial as «1. tertial 2025» in Norwegian and «1st tertial 2025» in English", () => {
    expect(periodLabel("2025-T1", "nb")).toBe("1. tertial 2025");
    expect(periodLabel("2025-T3", "nn")).toBe("3. tertial 2025");
    expect(periodLabel("2025-T1", "en")).toBe("1st tertial 2025");
    expect(periodLabel("2025-T2", "en")).toBe("2nd tertial 2025");
    expect(periodLabel("2025-T3", "en")).toBe("3rd tertial 2025");
  });

  it("writes a year period as the year alone", () => {
    expect(periodLabel("2025", "nb")).toBe("2025");
    expect(periodLabel("2025", "en")).toBe("2025");
  });
});
