/**
 * Reading StratML Part 2 PerformanceIndicators back: the indicator, its target (the first
 * TargetResult) and its reported values (ActualResults over a year or a tertial), which are
 * gathered into status reports, one per measure (or activity) and period.
 */
import { z } from "zod";
import {
  Assessment,
  type Indicator,
  IndicatorKind,
  type IndicatorValue,
  MeasureStatus,
  type PeriodKey,
  Recurrence,
  type StatusReport,
} from "../domain/plan-schema.js";
import { periodEnd, periodStart } from "../domain/reporting-periods.js";
import type { Pools } from "./stratml-keys.js";
import type { ElementReader, XmlElement } from "./stratml-read.js";
import { readPlanId, splitMeta } from "./stratml-xml.js";

const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;
const DateTime = z.iso.datetime({ offset: true });

export function decimalOf(text: string | null): number | null {
  if (text === null || !DECIMAL.test(text)) return null;
  const n = Number(text);
  return Number.isFinite(n) ? n : null;
}

/** A date from an `xsd:date`, which may carry a time zone («2025-12-31Z»). */
export function dateOf(text: string | null): string | null {
  const date = text === null ? null : (/^(\d{4}-\d{2}-\d{2})/.exec(text)?.[1] ?? null);
  return date !== null && z.iso.date().safeParse(date).success ? date : null;
}

/** The year or tertial a result's dates span exactly, or null. */
function periodOf(start: string | null, end: string | null): PeriodKey | null {
  if (start === null || end === null) return null;
  const year = start.slice(0, 4);
  return (
    [year, `${year}-T1`, `${year}-T2`, `${year}-T3`].find((p) => periodStart(p) === start && periodEnd(p) === end) ??
    null
  );
}

export function clip(r: ElementReader, e: XmlElement, text: string, max: number): string {
  if (text.length <= max) return text;
  r.skip(e, `text longer than ${max} characters was cut`);
  return text.slice(0, max).trim();
}

type Result = {
  element: XmlElement;
  period: PeriodKey | null;
  number: number | null;
  word: string | null;
  text: string | null;
  meta: Map<string, string>;
};

function readResult(r: ElementReader, e: XmlElement): Result {
  const descriptor = r.take(e, "Descriptor");
  const word = descriptor === null ? null : r.raw(descriptor, "DescriptorValue");
  if (descriptor !== null) {
    r.text(descriptor, "DescriptorName");
    r.done(descriptor);
  }
  const { text, meta } = splitMeta(r.text(e, "Description"));
  const result = {
    element: e,
    period: periodOf(dateOf(r.text(e, "StartDate")), dateOf(r.text(e, "EndDate"))),
    number: decimalOf(r.text(e, "NumberOfUnits")),
    word,
    text,
    meta,
  };
  r.done(e);
  return result;
}

const YES = new Set(["true", "ja", "yes", "1"]);
const NO = new Set(["false", "nei", "no", "0"]);

function valueFor(kind: IndicatorKind, result: Result): IndicatorValue["value"] | null {
  switch (kind) {
    case "count":
    case "percentage":
    case "score":
      return result.number;
    case "yes_no": {
      const word = (result.word ?? result.text ?? "").trim().toLowerCase();
      return YES.has(word) ? true : NO.has(word) ? false : null;
    }
    case "milestone":
      return dateOf((result.word ?? result.text)?.trim() ?? null);
    case "text": {
      // A text value is kept as reported, spaces and all (the format trims only the plan's own texts).
      const text = result.word ?? result.text ?? (result.number === null ? null : String(result.number));
      return text === null || text.trim() === "" ? null : text.slice(0, 4000);
    }
  }
}

/** What a foreign indicator measures, guessed from its unit, its numbers and its type. */
function guessKind(e: XmlElement, unit: string | null, numbers: boolean): IndicatorKind {
  if (numbers) return unit !== null && /%|prosent|percent/i.test(unit) ? "percentage" : "count";
  return e.attrs.PerformanceIndicatorType === "Quantitative" ? "count" : "text";
}

/** The status reports built from the results, one per measure (or activity) and period. */
export class ReportCollector {
  private readonly reports = new Map<string, StatusReport>();

  constructor(
    private readonly r: ElementReader,
    private readonly years: { first: number; last: number },
  ) {}

  add(owner: Owner, indicatorKey: string, value: IndicatorValue["value"], result: Result, period: PeriodKey): void {
    const year = Number(period.slice(0, 4));
    if (year < this.years.first || year > this.years.last) {
      this.r.skip(result.element, `a result for ${period}, outside the plan period, was skipped`);
      return;
    }
    const id = `${owner.measureKey}/${owner.activityKey ?? ""}/${period}`;
    let report = this.reports.get(id);
    if (report === undefined) {
      const m = result.meta;
      const reportedAt = m.get("reportedAt") ?? "";
      const progress = Number(m.get("progress"));
      report = {
        measureKey: owner.measureKey,
        activityKey: owner.activityKey,
        period,
        status: MeasureStatus.safeParse(m.get("status")).data ?? "ongoing",
        assessment: Assessment.safeParse(m.get("assessment")).data ?? null,
        progressPercent:
          m.has("progress") && Number.isInteger(progress) && progress >= 0 && progress <= 100 ? progress : null,
        comment: null,
        commentInternal: false,
        indicatorValues: [],
        // A result from another tool says neither when nor by whom: the end of its period stands in.
        reportedAt: DateTime.safeParse(reportedAt).success ? reportedAt : `${periodEnd(period)}T12:00:00Z`,
        reportedBy: m.get("reportedBy")?.slice(0, 200) ?? null,
      };
      this.reports.set(id, report);
    }
    if (report.indicatorValues.some((v) => v.indicatorKey === indicatorKey)) {
      this.r.skip(result.element, `a second result for ${period} was skipped`);
      return;
    }
    report.indicatorValues.push({ indicatorKey, value });
  }

  list(): StatusReport[] {
    return [...this.reports.values()];
  }
}

export type Owner = { measureKey: string; activityKey: string | null };

/** One PerformanceIndicator as an indicator of its measure or activity; its results go to `reports`. */
export function readIndicator(
  r: ElementReader,
  e: XmlElement,
  pools: Pools,
  owner: Owner,
  reports: ReportCollector,
): Indicator {
  const id = readPlanId(r.text(e, "Identifier"));
  r.text(e, "SequenceIndicator");
  const dimension = r.text(e, "MeasurementDimension");
  const text = clip(r, e, dimension ?? "Indikator", 4000);
  const unitText = r.text(e, "UnitOfMeasurement");
  const unit = unitText === null ? null : clip(r, e, unitText, 100);
  const other = splitMeta(r.text(e, "OtherInformation"));
  if (other.text !== null) r.skip(e, "the indicator's OtherInformation is not kept");
  for (const relationship of r.all(e, "Relationship")) r.skip(relationship, "relationships are not kept");

  let target: number | null = null;
  let deadline: string | null = null;
  const results: Result[] = [];
  let targets = 0;
  for (const instance of r.all(e, "MeasurementInstance")) {
    for (const t of r.all(instance, "TargetResult")) {
      if (targets++ > 0) {
        r.skip(t, "only the first target of an indicator is kept");
        continue;
      }
      target = decimalOf(r.text(t, "NumberOfUnits"));
      deadline = dateOf(r.text(t, "EndDate"));
      r.text(t, "StartDate");
      if (r.take(t, "Descriptor") !== null || r.text(t, "Description") !== null) {
        r.skip(t, "a target's Descriptor and Description are not kept");
      }
      r.done(t);
    }
    for (const a of r.all(instance, "ActualResult")) results.push(readResult(r, a));
    r.done(instance);
  }
  r.done(e);

  const numbers = target !== null || results.some((x) => x.number !== null);
  const kind = IndicatorKind.safeParse(other.meta.get("kind")).data ?? guessKind(e, unit, numbers);
  const baseline = decimalOf(other.meta.get("baseline") ?? null);
  const key = pools.indicator.claim(id?.kind === "indicator" ? id.key : null, text, "indikator");
  for (const result of results) {
    const value = valueFor(kind, result);
    if (result.period === null) r.skip(result.element, "a result whose dates are not a year or a tertial was skipped");
    else if (value === null) r.skip(result.element, `a result without a value for a ${kind} indicator was skipped`);
    else reports.add(owner, key, value, result, result.period);
  }
  return {
    key,
    text,
    kind,
    target,
    baseline,
    unit,
    recurrence: Recurrence.safeParse(other.meta.get("recurrence")).data ?? "once",
    deadline,
  };
}
