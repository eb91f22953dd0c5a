import { describe, expect, it } from "vitest";
import { compareRevisions } from "./compare-revisions.js";
import { comparisonFieldLabel, comparisonValueText } from "./comparison-text.js";
import type { Measure, PlanDocument } from "./plan-schema.js";
import type { FieldChange } from "./revision-model.js";
import { fixturePlan } from "./test-fixtures.js";

const NBSP = "\u00a0";

function measureOf(plan: PlanDocument, key: string): Measure {
  const found = plan.focusAreas.flatMap((a) => a.measures).find((m) => m.key === key);
  if (found === undefined) throw new Error(`no measure ${key}`);
  return found;
}

/** The fixture and a next revision: a measure moved, its strategies, funding, owner and start changed. */
function twoRevisions() {
  const before = fixturePlan();
  const after = structuredClone(before);
  after.actionPlan.revision = { number: 3, adoptedOn: null, decisionRef: null };
  const [industri, samarbeid] = after.focusAreas;
  if (industri === undefined || samarbeid === undefined) throw new Error("fixture areas");
  const moved = industri.measures.splice(1, 1)[0] as Measure;
  samarbeid.measures.push(moved);
  const visit = measureOf(after, "industri-bedriftsbesok");
  visit.strategyNumbers = [1, 3];
  visit.funding = [
    {
      kind: "budget_increase",
      amountNok: 1_000_000,
      recurrence: "yearly",
      years: [],
      fundingSourceKey: null,
      text: "Økt ramme",
    },
  ];
  visit.responsibility = { text: "NTNU alene", responsibleActorKeys: ["ntnu"], partnerActorKeys: [] };
  visit.start = { kind: "year", year: 2025, half: null, text: "2025" };
  visit.activities.reverse();
  after.actors.push({ key: "ny-aktor", name: "Ny aktør", kind: "external_partner" });
  return { before, after, comparison: compareRevisions(before, after) };
}

function change(fields: FieldChange[], field: string): FieldChange {
  const found = fields.find((f) => f.field === field);
  if (found === undefined) throw new Error(`no change of ${field} among ${fields.map((f) => f.field)}`);
  return found;
}

describe("the words for a comparison's fields", () => {
  it("names the fields of each scope in the three languages, with the level words", () => {
    expect(comparisonFieldLabel("title", "measure", "nb")).toBe("Tittel");
    expect(comparisonFieldLabel("title", "plan", "nb")).toBe("Planens tittel");
    expect(comparisonFieldLabel("strategyNumbers", "measure", "nb")).toBe("Strategier");
    expect(comparisonFieldLabel("indicators", "activity", "nb")).toBe("Måleindikatorer");
    expect(comparisonFieldLabel("indicators", "activity", "nn")).toBe("Måleindikatorar");
    expect(comparisonFieldLabel("funding", "measure", "nb")).toBe("Finansiering");
    expect(comparisonFieldLabel("responsibility", "measure", "nb")).toBe("Ansvar");
    expect(comparisonFieldLabel("start", "measure", "nb")).toBe("Oppstart");
    expect(comparisonFieldLabel("areaKey", "measure", "nb")).toBe("Flyttet fra område");
    expect(comparisonFieldLabel("measureOrder", "area", "nb")).toBe("Rekkefølgen på tiltakene");
    expect(comparisonFieldLabel("activityOrder", "measure", "en")).toBe("The order of the activities");
    expect(comparisonFieldLabel("mainGoal", "area", "nn")).toBe("Hovudmål");
    expect(comparisonFieldLabel("actors", "plan", "en")).toBe("Actors");
    expect(comparisonFieldLabel("description", "measure", "nn")).toBe("Skildring");
  });

  it("falls back to the field's own name when it does not know it", () => {
    expect(comparisonFieldLabel("somethingNew", "measure", "nb")).toBe("somethingNew");
    expect(comparisonFieldLabel("planTitle", "measure", "nb")).toBe("planTitle");
  });
});

describe("the words for a value before and after", () => {
  const { before, after, comparison } = twoRevisions();
  const context = { before, after };
  const samarbeid = comparison.areas.find((a) => a.key === "samarbeid");
  const moved = samarbeid?.measures.find((m) => m.key === "industri-areal");
  const visit = comparison.areas
    .find((a) => a.key === "industri")
    ?.measures.find((m) => m.key === "industri-bedriftsbesok");
  if (moved === undefined || visit === undefined) throw new Error("the comparison misses the changed measures");

  it("gives strategies as numbers, «unknown» as «?»", () => {
    const c = change(visit.fields, "strategyNumbers");
    expect(comparisonValueText(c.field, c.before, context, "nb")).toBe("3, ?, 1");
    expect(comparisonValueText(c.field, c.after, context, "nb")).toBe("1, 3");
  });

  it("gives each funding line in words, with the amount in kroner and the source's name", () => {
    const c = change(visit.fields, "funding");
    const lines = comparisonValueText(c.field, c.before, context, "nb").split("\n");
    expect(lines).toEqual([
      `Økt ramme, kr${NBSP}9${NBSP}000${NBSP}000${NBSP}000, per år, 2024, 2025, 2026 («Økt ramme 9 mrd.»)`,
      "Innenfor egne rammer («Innenfor ramme»)",
      `Felles kilde, kr${NBSP}1${NBSP}000${NBSP}000, per år, Regionalt utviklingsprogram («Årlig bidrag kr. 1 000 000,- fra RUP»)`,
    ]);
    expect(comparisonValueText(c.field, c.after, context, "en")).toBe(
      `Budget increase, NOK${NBSP}1,000,000, per year («Økt ramme»)`,
    );
  });

  it("names the responsible actors and partners, and the start as written", () => {
    const r = change(visit.fields, "responsibility");
    expect(comparisonValueText(r.field, r.before, context, "nb")).toBe(
      "Ansvarlig: Næring, Formannskapet. Samarbeidspartnere: NTNU («Næring i samarbeid med NTNU og formannskapet»)",
    );
    expect(comparisonValueText(r.field, r.after, context, "en")).toBe("Responsible: NTNU («NTNU alene»)");
    const s = change(visit.fields, "start");
    expect(comparisonValueText(s.field, s.before, context, "nb")).toBe("Første halvår 2024");
    expect(comparisonValueText(s.field, s.after, context, "nb")).toBe("2025");
  });

  it("falls back to the keys when the revisions are not at hand", () => {
    const r = change(visit.fields, "responsibility");
    expect(comparisonValueText(r.field, r.after, null, "nb")).toBe("Ansvarlig: ntnu («NTNU alene»)");
    const a = change(moved.fields, "areaKey");
    expect(comparisonValueText(a.field, a.after, null, "nb")).toBe("samarbeid");
  });

  it("gives a moved measure's areas by the plan's level word, number and title", () => {
    const a = change(moved.fields, "areaKey");
    expect(comparisonValueText(a.field, a.before, context, "nb")).toBe("Innsatsområde 1: Industri");
    expect(comparisonValueText(a.field, a.after, context, "nb")).toBe("Gjennomgående grep 1: Samarbeid");
  });

  it("gives a new order as the titles in order", () => {
    const o = change(visit.fields, "activityOrder");
    expect(comparisonValueText(o.field, o.before, context, "nb")).toBe("1. Lage besøksplan\n2. Følge opp besøkene");
    expect(comparisonValueText(o.field, o.after, context, "nb")).toBe("1. Følge opp besøkene\n2. Lage besøksplan");
  });

  it("gives a plan's whole list by the names in it", () => {
    const c = change(comparison.plan, "actors");
    expect(comparisonValueText(c.field, c.after, context, "nb").split("\n")).toEqual([
      "Næring",
      "Landbruk",
      "Formannskapet",
      "NTNU",
      "Ny aktør",
    ]);
  });

  it("gives indicators by their text with target and deadline", () => {
    const indicators = measureOf(before, "industri-bedriftsbesok").indicators;
    const text = comparisonValueText("indicators", indicators as unknown as FieldChange["before"], null, "nb");
    expect(text.split("\n").slice(0, 2)).toEqual([
      "5 bedriftsbesøk (mål 5 besøk per år, frist 31.12.2025)",
      "12,5 % fornøyde (mål 12,5)",
    ]);
    expect(text.split("\n")[4]).toBe("Beskrivelse av effekt");
  });

  it("says «(tom)» for nothing, keeps strings and years, and gives unknown shapes as JSON", () => {
    expect(comparisonValueText("description", null, context, "nb")).toBe("(tom)");
    expect(comparisonValueText("description", "", context, "en")).toBe("(empty)");
    expect(comparisonValueText("indicators", [], context, "nn")).toBe("(tom)");
    expect(comparisonValueText("title", "Ny tittel", context, "nb")).toBe("Ny tittel");
    expect(comparisonValueText("lastYear", 2027, context, "nb")).toBe("2027");
    expect(comparisonValueText("somethingNew", { a: 1, b: [true] }, context, "nb")).toBe('{"a":1,"b":[true]}');
    expect(comparisonValueText("somethingNew", [{ a: 1 }], null, "nb")).toBe('[{"a":1}]');
    expect(comparisonValueText("funding", [{ odd: true }], null, "nb")).toBe('{"odd":true}');
  });
});
