import type { Activity, FundingLine, Indicator, Measure, Responsibility, Start } from "../../domain/plan-schema.js";

/**
 * The plan's own words for a measure's or an activity's indicators, funding, responsibility and
 * start, as the table cells show them. Several items become a list.
 */
function TextLines({ lines }: { lines: string[] }) {
  if (lines.length === 0) return null;
  if (lines.length === 1) return <span>{lines[0]}</span>;
  return (
    <ul className="cell-lines">
      {lines.map((line, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the same text may occur twice; the order is fixed
        <li key={index}>{line}</li>
      ))}
    </ul>
  );
}

export function IndicatorTexts({ indicators }: { indicators: Indicator[] }) {
  return <TextLines lines={indicators.map((i) => i.text)} />;
}

export function FundingTexts({ funding }: { funding: FundingLine[] }) {
  return <TextLines lines={funding.map((f) => f.text)} />;
}

export function ResponsibilityText({ responsibility }: { responsibility: Responsibility | null }) {
  return responsibility ? <span>{responsibility.text}</span> : null;
}

export function StartText({ start }: { start: Start | null }) {
  return start ? <span>{start.text}</span> : null;
}

/**
 * A measure's responsibility and start for a one-row summary: its own, or else those of its
 * activities (without repeats).
 */
export function MeasureSummaryTexts({ measure, field }: { measure: Measure; field: "responsibility" | "start" }) {
  const own = measure[field]?.text;
  if (own !== undefined) return <span>{own}</span>;
  const texts = measure.activities
    .map((a: Activity) => a[field]?.text)
    .filter((text): text is string => text !== undefined);
  return <TextLines lines={[...new Set(texts)]} />;
}
