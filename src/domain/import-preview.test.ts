import { describe, expect, it } from "vitest";
import { changesAnything, previewImport } from "./import-preview.js";
import type { Activity, PlanDocument } from "./plan-schema.js";
import { fixturePlan } from "./test-fixtures.js";

const plan = fixturePlan();
const edited = (edit: (p: PlanDocument) => void) => {
  const copy = structuredClone(plan);
  edit(copy);
  return copy;
};

describe("previewImport", () => {
  it("finds nothing to change in the same plan", () => {
    const preview = previewImport(plan, structuredClone(plan));
    expect(changesAnything(preview)).toBe(false);
    expect(preview.counts.measures.changed + preview.counts.measures.new + preview.counts.measures.removed).toBe(0);
    expect(preview.otherChanges).toEqual([]);
  });

  it("names the changed fields, the new and the removed, per area, measure and activity", () => {
    const next = edited((p) => {
      const [area] = p.focusAreas;
      if (area === undefined) throw new Error("no area");
      const [first, second] = area.measures;
      if (first === undefined || second === undefined) throw new Error("no measures");
      first.title = "Ny tittel på æøå";
      first.strategyNumbers = ["unknown"];
      first.activities.push({ ...structuredClone(first.activities[0] as Activity), key: "helt-ny", title: "Helt ny" });
      area.measures = [first];
      area.measures.push({ ...structuredClone(second), key: "nytt-tiltak", title: "Nytt tiltak", activities: [] });
    });
    const preview = previewImport(plan, next);
    const area = preview.areas[0];
    expect(area?.change).toBe("unchanged");
    const byKey = new Map(area?.measures.map((m) => [m.key, m]));
    const first = plan.focusAreas[0]?.measures[0]?.key ?? "";
    const second = plan.focusAreas[0]?.measures[1]?.key ?? "";
    expect(byKey.get(first)).toMatchObject({ change: "changed", fields: ["title", "strategyNumbers"] });
    expect(byKey.get(first)?.activities.at(-1)).toMatchObject({ key: "helt-ny", change: "new" });
    expect(byKey.get("nytt-tiltak")?.change).toBe("new");
    expect(byKey.get(second)?.change).toBe("removed");
    expect(preview.counts.measures).toMatchObject({ changed: 1, new: 1 });
    expect(preview.counts.measures.removed).toBeGreaterThanOrEqual(1);
    expect(preview.counts.activities.new).toBe(1);
    expect(changesAnything(preview)).toBe(true);
  });

  it("takes a measure moved to another area for a change of its area, and sees other parts change", () => {
    const next = edited((p) => {
      const [from, to] = p.focusAreas;
      const moved = from?.measures.shift();
      if (moved === undefined || to === undefined) throw new Error("fixture");
      to.measures.push({ ...moved, strategyNumbers: [] });
      p.actors.push({ key: "ny-aktor", name: "Ny aktør", kind: "external_partner" });
    });
    const preview = previewImport(plan, next);
    const moved = preview.areas[1]?.measures.at(-1);
    expect(moved).toMatchObject({ change: "changed" });
    expect(moved?.fields).toContain("area");
    expect(preview.areas[0]?.measures.some((m) => m.change === "removed")).toBe(false);
    expect(preview.otherChanges).toEqual(["actors"]);
  });

  it("marks a new order without calling anything new", () => {
    const next = edited((p) => {
      p.focusAreas[0]?.measures.reverse();
    });
    const preview = previewImport(plan, next);
    expect(preview.areas[0]?.fields).toEqual(["measureOrder"]);
    expect(preview.counts.measures.changed).toBe(0);
    expect(changesAnything(preview)).toBe(true);
  });
});
