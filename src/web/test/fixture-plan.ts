/** A small made-up plan for component tests: two areas, activities, shared funding, a flagship, related plans. */
import { PlanDocument, type PlanDocumentInput } from "../../domain/plan-schema.js";

const input: PlanDocumentInput = {
  format: "planspor/1",
  organization: { key: "testby-kommune", name: "Testby kommune", kind: "municipality", officialNumber: "9999" },
  strategicPlan: { key: "testby-naering", title: "Strategisk næringsplan for Testby", firstYear: 2024, lastYear: 2030 },
  actionPlan: {
    key: "testby-naering-2025",
    title: "Handlingsplan for næring i Testby 2025–2026",
    firstYear: 2025,
    lastYear: 2026,
    introduction: ["Dette er en oppdiktet plan for tester.", "Den rulleres årlig."],
    flagshipIntroduction: "Noen prosjekter er ekstra viktige.",
    relatedPlansIntroduction: "Andre planer som bidrar.",
    revision: { number: 2, adoptedOn: "2025-03-14", decisionRef: "PS 12/25" },
  },
  actors: [
    { key: "naering", name: "Næring", kind: "internal_unit" },
    { key: "landbruk", name: "Landbruk", kind: "internal_unit" },
    { key: "ntnu", name: "NTNU", kind: "external_partner" },
  ],
  fundingSources: [
    {
      key: "regionalt-program",
      name: "Regionalt næringsutviklingsprogram",
      annualContributionNok: 1_000_000,
      annualBudgetIncreaseNok: 300_000,
    },
  ],
  focusAreas: [
    {
      key: "biokommune",
      kind: "focus_area",
      number: 1,
      title: "En grønn biokommune",
      mainGoal: "Testby skal være ledende på biobaserte løsninger.",
      subGoals: [
        { number: 1, text: "Flere grønne arbeidsplasser" },
        { number: 2, text: "Mer samarbeid mellom bønder og industri" },
      ],
      strategies: [
        { number: 1, text: "Utvikle bioparken" },
        { number: 2, text: "Styrke samarbeidet med forskningsmiljøer" },
      ],
      measures: [
        {
          key: "utvikle-biopark",
          title: "Utvikle bioparken videre",
          description: "Bioparken skal få flere bedrifter.",
          strategyNumbers: [1, 2],
          flagshipKey: "testby-biopark",
          indicators: [
            {
              key: "biopark-bedrifter",
              text: "5 nye bedrifter i parken",
              kind: "count",
              target: 5,
              unit: "bedrifter",
              deadline: "2025-12-31",
            },
          ],
          funding: [
            {
              kind: "shared_source",
              amountNok: 1_000_000,
              recurrence: "yearly",
              fundingSourceKey: "regionalt-program",
              text: "Årlig bidrag kr. 1 000 000,-",
            },
          ],
          responsibility: {
            text: "Næring i samarbeid med NTNU",
            responsibleActorKeys: ["naering"],
            partnerActorKeys: ["ntnu"],
          },
          start: { kind: "ongoing", text: "Pågår" },
          activities: [
            {
              key: "biopark-kartlegge",
              title: "Kartlegge ledige tomter",
              indicators: [{ key: "tomter-kartlagt", text: "Kartlegging gjennomført", kind: "yes_no" }],
              funding: [{ kind: "within_budget", text: "Finansieres innenfor egne rammer" }],
              responsibility: { text: "Landbruk", responsibleActorKeys: ["landbruk"] },
              start: { kind: "half_year", year: 2025, half: 1, text: "Første halvår 2025" },
            },
          ],
        },
        {
          key: "gardsbesok",
          title: "Gjennomføre gårdsbesøk",
          strategyNumbers: ["unknown"],
          responsibility: { text: "Landbruk", responsibleActorKeys: ["landbruk"] },
          start: { kind: "year", year: 2026, text: "2026" },
        },
      ],
    },
    {
      key: "naeringsarealer",
      kind: "strategic_move",
      number: 1,
      title: "Næringsarealer",
      mainGoal: "Ha ledige arealer klare for nye bedrifter.",
      strategies: [{ number: 1, text: "Regulere nye arealer" }],
      measures: [
        {
          key: "regulere-areal",
          title: "Regulere nytt næringsareal",
          strategyNumbers: [1],
          funding: [{ kind: "budget_increase", amountNok: 50_000, text: "Krever økt ramme på kr. 50 000,-" }],
          responsibility: { text: "Næring", responsibleActorKeys: ["naering"] },
          start: { kind: "year", year: 2025, text: "2025" },
        },
      ],
    },
  ],
  flagships: [
    {
      key: "testby-biopark",
      title: "Testby Biopark",
      description: "Et grønt bedriftsfellesskap.",
      focusAreaKey: "biokommune",
    },
  ],
  relatedPlans: [
    {
      key: "klimaplan",
      title: "Klimaplan for Testby",
      links: [
        { focusAreaKey: "biokommune", subGoalNumbers: [1], strategyNumbers: ["unknown"] },
        { focusAreaKey: "naeringsarealer", subGoalNumbers: [], strategyNumbers: [1] },
      ],
      funding: [{ kind: "to_be_clarified", text: "Må avklares" }],
      responsibility: { text: "Landbruk", responsibleActorKeys: ["landbruk"] },
    },
  ],
};

export const fixturePlan: PlanDocument = PlanDocument.parse(input);

export const fixturePlanSummary = {
  key: fixturePlan.actionPlan.key,
  title: fixturePlan.actionPlan.title,
  organization: { key: fixturePlan.organization.key, name: fixturePlan.organization.name },
  firstYear: fixturePlan.actionPlan.firstYear,
  lastYear: fixturePlan.actionPlan.lastYear,
  revisionNumber: fixturePlan.actionPlan.revision.number,
  focusAreaCount: fixturePlan.focusAreas.length,
  measureCount: 3,
};
