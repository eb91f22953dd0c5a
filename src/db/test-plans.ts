/**
 * Plans for the database tests: a small one that uses every field of the format at least once,
 * and a generated one of a realistic size for timing.
 */
import { PlanDocument, type PlanDocumentInput } from "../domain/plan-schema.js";

/** Every field set somewhere, every kind and start used, «unknown» references, a shared source. */
export function smallPlan(): PlanDocument {
  return PlanDocument.parse(smallPlanInput());
}

function smallPlanInput(): PlanDocumentInput {
  return {
    format: "planspor/1",
    organization: { key: "testby-kommune", name: "Testby kommune", kind: "municipality", officialNumber: "3499" },
    strategicPlan: { key: "strategisk-naeringsplan", title: "Strategisk næringsplan", firstYear: 2023, lastYear: 2030 },
    actionPlan: {
      key: "testby-naering-2024-2026",
      title: "Handlingsplan for strategisk næringsplan 2024 til 2026",
      firstYear: 2024,
      lastYear: 2026,
      introduction: ["Første avsnitt, med «sitat» og æøå.", "Andre avsnitt."],
      flagshipIntroduction: "Tre fyrtårnprosjekter løftes fram.",
      relatedPlansIntroduction: "Tiltak i andre planer som bidrar.",
      revision: { number: 2, adoptedOn: "2024-06-20", decisionRef: "PS 54/24" },
    },
    actors: [
      { key: "naering", name: "Næring", kind: "internal_unit" },
      { key: "formannskapet", name: "Formannskapet", kind: "political_body" },
      { key: "ntnu", name: "NTNU", kind: "external_partner" },
    ],
    fundingSources: [
      {
        key: "regionalt-utviklingsprogram",
        name: "Regionalt utviklingsprogram",
        description: "Felles pott for regionen.",
        annualContributionNok: 2_500_000,
        annualBudgetIncreaseNok: 500_000,
      },
      { key: "naeringsfond", name: "Næringsfond" },
    ],
    focusAreas: [
      {
        key: "industri",
        kind: "focus_area",
        number: 1,
        title: "Industri",
        mainGoal: "Styrke industrien.",
        subGoals: [
          { number: 1, text: "Flere arbeidsplasser." },
          { number: 2, text: "Mer eksport." },
        ],
        strategies: [
          { number: 1, text: "Besøke bedrifter." },
          { number: 2, text: "Bygge nettverk." },
          { number: 3, text: "Tilrettelegge areal." },
        ],
        measures: [
          {
            key: "industri-bedriftsbesok",
            title: "Bedriftsbesøk",
            description: "Systematiske besøk hos industribedrifter.",
            strategyNumbers: [3, "unknown", 1],
            activities: [
              {
                key: "industri-besoksplan",
                title: "Lage besøksplan",
                description: "Plan for året.",
                indicators: [
                  { key: "besoksplan-vedtatt", text: "Besøksplan vedtatt", kind: "yes_no", deadline: "2024-12-31" },
                ],
                funding: [
                  {
                    kind: "shared_source",
                    amountNok: 200_000,
                    recurrence: "once",
                    years: [2025],
                    fundingSourceKey: "regionalt-utviklingsprogram",
                    text: "RUP-midler",
                  },
                ],
                responsibility: {
                  text: "NTNU med Næring",
                  responsibleActorKeys: ["ntnu"],
                  partnerActorKeys: ["naering"],
                },
                start: { kind: "half_year", year: 2025, half: 2, text: "Andre halvår 2025" },
              },
              { key: "industri-oppfolging", title: "Følge opp besøkene" },
            ],
            indicators: [
              {
                key: "bedriftsbesok-antall",
                text: "5 bedriftsbesøk",
                kind: "count",
                target: 5,
                baseline: 0,
                unit: "besøk",
                recurrence: "yearly",
              },
              { key: "bedriftsbesok-andel", text: "12,5 % fornøyde", kind: "percentage", target: 12.5 },
              { key: "bedriftsbesok-score", text: "Score 4,2", kind: "score", target: 4.2, baseline: -1.5 },
              { key: "bedriftsbesok-milepael", text: "Rapport levert", kind: "milestone", deadline: "2026-06-30" },
              { key: "bedriftsbesok-tekst", text: "Beskrivelse av effekt", kind: "text" },
            ],
            funding: [
              {
                kind: "budget_increase",
                amountNok: 9_000_000_000,
                recurrence: "yearly",
                years: [2024, 2025, 2026],
                text: "Økt ramme 9 mrd.",
              },
              { kind: "within_budget", text: "Innenfor ramme" },
              {
                kind: "shared_source",
                fundingSourceKey: "regionalt-utviklingsprogram",
                text: "RUP",
              },
            ],
            responsibility: {
              text: "Næring i samarbeid med NTNU og formannskapet",
              responsibleActorKeys: ["naering", "formannskapet"],
              partnerActorKeys: ["ntnu"],
            },
            start: { kind: "year", year: 2024, text: "2024" },
            flagshipKey: "industriloftet",
          },
          {
            key: "industri-areal",
            title: "Areal for industri",
            start: { kind: "ongoing", text: "Pågår" },
          },
        ],
      },
      {
        key: "samarbeid",
        kind: "strategic_move",
        number: 1,
        title: "Samarbeid",
        mainGoal: "Samarbeide bedre.",
        subGoals: [{ number: 1, text: "Et felles mål." }],
        strategies: [{ number: 1, text: "Møtes jevnlig." }],
        measures: [
          {
            key: "samarbeid-forum",
            title: "Næringsforum",
            strategyNumbers: [1],
            funding: [
              {
                kind: "shared_source",
                amountNok: 0,
                fundingSourceKey: "regionalt-utviklingsprogram",
                text: "RUP igjen",
              },
              { kind: "to_be_clarified", fundingSourceKey: "naeringsfond", text: "Avklares" },
            ],
            start: { kind: "continuous", text: "Fortløpende" },
          },
          {
            key: "samarbeid-avtale",
            title: "Samarbeidsavtale",
            responsibility: { text: "Formannskapet" },
            start: { kind: "condition", text: "Må avklares med regionen" },
          },
        ],
      },
    ],
    flagships: [
      { key: "industriloftet", title: "Industriløftet", description: "Et løft.", focusAreaKey: "industri" },
      { key: "byloftet", title: "Byløftet", description: "Et annet løft." },
    ],
    relatedPlans: [
      {
        key: "klimaplan-energi",
        title: "Klimaplan: energi",
        links: [
          {
            focusAreaKey: "industri",
            subGoalNumbers: [2, 1],
            strategyNumbers: [2],
            text: "Delmål 2 og 1 / Strategi 2",
          },
          { focusAreaKey: "samarbeid", subGoalNumbers: ["unknown"], strategyNumbers: ["unknown", 1] },
        ],
        funding: [{ kind: "project_funding", amountNok: 350_000, text: "Prosjektmidler" }],
        responsibility: { text: "Klima og NTNU", responsibleActorKeys: ["naering"], partnerActorKeys: ["ntnu"] },
      },
      { key: "kulturplan", title: "Kulturplan" },
    ],
    statusReports: [
      {
        measureKey: "industri-bedriftsbesok",
        period: "2024",
        status: "ongoing",
        assessment: "at_risk",
        progressPercent: 40,
        comment: "Tre av fem besøk gjort.",
        indicatorValues: [
          { indicatorKey: "bedriftsbesok-antall", value: 3 },
          { indicatorKey: "bedriftsbesok-andel", value: 11.25 },
          { indicatorKey: "bedriftsbesok-tekst", value: "Godt mottatt" },
        ],
        reportedAt: "2024-12-15T10:30:00+01:00",
        reportedBy: "Kari Nordmann",
      },
      {
        measureKey: "industri-bedriftsbesok",
        activityKey: "industri-besoksplan",
        period: "2025-T1",
        status: "completed",
        indicatorValues: [{ indicatorKey: "besoksplan-vedtatt", value: false }],
        reportedAt: "2025-04-30T08:00:00.123Z",
      },
    ],
  };
}

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
