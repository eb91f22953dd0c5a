import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareRevisions } from "./compare-revisions.js";
import { applyEdit } from "./plan-edits.js";
import { Indicator, Measure, PlanDocument } from "./plan-schema.js";
import { type Evaluation, type Recommendation, RevisionComparison } from "./revision-model.js";
import { rollPlan } from "./roll-plan.js";
import { fixturePlan } from "./test-fixtures.js";
import { parsePlanDocument } from "./validate-plan.js";

const gjovik = () =>
  PlanDocument.parse(
    JSON.parse(
      readFileSync(fileURLToPath(new URL("../../plans/gjovik-naering-2024-2026.json", import.meta.url)), "utf8"),
    ),
  );

const evaluation = (key: string, recommendation: Recommendation): Evaluation => ({
  year: 2024,
  target: { type: "measure", key },
  judgement: "good",
  text: "",
  recommendation,
});
const findMeasure = (plan: PlanDocument, key: string): Measure => {
  const found = plan.focusAreas.flatMap((a) => a.measures).find((m) => m.key === key);
  if (found === undefined) throw new Error(`no measure ${key}`);
  return found;
};
/** One line per listed thing: `<change> <key> [fields]`, for exact comparisons. */
const summary = (c: RevisionComparison) =>
  c.areas.flatMap((a) => [
    ...(a.change === "unchanged" ? [] : [`${a.change} area ${a.key} ${a.fields.map((f) => f.field)}`]),
    ...a.measures.flatMap((m) => [
      `${m.change} ${m.key} ${m.fields.map((f) => f.field)}`,
      ...m.activities.map((x) => `  ${x.change} ${x.key} ${x.fields.map((f) => f.field)}`),
    ]),
  ]);
const zeroCounts = { added: 0, closed: 0, changed: 0 };

type Round = { complete: string; stop: string; change: string; newIn: string };

/** Evaluate 2024, roll, edit the «to edit» measure's title and indicators, add a measure. */
function round(rev1: PlanDocument, keys: Round) {
  const rolled = rollPlan(
    rev1,
    [evaluation(keys.complete, "complete"), evaluation(keys.stop, "stop"), evaluation(keys.change, "change")],
    { year: 2024 },
  );
  expect(rolled.problems).toEqual([]);
  expect(rolled.toEdit).toEqual([keys.change]);
  const old = findMeasure(rolled.plan, keys.change);
  const indicators = [
    Indicator.parse({ key: `${keys.change}-ny-indikator`, text: "3 nye avtaler", kind: "count", target: 3 }),
  ];
  const edited = { ...old, title: `${old.title} (endret)`, indicators };
  let rev2 = applyEdit(rolled.plan, { op: "update", collection: "measures", key: keys.change, data: edited }).plan;
  const added = Measure.parse({ key: "nytt-tiltak-2025", title: "Nytt tiltak for 2025" });
  rev2 = applyEdit(rev2, { op: "create", collection: "measures", areaKey: keys.newIn, data: added }).plan;
  expect(parsePlanDocument(rev2).ok).toBe(true);
  return { rev2, old, edited };
}

function expectExactlyTheRound(rev1: PlanDocument, keys: Round) {
  const { rev2, old, edited } = round(rev1, keys);
  const comparison = compareRevisions(rev1, rev2);
  expect(RevisionComparison.safeParse(comparison).success).toBe(true);
  expect(comparison.plan).toEqual([]);
  expect(comparison.before).toEqual(rev1.actionPlan.revision);
  expect(comparison.after).toEqual({ number: rev1.actionPlan.revision.number + 1, adoptedOn: null, decisionRef: null });
  expect(summary(comparison).sort()).toEqual(
    [
      `closed ${keys.complete} `,
      `closed ${keys.stop} `,
      `changed ${keys.change} title,indicators`,
      "added nytt-tiltak-2025 ",
      // The activities of a closed measure are listed as closed with it.
      ...[keys.complete, keys.stop].flatMap((k) => findMeasure(rev1, k).activities.map((x) => `  closed ${x.key} `)),
    ].sort(),
  );
  const changed = comparison.areas.flatMap((a) => a.measures).find((m) => m.key === keys.change);
  expect(changed).toEqual({
    key: keys.change,
    title: edited.title,
    change: "changed",
    fields: [
      { field: "title", before: old.title, after: edited.title },
      { field: "indicators", before: JSON.parse(JSON.stringify(old.indicators)), after: edited.indicators },
    ],
    activities: [],
  });
  const added = comparison.areas.find((a) => a.measures.some((m) => m.key === "nytt-tiltak-2025"));
  expect(added?.key).toBe(keys.newIn);
  expect(comparison.counts.measures).toEqual({ added: 1, closed: 2, changed: 1 });
  expect(comparison.counts.areas).toEqual(zeroCounts);
  expect(comparison.counts.planFields).toBe(0);
}

describe("compareRevisions", () => {
  it("finds nothing between a revision and itself", () => {
    for (const plan of [fixturePlan(), gjovik()]) {
      const comparison = compareRevisions(plan, structuredClone(plan));
      expect(comparison.plan).toEqual([]);
      expect(comparison.areas).toEqual([]);
      expect(comparison.counts).toEqual({
        planFields: 0,
        areas: zeroCounts,
        measures: zeroCounts,
        activities: zeroCounts,
      });
    }
  });

  it("gives exactly the changes of a roll and its edits (made-up plan)", () => {
    expectExactlyTheRound(fixturePlan(), {
      complete: "industri-gardsbesok",
      stop: "samarbeid-avtale",
      change: "industri-areal",
      newIn: "samarbeid",
    });
  });

  it("gives exactly the changes of a roll and its edits (Gjøvik's plan)", () => {
    expectExactlyTheRound(gjovik(), {
      complete: "industri-regionalt-team",
      stop: "biokommune-losdriftsfjos",
      change: "naeringsvennlig-frokostmoter",
      newIn: "digital",
    });
  });

  it("takes a measure moved to another area as a change of its area, not closed and added", () => {
    const rev1 = fixturePlan();
    const m = findMeasure(rev1, "industri-areal");
    const rev2 = applyEdit(rev1, {
      op: "update",
      collection: "measures",
      key: m.key,
      data: m,
      areaKey: "samarbeid",
    }).plan;
    const comparison = compareRevisions(rev1, rev2);
    expect(summary(comparison)).toEqual(["changed industri-areal areaKey"]);
    expect(comparison.areas[0]?.key).toBe("samarbeid");
    expect(comparison.areas[0]?.measures[0]?.fields).toEqual([
      { field: "areaKey", before: "industri", after: "samarbeid" },
    ]);
  });

  it("lists activities, area fields and plan fields on their own, and leaves status reports out", () => {
    const rev1 = fixturePlan();
    const rev2 = structuredClone(rev1);
    const [industri] = rev2.focusAreas;
    const besok = industri?.measures[0];
    if (industri === undefined || besok === undefined) throw new Error("no measure");
    industri.mainGoal = "Et nytt hovedmål.";
    const [plan, follow] = besok.activities;
    if (plan === undefined || follow === undefined) throw new Error("no activities");
    plan.description = null;
    besok.activities = [plan, { ...follow, key: "industri-ny-aktivitet", title: "Ny aktivitet" }];
    rev2.actionPlan.title = "Ny tittel";
    rev2.actionPlan.introduction = ["Ett avsnitt."];
    rev2.flagships = rev2.flagships.slice(0, 1);
    rev2.statusReports = [];
    const comparison = compareRevisions(rev1, rev2);
    expect(comparison.plan.map((f) => f.field)).toEqual(["title", "introduction", "flagships"]);
    expect(comparison.plan[0]).toEqual({ field: "title", before: rev1.actionPlan.title, after: "Ny tittel" });
    expect(summary(comparison)).toEqual([
      "changed area industri mainGoal",
      "changed industri-bedriftsbesok ",
      "  changed industri-besoksplan description",
      "  added industri-ny-aktivitet ",
      "  closed industri-oppfolging ",
    ]);
    expect(comparison.counts).toEqual({
      planFields: 3,
      areas: { added: 0, closed: 0, changed: 1 },
      measures: { added: 0, closed: 0, changed: 1 },
      activities: { added: 1, closed: 1, changed: 1 },
    });
  });

  it("reports exactly the measures closed and the titles edited, for any choice of them", () => {
    const rev1 = gjovik();
    const keys = rev1.focusAreas.flatMap((a) => a.measures.map((m) => m.key));
    const choice = fc.array(fc.constantFrom("continue", "close", "retitle"), {
      minLength: keys.length,
      maxLength: keys.length,
    });
    fc.assert(
      fc.property(choice, fc.string({ minLength: 1, maxLength: 30 }), (choices, suffix) => {
        const closed = keys.filter((_, i) => choices[i] === "close");
        const retitled = keys.filter((_, i) => choices[i] === "retitle");
        const rolled = rollPlan(
          rev1,
          keys.map((k, i) => evaluation(k, choices[i] === "close" ? (i % 2 === 0 ? "complete" : "stop") : "change")),
          { year: 2024 },
        );
        let rev2 = rolled.plan;
        for (const key of retitled) {
          const m = findMeasure(rev2, key);
          const data = { ...m, title: `${m.title} ${suffix}`.trim() };
          rev2 = applyEdit(rev2, { op: "update", collection: "measures", key, data }).plan;
        }
        const measures = compareRevisions(rev1, rev2).areas.flatMap((a) => a.measures);
        const byChange = (change: string) => measures.filter((m) => m.change === change).map((m) => m.key);
        expect(byChange("closed").sort()).toEqual([...closed].sort());
        expect(byChange("added")).toEqual([]);
        const changed = measures.filter((m) => m.change === "changed");
        // A suffix of blanks trims away and changes nothing.
        expect(changed.map((m) => m.key).sort()).toEqual(suffix.trim() === "" ? [] : [...retitled].sort());
        for (const m of changed) expect(m.fields.map((f) => f.field)).toEqual(["title"]);
      }),
      { numRuns: 50 },
    );
  });
});
