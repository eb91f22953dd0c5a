/**
 * Plans for the tests of the plan documents (DOCX, PDF): Gjøvik's as shipped, and a made-up one
 * that stretches the layout — very long texts and a word too long for its column, many
 * activities, an area with nothing under it and a measure with nothing but its title.
 */
import { readFileSync } from "node:fs";
import { PlanDocument } from "../domain/plan-schema.js";
import { fixturePlanInput } from "../domain/test-fixtures.js";

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
