import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { PLAN_JSON_SCHEMA_PATH, planJsonSchema, planJsonSchemaText } from "./json-schema.js";

describe("the committed JSON Schema", () => {
  it("is what the zod schemas generate (run `npm run schema` when this fails)", () => {
    const committed = readFileSync(PLAN_JSON_SCHEMA_PATH, "utf8");
    expect(committed).toBe(planJsonSchemaText());
  });

  it("describes the plan document with its parts", () => {
    const schema = planJsonSchema() as { $defs: Record<string, { required?: string[] }> };
    expect(Object.keys(schema.$defs)).toEqual(
      expect.arrayContaining(["ActionPlan", "FocusArea", "Measure", "Activity", "Indicator", "FundingLine", "Start"]),
    );
    expect(schema.$defs.PlanDocument?.required).toEqual(
      expect.arrayContaining(["format", "organization", "actionPlan"]),
    );
  });
});
