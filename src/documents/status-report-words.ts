/**
 * The words of the status report around the plan's own, in bokmål, nynorsk and English. The
 * plan's level words («satsingsområde», «tiltak») come from the plan; the defaults here are used
 * only when the plan names none. Kept apart from the plan document's words so the two documents
 * can change their phrasing independently.
 */
import type { DashboardAssessment, DashboardStatus, IndicatorBucket } from "../domain/dashboard-model.js";
import type { Locale } from "../domain/format.js";
import type { LevelNames } from "../domain/plan-schema.js";

export type StatusReportWords = {
  title: string;
  contents: string;
  madeOn: (date: string) => string;
  page: (current: string, total: string) => string;
  summary: string;
  summaryIntro: (measureCount: number, measures: string, reportedCount: number) => string;
  statusHeading: (measures: string) => string;
  assessmentHeading: (measures: string) => string;
  indicatorsHeading: (indicators: string) => string;
  moneyHeading: string;
  area: string;
  count: string;
  total: string;
  year: string;
  state: string;
  status: Record<DashboardStatus, string>;
  assessment: Record<DashboardAssessment, string>;
  buckets: Record<IndicatorBucket, string>;
  money: { increaseNok: string; contributionNok: string; oneOffNok: string; sum: string };
  noMoney: string;
  statusLabel: string;
  assessmentLabel: string;
  progressLabel: string;
  commentLabel: string;
  reportedLabel: string;
  notReportedForPeriod: string;
  latestEarlier: (status: string, period: string) => string;
  neverReported: string;
  reportedOn: (date: string, who: string | null) => string;
  indicator: string;
  value: string;
  target: string;
  attainment: string;
  valueFrom: (value: string, period: string) => string;
  deadline: (date: string) => string;
  yes: string;
  no: string;
  ofTarget: (value: string, target: string, percent: number) => string;
  met: string;
  metLate: string;
  notMet: string;
  overdue: string;
  noTarget: string;
  notReported: string;
  noIndicators: (indicators: string) => string;
  noMeasures: (measures: string) => string;
  activityReports: (activities: string) => string;
  levels: LevelNames;
};

const nb: StatusReportWords = {
  title: "Statusrapport",
  contents: "Innhold",
  madeOn: (date) => `Laget ${date}`,
  page: (current, total) => `Side ${current} av ${total}`,
  summary: "Sammendrag",
  summaryIntro: (n, measures, reported) =>
    `Planen har ${n} ${measures}, og ${reported} av dem har rapport for perioden.`,
  statusHeading: (measures) => `Status for ${measures} per område`,
  assessmentHeading: (measures) => `Vurdering av ${measures} per område`,
  indicatorsHeading: (indicators) => `${indicators} etter hvor de står`,
  moneyHeading: "Penger planen ber om per år",
  area: "Område",
  count: "Antall",
  total: "Sum",
  year: "År",
  state: "Står",
  status: {
    ongoing: "Pågår",
    completed: "Fullført",
    not_started: "Ikke startet",
    postponed: "Utsatt",
    cancelled: "Avbrutt",
    not_reported: "Ikke rapportert",
  },
  assessment: { on_track: "På sporet", at_risk: "Risiko", off_track: "Avvik", none: "Ikke vurdert" },
  buckets: {
    met: "Mål nådd",
    on_the_way: "På vei",
    not_met: "Ikke nådd",
    no_target: "Uten mål å måle mot",
    not_reported: "Ikke rapportert",
  },
  money: { increaseNok: "Økt ramme", contributionNok: "Årlige bidrag", oneOffNok: "Engangsbeløp", sum: "Sum" },
  noMoney: "Planen ber ikke om penger med oppgitt sum.",
  statusLabel: "Status",
  assessmentLabel: "Vurdering",
  progressLabel: "Framdrift",
  commentLabel: "Kommentar",
  reportedLabel: "Rapportert",
  notReportedForPeriod: "Ikke rapportert for perioden",
  latestEarlier: (status, period) => `siste rapport: ${status} (${period})`,
  neverReported: "aldri rapportert",
  reportedOn: (date, who) => (who === null ? date : `${date} av ${who}`),
  indicator: "Indikator",
  value: "Verdi",
  target: "Mål",
  attainment: "Måloppnåelse",
  valueFrom: (value, period) => `${value} (${period})`,
  deadline: (date) => `innen ${date}`,
  yes: "Ja",
  no: "Nei",
  ofTarget: (value, target, percent) => `${value} av ${target} (${percent} %)`,
  met: "Oppnådd",
  metLate: "Oppnådd etter fristen",
  notMet: "Ikke oppnådd",
  overdue: "Ikke oppnådd, fristen er passert",
  noTarget: "Uten mål å måle mot",
  notReported: "Ikke rapportert",
  noIndicators: (indicators) => `Ingen ${indicators}.`,
  noMeasures: (measures) => `Ingen ${measures}.`,
  activityReports: (activities) => `Rapporter for ${activities}`,
  levels: {
    focusArea: { singular: "satsingsområde", plural: "satsingsområder" },
    strategicMove: { singular: "strategisk grep", plural: "strategiske grep" },
    mainGoal: { singular: "hovedmål", plural: "hovedmål" },
    subGoal: { singular: "delmål", plural: "delmål" },
    strategy: { singular: "strategi", plural: "strategier" },
    measure: { singular: "tiltak", plural: "tiltak" },
    activity: { singular: "deltiltak", plural: "deltiltak" },
    indicator: { singular: "måleindikator", plural: "måleindikatorer" },
  },
};

const nn: StatusReportWords = {
  ...nb,
  title: "Statusrapport",
  contents: "Innhald",
  madeOn: (date) => `Laga ${date}`,
  summaryIntro: (n, measures, reported) =>
    `Planen har ${n} ${measures}, og ${reported} av dei har rapport for perioden.`,
  moneyHeading: "Pengar planen ber om per år",
  status: {
    ongoing: "Pågår",
    completed: "Fullført",
    not_started: "Ikkje starta",
    postponed: "Utsett",
    cancelled: "Avbrote",
    not_reported: "Ikkje rapportert",
  },
  assessment: { on_track: "På sporet", at_risk: "Risiko", off_track: "Avvik", none: "Ikkje vurdert" },
  buckets: {
    met: "Mål nådd",
    on_the_way: "På veg",
    not_met: "Ikkje nådd",
    no_target: "Utan mål å måle mot",
    not_reported: "Ikkje rapportert",
  },
  money: { increaseNok: "Auka ramme", contributionNok: "Årlege bidrag", oneOffNok: "Eingongsbeløp", sum: "Sum" },
  noMoney: "Planen ber ikkje om pengar med oppgitt sum.",
  notReportedForPeriod: "Ikkje rapportert for perioden",
  neverReported: "aldri rapportert",
  indicator: "Indikator",
  value: "Verdi",
  attainment: "Måloppnåing",
  met: "Oppnådd",
  metLate: "Oppnådd etter fristen",
  notMet: "Ikkje oppnådd",
  overdue: "Ikkje oppnådd, fristen er passert",
  noTarget: "Utan mål å måle mot",
  notReported: "Ikkje rapportert",
  noIndicators: (indicators) => `Ingen ${indicators}.`,
  activityReports: (activities) => `Rapportar for ${activities}`,
  levels: {
    ...nb.levels,
    mainGoal: { singular: "hovudmål", plural: "hovudmål" },
    strategy: { singular: "strategi", plural: "strategiar" },
  },
};

const en: StatusReportWords = {
  title: "Status report",
  contents: "Contents",
  madeOn: (date) => `Made ${date}`,
  page: (current, total) => `Page ${current} of ${total}`,
  summary: "Summary",
  summaryIntro: (n, measures, reported) =>
    `The plan has ${n} ${measures}; ${reported} of them have a report for the period.`,
  statusHeading: (measures) => `Status of ${measures} by area`,
  assessmentHeading: (measures) => `Assessment of ${measures} by area`,
  indicatorsHeading: (indicators) => `${indicators.charAt(0).toUpperCase()}${indicators.slice(1)} by where they stand`,
  moneyHeading: "Money the plan asks for per year",
  area: "Area",
  count: "Count",
  total: "Total",
  year: "Year",
  state: "Stands",
  status: {
    ongoing: "Ongoing",
    completed: "Completed",
    not_started: "Not started",
    postponed: "Postponed",
    cancelled: "Cancelled",
    not_reported: "Not reported",
  },
  assessment: { on_track: "On track", at_risk: "At risk", off_track: "Off track", none: "Not assessed" },
  buckets: {
    met: "Target met",
    on_the_way: "On the way",
    not_met: "Not met",
    no_target: "No target to measure against",
    not_reported: "Not reported",
  },
  money: {
    increaseNok: "Budget increase",
    contributionNok: "Yearly contributions",
    oneOffNok: "One-off sums",
    sum: "Total",
  },
  noMoney: "The plan asks for no money with a stated sum.",
  statusLabel: "Status",
  assessmentLabel: "Assessment",
  progressLabel: "Progress",
  commentLabel: "Comment",
  reportedLabel: "Reported",
  notReportedForPeriod: "Not reported for the period",
  latestEarlier: (status, period) => `latest report: ${status} (${period})`,
  neverReported: "never reported",
  reportedOn: (date, who) => (who === null ? date : `${date} by ${who}`),
  indicator: "Indicator",
  value: "Value",
  target: "Target",
  attainment: "Attainment",
  valueFrom: (value, period) => `${value} (${period})`,
  deadline: (date) => `by ${date}`,
  yes: "Yes",
  no: "No",
  ofTarget: (value, target, percent) => `${value} of ${target} (${percent} %)`,
  met: "Achieved",
  metLate: "Achieved after the deadline",
  notMet: "Not achieved",
  overdue: "Not achieved, deadline passed",
  noTarget: "No target to measure against",
  notReported: "Not reported",
  noIndicators: (indicators) => `No ${indicators}.`,
  noMeasures: (measures) => `No ${measures}.`,
  activityReports: (activities) => `Reports for ${activities}`,
  levels: {
    focusArea: { singular: "focus area", plural: "focus areas" },
    strategicMove: { singular: "strategic move", plural: "strategic moves" },
    mainGoal: { singular: "main goal", plural: "main goals" },
    subGoal: { singular: "sub-goal", plural: "sub-goals" },
    strategy: { singular: "strategy", plural: "strategies" },
    measure: { singular: "measure", plural: "measures" },
    activity: { singular: "activity", plural: "activities" },
    indicator: { singular: "indicator", plural: "indicators" },
  },
};

const WORDS: Record<Locale, StatusReportWords> = { nb, nn, en };

export function statusReportWords(locale: Locale): StatusReportWords {
  return WORDS[locale];
}

/** A level word opening a heading or a table cell: «Satsingsområde», «Tiltak». */
export const capitalize = (word: string): string => word.charAt(0).toLocaleUpperCase("nb") + word.slice(1);
