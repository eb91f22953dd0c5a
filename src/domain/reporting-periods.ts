/**
 * Reporting periods: tertials («2025-T1») and years («2025»), their spans, order, labels and
 * default deadlines, and the plan's reporting calendar. Pure functions on ISO date strings;
 * types only from plan-schema.ts, so the web can use them without loading zod.
 */
import type { Locale } from "./format.js";
import type { PeriodKey, PlanDocument, ReportingFrequency, ReportingPeriod } from "./plan-schema.js";

/** A period taken apart: its year and its tertial (1–3), or null for a whole year. */
type ParsedPeriod = { year: number; tertial: 1 | 2 | 3 | null };

const PERIOD_PATTERN = /^(\d{4})(?:-T([1-3]))?$/;

function parsePeriod(period: PeriodKey): ParsedPeriod {
  const match = PERIOD_PATTERN.exec(period);
  if (match === null) throw new RangeError(`«${period}» is not a period; write 2025 or 2025-T1`);
  const year = Number(match[1]);
  switch (match[2]) {
    case "1":
      return { year, tertial: 1 };
    case "2":
      return { year, tertial: 2 };
    case "3":
      return { year, tertial: 3 };
    default:
      return { year, tertial: null };
  }
}

const pad = (n: number, width: number): string => String(n).padStart(width, "0");
const isoDate = (year: number, month: number, day: number): string => `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;

/** The first and last month (1–12) of a tertial. */
const TERTIAL_MONTHS = { 1: [1, 4], 2: [5, 8], 3: [9, 12] } as const;
const LAST_DAY_OF_MONTH = { 4: 30, 8: 31, 12: 31 } as const;

/** The year a period belongs to: 2025 for «2025» and «2025-T2». */
export function periodYear(period: PeriodKey): number {
  return parsePeriod(period).year;
}

/** The first day of a period: T1 Jan 1, T2 May 1, T3 Sep 1, a year Jan 1. */
export function periodStart(period: PeriodKey): string {
  const { year, tertial } = parsePeriod(period);
  return isoDate(year, tertial === null ? 1 : TERTIAL_MONTHS[tertial][0], 1);
}

/** The last day of a period: T1 Apr 30, T2 Aug 31, T3 and a year Dec 31. */
export function periodEnd(period: PeriodKey): string {
  const { year, tertial } = parsePeriod(period);
  const lastMonth = tertial === null ? 12 : TERTIAL_MONTHS[tertial][1];
  return isoDate(year, lastMonth, LAST_DAY_OF_MONTH[lastMonth]);
}

/** Orders periods by year, then tertial, a whole year after its third tertial (it ends with it). */
export function comparePeriods(a: PeriodKey, b: PeriodKey): number {
  const pa = parsePeriod(a);
  const pb = parsePeriod(b);
  if (pa.year !== pb.year) return pa.year - pb.year;
  return (pa.tertial ?? 4) - (pb.tertial ?? 4);
}

/** The default day a period's reports are due: the end of the month after the period ends. */
export function defaultDeadline(period: PeriodKey): string {
  const { year, tertial } = parsePeriod(period);
  switch (tertial) {
    case 1:
      return isoDate(year, 5, 31);
    case 2:
      return isoDate(year, 9, 30);
    default:
      return isoDate(year + 1, 1, 31);
  }
}

/** Every tertial (or year) from firstYear to lastYear, in time order, with the default deadlines. */
export function defaultReportingCalendar(
  firstYear: number,
  lastYear: number,
  frequency: ReportingFrequency,
): ReportingPeriod[] {
  const periods: ReportingPeriod[] = [];
  for (let year = firstYear; year <= lastYear; year++) {
    const keys = frequency === "yearly" ? [`${year}`] : [`${year}-T1`, `${year}-T2`, `${year}-T3`];
    for (const period of keys) periods.push({ period, deadline: defaultDeadline(period) });
  }
  return periods;
}

/** The plan's reporting periods in time order: its own calendar, or the default one for its period. */
export function reportingPeriods(plan: PlanDocument): ReportingPeriod[] {
  const { firstYear, lastYear, reporting } = plan.actionPlan;
  if (reporting === null) return defaultReportingCalendar(firstYear, lastYear, "tertial");
  if (reporting.periods.length === 0) return defaultReportingCalendar(firstYear, lastYear, reporting.frequency);
  return [...reporting.periods].sort((a, b) => comparePeriods(a.period, b.period));
}

/**
 * The period to report on at `today` (YYYY-MM-DD): the one whose span holds today (the shortest,
 * when a year and its tertial both do); else the latest that ended before today; else the first.
 * Null for no periods.
 */
export function currentReportingPeriod<T extends { period: PeriodKey }>(
  periods: readonly T[],
  today: string,
): T | null {
  const sorted = [...periods].sort((a, b) => comparePeriods(a.period, b.period));
  let containing: T | null = null;
  let ended: T | null = null;
  for (const p of sorted) {
    const start = periodStart(p.period);
    const end = periodEnd(p.period);
    if (start <= today && today <= end) {
      if (containing === null || end < periodEnd(containing.period)) containing = p;
    } else if (end < today) {
      if (ended === null || end >= periodEnd(ended.period)) ended = p;
    }
  }
  return containing ?? ended ?? sorted[0] ?? null;
}

const ENGLISH_ORDINALS = { 1: "1st", 2: "2nd", 3: "3rd" } as const;

/** A period as people write it: «1. tertial 2025» (nb, nn), «1st tertial 2025» (en), a year as «2025». */
export function periodLabel(period: PeriodKey, locale: Locale): string {
  const { year, tertial } = parsePeriod(period);
  if (tertial === null) return `${year}`;
  const ordinal = locale === "en" ? ENGLISH_ORDINALS[tertial] : `${tertial}.`;
  return `${ordinal} tertial ${year}`;
}
