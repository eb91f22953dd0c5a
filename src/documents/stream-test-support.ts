/**
 * For the spreadsheet streams' tests: a large plan that counts how often its areas are read, and
 * the check that a stream stops making its file when the reader goes away.
 */
import type { Readable } from "node:stream";
import { expect } from "vitest";
import { generatedPlan } from "../db/test-plans.js";
import type { PlanDocument } from "../domain/plan-schema.js";

/** A plan of 20 areas of 50 measures that counts how often its areas are read (twice each for a whole file). */
export function countingPlan(): { plan: PlanDocument; reads: () => number } {
  const plan = generatedPlan("stor-plan", 20, 50);
  let reads = 0;
  plan.focusAreas = new Proxy(plan.focusAreas, {
    get(target, property, receiver) {
      if (typeof property === "string" && /^\d+$/.test(property)) reads++;
      return Reflect.get(target, property, receiver);
    },
  });
  return { plan, reads: () => reads };
}

/** Reads `bytesBeforeLeaving` of the stream and leaves: the stream must end and stop reading the plan. */
export async function expectStopsWhenReaderLeaves(
  makeStream: (plan: PlanDocument) => Readable,
  bytesBeforeLeaving: number,
): Promise<void> {
  const whole = countingPlan();
  for await (const _ of makeStream(whole.plan));
  expect(whole.reads()).toBe(40);

  const { plan, reads } = countingPlan();
  const stream = makeStream(plan);
  let read = 0;
  for await (const chunk of stream) {
    read += (chunk as Buffer).length;
    if (read > bytesBeforeLeaving) break;
  }
  expect(stream.destroyed).toBe(true);
  await new Promise((resolve) => setTimeout(resolve, 500));
  // The columns are counted over all 20 areas first; then the rows stopped within the first few areas.
  expect(reads()).toBeLessThan(30);
}
