/** Turning what a person types into the values the plan holds, and back. */
import { keyFromText } from "../../domain/keys.js";

/** A key suggested from a title (see `keyFromText`). */
export function suggestKey(title: string): string {
  return keyFromText(title, { maxLength: 100 });
}

/**
 * A number as a Norwegian writes it: «1 000 000», «3,6», «-1,5». Empty gives null; anything that
 * is not a number is given back as typed, so the schema reports it as not a number.
 */
export function parseNumber(text: string): number | null | string {
  const compact = text.replace(/[\s\u00a0\u202f]/g, "").replace(/,/g, ".");
  if (compact === "") return null;
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(compact)) return text;
  return Number(compact);
}

/** A number as a Norwegian reads it in a field: «3,6». */
export function formatNumber(value: unknown): string {
  if (typeof value === "number") return String(value).replace(".", ",");
  if (typeof value === "string") return value;
  return "";
}

/** Empty (or blank) text is no text: null. */
export function emptyToNull(text: string): string | null {
  return text.trim() === "" ? null : text;
}

/** A list of years as typed: «2024, 2025» → [2024, 2025]; what is not a year is kept for the schema to report. */
export function parseYears(text: string): Array<number | string> {
  return text
    .split(/[\s,;]+/)
    .filter((part) => part !== "")
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/** Moves the item at `index` one step up (-1) or down (+1). */
export function moved<T>(list: readonly T[], index: number, step: -1 | 1): T[] {
  const to = index + step;
  if (to < 0 || to >= list.length) return [...list];
  const next = [...list];
  const [item] = next.splice(index, 1);
  next.splice(to, 0, item as T);
  return next;
}
