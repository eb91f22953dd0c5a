/** A small made-up plan that uses every part of the model, for tests. */
import { PLAN_FORMAT, PlanDocument, type PlanDocumentInput } from "./plan-schema.js";

export function smallPlanInput(): PlanDocumentInput {
  return {
    format: PLAN_FORMAT,
    organization: { key: "testby", name: "Testby kommune", kind: "municipality", officialNumber: "9999" },
    strategicPlan: { key: "testby-naeringsplan", title: "Næringsplan", firstYear: 2024, lastYear: 2030 },
    actionPlan: {
      key: "testby-handlingsplan",
      title: "Handlingsplan 2025–2026",
      firstYear: 2025,
      lastYear: 2026,
      introduction: ["Første avsnitt.", "Andre avsnitt."],
      revision: { number: 1 },
    },
    actors: [
      { key: "naering", name: "Næring", kind: "internal_unit" },
      { key: "landbruk", name: "Landbruk", kind: "internal_unit" },
      { key: "ntnu", name: "NTNU", kind: "external_partner" },
    ],
    fundingSources: [
      {
        key: "regionprogram",
        name: "Regionalt program",
        annualContributionNok: 1_000_000,
        annualBudgetIncreaseNok: 300_000,
      },
    ],
    focusAreas: [
      {
        key: "industri",
        kind: "focus_area",
        number: 1,
        title: "Industri",
        mainGoal: "Vekst i industrien.",
        subGoals: [
          { number: 1, text: "Areal" },
          { number: 2, text: "Akkvisisjon" },
        ],
        strategies: [
          { number: 1, text: "Jobbe systematisk" },
          { number: 2, text: "Tiltrekke bedrifter" },
        ],
        measures: [
          {
            key: "industri-besok",
            title: "Gjennomføre bedriftsbesøk",
            strategyNumbers: [1],
            indicators: [
              {
                key: "industri-besok-antall",
                text: "5 bedriftsbesøk",
                kind: "count",
                target: 5,
                unit: "bedriftsbesøk",
              },
            ],
            funding: [{ kind: "within_budget", text: "Finansieres innenfor egne rammer" }],
            responsibility: { text: "Næring", responsibleActorKeys: ["naering"] },
            start: { kind: "ongoing", text: "Pågår" },
          },
          {
            key: "industri-program",
            title: "Videreføre programmet",
            strategyNumbers: [1, "unknown"],
            flagshipKey: "fyrtarn",
            activities: [
              {
                key: "industri-program-samarbeid",
                title: "Fortsette samarbeidet",
                indicators: [{ key: "industri-program-soknader", text: "2 søknader", kind: "count", target: 2 }],
                funding: [{ kind: "shared_source", fundingSourceKey: "regionprogram", text: "Årlig bidrag" }],
                responsibility: {
                  text: "Landbruk i samarbeid med NTNU",
                  responsibleActorKeys: ["landbruk"],
                  partnerActorKeys: ["ntnu"],
                },
                start: { kind: "half_year", year: 2025, half: 1, text: "Første halvår 2025" },
              },
            ],
          },
        ],
      },
      {
        key: "arealer",
        kind: "strategic_move",
        number: 1,
        title: "Næringsarealer",
        mainGoal: "Attraktive arealer.",
        strategies: [{ number: 1, text: "Erverve areal" }],
        measures: [
          {
            key: "arealer-kjop",
            title: "Kjøp av areal",
            strategyNumbers: [1],
            funding: [{ kind: "budget_increase", amountNok: null, text: "Vil kreve økt ramme" }],
            start: { kind: "year", year: 2026, text: "2026" },
          },
        ],
      },
    ],
    flagships: [{ key: "fyrtarn", title: "Fyrtårnet", description: "Et viktig prosjekt.", focusAreaKey: "industri" }],
    relatedPlans: [
      {
        key: "klimaplan",
        title: "Klimaplanen",
        links: [
          { focusAreaKey: "industri", subGoalNumbers: [1], strategyNumbers: ["unknown"], text: "Delmål 1 Strategi ?" },
        ],
        funding: [{ kind: "project_funding", text: "Egen prosjektfinansiering" }],
        responsibility: { text: "Næring", responsibleActorKeys: ["naering"] },
      },
    ],
  };
}

export function smallPlan(): PlanDocument {
  return PlanDocument.parse(smallPlanInput());
}
