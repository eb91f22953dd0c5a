/**
 * The measures list's filters live in the URL query (`?area=…&strategy=…&actor=…&startYear=…&flagship=…&q=…`),
 * validated with the domain's `MeasureFilter`; a value that does not validate is ignored.
 */
import { MeasureFilter } from "../../domain/read-models.js";

export const FILTER_NAMES = ["area", "strategy", "actor", "startYear", "flagship", "q"] as const;
export type FilterName = (typeof FILTER_NAMES)[number];

export function readFilter(params: URLSearchParams): MeasureFilter {
  const raw: Partial<Record<FilterName, string>> = {};
  for (const name of FILTER_NAMES) {
    const value = params.get(name);
    if (value !== null) raw[name] = value;
  }
  let result = MeasureFilter.safeParse(raw);
  if (!result.success) {
    for (const issue of result.error.issues) delete raw[issue.path[0] as FilterName];
    result = MeasureFilter.safeParse(raw);
  }
  return result.success ? result.data : {};
}

/** The query with one filter set to `value`, or removed when `value` is empty. */
export function withFilter(params: URLSearchParams, name: FilterName, value: string): URLSearchParams {
  const next = new URLSearchParams(params);
  if (value === "") next.delete(name);
  else next.set(name, value);
  if (name === "area") next.delete("strategy");
  return next;
}

export function hasFilters(params: URLSearchParams): boolean {
  return FILTER_NAMES.some((name) => params.has(name));
}
