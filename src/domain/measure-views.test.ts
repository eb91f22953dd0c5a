import { describe, expect, it } from "vitest";
import { filterMeasures, foldText, listFlagshipViews, listMeasureViews, summarizeArea } from "./measure-views.js";
import { MeasureFilter } from "./read-models.js";
import { fixturePlan } from "./test-fixtures.js";

const plan = fixturePlan();
const views = listMeasureViews(plan);
const keysOf = (filter: Record<string, string>) => filterMeasures(views, MeasureFilter.parse(filter)).map((m) => m.key);

describe("listMeasureViews", () => {
  it("gives every measure with its area and resolved strategies, «unknown» kept without text", () => {
    expect(views.map((m) => m.key)).toEqual([
      "industri-bedriftsbesok",
      "industri-areal",
      "industri-gardsbesok",
      "samarbeid-forum",
      "samarbeid-avtale",
    ]);
    const visits = views[0];
    expect(visits?.area).toEqual({ key: "industri", kind: "focus_area", number: 1, title: "Industri" });
    expect(visits?.strategies).toEqual([
      { number: 3, text: "Tilrettelegge areal." },
      { number: "unknown", text: null },
      { number: 1, text: "Besøke bedrifter." },
    ]);
    expect(views[2]?.strategies).toEqual([{ number: "unknown", text: null }]);
    expect(views[3]?.area).toEqual({ key: "samarbeid", kind: "strategic_move", number: 1, title: "Samarbeid" });
  });

  it("collects the actors and start years of the measure and its activities", () => {
    // Landbruk and 2025 come from the activity only.
    expect(views[0]?.actorKeys).toEqual(["formannskapet", "landbruk", "naering", "ntnu"]);
    expect(views[0]?.startYears).toEqual([2024, 2025]);
    expect(views[1]?.actorKeys).toEqual([]);
    expect(views[1]?.startYears).toEqual([]);
    expect(views[2]?.actorKeys).toEqual(["landbruk"]);
    expect(views[2]?.startYears).toEqual([2026]);
    // Responsibility in words only names no actor; a start on a condition has no year.
    expect(views[4]?.actorKeys).toEqual([]);
    expect(views[4]?.startYears).toEqual([]);
  });
});

describe("filterMeasures", () => {
  it("filters by area, strategy, actor, start year and flagship, together", () => {
    expect(keysOf({ area: "samarbeid" })).toEqual(["samarbeid-forum", "samarbeid-avtale"]);
    expect(keysOf({ strategy: "1" })).toEqual(["industri-bedriftsbesok", "samarbeid-forum"]);
    expect(keysOf({ area: "samarbeid", strategy: "1" })).toEqual(["samarbeid-forum"]);
    expect(keysOf({ strategy: "unknown" })).toEqual(["industri-bedriftsbesok", "industri-gardsbesok"]);
    expect(keysOf({ actor: "ntnu" })).toEqual(["industri-bedriftsbesok"]);
    expect(keysOf({ actor: "landbruk" })).toEqual(["industri-bedriftsbesok", "industri-gardsbesok"]);
    expect(keysOf({ actor: "naering" })).toEqual(["industri-bedriftsbesok", "samarbeid-forum"]);
    expect(keysOf({ startYear: "2025" })).toEqual(["industri-bedriftsbesok"]);
    expect(keysOf({ startYear: "2026" })).toEqual(["industri-gardsbesok"]);
    expect(keysOf({ actor: "landbruk", startYear: "2025" })).toEqual(["industri-bedriftsbesok"]);
    expect(keysOf({ flagship: "industriloftet" })).toEqual(["industri-bedriftsbesok"]);
    expect(keysOf({ flagship: "byloftet" })).toEqual([]);
    expect(keysOf({ area: "samarbeid", actor: "ntnu" })).toEqual([]);
  });

  it("finds free text in activities, indicators and funding, regardless of case; every word must match", () => {
    expect(keysOf({ q: "VEDTATT" })).toEqual(["industri-bedriftsbesok"]);
    expect(keysOf({ q: "økt ramme" })).toEqual(["industri-bedriftsbesok"]);
    expect(keysOf({ q: "KONTINGENT" })).toEqual(["samarbeid-avtale"]);
    expect(keysOf({ q: "Gårdsbesøk" })).toEqual(["industri-gardsbesok"]);
    expect(keysOf({ q: "fortløpende" })).toEqual(["samarbeid-forum"]);
    expect(keysOf({ q: "økt fortløpende" })).toEqual([]);
  });

  it("treats empty parameters as absent", () => {
    expect(keysOf({ area: "", q: " " })).toHaveLength(5);
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
      strategyCount: 3,
      measureCount: 3,
      activityCount: 2,
    });
  });

  it("lists flagships with their measures", () => {
    expect(listFlagshipViews(plan)).toEqual([
      { ...plan.flagships[0], measureKeys: ["industri-bedriftsbesok"] },
      { ...plan.flagships[1], measureKeys: [] },
    ]);
  });
});
