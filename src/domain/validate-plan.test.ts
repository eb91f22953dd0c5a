import { describe, expect, it } from "vitest";
import { fixturePlanInput } from "./test-fixtures.js";
import { checkStatusReport, formatJsonPath, parsePlanDocument } from "./validate-plan.js";

type Mutable = ReturnType<typeof fixturePlanInput> & Record<string, unknown>;
const problemsOf = (mutate: (plan: Mutable) => void) => {
  const plan = fixturePlanInput() as Mutable;
  mutate(plan);
  const result = parsePlanDocument(plan);
  return result.ok ? [] : result.problems;
};

describe("parsePlanDocument", () => {
  it("accepts a valid plan and fills in the defaults", () => {
    const { statusReports: _, ...input } = fixturePlanInput();
    const result = parsePlanDocument(input);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.plan.flagships[0]?.focusAreaKey).toBe("industri");
    expect(result.plan.flagships[1]?.focusAreaKey).toBeNull();
    expect(result.plan.focusAreas[0]?.measures[1]?.activities).toEqual([]);
    expect(result.plan.relatedPlans[1]).toEqual({
      key: "kulturplan",
      title: "Kulturplan",
      links: [],
      funding: [],
      responsibility: null,
    });
    expect(result.plan.statusReports).toEqual([]);
    expect(parsePlanDocument(fixturePlanInput()).ok).toBe(true);
  });

  it("rejects what is not a plan at all, at the root", () => {
    const result = parsePlanDocument("not a plan");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]?.path).toBe("$");
  });

  it("names the JSON path of a field of the wrong type", () => {
    const problems = problemsOf((p) => {
      (p.focusAreas?.[0]?.measures?.[0] as Record<string, unknown>).title = 42;
    });
    expect(problems.map((x) => x.path)).toEqual(["$.focusAreas[0].measures[0].title"]);
  });

  it("rejects a malformed key and an unknown format", () => {
    const problems = problemsOf((p) => {
      p.format = "planspor/2" as "planspor/1";
      p.actionPlan.key = "Ikke En Nøkkel";
    });
    expect(problems.map((x) => x.path).sort()).toEqual(["$.actionPlan.key", "$.format"]);
  });

  it("rejects dates that do not exist", () => {
    const problems = problemsOf((p) => {
      const measure = p.focusAreas?.[0]?.measures?.[0];
      if (measure?.indicators?.[0]) measure.indicators[0].deadline = "2025-02-30";
    });
    expect(problems.map((x) => x.path)).toEqual(["$.focusAreas[0].measures[0].indicators[0].deadline"]);
  });

  it("requires a year for a year start and a half for a half-year start", () => {
    const problems = problemsOf((p) => {
      const activity = p.focusAreas?.[0]?.measures?.[0]?.activities?.[0];
      if (activity) activity.start = { kind: "half_year", year: 2025, text: "Halvår" };
    });
    expect(problems.map((x) => x.path)).toEqual(["$.focusAreas[0].measures[0].activities[0].start.half"]);
  });

  it("finds references to actors, funding sources, strategies, flagships and areas that do not exist", () => {
    const problems = problemsOf((p) => {
      const first = p.focusAreas?.[0]?.measures?.[0];
      if (!first?.activities?.[0]) throw new Error("fixture changed");
      first.strategyNumbers = [7];
      first.flagshipKey = "ukjent";
      first.responsibility = { text: "X", responsibleActorKeys: ["finnes-ikke"] };
      first.activities[0].funding = [{ kind: "shared_source", fundingSourceKey: "borte", text: "Bidrag" }];
      if (p.relatedPlans?.[0]?.links?.[0]) p.relatedPlans[0].links[0].focusAreaKey = "intet-omrade";
    });
    expect(problems.map((x) => x.path).sort()).toEqual(
      [
        "$.focusAreas[0].measures[0].flagshipKey",
        "$.focusAreas[0].measures[0].responsibility.responsibleActorKeys[0]",
        "$.focusAreas[0].measures[0].strategyNumbers[0]",
        "$.focusAreas[0].measures[0].activities[0].funding[0].fundingSourceKey",
        "$.relatedPlans[0].links[0].focusAreaKey",
      ].sort(),
    );
  });

  it("keeps «unknown» strategy and sub-goal references valid", () => {
    const problems = problemsOf((p) => {
      if (p.relatedPlans?.[0]?.links?.[0]) p.relatedPlans[0].links[0].subGoalNumbers = ["unknown", 2];
    });
    expect(problems).toEqual([]);
  });

  it("finds keys used twice, across measures and activities", () => {
    const problems = problemsOf((p) => {
      // A measure's key given to an activity of a later measure.
      const later = p.focusAreas?.[1]?.measures?.[0];
      if (later) later.activities = [{ key: "industri-bedriftsbesok", title: "Bedriftsbesøk igjen" }];
    });
    expect(problems).toEqual([
      {
        path: "$.focusAreas[1].measures[0].activities[0].key",
        message: 'Measure or activity key "industri-bedriftsbesok" is already used at $.focusAreas[0].measures[0].key',
        code: "duplicate_key",
      },
    ]);
  });

  it("requires a shared funding line to name its source", () => {
    const problems = problemsOf((p) => {
      const activity = p.focusAreas?.[0]?.measures?.[0]?.activities?.[0];
      if (activity) activity.funding = [{ kind: "shared_source", text: "Bidrag" }];
    });
    expect(problems.map((x) => x.path)).toEqual([
      "$.focusAreas[0].measures[0].activities[0].funding[0].fundingSourceKey",
    ]);
  });

  it("checks that status reports point at existing measures, activities and indicators", () => {
    const problems = problemsOf((p) => {
      p.statusReports = [
        {
          measureKey: "industri-bedriftsbesok",
          activityKey: "industri-besoksplan",
          period: "2025-T1",
          status: "ongoing",
          // The measure's own indicator, not the activity's.
          indicatorValues: [{ indicatorKey: "bedriftsbesok-antall", value: 3 }],
          reportedAt: "2025-04-30T12:00:00+02:00",
        },
        { measureKey: "ukjent", period: "2025", status: "ongoing", reportedAt: "2025-04-30T12:00:00Z" },
      ];
    });
    expect(problems.map((x) => x.path)).toEqual([
      "$.statusReports[0].indicatorValues[0].indicatorKey",
      "$.statusReports[1].measureKey",
    ]);
  });
});

describe("formatJsonPath", () => {
  it("writes keys with dots and indexes in brackets", () => {
    expect(formatJsonPath(["focusAreas", 0, "measures", 12, "title"])).toBe("$.focusAreas[0].measures[12].title");
    expect(formatJsonPath([])).toBe("$");
  });
});

describe("checkStatusReport", () => {
  const parsed = parsePlanDocument(fixturePlanInput());
  if (!parsed.ok) throw new Error("the fixture plan is valid");
  const plan = parsed.plan;
  const stored = plan.statusReports[0];
  if (stored === undefined) throw new Error("the fixture plan has a report");

  it("takes a report the whole plan's check would take", () => {
    const result = checkStatusReport(plan, stored);
    expect(result.ok).toBe(true);
  });

  it("finds what the whole plan's check finds, with paths relative to the report", () => {
    const bad = {
      ...stored,
      period: "1999",
      indicatorValues: [{ indicatorKey: "finnes-ikke", value: 1 }],
    };
    const alone = checkStatusReport(plan, bad);
    const whole = parsePlanDocument({ ...plan, statusReports: [bad] });
    expect(alone.ok).toBe(false);
    expect(whole.ok).toBe(false);
    if (alone.ok || whole.ok) return;
    expect(alone.problems.map((p) => p.path)).toEqual(["period", "indicatorValues[0].indicatorKey"]);
    expect(alone.problems.map((p) => `$.statusReports[0].${p.path}`)).toEqual(whole.problems.map((p) => p.path));
    expect(checkStatusReport(plan, { ...stored, measureKey: "ukjent" })).toMatchObject({
      ok: false,
      problems: [{ path: "measureKey", code: "unknown_reference" }],
    });
    expect(checkStatusReport(plan, { ...stored, progressPercent: 120 })).toMatchObject({
      ok: false,
      problems: [{ path: "progressPercent" }],
    });
  });
});
