import { describe, expect, it } from "vitest";
import { applyEdit, areaFieldsOf, currentVersion, PlanEditError, settingsOf } from "./plan-edits.js";
import type { Measure, PlanDocument } from "./plan-schema.js";
import { lostReferences, targetId, withoutReferences } from "./references.js";
import { fixturePlan } from "./test-fixtures.js";
import { checkPlanReferences } from "./validate-plan.js";
import { versionOf } from "./versions.js";

const plan = fixturePlan();
const industri = plan.focusAreas[0];
const visits = industri?.measures[0];
if (industri === undefined || visits === undefined) throw new Error("The fixture plan lacks its first measure");

const measureKeys = (p: PlanDocument, area = 0) => p.focusAreas[area]?.measures.map((m) => m.key);

describe("applyEdit", () => {
  it("changes a measure in place and gives its old and new value for the history", () => {
    const changed: Measure = { ...visits, title: "Flere bedriftsbesøk" };
    const result = applyEdit(plan, { op: "update", collection: "measures", key: visits.key, data: changed });
    expect(result.plan.focusAreas[0]?.measures[0]?.title).toBe("Flere bedriftsbesøk");
    expect(result.before).toEqual(visits);
    expect(result.after).toEqual(changed);
    expect(result.target).toEqual({ entityType: "measure", key: visits.key, measureKey: visits.key });
    expect(result.path).toEqual(["focusAreas", 0, "measures", 0]);
    // The plan it was given stays as it was.
    expect(plan.focusAreas[0]?.measures[0]?.title).toBe("Bedriftsbesøk");
  });

  it("moves a measure to the end of another area", () => {
    const moved = { ...visits, strategyNumbers: [1] };
    const result = applyEdit(plan, {
      op: "update",
      collection: "measures",
      key: visits.key,
      data: moved,
      areaKey: "samarbeid",
    });
    expect(measureKeys(result.plan, 0)).not.toContain(visits.key);
    expect(measureKeys(result.plan, 1)?.at(-1)).toBe(visits.key);
    expect(result.path).toEqual(["focusAreas", 1, "measures", 2]);
  });

  it("creates a measure at a position and refuses a key that is taken", () => {
    const fresh: Measure = { ...visits, key: "industri-ny", title: "Nytt tiltak", activities: [], indicators: [] };
    const result = applyEdit(plan, {
      op: "create",
      collection: "measures",
      areaKey: "industri",
      data: fresh,
      position: 1,
    });
    expect(measureKeys(result.plan)).toEqual([
      "industri-bedriftsbesok",
      "industri-ny",
      "industri-areal",
      "industri-gardsbesok",
    ]);
    expect(() =>
      applyEdit(plan, {
        op: "create",
        collection: "measures",
        areaKey: "industri",
        data: { ...fresh, key: visits.key },
      }),
    ).toThrow(expect.objectContaining({ code: "key_taken", field: "key" }));
  });

  it("refuses to change a key, and to touch what does not exist", () => {
    expect(() =>
      applyEdit(plan, { op: "update", collection: "measures", key: visits.key, data: { ...visits, key: "annen" } }),
    ).toThrow(PlanEditError);
    expect(() => applyEdit(plan, { op: "delete", collection: "actors", key: "finnes-ikke" })).toThrow(
      expect.objectContaining({ code: "not_found" }),
    );
  });

  it("reorders a list only when the new order names every key once", () => {
    const keys = plan.actors.map((a) => a.key).reverse();
    const result = applyEdit(plan, { op: "reorder", collection: "actors", keys });
    expect(result.plan.actors.map((a) => a.key)).toEqual(keys);
    expect(() => applyEdit(plan, { op: "reorder", collection: "actors", keys: keys.slice(1) })).toThrow(
      expect.objectContaining({ code: "bad_order" }),
    );
    expect(() =>
      applyEdit(plan, { op: "reorder", collection: "measures", areaKey: "industri", keys: ["x", "y", "z"] }),
    ).toThrow(expect.objectContaining({ code: "bad_order" }));
  });

  it("replaces the report of the same measure and period, and adds one for a new period", () => {
    const first = plan.statusReports[0];
    if (first === undefined) throw new Error("The fixture has no reports");
    const again = applyEdit(plan, { op: "report", report: { ...first, progressPercent: 60 } });
    expect(again.plan.statusReports).toHaveLength(plan.statusReports.length);
    expect(again.before).toEqual(first);
    const later = applyEdit(plan, { op: "report", report: { ...first, period: "2025-T2" } });
    expect(later.plan.statusReports).toHaveLength(plan.statusReports.length + 1);
    expect(later.before).toBeNull();
  });

  it("keeps the plan's key and revision when its settings change", () => {
    const settings = { ...settingsOf(plan), title: "Ny tittel" };
    const result = applyEdit(plan, { op: "updateSettings", data: settings });
    expect(result.plan.actionPlan).toEqual({ ...plan.actionPlan, title: "Ny tittel" });
  });
});

describe("currentVersion", () => {
  it("is the version of the thing as it is, and null for what does not exist", () => {
    expect(currentVersion(plan, { op: "delete", collection: "measures", key: visits.key })).toBe(versionOf(visits));
    expect(currentVersion(plan, { op: "delete", collection: "areas", key: "industri" })).toBe(
      versionOf(areaFieldsOf(industri)),
    );
    expect(currentVersion(plan, { op: "delete", collection: "flagships", key: "ingen" })).toBeNull();
  });

  it("does not change for an area when one of its measures changes", () => {
    const changed = applyEdit(plan, {
      op: "update",
      collection: "measures",
      key: visits.key,
      data: { ...visits, title: "Annet" },
    }).plan;
    const area = { op: "delete", collection: "areas", key: "industri" } as const;
    expect(currentVersion(changed, area)).toBe(currentVersion(plan, area));
  });
});

describe("lost references", () => {
  it("lists the measures and related plans citing a strategy that goes, and drops those citations", () => {
    const data = { ...areaFieldsOf(industri), strategies: industri.strategies.filter((s) => s.number !== 1) };
    const after = applyEdit(plan, { op: "update", collection: "areas", key: "industri", data }).plan;
    const lost = lostReferences(plan, after);
    expect(lost.map((r) => [r.from.entityType, r.from.key])).toEqual([["measure", "industri-bedriftsbesok"]]);
    const fixed = withoutReferences(after, new Set(lost.map((r) => targetId(r.to))));
    expect(fixed.focusAreas[0]?.measures[0]?.strategyNumbers).toEqual([3, "unknown"]);
    expect(checkPlanReferences(fixed)).toEqual([]);
  });

  it("drops a deleted funding source from the lines citing it, shared lines becoming «to be clarified»", () => {
    const after = applyEdit(plan, {
      op: "delete",
      collection: "fundingSources",
      key: "regionalt-utviklingsprogram",
    }).plan;
    const lost = lostReferences(plan, after);
    expect(new Set(lost.map((r) => r.from.key))).toEqual(
      new Set(["industri-besoksplan", "industri-bedriftsbesok", "samarbeid-forum"]),
    );
    const fixed = withoutReferences(after, new Set(lost.map((r) => targetId(r.to))));
    const line = fixed.focusAreas[1]?.measures[0]?.funding[0];
    expect(line).toMatchObject({ kind: "to_be_clarified", fundingSourceKey: null, text: "RUP igjen" });
    expect(checkPlanReferences(fixed)).toEqual([]);
  });

  it("removes a deleted measure's reports, and a deleted area's links from related plans", () => {
    const after = applyEdit(plan, { op: "delete", collection: "areas", key: "industri" }).plan;
    const lost = lostReferences(plan, after);
    const kinds = new Set(lost.map((r) => r.from.entityType));
    expect(kinds).toEqual(new Set(["statusReport", "relatedPlan", "flagship"]));
    const fixed = withoutReferences(after, new Set(lost.map((r) => targetId(r.to))));
    expect(fixed.statusReports).toEqual([]);
    expect(fixed.relatedPlans[0]?.links.map((l) => l.focusAreaKey)).toEqual(["samarbeid"]);
    expect(fixed.flagships[0]?.focusAreaKey).toBeNull();
    expect(checkPlanReferences(fixed)).toEqual([]);
  });

  it("finds nothing lost when nothing anyone points at goes", () => {
    const after = applyEdit(plan, { op: "delete", collection: "relatedPlans", key: "kulturplan" }).plan;
    expect(lostReferences(plan, after)).toEqual([]);
  });
});
