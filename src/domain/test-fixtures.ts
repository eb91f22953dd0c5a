/**
 * The one made-up plan for the tests of every layer (domain, db, app, web). Small, but it uses
 * every field of the format `planspor/1` at least once: every start kind, indicator kind and
 * funding kind, «unknown» strategy and sub-goal references, a funding source shared by several
 * lines, activities with their own indicators, funding, owner and start, flagships with and
 * without an area, related plans with and without links, and status reports. Left-out optional
 * fields (a bare measure, a bare related plan, a bare funding source) show the defaults.
 */
import { PLAN_FORMAT, PlanDocument, type PlanDocumentInput } from "./plan-schema.js";
import type { PlanListItem } from "./plan-summary.js";

/** The plan as a file gives it: optional fields left out where the defaults should apply. */
export function fixturePlanInput(): PlanDocumentInput {
  return {
    format: PLAN_FORMAT,
    organization: { key: "testby-kommune", name: "Testby kommune", kind: "municipality", officialNumber: "3499" },
    strategicPlan: { key: "strategisk-naeringsplan", title: "Strategisk næringsplan", firstYear: 2023, lastYear: 2030 },
    actionPlan: {
      key: "testby-naering-2024-2026",
      title: "Handlingsplan for strategisk næringsplan 2024 til 2026",
      firstYear: 2024,
      lastYear: 2026,
      introduction: ["Første avsnitt, med «sitat» og æøå.", "Andre avsnitt."],
      flagshipIntroduction: "To fyrtårnprosjekter løftes fram.",
      relatedPlansIntroduction: "Tiltak i andre planer som bidrar.",
      revision: { number: 2, adoptedOn: "2024-06-20", decisionRef: "PS 54/24" },
      // Another municipality's words for the levels, unlike Gjøvik's.
      levelNames: {
        focusArea: { singular: "innsatsområde", plural: "innsatsområder" },
        strategicMove: { singular: "gjennomgående grep", plural: "gjennomgående grep" },
        mainGoal: { singular: "effektmål", plural: "effektmål" },
        subGoal: { singular: "resultatmål", plural: "resultatmål" },
        strategy: { singular: "strategi", plural: "strategier" },
        measure: { singular: "tiltak", plural: "tiltak" },
        activity: { singular: "aktivitet", plural: "aktiviteter" },
        indicator: { singular: "indikator", plural: "indikatorer" },
      },
      reporting: {
        frequency: "tertial",
        periods: [
          { period: "2024-T3", deadline: "2025-02-15" },
          { period: "2025-T1", deadline: "2025-05-20" },
          { period: "2025-T2", deadline: "2025-09-20" },
          { period: "2025-T3", deadline: "2026-02-15" },
        ],
      },
    },
    actors: [
      { key: "naering", name: "Næring", kind: "internal_unit" },
      { key: "landbruk", name: "Landbruk", kind: "internal_unit" },
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
                description: "Plan for året, også for landbruksbasert industri.",
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
                // Landbruk and the start in 2025 are the activity's alone, not the measure's.
                responsibility: {
                  text: "Landbruk i samarbeid med NTNU",
                  responsibleActorKeys: ["landbruk"],
                  partnerActorKeys: ["ntnu"],
                },
                start: { kind: "half_year", year: 2025, half: 2, text: "Andre halvår 2025" },
              },
              {
                key: "industri-oppfolging",
                title: "Følge opp besøkene",
                indicators: [
                  {
                    key: "oppfolging-bedrifter",
                    text: "20 bedrifter fulgt opp",
                    kind: "count",
                    target: 20,
                    baseline: 12,
                    unit: "bedrifter",
                  },
                ],
              },
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
                deadline: "2025-12-31",
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
                amountNok: 1_000_000,
                recurrence: "yearly",
                fundingSourceKey: "regionalt-utviklingsprogram",
                text: "Årlig bidrag kr. 1 000 000,- fra RUP",
              },
            ],
            responsibility: {
              text: "Næring i samarbeid med NTNU og formannskapet",
              responsibleActorKeys: ["naering", "formannskapet"],
              partnerActorKeys: ["ntnu"],
            },
            start: { kind: "half_year", year: 2024, half: 1, text: "Første halvår 2024" },
            flagshipKey: "industriloftet",
          },
          {
            key: "industri-areal",
            title: "Areal for industri",
            start: { kind: "ongoing", text: "Pågår" },
          },
          {
            key: "industri-gardsbesok",
            title: "Gårdsbesøk hos landbruksindustrien",
            strategyNumbers: ["unknown"],
            responsibility: { text: "Landbruk", responsibleActorKeys: ["landbruk"] },
            start: { kind: "year", year: 2026, text: "2026" },
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
            responsibility: { text: "Næring", responsibleActorKeys: ["naering"] },
            start: { kind: "continuous", text: "Fortløpende" },
          },
          {
            key: "samarbeid-avtale",
            title: "Samarbeidsavtale",
            funding: [
              {
                kind: "annual_contribution",
                amountNok: 150_000,
                recurrence: "yearly",
                text: "Årlig kontingent kr 150 000",
              },
              { kind: "already_allocated", years: [2024], text: "Allerede bevilget i 2024" },
              { kind: "separate_funding", text: "Egen sak om finansiering" },
            ],
            // Named in words only: no actor keys.
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
        funding: [
          { kind: "project_funding", amountNok: 350_000, recurrence: "once", years: [2025], text: "Prosjektmidler" },
          { kind: "to_be_clarified", fundingSourceKey: "naeringsfond", text: "Mulig støtte fra næringsfondet" },
        ],
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

/** The plan with every default filled in, as the system holds it. */
export function fixturePlan(): PlanDocument {
  return PlanDocument.parse(fixturePlanInput());
}

/** The plan as the list of plans shows it, derived from the plan itself. */
export function fixturePlanSummary(plan: PlanDocument = fixturePlan()): PlanListItem {
  return {
    key: plan.actionPlan.key,
    title: plan.actionPlan.title,
    organization: { key: plan.organization.key, name: plan.organization.name },
    firstYear: plan.actionPlan.firstYear,
    lastYear: plan.actionPlan.lastYear,
    revisionNumber: plan.actionPlan.revision.number,
    focusAreaCount: plan.focusAreas.length,
    measureCount: plan.focusAreas.reduce((n, area) => n + area.measures.length, 0),
    published: false,
    publishedAt: null,
  };
}
