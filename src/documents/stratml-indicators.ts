/**
 * Indicators and activities in StratML Part 2: an indicator is a PerformanceIndicator with its
 * target as a TargetResult and each reported value as an ActualResult over the report's period.
 */
import type { Activity, Indicator, IndicatorValue, Measure, StatusReport } from "../domain/plan-schema.js";
import { periodEnd, periodStart } from "../domain/reporting-periods.js";
import { decimal, el, optional, planId, withMeta, type XmlNode } from "./stratml-xml.js";

const QUANTITATIVE = new Set(["count", "percentage", "score"]);

/** A reported value: numbers as NumberOfUnits; yes/no, dates and texts as a Descriptor named by the kind. */
function valueNodes(indicator: Indicator, value: IndicatorValue["value"]): XmlNode[] {
  if (typeof value === "number") return [el("NumberOfUnits", decimal(value))];
  return [el("Descriptor", [el("DescriptorName", indicator.kind), el("DescriptorValue", String(value))])];
}

function actualResult(indicator: Indicator, report: StatusReport, value: IndicatorValue["value"]): XmlNode {
  const words = `Status: ${report.status}${report.assessment === null ? "" : `, ${report.assessment}`}`;
  return el("ActualResult", [
    el("StartDate", periodStart(report.period)),
    el("EndDate", periodEnd(report.period)),
    ...valueNodes(indicator, value),
    el(
      "Description",
      withMeta(words, {
        status: report.status,
        assessment: report.assessment,
        progress: report.progressPercent,
        reportedAt: report.reportedAt,
        reportedBy: report.reportedBy,
      }),
    ),
  ]);
}

function targetResult(indicator: Indicator): XmlNode | null {
  if (indicator.target === null && indicator.deadline === null) return null;
  return el("TargetResult", [
    optional("EndDate", indicator.deadline),
    indicator.target === null ? null : el("NumberOfUnits", decimal(indicator.target)),
  ]);
}

/**
 * One indicator with its target and the values reported for it. `reports` are the reports of its
 * measure; `activityKey` says whether the indicator is the measure's own (null) or an activity's.
 */
export function performanceIndicator(
  indicator: Indicator,
  sequence: number,
  reports: StatusReport[],
  activityKey: string | null,
): XmlNode {
  const results = reports.flatMap((report) => {
    if (report.activityKey !== activityKey) return [];
    const value = report.indicatorValues.find((v) => v.indicatorKey === indicator.key);
    return value === undefined ? [] : [actualResult(indicator, report, value.value)];
  });
  const target = targetResult(indicator);
  return {
    name: "PerformanceIndicator",
    attrs: { PerformanceIndicatorType: QUANTITATIVE.has(indicator.kind) ? "Quantitative" : "Qualitative" },
    children: [
      el("SequenceIndicator", String(sequence)),
      el("MeasurementDimension", indicator.text),
      el("UnitOfMeasurement", indicator.unit ?? ""),
      el("Identifier", planId("indicator", indicator.key)),
      target === null && results.length === 0 ? null : el("MeasurementInstance", [target, ...results]),
      el(
        "OtherInformation",
        withMeta(null, {
          kind: indicator.kind,
          recurrence: indicator.recurrence,
          baseline: indicator.baseline === null ? null : decimal(indicator.baseline),
        }),
      ),
    ],
  };
}

/**
 * An activity as an Objective after its measure's (StratML does not nest Objectives), pointing to
 * the measure in its «planspor:» line. `reports` is null in Part 1, which has no indicators.
 */
export function activityObjective(
  measure: Measure,
  activity: Activity,
  sequence: number,
  reports: StatusReport[] | null,
): XmlNode {
  const lines: string[] = [];
  if (activity.responsibility !== null) lines.push(`Ansvar: ${activity.responsibility.text}`);
  if (activity.start !== null) lines.push(`Oppstart: ${activity.start.text}`);
  for (const line of activity.funding) lines.push(`Finansiering: ${line.text}`);
  if (reports === null) for (const indicator of activity.indicators) lines.push(`Indikator: ${indicator.text}`);
  return el("Objective", [
    el("Name", activity.title),
    optional("Description", activity.description),
    el("Identifier", planId("activity", activity.key)),
    el("SequenceIndicator", `${measure.key}.${sequence}`),
    el("OtherInformation", withMeta(lines.join("\n") || null, { measure: measure.key })),
    ...(reports === null
      ? []
      : activity.indicators.map((indicator, i) => performanceIndicator(indicator, i + 1, reports, activity.key))),
  ]);
}
