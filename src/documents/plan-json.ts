/** The plan in the interchange format `planspor/1`, as the file people keep and move: pretty-printed JSON. */
import type { PlanDocument } from "../domain/plan-schema.js";

export function planJson(plan: PlanDocument): Buffer {
  return Buffer.from(`${JSON.stringify(plan, null, 2)}\n`, "utf8");
}
