/**
 * What the reporting pages need beyond src/domain/format.ts: today's date in Norway, a time stamp
 * as a Norwegian date, numbers typed the Norwegian way («3,6»), an indicator's value and
 * attainment in words, and the reports of a measure in the order people read them.
 */
import type { TFunction } from "i18next";
import { dateInNorway, formatDate, formatNumber, type Locale } from "../../domain/format.js";
import type { Attainment } from "../../domain/indicator-attainment.js";
import type { Assessment, Indicator, IndicatorValue, PlanDocument, StatusReport } from "../../domain/plan-schema.js";
import { comparePeriods } from "../../domain/reporting-periods.js";

/** Today's date in Norway, YYYY-MM-DD. */
export function todayInNorway(): string {
  return dateInNorway(new Date());
}

/** A time stamp (ISO date-time) as the Norwegian calendar date it fell on: «31.12.2025». */
export function formatTimestampDate(isoDateTime: string, locale: Locale): string {
  const time = Date.parse(isoDateTime);
  if (Number.isNaN(time)) return formatDate(isoDateTime, locale);
  return formatDate(dateInNorway(new Date(time)), locale);
}

/** A time stamp as date and time of day in Norway: «31.12.2025 14:05». */
export function formatTimestamp(isoDateTime: string, locale: Locale): string {
  const time = Date.parse(isoDateTime);
  if (Number.isNaN(time)) return isoDateTime;
  const clock = new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "nb-NO", {
    hour: "2-digit",
    minute: "2-digit",
    timeZone: "Europe/Oslo",
  }).format(new Date(time));
  return `${formatTimestampDate(isoDateTime, locale)} ${clock}`;
}

/**
 * A number as a person types it: «3,6» or «3.6», «1 000», «-2» or «−2». Null for an empty field,
 * NaN for anything that is not a number.
 */
export function parseTypedNumber(text: string): number | null {
  const compact = text.replace(/[\s\u00a0\u202f]/g, "").replace(/\u2212/g, "-");
  if (compact === "") return null;
  if (!/^[-+]?(\d+([.,]\d*)?|[.,]\d+)$/.test(compact)) return Number.NaN;
  return Number(compact.replace(",", "."));
}

/** A number as the form shows it back: «3,6» in Norwegian, without grouping. */
export function numberForInput(value: number, locale: Locale): string {
  return locale === "en" ? String(value) : String(value).replace(".", ",");
}

type T = TFunction;

/** A reported value in words: «3 besøk», «Ja», «31.12.2025», or the text. */
export function formatIndicatorValue(
  indicator: Indicator,
  value: IndicatorValue["value"],
  locale: Locale,
  t: T,
): string {
  if (typeof value === "boolean") return value ? t("report.form.yes") : t("report.form.no");
  if (typeof value === "number") {
    const number = formatNumber(value, locale);
    if (indicator.kind === "percentage") return `${number} %`;
    return indicator.unit ? `${number} ${indicator.unit}` : number;
  }
  if (indicator.kind === "milestone") return formatDate(value, locale);
  return value;
}

/** An indicator's target in words: «5 besøk», «12,5 %»; null when it has none. */
export function formatTarget(indicator: Indicator, locale: Locale): string | null {
  if (indicator.target === null) return null;
  return formatNumberWithUnit(indicator, indicator.target, locale);
}

export function formatNumberWithUnit(indicator: Indicator, value: number, locale: Locale): string {
  const number = formatNumber(value, locale);
  if (indicator.kind === "percentage") return `${number} %`;
  return indicator.unit ? `${number} ${indicator.unit}` : number;
}

/** What an attainment says, in words: «60 % av målet», «oppnådd», «ikke rapportert». */
export function attainmentText(attainment: Attainment, locale: Locale, t: T): string {
  switch (attainment.state) {
    case "none":
      return t("report.attainment.none");
    case "not_reported":
      return t("report.attainment.not_reported");
    case "measured": {
      const percent = formatNumber(attainment.percent, locale, 0);
      return attainment.isMet ? t("report.attainment.met", { percent }) : t("report.attainment.measured", { percent });
    }
    case "done":
      return attainment.isLate ? t("report.attainment.doneLate") : t("report.attainment.done");
    case "not_done":
      return attainment.isOverdue ? t("report.attainment.overdue") : t("report.attainment.not_done");
  }
}

/** Designsystemet's colour for an assessment; the text always goes with it. */
export const ASSESSMENT_COLOR: Record<Assessment, "success" | "warning" | "danger"> = {
  on_track: "success",
  at_risk: "warning",
  off_track: "danger",
};

/** The report a write replaces (the server's choice): the period's report for the measure or activity. */
export function reportFor(
  plan: PlanDocument,
  measureKey: string,
  activityKey: string | null,
  period: string,
): StatusReport | null {
  return (
    plan.statusReports.find(
      (r) => r.measureKey === measureKey && r.activityKey === activityKey && r.period === period,
    ) ?? null
  );
}

/** A measure's reports (its own and its activities'), the latest period first, then the latest written. */
export function reportsOfMeasure(plan: PlanDocument, measureKey: string): StatusReport[] {
  return plan.statusReports
    .filter((r) => r.measureKey === measureKey)
    .sort((a, b) => comparePeriods(b.period, a.period) || Date.parse(b.reportedAt) - Date.parse(a.reportedAt));
}
