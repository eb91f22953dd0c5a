import { describe, expect, it } from "vitest";
import { filterMeasures, foldText, listFlagshipViews, listMeasureViews, summarizeArea } from "./measure-views.js";
import { MeasureFilter } from "./read-models.js";
import { smallPlan } from "./test-fixtures.js";

const plan = smallPlan();
const views = listMeasureViews(plan);
const keysOf = (filter: Record<string, string>) => filterMeasures(views, MeasureFilter.parse(filter)).map((m) => m.key);

describe("listMeasureViews", () => {
  it("gives every measure with its area and resolved strategies, «unknown» kept without text", () => {
    expect(views.map((m) => m.key)).toEqual(["industri-besok", "industri-program", "arealer-kjop"]);
    const program = views[1];
    expect(program?.area).toEqual({ key: "industri", kind: "focus_area", number: 1, title: "Industri" });
    expect(program?.strategies).toEqual([
      { number: 1, text: "Jobbe systematisk" },
      { number: "unknown", text: null },
    ]);
  });

  it("collects the actors and start years of the measure and its activities", () => {
    expect(views[1]?.actorKeys).toEqual(["landbruk", "ntnu"]);
    expect(views[1]?.startYears).toEqual([2025]);
    expect(views[0]?.startYears).toEqual([]);
    expect(views[2]?.startYears).toEqual([2026]);
  });
});

describe("filterMeasures", () => {
  it("filters by area, strategy, actor, start year and flagship, together", () => {
    expect(keysOf({ area: "arealer" })).toEqual(["arealer-kjop"]);
    expect(keysOf({ strategy: "1" })).toEqual(["industri-besok", "industri-program", "arealer-kjop"]);
    expect(keysOf({ area: "industri", strategy: "1" })).toEqual(["industri-besok", "industri-program"]);
    expect(keysOf({ strategy: "unknown" })).toEqual(["industri-program"]);
    expect(keysOf({ actor: "ntnu" })).toEqual(["industri-program"]);
    expect(keysOf({ startYear: "2025" })).toEqual(["industri-program"]);
    expect(keysOf({ flagship: "fyrtarn" })).toEqual(["industri-program"]);
    expect(keysOf({ area: "arealer", actor: "ntnu" })).toEqual([]);
  });

  it("finds free text in activities, indicators and funding, regardless of case; every word must match", () => {
    expect(keysOf({ q: "SØKNADER" })).toEqual(["industri-program"]);
    expect(keysOf({ q: "økt ramme" })).toEqual(["arealer-kjop"]);
    expect(keysOf({ q: "økt samarbeidet" })).toEqual([]);
  });

  it("treats empty parameters as absent", () => {
    expect(keysOf({ area: "", q: " " })).toHaveLength(3);
  });

  it("rejects malformed filters, naming the parameter", () => {
    const result = MeasureFilter.safeParse({ startYear: "neste år", strategy: "0" });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path[0]).sort()).toEqual(["startYear", "strategy"]);
  });
});

describe("foldText", () => {
  it("lower-cases and drops accents but keeps æ, ø and å", () => {
    expect(foldText("ÆØÅ Café")).toBe("æøå cafe");
  });
});

describe("summaries", () => {
  it("counts an area's goals, strategies, measures and activities", () => {
    const industri = plan.focusAreas[0];
    if (!industri) throw new Error("fixture changed");
    expect(summarizeArea(industri)).toMatchObject({
      subGoalCount: 2,
      strategyCount: 2,
      measureCount: 2,
      activityCount: 1,
    });
  });

  it("lists flagships with their measures", () => {
    expect(listFlagshipViews(plan)).toEqual([{ ...plan.flagships[0], measureKeys: ["industri-program"] }]);
  });
});
