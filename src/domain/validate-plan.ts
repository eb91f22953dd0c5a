/**
 * Reading a plan document from untrusted input: the shape (zod) and then the references between
 * its parts (keys unique, every cited actor, funding source, strategy, sub-goal, area and flagship
 * existing). Every problem is reported with its JSON path, so a person can find it in the file.
 */
import type { z } from "zod";
import { isValueValidForKind } from "./indicator-attainment.js";
import {
  type FundingLine,
  type Indicator,
  type IndicatorKind,
  type NumberRef,
  PlanDocument,
  type Responsibility,
  type Start,
  StatusReport,
} from "./plan-schema.js";
import { periodStart } from "./reporting-periods.js";

/**
 * One problem, with the JSON path of the field at fault. `code` says what kind of problem it is,
 * for a UI that shows its own words: a zod issue code (`too_small`, `invalid_type`, …) or one of
 * the reference rules' codes (`duplicate_key`, `unknown_reference`, …).
 */
export type PlanProblem = { path: string; message: string; code?: string };
export type ParseResult = { ok: true; plan: PlanDocument } | { ok: false; problems: PlanProblem[] };

/** `["focusAreas", 0, "title"]` → `$.focusAreas[0].title` */
export function formatJsonPath(path: ReadonlyArray<PropertyKey>): string {
  let out = "$";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += `.${String(part)}`;
  }
  return out;
}

function zodProblems(error: z.ZodError): PlanProblem[] {
  return error.issues.map((issue) => ({ path: formatJsonPath(issue.path), message: issue.message, code: issue.code }));
}

/** Parses and checks a plan document; never throws for bad input. */
export function parsePlanDocument(input: unknown): ParseResult {
  const parsed = PlanDocument.safeParse(input);
  if (!parsed.success) return { ok: false, problems: zodProblems(parsed.error) };
  const problems = checkPlanReferences(parsed.data);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, plan: parsed.data };
}

/** The cross-reference rules the schema alone cannot express. */
export function checkPlanReferences(plan: PlanDocument): PlanProblem[] {
  const problems: PlanProblem[] = [];
  const add = (path: PropertyKey[], message: string, code = "invalid_reference") =>
    problems.push({ path: formatJsonPath(path), message, code });

  const unique = (label: string) => {
    const seen = new Map<string, string>();
    return (key: string, path: PropertyKey[]) => {
      const first = seen.get(key);
      if (first !== undefined) add(path, `${label} "${key}" is already used at ${first}`, "duplicate_key");
      else seen.set(key, formatJsonPath(path));
    };
  };

  const actorKeys = new Set(plan.actors.map((a) => a.key));
  const sourceKeys = new Set(plan.fundingSources.map((s) => s.key));
  const flagshipKeys = new Set(plan.flagships.map((f) => f.key));
  const areaByKey = new Map(plan.focusAreas.map((a) => [a.key, a]));

  const actorKey = unique("Actor");
  plan.actors.forEach((a, i) => {
    actorKey(a.key, ["actors", i, "key"]);
  });
  const sourceKey = unique("Funding source");
  plan.fundingSources.forEach((s, i) => {
    sourceKey(s.key, ["fundingSources", i, "key"]);
  });
  const flagshipKey = unique("Flagship");
  plan.flagships.forEach((f, i) => {
    flagshipKey(f.key, ["flagships", i, "key"]);
    if (f.focusAreaKey !== null && !areaByKey.has(f.focusAreaKey)) {
      add(["flagships", i, "focusAreaKey"], `Unknown area "${f.focusAreaKey}"`, "unknown_reference");
    }
  });
  const relatedKey = unique("Related plan");
  const areaKey = unique("Area");
  // Measures and activities share one key space, so that a key names one thing in the plan.
  const measureKey = unique("Measure or activity key");
  const indicatorKey = unique("Indicator");

  const checkNumbers = (refs: NumberRef[], known: ReadonlySet<number>, label: string, path: PropertyKey[]) => {
    refs.forEach((ref, i) => {
      if (ref !== "unknown" && !known.has(ref))
        add([...path, i], `${label} ${ref} does not exist in the area`, "unknown_reference");
    });
  };
  const checkFunding = (lines: FundingLine[], path: PropertyKey[]) => {
    lines.forEach((line, i) => {
      const at = [...path, i];
      if (line.fundingSourceKey !== null && !sourceKeys.has(line.fundingSourceKey)) {
        add([...at, "fundingSourceKey"], `Unknown funding source "${line.fundingSourceKey}"`, "unknown_reference");
      }
      if (line.kind === "shared_source" && line.fundingSourceKey === null) {
        add([...at, "fundingSourceKey"], "Shared funding must name a funding source", "required");
      }
    });
  };
  const checkResponsibility = (r: Responsibility | null, path: PropertyKey[]) => {
    if (r === null) return;
    r.responsibleActorKeys.forEach((k, i) => {
      if (!actorKeys.has(k)) add([...path, "responsibleActorKeys", i], `Unknown actor "${k}"`, "unknown_reference");
    });
    r.partnerActorKeys.forEach((k, i) => {
      if (!actorKeys.has(k)) add([...path, "partnerActorKeys", i], `Unknown actor "${k}"`, "unknown_reference");
    });
  };
  const checkStart = (start: Start | null, path: PropertyKey[]) => {
    if (
      start?.year != null &&
      (start.year < plan.actionPlan.firstYear - 50 || start.year > plan.actionPlan.lastYear + 50)
    ) {
      add([...path, "year"], `The year ${start.year} lies far outside the plan period`, "out_of_range");
    }
  };

  if (plan.actionPlan.lastYear < plan.actionPlan.firstYear) {
    add(["actionPlan", "lastYear"], "The last year cannot come before the first year", "out_of_range");
  }

  plan.focusAreas.forEach((area, ai) => {
    const at: PropertyKey[] = ["focusAreas", ai];
    areaKey(area.key, [...at, "key"]);
    const subGoalNumbers = new Set<number>();
    area.subGoals.forEach((g, i) => {
      if (subGoalNumbers.has(g.number))
        add([...at, "subGoals", i, "number"], `Sub-goal ${g.number} is numbered twice`, "numbered_twice");
      subGoalNumbers.add(g.number);
    });
    const strategyNumbers = new Set<number>();
    area.strategies.forEach((s, i) => {
      if (strategyNumbers.has(s.number))
        add([...at, "strategies", i, "number"], `Strategy ${s.number} is numbered twice`, "numbered_twice");
      strategyNumbers.add(s.number);
    });
    area.measures.forEach((measure, mi) => {
      const mAt = [...at, "measures", mi];
      measureKey(measure.key, [...mAt, "key"]);
      checkNumbers(measure.strategyNumbers, strategyNumbers, "Strategy", [...mAt, "strategyNumbers"]);
      if (measure.flagshipKey !== null && !flagshipKeys.has(measure.flagshipKey)) {
        add([...mAt, "flagshipKey"], `Unknown flagship "${measure.flagshipKey}"`, "unknown_reference");
      }
      measure.indicators.forEach((ind, i) => {
        indicatorKey(ind.key, [...mAt, "indicators", i, "key"]);
      });
      checkFunding(measure.funding, [...mAt, "funding"]);
      checkResponsibility(measure.responsibility, [...mAt, "responsibility"]);
      checkStart(measure.start, [...mAt, "start"]);
      measure.activities.forEach((activity, xi) => {
        const xAt = [...mAt, "activities", xi];
        measureKey(activity.key, [...xAt, "key"]);
        activity.indicators.forEach((ind, i) => {
          indicatorKey(ind.key, [...xAt, "indicators", i, "key"]);
        });
        checkFunding(activity.funding, [...xAt, "funding"]);
        checkResponsibility(activity.responsibility, [...xAt, "responsibility"]);
        checkStart(activity.start, [...xAt, "start"]);
      });
    });
  });

  plan.relatedPlans.forEach((related, ri) => {
    const at: PropertyKey[] = ["relatedPlans", ri];
    relatedKey(related.key, [...at, "key"]);
    related.links.forEach((link, li) => {
      const area = areaByKey.get(link.focusAreaKey);
      if (area === undefined) {
        add([...at, "links", li, "focusAreaKey"], `Unknown area "${link.focusAreaKey}"`, "unknown_reference");
        return;
      }
      const goals = new Set(area.subGoals.map((g) => g.number));
      const strategies = new Set(area.strategies.map((s) => s.number));
      checkNumbers(link.subGoalNumbers, goals, "Sub-goal", [...at, "links", li, "subGoalNumbers"]);
      checkNumbers(link.strategyNumbers, strategies, "Strategy", [...at, "links", li, "strategyNumbers"]);
    });
    checkFunding(related.funding, [...at, "funding"]);
    checkResponsibility(related.responsibility, [...at, "responsibility"]);
  });

  checkReportingCalendar(plan, add);

  const measures = measureIndicatorKinds(plan);
  const reportKeys = new Map<string, number>();
  plan.statusReports.forEach((report, i) => {
    const at: PropertyKey[] = ["statusReports", i];
    const itemKey = `${report.measureKey}/${report.activityKey ?? ""}/${report.period}`;
    const first = reportKeys.get(itemKey);
    if (first !== undefined) {
      add([...at, "period"], `There is already a report for this period at $.statusReports[${first}]`, "duplicate_key");
    } else reportKeys.set(itemKey, i);
    checkReport(plan, measures, report, at, add);
  });

  return problems;
}

type Kinds = Map<string, IndicatorKind>;
type MeasureKinds = Map<string, { indicators: Kinds; activities: Map<string, Kinds> }>;

const kindsOf = (indicators: Indicator[]): Kinds => new Map(indicators.map((i) => [i.key, i.kind]));

/** Every measure's indicators and its activities' indicators, by key, with their kinds. */
function measureIndicatorKinds(plan: PlanDocument, onlyMeasure?: string): MeasureKinds {
  const result: MeasureKinds = new Map();
  for (const area of plan.focusAreas) {
    for (const m of area.measures) {
      if (onlyMeasure !== undefined && m.key !== onlyMeasure) continue;
      result.set(m.key, {
        indicators: kindsOf(m.indicators),
        activities: new Map(m.activities.map((a) => [a.key, kindsOf(a.indicators)])),
      });
    }
  }
  return result;
}

type AddProblem = (path: PropertyKey[], message: string, code?: string) => void;

/** One report against the plan: its period within the plan, its measure, activity and indicators known, each value of its kind. */
function checkReport(
  plan: PlanDocument,
  measures: MeasureKinds,
  report: StatusReport,
  at: PropertyKey[],
  add: AddProblem,
): void {
  const { firstYear, lastYear } = plan.actionPlan;
  const year = Number(report.period.slice(0, 4));
  if (year < firstYear || year > lastYear) {
    add([...at, "period"], `The period ${report.period} lies outside the plan period`, "out_of_range");
  }
  const measure = measures.get(report.measureKey);
  if (measure === undefined) {
    add([...at, "measureKey"], `Unknown measure "${report.measureKey}"`, "unknown_reference");
    return;
  }
  let indicators = measure.indicators;
  if (report.activityKey !== null) {
    const activity = measure.activities.get(report.activityKey);
    if (activity === undefined) {
      add([...at, "activityKey"], `Unknown activity "${report.activityKey}" in the measure`, "unknown_reference");
      return;
    }
    indicators = activity;
  }
  const seen = new Set<string>();
  report.indicatorValues.forEach((v, vi) => {
    const kind = indicators.get(v.indicatorKey);
    if (kind === undefined) {
      add([...at, "indicatorValues", vi, "indicatorKey"], `Unknown indicator "${v.indicatorKey}"`, "unknown_reference");
    } else if (!isValueValidForKind(kind, v.value)) {
      add(
        [...at, "indicatorValues", vi, "value"],
        `Not a valid value for an indicator of kind ${kind}`,
        "invalid_value",
      );
    }
    if (seen.has(v.indicatorKey)) {
      add(
        [...at, "indicatorValues", vi, "indicatorKey"],
        `The indicator "${v.indicatorKey}" has two values`,
        "duplicate_key",
      );
    }
    seen.add(v.indicatorKey);
  });
}

/**
 * One status report checked as `parsePlanDocument` would check it inside the plan: its shape and
 * its references, with paths relative to the report. For a report written alone, so that
 * reporting does not mean checking the whole plan.
 */
export function checkStatusReport(
  plan: PlanDocument,
  input: unknown,
): { ok: true; report: StatusReport } | { ok: false; problems: PlanProblem[] } {
  const parsed = StatusReport.safeParse(input);
  // Paths as a form shows them: `indicatorValues[0].value`, `$` for the report itself.
  const relative = (path: string) => (path.startsWith("$.") ? path.slice(2) : path);
  if (!parsed.success) {
    return { ok: false, problems: zodProblems(parsed.error).map((p) => ({ ...p, path: relative(p.path) })) };
  }
  const problems: PlanProblem[] = [];
  const add: AddProblem = (path, message, code = "invalid_reference") =>
    problems.push({ path: relative(formatJsonPath(path)), message, code });
  checkReport(plan, measureIndicatorKinds(plan, parsed.data.measureKey), parsed.data, [], add);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, report: parsed.data };
}

/** The reporting calendar: periods of its frequency, each once, inside the plan period, due after they begin. */
function checkReportingCalendar(plan: PlanDocument, add: (path: PropertyKey[], message: string, code: string) => void) {
  const calendar = plan.actionPlan.reporting;
  if (calendar === null) return;
  const { firstYear, lastYear } = plan.actionPlan;
  const seen = new Set<string>();
  calendar.periods.forEach((p, i) => {
    const at: PropertyKey[] = ["actionPlan", "reporting", "periods", i];
    const isTertial = p.period.includes("-T");
    if (isTertial !== (calendar.frequency === "tertial")) {
      add(
        [...at, "period"],
        `The period ${p.period} does not match the ${calendar.frequency} calendar`,
        "invalid_value",
      );
    }
    if (seen.has(p.period)) add([...at, "period"], `The period ${p.period} is listed twice`, "duplicate_key");
    seen.add(p.period);
    const year = Number(p.period.slice(0, 4));
    if (year < firstYear || year > lastYear) {
      add([...at, "period"], `The period ${p.period} lies outside the plan period`, "out_of_range");
    }
    if (p.deadline < periodStart(p.period)) {
      add([...at, "deadline"], `The deadline ${p.deadline} comes before the period begins`, "out_of_range");
    }
  });
}
