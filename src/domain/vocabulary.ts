/**
 * The words for the model's fixed values — levels, statuses, assessments, funding kinds, where an
 * indicator stands — in bokmål, nynorsk and English. The web's i18n resources and the documents
 * (Word, PDF, spreadsheets) both take them from here, so a status reads the same on the page and in
 * the report the council gets. Plans that name their levels themselves (`levelNames`) win over these.
 */
import type { IndicatorBucket } from "./dashboard-model.js";
import type { Locale } from "./format.js";
import type { Assessment, FundingKind, Level, MeasureStatus } from "./plan-schema.js";
import type { Judgement, Recommendation } from "./revision-model.js";

type Forms = { singular: string; plural: string };

export const LEVEL_WORDS = {
  nb: {
    focusArea: { singular: "satsingsområde", plural: "satsingsområder" },
    strategicMove: { singular: "strategisk grep", plural: "strategiske grep" },
    mainGoal: { singular: "hovedmål", plural: "hovedmål" },
    subGoal: { singular: "delmål", plural: "delmål" },
    strategy: { singular: "strategi", plural: "strategier" },
    measure: { singular: "tiltak", plural: "tiltak" },
    activity: { singular: "deltiltak", plural: "deltiltak" },
    indicator: { singular: "måleindikator", plural: "måleindikatorer" },
  },
  nn: {
    focusArea: { singular: "satsingsområde", plural: "satsingsområde" },
    strategicMove: { singular: "strategisk grep", plural: "strategiske grep" },
    mainGoal: { singular: "hovudmål", plural: "hovudmål" },
    subGoal: { singular: "delmål", plural: "delmål" },
    strategy: { singular: "strategi", plural: "strategiar" },
    measure: { singular: "tiltak", plural: "tiltak" },
    activity: { singular: "deltiltak", plural: "deltiltak" },
    indicator: { singular: "måleindikator", plural: "måleindikatorar" },
  },
  en: {
    focusArea: { singular: "focus area", plural: "focus areas" },
    strategicMove: { singular: "strategic move", plural: "strategic moves" },
    mainGoal: { singular: "main goal", plural: "main goals" },
    subGoal: { singular: "sub-goal", plural: "sub-goals" },
    strategy: { singular: "strategy", plural: "strategies" },
    measure: { singular: "measure", plural: "measures" },
    activity: { singular: "activity", plural: "activities" },
    indicator: { singular: "indicator", plural: "indicators" },
  },
} satisfies Record<Locale, Record<Level, Forms>>;

export const STATUS_WORDS = {
  nb: {
    not_started: "Ikke startet",
    ongoing: "Pågår",
    completed: "Fullført",
    postponed: "Utsatt",
    cancelled: "Avbrutt",
  },
  nn: {
    not_started: "Ikkje starta",
    ongoing: "Pågår",
    completed: "Fullført",
    postponed: "Utsett",
    cancelled: "Avbrote",
  },
  en: {
    not_started: "Not started",
    ongoing: "Ongoing",
    completed: "Completed",
    postponed: "Postponed",
    cancelled: "Cancelled",
  },
} satisfies Record<Locale, Record<MeasureStatus, string>>;

export const ASSESSMENT_WORDS = {
  nb: { on_track: "På sporet", at_risk: "Risiko", off_track: "Avvik", none: "Ikke vurdert" },
  nn: { on_track: "På sporet", at_risk: "Risiko", off_track: "Avvik", none: "Ikkje vurdert" },
  en: { on_track: "On track", at_risk: "At risk", off_track: "Off track", none: "Not assessed" },
} satisfies Record<Locale, Record<Assessment | "none", string>>;

export const FUNDING_KIND_WORDS = {
  nb: {
    within_budget: "Innenfor egne rammer",
    budget_increase: "Økt ramme",
    annual_contribution: "Årlig bidrag",
    separate_funding: "Egen finansiering",
    project_funding: "Prosjektfinansiering",
    already_allocated: "Allerede bevilget",
    shared_source: "Felles kilde",
    to_be_clarified: "Må avklares",
  },
  nn: {
    within_budget: "Innanfor eigne rammer",
    budget_increase: "Auka ramme",
    annual_contribution: "Årleg bidrag",
    separate_funding: "Eiga finansiering",
    project_funding: "Prosjektfinansiering",
    already_allocated: "Allereie løyvd",
    shared_source: "Felles kjelde",
    to_be_clarified: "Må avklarast",
  },
  en: {
    within_budget: "Within existing budget",
    budget_increase: "Budget increase",
    annual_contribution: "Annual contribution",
    separate_funding: "Separate funding",
    project_funding: "Project funding",
    already_allocated: "Already allocated",
    shared_source: "Shared source",
    to_be_clarified: "To be clarified",
  },
} satisfies Record<Locale, Record<FundingKind, string>>;

export const INDICATOR_BUCKET_WORDS = {
  nb: {
    met: "Mål nådd",
    on_the_way: "På vei",
    not_met: "Ikke nådd",
    no_target: "Uten mål å måle mot",
    not_reported: "Ikke rapportert",
  },
  nn: {
    met: "Mål nådd",
    on_the_way: "På veg",
    not_met: "Ikkje nådd",
    no_target: "Utan mål å måle mot",
    not_reported: "Ikkje rapportert",
  },
  en: {
    met: "Target met",
    on_the_way: "On the way",
    not_met: "Not met",
    no_target: "No target to measure against",
    not_reported: "Not reported",
  },
} satisfies Record<Locale, Record<IndicatorBucket, string>>;

/** A year's judgement of a measure or an area, as the council reads it. */
export const JUDGEMENT_WORDS = {
  nb: { good: "God måloppnåelse", partly: "Delvis måloppnåelse", poor: "Svak måloppnåelse" },
  nn: { good: "God måloppnåing", partly: "Delvis måloppnåing", poor: "Svak måloppnåing" },
  en: { good: "Goals achieved", partly: "Goals partly achieved", poor: "Goals not achieved" },
} as const satisfies Record<Locale, Record<Judgement, string>>;

/** What should become of a measure in the next revision. */
export const RECOMMENDATION_WORDS = {
  nb: { continue: "Videreføres", change: "Endres", complete: "Fullført", stop: "Avsluttes" },
  nn: { continue: "Blir vidareført", change: "Blir endra", complete: "Fullført", stop: "Blir avslutta" },
  en: { continue: "Continue", change: "Change", complete: "Completed", stop: "Stop" },
} as const satisfies Record<Locale, Record<Recommendation, string>>;
