/**
 * For the Word import's tests: what a plan's six columns and headings carry, as texts (what the
 * round trip without a current plan promises), and generated plans for fast-check — texts of
 * Norwegian words without «:» (the activity separator), unique activity titles per measure.
 */
import fc from "fast-check";
import { type PlanDocument, PlanDocument as PlanSchema } from "../domain/plan-schema.js";

/** What the six columns and the headings carry, as texts: the round trip's promise. */
export function carried(plan: PlanDocument) {
  const texts = (
    item:
      | PlanDocument["focusAreas"][number]["measures"][number]
      | PlanDocument["focusAreas"][number]["measures"][number]["activities"][number],
  ) => ({
    title: item.title,
    indicators: item.indicators.map((i) => i.text),
    funding: item.funding.map((f) => f.text),
    responsibility: item.responsibility?.text ?? null,
    start: item.start?.text ?? null,
  });
  return plan.focusAreas.map((a) => ({
    kind: a.kind,
    number: a.number,
    title: a.title,
    mainGoal: a.mainGoal,
    subGoals: a.subGoals,
    strategies: a.strategies,
    measures: a.measures.map((m) => ({
      ...texts(m),
      description: m.description?.replace(/\n\s*\n/g, "\n") ?? null,
      strategyNumbers: m.strategyNumbers,
      activities: m.activities.map(texts),
    })),
  }));
}

/** Texts as a plan might hold them: Norwegian letters, digits, punctuation, no «:» (the activity separator). */
const word = fc.stringMatching(/^[A-Za-zÆØÅæøå0-9][a-zæøåA-ZÆØÅ0-9«»().,/%?'&-]{0,11}$/);
const text = fc.array(word, { minLength: 1, maxLength: 6 }).map((ws) => ws.join(" "));
const texts = (max: number) => fc.array(text, { maxLength: max });

export const generatedPlan = fc
  .array(
    fc.record({
      strategies: fc.integer({ min: 0, max: 4 }),
      measures: fc.array(
        fc.record({
          title: text,
          description: fc.option(fc.array(text, { minLength: 1, maxLength: 3 }).map((ls) => ls.join("\n"))),
          unknown: fc.boolean(),
          activities: fc.uniqueArray(
            fc.record({ title: text, indicators: texts(2), funding: texts(2), start: fc.option(text) }),
            {
              maxLength: 3,
              selector: (a) => a.title.toLowerCase(),
            },
          ),
          indicators: texts(2),
          funding: texts(2),
          responsibility: fc.option(text),
          start: fc.option(fc.oneof(text, fc.constantFrom("Pågår", "2025", "Andre halvår 2026", "Fortløpende"))),
        }),
        { maxLength: 3 },
      ),
    }),
    { minLength: 1, maxLength: 3 },
  )
  .map((areas) => {
    let n = 0;
    const key = () => `k${++n}`;
    const start = (t: string | null) => (t === null ? null : { kind: "condition" as const, text: t });
    return PlanSchema.parse({
      format: "planspor/1",
      organization: { key: "testby", name: "Testby kommune", kind: "municipality" },
      actionPlan: {
        key: "plan",
        title: "Handlingsplan 2025–2027",
        firstYear: 2025,
        lastYear: 2027,
        revision: { number: 1 },
      },
      focusAreas: areas.map((a, ai) => ({
        key: key(),
        kind: ai === 2 ? "strategic_move" : "focus_area",
        number: ai === 2 ? 1 : ai + 1,
        title: `Område ${ai + 1}`,
        mainGoal: "Et hovedmål.",
        strategies: Array.from({ length: a.strategies }, (_, i) => ({
          number: i + 1,
          text: `Strategi ${i + 1} tekst`,
        })),
        measures: a.measures.map((m) => ({
          key: key(),
          title: m.title,
          description: m.description,
          strategyNumbers: [...(a.strategies > 0 ? [1] : []), ...(m.unknown ? ["unknown"] : [])],
          indicators: m.indicators.map((t) => ({ key: key(), text: t, kind: "text" })),
          funding: m.funding.map((t) => ({ kind: "to_be_clarified", text: t })),
          responsibility: m.responsibility === null ? null : { text: m.responsibility },
          start: start(m.start),
          activities: m.activities.map((x) => ({
            key: key(),
            title: x.title,
            indicators: x.indicators.map((t) => ({ key: key(), text: t, kind: "text" })),
            funding: x.funding.map((t) => ({ kind: "to_be_clarified", text: t })),
            start: start(x.start),
          })),
        })),
      })),
    });
  });
