import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { PlanDocument } from "./plan-schema.js";
import { Evaluation, type Recommendation, RollResult } from "./revision-model.js";
import { rollPlan } from "./roll-plan.js";
import { fixturePlan } from "./test-fixtures.js";
import { parsePlanDocument } from "./validate-plan.js";

const gjovik = () =>
  PlanDocument.parse(
    JSON.parse(
      readFileSync(fileURLToPath(new URL("../../plans/gjovik-naering-2024-2026.json", import.meta.url)), "utf8"),
    ),
  );

const measure = (key: string, recommendation: Recommendation | null, year = 2024): Evaluation => ({
  year,
  target: { type: "measure", key },
  judgement: "partly",
  text: "Delvis nådd.",
  recommendation,
});
const area = (key: string, recommendation: Recommendation | null = null, year = 2024): Evaluation => ({
  year,
  target: { type: "area", key },
  judgement: "good",
  text: "",
  recommendation,
});
const measuresOf = (plan: PlanDocument) => plan.focusAreas.flatMap((a) => a.measures);

describe("Evaluation", () => {
  it("takes a recommendation for a measure and none for an area", () => {
    expect(Evaluation.safeParse(measure("x", "stop")).success).toBe(true);
    expect(Evaluation.safeParse(measure("x", null)).success).toBe(false);
    expect(Evaluation.safeParse(area("x")).success).toBe(true);
    expect(Evaluation.safeParse(area("x", "continue")).success).toBe(false);
    expect(Evaluation.parse({ ...area("x"), text: "  god  " }).text).toBe("god");
    expect(Evaluation.safeParse({ ...area("x"), text: "x".repeat(20001) }).success).toBe(false);
  });
});

describe("rollPlan", () => {
  it("closes completed and stopped measures, opens changed ones and carries the rest with their reports", () => {
    const plan = fixturePlan();
    const result = rollPlan(
      plan,
      [
        measure("industri-gardsbesok", "complete"),
        measure("samarbeid-avtale", "stop"),
        measure("industri-areal", "change"),
        measure("samarbeid-forum", "continue"),
        area("industri"),
      ],
      { year: 2024 },
    );
    expect(result.problems).toEqual([]);
    expect(result.closed).toEqual(["industri-gardsbesok", "samarbeid-avtale"]);
    expect(result.toEdit).toEqual(["industri-areal"]);
    // `industri-bedriftsbesok` has no evaluation: carried by default.
    expect(result.carried).toEqual(["industri-bedriftsbesok", "samarbeid-forum"]);
    expect(result.plan.actionPlan.revision).toEqual({ number: 3, adoptedOn: null, decisionRef: null });
    expect(measuresOf(result.plan).map((m) => m.key)).toEqual([
      "industri-bedriftsbesok",
      "industri-areal",
      "samarbeid-forum",
    ]);
    // Carried and to-edit measures as they were, key, fields and activities; and their reports.
    for (const m of measuresOf(result.plan)) expect(m).toEqual(measuresOf(plan).find((x) => x.key === m.key));
    expect(result.plan.statusReports).toEqual(plan.statusReports);
    const { actionPlan, focusAreas, ...rest } = result.plan;
    const { actionPlan: oldActionPlan, focusAreas: _old, ...oldRest } = plan;
    expect(rest).toEqual(oldRest);
    expect({ ...actionPlan, revision: null }).toEqual({ ...oldActionPlan, revision: null });
    expect(parsePlanDocument(result.plan).ok).toBe(true);
    expect(RollResult.safeParse(result).success).toBe(true);
  });

  it("leaves the previous revision exactly as it was, and shares nothing with it", () => {
    const plan = fixturePlan();
    const result = rollPlan(plan, [measure("industri-bedriftsbesok", "stop")], { year: 2024 });
    expect(plan).toEqual(fixturePlan());
    const [first] = measuresOf(result.plan);
    if (first === undefined) throw new Error("no measure");
    first.title = "Endret i neste revisjon";
    expect(plan).toEqual(fixturePlan());
  });

  it("lets the reports of a closed measure go with it; the previous revision keeps them", () => {
    const plan = fixturePlan();
    const result = rollPlan(plan, [measure("industri-bedriftsbesok", "complete")], { year: 2024 });
    expect(result.closed).toEqual(["industri-bedriftsbesok"]);
    expect(result.plan.statusReports).toEqual([]);
    expect(plan.statusReports).toHaveLength(2);
    expect(parsePlanDocument(result.plan).ok).toBe(true);
  });

  it("lists the evaluations it cannot use, leaves them out and carries their measures", () => {
    const plan = fixturePlan();
    const evaluations = [
      measure("finnes-ikke", "stop"),
      area("finnes-ikke"),
      measure("industri-areal", "stop", 2025),
      measure("samarbeid-forum", "stop"),
      measure("samarbeid-forum", "continue"),
      area("samarbeid", "stop"),
      measure("industri-gardsbesok", null),
      measure("samarbeid-avtale", "complete"),
    ];
    const result = rollPlan(plan, evaluations, { year: 2024 });
    expect(result.problems.map((p) => [p.index, p.code, p.target.key])).toEqual([
      [0, "unknown_target", "finnes-ikke"],
      [1, "unknown_target", "finnes-ikke"],
      [2, "wrong_year", "industri-areal"],
      [3, "duplicate_evaluation", "samarbeid-forum"],
      [4, "duplicate_evaluation", "samarbeid-forum"],
      [5, "recommendation_mismatch", "samarbeid"],
      [6, "recommendation_mismatch", "industri-gardsbesok"],
    ]);
    expect(result.closed).toEqual(["samarbeid-avtale"]);
    expect(result.toEdit).toEqual([]);
    expect(result.carried).toEqual([
      "industri-bedriftsbesok",
      "industri-areal",
      "industri-gardsbesok",
      "samarbeid-forum",
    ]);
  });

  it("rolls Gjøvik's plan into a valid revision 2", () => {
    const plan = gjovik();
    const result = rollPlan(
      plan,
      [
        measure("industri-regionalt-team", "complete"),
        measure("biokommune-losdriftsfjos", "stop"),
        measure("naeringsvennlig-frokostmoter", "change"),
        area("digital"),
      ],
      { year: 2024 },
    );
    expect(result.problems).toEqual([]);
    expect(result.closed).toEqual(["industri-regionalt-team", "biokommune-losdriftsfjos"]);
    expect(result.toEdit).toEqual(["naeringsvennlig-frokostmoter"]);
    expect(result.carried).toHaveLength(measuresOf(plan).length - 3);
    expect(measuresOf(result.plan)).toHaveLength(measuresOf(plan).length - 2);
    expect(result.plan.actionPlan.revision).toEqual({ number: 2, adoptedOn: null, decisionRef: null });
    const parsed = parsePlanDocument(result.plan);
    expect(parsed.ok ? [] : parsed.problems).toEqual([]);
  });
});
