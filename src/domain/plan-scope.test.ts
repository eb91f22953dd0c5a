import { describe, expect, it } from "vitest";
import { planOfArea } from "./plan-scope.js";
import { fixturePlan } from "./test-fixtures.js";
import { checkPlanReferences } from "./validate-plan.js";

describe("planOfArea", () => {
  it("keeps one area with its reports and the related plans linking to it, and stays valid", () => {
    const plan = fixturePlan();
    const industri = planOfArea(plan, "industri");
    expect(industri?.focusAreas.map((a) => a.key)).toEqual(["industri"]);
    expect(industri?.statusReports).toHaveLength(plan.statusReports.length);
    for (const related of industri?.relatedPlans ?? []) {
      expect(related.links.every((link) => link.focusAreaKey === "industri")).toBe(true);
    }
    expect(industri === null ? ["missing"] : checkPlanReferences(industri)).toEqual([]);
    const samarbeid = planOfArea(plan, "samarbeid");
    expect(samarbeid?.statusReports).toEqual([]);
  });

  it("gives null for an area the plan lacks", () => {
    expect(planOfArea(fixturePlan(), "finnes-ikke")).toBeNull();
  });
});
