/** The JSON Schema of the interchange format, generated from the zod schemas (committed under docs/). */
import { z } from "zod";
import { PlanDocument } from "./plan-schema.js";

export const PLAN_JSON_SCHEMA_PATH = "docs/planspor-1.schema.json";

/** The schema of a plan file as it may be written: fields with defaults may be left out. */
export function planJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(PlanDocument, { io: "input", target: "draft-2020-12" });
  return { ...schema, $id: "https://planspor.no/schema/planspor-1.schema.json" };
}

/** The schema as the committed file holds it: two-space indentation and a final newline. */
export function planJsonSchemaText(): string {
  return `${JSON.stringify(planJsonSchema(), null, 2)}\n`;
}
