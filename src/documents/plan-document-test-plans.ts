/**
 * Plans for the tests of the plan documents (DOCX, PDF): Gjøvik's as shipped, and a made-up one
 * that stretches the layout — very long texts and a word too long for its column, many
 * activities, an area with nothing under it and a measure with nothing but its title.
 */
import { readFileSync } from "node:fs";
import { compareRevisions } from "../domain/compare-revisions.js";
import { Measure, PlanDocument } from "../domain/plan-schema.js";
import type { Recommendation } from "../domain/revision-model.js";
import { rollPlan } from "../domain/roll-plan.js";
import { fixturePlanInput } from "../domain/test-fixtures.js";
import type { ComparedRevisions } from "./revision-changes-content.js";

export function gjovikPlan(): PlanDocument {
  const url = new URL("../../plans/gjovik-naering-2024-2026.json", import.meta.url);
  return PlanDocument.parse(JSON.parse(readFileSync(url, "utf8")));
}

const sentence = "Tiltaket skal styrke samarbeidet mellom næringslivet, kommunen og høgskolen i Gjøvikregionen. ";

/** A title of about `length` characters, unique by its start. */
const longText = (start: string, length: number) => `${start} ${sentence.repeat(Math.ceil(length / sentence.length))}`;

export const LONG_TITLE = longText("Langt tiltak:", 600).trim();
export const LONG_WORD = `Ord${"æøå".repeat(40)}slutt`;

export function longAndEmptyPlan(): PlanDocument {
  const input = fixturePlanInput();
  input.focusAreas = [
    ...(input.focusAreas ?? []),
    {
      key: "tomt-omrade",
      kind: "focus_area",
      number: 2,
      title: "Et område uten noe under",
      mainGoal: "Bare et hovedmål.",
    },
    {
      key: "lange-tekster",
      kind: "strategic_move",
      number: 2,
      title: "Lange tekster",
      mainGoal: longText("Hovedmål:", 2000).trim(),
      subGoals: [{ number: 2, text: "Delmål som starter på 2." }],
      strategies: [{ number: 1, text: longText("Strategi:", 1500).trim() }],
      measures: [
        { key: "bare-tittel", title: "Tiltak med bare tittel" },
        {
          key: "langt-tiltak",
          title: LONG_TITLE,
          description: `${longText("Første avsnitt.", 3000).trim()}\n\n${LONG_WORD}\n\nSiste avsnitt.`,
          strategyNumbers: [1, "unknown"],
          activities: Array.from({ length: 40 }, (_, i) => ({
            key: `aktivitet-${i + 1}`,
            title: `Aktivitet ${i + 1} med æøå`,
            indicators: i % 3 === 0 ? [{ key: `indikator-${i + 1}`, text: `Indikator ${i + 1}`, kind: "text" }] : [],
            start: i % 5 === 0 ? { kind: "year", year: 2025, text: "2025" } : null,
          })),
          indicators: [{ key: "lang-indikator", text: longText("Indikator:", 1200).trim(), kind: "text" }],
          funding: [{ kind: "to_be_clarified", text: longText("Finansiering:", 800).trim() }],
          responsibility: { text: LONG_WORD },
          start: { kind: "condition", text: longText("Når:", 400).trim() },
        },
      ],
    },
  ];
  return PlanDocument.parse(input);
}

/**
 * Gjøvik's plan adopted and rolled into revision 2: one measure completed, one stopped, one
 * changed (a new title and responsibility text), and a new measure added — for the document's
 * section on what changed since the revision before.
 */
export function rolledGjovik(): ComparedRevisions & { keys: { completed: string; stopped: string; changed: string } } {
  const before = gjovikPlan();
  before.actionPlan.revision = { number: 1, adoptedOn: "2024-06-20", decisionRef: "24/1234" };
  const measures = before.focusAreas.flatMap((a) => a.measures);
  const [completed, stopped, changed] = [measures[0], measures[1], measures[3]].map((m) => {
    if (m === undefined) throw new Error("Gjøvik's plan has fewer measures than the test needs");
    return m.key;
  }) as [string, string, string];
  const evaluation = (key: string, recommendation: Recommendation) => ({
    year: 2024,
    target: { type: "measure" as const, key },
    judgement: "good" as const,
    text: "",
    recommendation,
  });
  const rolled = rollPlan(
    before,
    [evaluation(completed, "complete"), evaluation(stopped, "stop"), evaluation(changed, "change")],
    { year: 2024 },
  );
  const after = structuredClone(rolled.plan);
  const target = after.focusAreas.flatMap((a) => a.measures).find((m) => m.key === changed);
  if (target === undefined) throw new Error("the changed measure is gone");
  target.title = `${target.title} – utvidet`;
  const area = after.focusAreas[0];
  area?.measures.push(Measure.parse({ key: "nytt-tiltak-2025", title: "Nytt tiltak for 2025" }));
  const parsed = PlanDocument.parse(after);
  return { before, after: parsed, comparison: compareRevisions(before, parsed), keys: { completed, stopped, changed } };
}
