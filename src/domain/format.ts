/**
 * Norwegian formats for what the plan shows: money («kr 1 000 000»), dates («31.12.2025»),
 * lists of numbers («1, 2 og 3»). Pure; the locale comes from the caller (the i18n layer).
 */
import type { NumberRef } from "./plan-schema.js";

export type Locale = "nb" | "nn" | "en";

const numberLocale = (locale: Locale) => (locale === "en" ? "en-GB" : "nb-NO");

/** A whole number with the locale's grouping: «1 000 000» (non-breaking spaces) in Norwegian. */
export function formatNumber(value: number, locale: Locale = "nb", maximumFractionDigits = 2): string {
  return new Intl.NumberFormat(numberLocale(locale), { maximumFractionDigits }).format(value);
}

/** «kr 1 000 000» in Norwegian, «NOK 1,000,000» in English. */
export function formatNok(amount: number, locale: Locale = "nb"): string {
  const digits = formatNumber(amount, locale, 0);
  return locale === "en" ? `NOK\u00a0${digits}` : `kr\u00a0${digits}`;
}

/** `2025-12-31` → «31.12.2025» in Norwegian, «31 Dec 2025» in English. */
export function formatDate(isoDate: string, locale: Locale = "nb"): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (match === null) return isoDate;
  const [, y, m, d] = match;
  if (locale === "en") {
    const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
    return new Intl.DateTimeFormat("en-GB", {
      day: "numeric",
      month: "short",
      year: "numeric",
      timeZone: "UTC",
    }).format(date);
  }
  return `${d}.${m}.${y}`;
}

/** `["1", "2", "3"]` → «1, 2 og 3» (nb, nn) or «1, 2 and 3» (en). */
export function formatList(items: string[], locale: Locale = "nb"): string {
  // Chromium's Intl has no nynorsk list data and falls back to English («and»); nynorsk joins
  // lists as bokmål does («1, 2 og 3»), so use bokmål's rules for both.
  return new Intl.ListFormat(locale === "en" ? "en-GB" : "nb", { type: "conjunction" }).format(items);
}

/** Strategy or sub-goal numbers as the plan writes them: «1, 2 og 3»; «unknown» as «?». */
export function formatNumberRefs(refs: NumberRef[], locale: Locale = "nb"): string {
  return formatList(
    refs.map((r) => (r === "unknown" ? "?" : String(r))),
    locale,
  );
}

/** The calendar date in Norway at an instant, `YYYY-MM-DD` (the caller gives the instant: «now» is not the domain's). */
export function dateInNorway(instant: Date): string {
  return new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Oslo" }).format(instant);
}
