import { describe, expect, it } from "vitest";
import { withoutInternalComments } from "./public-plan.js";
import { fixturePlan } from "./test-fixtures.js";

describe("withoutInternalComments", () => {
  it("removes the comments marked internal and nothing else", () => {
    const plan = fixturePlan();
    const [first, second] = plan.statusReports;
    if (first === undefined || second === undefined) throw new Error("The fixture has too few reports");
    first.commentInternal = true;
    second.comment = "Offentlig merknad";
    const before = structuredClone(plan);

    const shown = withoutInternalComments(plan);

    expect(shown.statusReports[0]).toEqual({ ...before.statusReports[0], comment: null, commentInternal: false });
    expect(shown.statusReports[1]).toEqual(before.statusReports[1]);
    expect({ ...shown, statusReports: [] }).toEqual({ ...before, statusReports: [] });
    expect(JSON.stringify(shown)).not.toContain(before.statusReports[0]?.comment ?? "?");
    // The input is not changed.
    expect(plan).toEqual(before);
  });

  it("gives back a plan without internal comments unchanged", () => {
    const plan = fixturePlan();
    expect(plan.statusReports.some((r) => r.comment !== null)).toBe(true);
    expect(withoutInternalComments(plan)).toEqual(fixturePlan());
  });
});
