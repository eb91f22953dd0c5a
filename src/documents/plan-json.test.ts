/** The interchange format read back gives the same plan: Gjøvik's, and any plan fast-check makes. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parsePlanDocument } from "../domain/validate-plan.js";
import { gjovikPlan } from "./plan-document-test-plans.js";
import { planJson } from "./plan-json.js";
import { planArbitrary } from "./stratml-test-plans.js";

const readBack = (bytes: Buffer) => parsePlanDocument(JSON.parse(bytes.toString("utf8")));

describe("the plan as JSON", () => {
  it("reads back as the same plan, Gjøvik's included", () => {
    const plan = gjovikPlan();
    expect(readBack(planJson(plan))).toEqual({ ok: true, plan });
  });

  it("reads back as the same plan for generated plans (Norwegian text, empty fields, «Strategi ?», reports)", () => {
    fc.assert(
      fc.property(planArbitrary, (plan) => {
        expect(readBack(planJson(plan))).toEqual({ ok: true, plan });
      }),
      { numRuns: 50 },
    );
  });
});
