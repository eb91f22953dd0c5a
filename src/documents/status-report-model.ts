/**
 * The status report for one period as the rows both the DOCX and the PDF print, in words: the
 * summary (the dashboard's counts per area, the indicators by where they stand, money per year)
 * and, per area, each measure with its report for the period, its indicators against their
 * targets, and its activities' reports. Pure: plan, period and language in, rows out.
 *
 * - A measure's status, assessment, progress and comment are those of its own report for the
 *   period (the latest given, when several). Without one it is «not reported for the period», with
 *   the status and period of its latest earlier report beside it, so a reader sees where it stood.
 * - For a year, a measure's latest report for one of the year's tertials counts as its report for
 *   the year, with the tertial named beside its status.
 * - The summary counts are `planDashboard`'s own (latest report up to the period), so the report
 *   and the dashboard never disagree; the indicator values are the dashboard's too (the latest
 *   value up to the period), judged at the period's end by `indicatorAttainment`.
 */
import type { DashboardAssessment, DashboardStatus, IndicatorBucket } from "../domain/dashboard.js";
import { DASHBOARD_ASSESSMENTS, DASHBOARD_STATUSES, INDICATOR_BUCKETS, planDashboard } from "../domain/dashboard.js";
import { formatDate, formatNok, formatNumber, type Locale } from "../domain/format.js";
import { type Attainment, indicatorAttainment } from "../domain/indicator-attainment.js";
import type {
  FocusAreaKind,
  Indicator,
  IndicatorValue,
  Level,
  LevelName,
  PeriodKey,
  PlanDocument,
  StatusReport,
} from "../domain/plan-schema.js";
import { comparePeriods, periodEnd, periodLabel, periodYear } from "../domain/reporting-periods.js";
import { capitalize, type StatusReportWords, statusReportWords } from "./status-report-words.js";

export type SummaryRow = {
  title: string;
  measureCount: number;
  statuses: Record<DashboardStatus, number>;
  assessments: Record<DashboardAssessment, number>;
};

export type MoneyRow = { label: string; increaseNok: string; contributionNok: string; oneOffNok: string; sum: string };

export type IndicatorRow = { text: string; value: string; target: string; attainment: string; bucket: IndicatorBucket };

/** What the report says about one measure or activity: its status line and the rest of its report. */
export type ReportLines = {
  /** True when it has its own report for the period. */
  isReported: boolean;
  /** The period's status, or «Ikke rapportert for perioden (siste rapport: Pågår (2024))». */
  status: string;
  assessment: string | null;
  progress: string | null;
  comment: string | null;
  reported: string | null;
};

export type MeasureSection = ReportLines & {
  key: string;
  title: string;
  indicators: IndicatorRow[];
  /** The measure's activities that have a report for the period. */
  activities: (ReportLines & { title: string })[];
};

export type AreaSection = { key: string; heading: string; measures: MeasureSection[] };

export type StatusReportModel = {
  words: StatusReportWords;
  planTitle: string;
  organization: string;
  period: PeriodKey;
  periodLabel: string;
  /** «Statusrapport – 2. tertial 2025», the document's title and its running header. */
  title: string;
  madeOn: string;
  /** The plan's level words, or the defaults in the reader's language. */
  level: (level: Level, plural?: boolean) => string;
  summary: {
    intro: string;
    statusColumns: readonly DashboardStatus[];
    assessmentColumns: readonly DashboardAssessment[];
    areas: SummaryRow[];
    total: SummaryRow;
    indicators: { bucket: IndicatorBucket; label: string; count: number }[];
    money: MoneyRow[];
  };
  areas: AreaSection[];
};

/**
 * The report of one measure (activityKey null) or activity for `period`: the latest given for it.
 * For a year, a report for one of its tertials counts too (the latest), as a plan reporting
 * three times a year is reported on for the year by its third tertial (reports are sorted latest first).
 */
function reportFor(
  reports: StatusReport[],
  measureKey: string,
  activityKey: string | null,
  period: PeriodKey,
): StatusReport | undefined {
  const isYear = !period.includes("-");
  return reports.find(
    (r) =>
      r.measureKey === measureKey &&
      r.activityKey === activityKey &&
      (r.period === period || (isYear && periodYear(r.period) === periodYear(period))),
  );
}

/** The latest report of one measure before `period` (reports are sorted latest first). */
function latestBefore(reports: StatusReport[], measureKey: string, period: PeriodKey): StatusReport | undefined {
  return reports.find(
    (r) => r.measureKey === measureKey && r.activityKey === null && comparePeriods(r.period, period) < 0,
  );
}

function formatTimestampDate(isoDateTime: string, locale: Locale): string {
  // The calendar date in Norway of the instant, as the reporting pages show it.
  const time = Date.parse(isoDateTime);
  if (Number.isNaN(time)) return isoDateTime;
  const day = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Oslo" }).format(new Date(time));
  return formatDate(day, locale);
}

function reportLines(
  report: StatusReport | undefined,
  earlier: StatusReport | undefined,
  period: PeriodKey,
  words: StatusReportWords,
  locale: Locale,
): ReportLines {
  if (report === undefined) {
    const previous =
      earlier === undefined
        ? ""
        : ` (${words.latestEarlier(words.status[earlier.status], periodLabel(earlier.period, locale))})`;
    return {
      isReported: false,
      status: `${words.notReportedForPeriod}${previous}`,
      assessment: null,
      progress: null,
      comment: null,
      reported: null,
    };
  }
  return {
    isReported: true,
    // A tertial's report in a year's status report says which tertial it is.
    status:
      report.period === period
        ? words.status[report.status]
        : `${words.status[report.status]} (${periodLabel(report.period, locale)})`,
    assessment: words.assessment[report.assessment ?? "none"],
    progress: report.progressPercent === null ? null : `${formatNumber(report.progressPercent, locale)} %`,
    comment: report.comment,
    reported: words.reportedOn(formatTimestampDate(report.reportedAt, locale), report.reportedBy),
  };
}

function numberWithUnit(indicator: Indicator, value: number, locale: Locale): string {
  const number = formatNumber(value, locale);
  if (indicator.kind === "percentage") return `${number} %`;
  return indicator.unit ? `${number} ${indicator.unit}` : number;
}

function valueText(indicator: Indicator, value: IndicatorValue["value"], words: StatusReportWords, locale: Locale) {
  if (typeof value === "boolean") return value ? words.yes : words.no;
  if (typeof value === "number") return numberWithUnit(indicator, value, locale);
  return indicator.kind === "milestone" ? formatDate(value, locale) : value;
}

function targetText(indicator: Indicator, words: StatusReportWords, locale: Locale): string {
  if (indicator.target !== null) return numberWithUnit(indicator, indicator.target, locale);
  if (indicator.kind === "yes_no")
    return indicator.deadline === null ? words.yes : words.deadline(formatDate(indicator.deadline, locale));
  if (indicator.kind === "milestone" && indicator.deadline !== null)
    return words.deadline(formatDate(indicator.deadline, locale));
  return "–";
}

function attainmentText(
  attainment: Attainment,
  indicator: Indicator,
  value: IndicatorValue["value"],
  words: StatusReportWords,
  locale: Locale,
): string {
  switch (attainment.state) {
    case "measured": {
      const share = words.ofTarget(
        typeof value === "number" ? formatNumber(value, locale) : String(value),
        formatNumber(indicator.target ?? 0, locale),
        attainment.percent,
      );
      return attainment.isMet ? `${words.met}: ${share}` : share;
    }
    case "done":
      return attainment.isLate ? words.metLate : words.met;
    case "not_done":
      return attainment.isOverdue ? words.overdue : words.notMet;
    case "none":
      return words.noTarget;
    case "not_reported":
      return words.notReported;
  }
}

/** The status report of `plan` for `period`, in `locale`'s words around the plan's own. */
export function statusReportModel(
  plan: PlanDocument,
  period: PeriodKey,
  options: { locale: Locale; madeOn: string },
): StatusReportModel {
  const { locale } = options;
  const words = statusReportWords(locale);
  const dashboard = planDashboard(plan, period);
  const own = plan.actionPlan.levelNames;
  const level = (name: Level, plural = false): string => {
    const form: keyof LevelName = plural ? "plural" : "singular";
    return own?.[name][form] ?? words.levels[name][form];
  };
  // Latest period first, and within a period the latest given first, as the dashboard reads them.
  const reports = [...plan.statusReports].sort(
    (a, b) => comparePeriods(b.period, a.period) || Date.parse(b.reportedAt) - Date.parse(a.reportedAt),
  );
  const values = new Map(
    dashboard.indicators.items.map((item) => [
      `${item.measureKey}/${item.activityKey ?? ""}/${item.indicatorKey}`,
      item,
    ]),
  );
  const label = periodLabel(period, locale);

  const indicatorRow = (indicator: Indicator, measureKey: string, activityKey: string | null, prefix: string) => {
    const item = values.get(`${measureKey}/${activityKey ?? ""}/${indicator.key}`);
    const value = item?.value ?? null;
    const attainment: Attainment =
      value === null ? { state: "not_reported" } : indicatorAttainment(indicator, value, { today: periodEnd(period) });
    const shown = value === null ? "–" : valueText(indicator, value, words, locale);
    const from = item?.period ?? period;
    return {
      text: `${prefix}${indicator.text}`,
      value: value !== null && from !== period ? words.valueFrom(shown, periodLabel(from, locale)) : shown,
      target: targetText(indicator, words, locale),
      attainment: value === null ? words.notReported : attainmentText(attainment, indicator, value, words, locale),
      bucket: item?.bucket ?? "not_reported",
    };
  };

  const areaHeading = (area: { kind: FocusAreaKind; number: number; title: string }): string =>
    `${capitalize(level(area.kind === "focus_area" ? "focusArea" : "strategicMove"))} ${area.number}: ${area.title}`;

  let reportedCount = 0;
  const areas: AreaSection[] = plan.focusAreas.map((area) => ({
    key: area.key,
    heading: areaHeading(area),
    measures: area.measures.map((measure) => {
      const lines = reportLines(
        reportFor(reports, measure.key, null, period),
        latestBefore(reports, measure.key, period),
        period,
        words,
        locale,
      );
      if (lines.isReported) reportedCount += 1;
      return {
        key: measure.key,
        title: measure.title,
        ...lines,
        indicators: [
          ...measure.indicators.map((indicator) => indicatorRow(indicator, measure.key, null, "")),
          ...measure.activities.flatMap((activity) =>
            activity.indicators.map((indicator) =>
              indicatorRow(indicator, measure.key, activity.key, `${activity.title}: `),
            ),
          ),
        ],
        activities: measure.activities.flatMap((activity) => {
          const report = reportFor(reports, measure.key, activity.key, period);
          return report === undefined
            ? []
            : [{ title: activity.title, ...reportLines(report, undefined, period, words, locale) }];
        }),
      };
    }),
  }));

  const money = dashboard.money.map((year) => {
    const sum = year.increaseNok + year.contributionNok + year.oneOffNok;
    return { year: String(year.year), amounts: [year.increaseNok, year.contributionNok, year.oneOffNok, sum] };
  });
  const totals = [0, 1, 2, 3].map((i) => money.reduce((sum, row) => sum + (row.amounts[i] ?? 0), 0));
  const moneyRow = (rowLabel: string, amounts: number[]): MoneyRow => {
    const [increase, contribution, oneOff, sum] = amounts.map((nok) => formatNok(nok, locale));
    return {
      label: rowLabel,
      increaseNok: increase ?? "",
      contributionNok: contribution ?? "",
      oneOffNok: oneOff ?? "",
      sum: sum ?? "",
    };
  };
  const measures = level("measure", true);

  return {
    words,
    planTitle: plan.actionPlan.title,
    organization: plan.organization.name,
    period,
    periodLabel: label,
    title: `${words.title} – ${label}`,
    madeOn: words.madeOn(formatDate(options.madeOn, locale)),
    level,
    summary: {
      intro: words.summaryIntro(dashboard.measureCount, measures, reportedCount),
      statusColumns: DASHBOARD_STATUSES,
      assessmentColumns: DASHBOARD_ASSESSMENTS,
      areas: dashboard.areas.map((area) => ({
        title: areaHeading(area),
        measureCount: area.measureCount,
        statuses: area.statuses,
        assessments: area.assessments,
      })),
      total: {
        title: words.total,
        measureCount: dashboard.measureCount,
        statuses: dashboard.statuses,
        assessments: dashboard.assessments,
      },
      indicators: INDICATOR_BUCKETS.map((bucket) => ({
        bucket,
        label: words.buckets[bucket],
        count: dashboard.indicators.counts[bucket],
      })),
      money:
        money.length === 0
          ? []
          : [...money.map((row) => moneyRow(row.year, row.amounts)), moneyRow(words.total, totals)],
    },
    areas,
  };
}
