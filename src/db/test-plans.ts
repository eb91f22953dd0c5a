/**
 * A generated plan of a realistic size, for timing and for tests that need a second, different plan.
 * The small plan that uses every field of the format is the shared one in `src/domain/test-fixtures.ts`.
 */
import { PlanDocument, type PlanDocumentInput } from "../domain/plan-schema.js";

/** A plan shaped like Gjøvik's: `areaCount` areas of `measuresPerArea` measures, two activities each. */
export function generatedPlan(key: string, areaCount = 6, measuresPerArea = 5): PlanDocument {
  const areas = Array.from({ length: areaCount }, (_, a) => ({
    key: `omrade-${a + 1}`,
    kind: a < areaCount - 1 ? ("focus_area" as const) : ("strategic_move" as const),
    number: a + 1,
    title: `Område ${a + 1}`,
    mainGoal: `Hovedmål for område ${a + 1}.`,
    subGoals: [1, 2, 3].map((n) => ({ number: n, text: `Delmål ${n}` })),
    strategies: [1, 2, 3, 4].map((n) => ({ number: n, text: `Strategi ${n}` })),
    measures: Array.from({ length: measuresPerArea }, (_, m) => {
      const mk = `tiltak-${a + 1}-${m + 1}`;
      return {
        key: mk,
        title: `Tiltak ${a + 1}.${m + 1}`,
        strategyNumbers: [1, (m % 4) + 1],
        activities: [1, 2].map((x) => ({
          key: `${mk}-deltiltak-${x}`,
          title: `Deltiltak ${x}`,
          indicators: x === 1 ? [{ key: `${mk}-d${x}-ind`, text: "2 møter", kind: "count" as const, target: 2 }] : [],
        })),
        indicators: [
          { key: `${mk}-ind-1`, text: "5 besøk", kind: "count" as const, target: 5 },
          { key: `${mk}-ind-2`, text: "Gjennomført", kind: "yes_no" as const },
        ],
        funding: [
          {
            kind: "within_budget" as const,
            amountNok: 100_000 * (m + 1),
            recurrence: "yearly" as const,
            text: "Ramme",
          },
          { kind: "shared_source" as const, fundingSourceKey: "rup", text: "RUP" },
        ],
        responsibility: { text: "Næring med NTNU", responsibleActorKeys: ["naering"], partnerActorKeys: ["ntnu"] },
        start: { kind: "year" as const, year: 2025, text: "2025" },
      };
    }),
  }));
  return PlanDocument.parse({
    format: "planspor/1",
    organization: { key: "gen-kommune", name: "Generert kommune", kind: "municipality" },
    actionPlan: { key, title: `Plan ${key}`, firstYear: 2024, lastYear: 2026, revision: { number: 1 } },
    actors: [
      { key: "naering", name: "Næring", kind: "internal_unit" },
      { key: "ntnu", name: "NTNU", kind: "external_partner" },
    ],
    fundingSources: [{ key: "rup", name: "RUP", annualContributionNok: 1_000_000 }],
    focusAreas: areas,
  } satisfies PlanDocumentInput);
}
