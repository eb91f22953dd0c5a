/**
 * The words of the status report around the plan's own, in bokmål, nynorsk and English. The
 * plan's level words («satsingsområde», «tiltak») come from the plan; the defaults here are used
 * only when the plan names none. Kept apart from the plan document's words so the two documents
 * can change their phrasing independently.
 */
import type { DashboardAssessment, DashboardStatus, IndicatorBucket } from "../domain/dashboard-model.js";
import type { Locale } from "../domain/format.js";
import type { LevelNames } from "../domain/plan-schema.js";
import { ASSESSMENT_WORDS, INDICATOR_BUCKET_WORDS, LEVEL_WORDS, STATUS_WORDS } from "../domain/vocabulary.js";

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
  status: { ...STATUS_WORDS.nb, not_reported: INDICATOR_BUCKET_WORDS.nb.not_reported },
  assessment: ASSESSMENT_WORDS.nb,
  buckets: INDICATOR_BUCKET_WORDS.nb,
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
  levels: LEVEL_WORDS.nb,
};

const nn: StatusReportWords = {
  ...nb,
  title: "Statusrapport",
  contents: "Innhald",
  madeOn: (date) => `Laga ${date}`,
  summaryIntro: (n, measures, reported) =>
    `Planen har ${n} ${measures}, og ${reported} av dei har rapport for perioden.`,
  moneyHeading: "Pengar planen ber om per år",
  status: { ...STATUS_WORDS.nn, not_reported: INDICATOR_BUCKET_WORDS.nn.not_reported },
  assessment: ASSESSMENT_WORDS.nn,
  buckets: INDICATOR_BUCKET_WORDS.nn,
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
  levels: LEVEL_WORDS.nn,
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
  status: { ...STATUS_WORDS.en, not_reported: INDICATOR_BUCKET_WORDS.en.not_reported },
  assessment: ASSESSMENT_WORDS.en,
  buckets: INDICATOR_BUCKET_WORDS.en,
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
  levels: LEVEL_WORDS.en,
};

const WORDS: Record<Locale, StatusReportWords> = { nb, nn, en };

export function statusReportWords(locale: Locale): StatusReportWords {
  return WORDS[locale];
}

/** A level word opening a heading or a table cell: «Satsingsområde», «Tiltak». */
export const capitalize = (word: string): string => word.charAt(0).toLocaleUpperCase("nb") + word.slice(1);
