/**
 * For the StratML tests: generated plans (fast-check), what of a plan StratML carries, and
 * xmllint against the vendored schemas. Test support only; nothing in the app imports it.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import {
  type IndicatorKind,
  type IndicatorValue,
  PLAN_FORMAT,
  PlanDocument,
  type PlanDocumentInput,
} from "../domain/plan-schema.js";
import { projectPath } from "../project-paths.js";

export const PART1_XSD = "standards/stratml/StrategicPlanISOVersion20140401.xsd";
export const PART2_XSD = "standards/stratml/PerformancePlanOrReport20160216.xsd";
/** The later draft of Part 2, which our Part 2 satisfies too. */
export const PART2_DRAFT_XSD = "standards/stratml/PerformancePlanOrReportISODRAFTVersion20160506.xsd";

/** xmllint's verdict on a document: null when valid, else its messages. */
export function xmllintErrors(xml: string, xsd: string): string | null {
  const dir = mkdtempSync(join(tmpdir(), "stratml-"));
  const file = join(dir, "plan.xml");
  writeFileSync(file, xml, "utf8");
  try {
    execFileSync("xmllint", ["--noout", "--nonet", "--schema", projectPath(xsd), file], { stdio: "pipe" });
    return null;
  } catch (error) {
    const e = error as { stderr?: Buffer; message: string };
    return e.stderr?.toString("utf8") ?? e.message;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * What survives a StratML round trip, by part. Not carried: level names, the reporting calendar,
 * funding sources and lines, starts, flagships, related plans, a measure's flagship, activities'
 * responsibility, report comments and reports without values; Part 1 has no indicators at all.
 */
export function carried(plan: PlanDocument, part: 1 | 2) {
  const indicators = part === 2;
  const { actionPlan: a } = plan;
  return {
    organization: plan.organization,
    strategicPlan: plan.strategicPlan,
    actionPlan: [a.key, a.title, a.firstYear, a.lastYear, a.introduction, a.revision],
    actors: plan.actors,
    focusAreas: plan.focusAreas.map((area) => ({
      ...area,
      measures: area.measures.map((m) => ({
        key: m.key,
        title: m.title,
        description: m.description,
        strategyNumbers: m.strategyNumbers,
        responsibility: m.responsibility,
        indicators: indicators ? m.indicators.map((i) => ({ ...i, unit: i.unit === "" ? null : i.unit })) : [],
        activities: m.activities.map((x) => ({
          key: x.key,
          title: x.title,
          description: x.description,
          indicators: indicators ? x.indicators : [],
        })),
      })),
    })),
    statusReports: indicators
      ? plan.statusReports
          .filter((r) => r.indicatorValues.length > 0)
          .map((r) => ({
            ...r,
            comment: null,
            indicatorValues: [...r.indicatorValues].sort((x, y) => x.indicatorKey.localeCompare(y.indicatorKey)),
          }))
          .sort((x, y) =>
            `${x.measureKey}/${x.activityKey}/${x.period}`.localeCompare(
              `${y.measureKey}/${y.activityKey}/${y.period}`,
            ),
          )
      : [],
  };
}

const WORDS = [
  "Næring",
  "bedriftsbesøk",
  "Gjøvik",
  "årlig",
  "Strategi ?",
  "«Strategi ?»",
  "& <b>x</b>",
  '"sitat"',
  "'apostrof'",
  "ÆØÅ",
  "økt ramme",
  "1 000 kr",
  "—",
  "linje\nny",
  "linje\r\nny",
  "tab\there",
  "emoji 🎉",
  "]]>",
  "planspor: x=1",
  "a;b=c%20",
];
const sentence = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 10 }).map((ws) => ws.join(" ").trim());
const longText = fc
  .integer({ min: 300, max: 3900 })
  .map((n) => "Lang tekst med æøå og «Strategi ?». ".repeat(120).slice(0, n).trim());
const ascii = fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim() !== "" && !/\n\s*\n/.test(s));
/** A plan text (trimmed, never empty, no blank line inside, so introduction paragraphs stay apart). */
const text = fc
  .oneof({ weight: 5, arbitrary: sentence }, { weight: 1, arbitrary: longText }, ascii)
  .map((s) => s.trim());
const keyPart = fc.stringMatching(/^[a-z0-9]{1,8}$/);
const year = fc.integer({ min: 1990, max: 2100 });
const date = fc
  .tuple(year, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
  .map(([y, m, d]) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`);
const number = fc.oneof(
  fc.integer({ min: -1000, max: 1_000_000 }),
  fc.integer({ min: 0, max: 10_000 }).map((n) => n / 8),
);
const KINDS: IndicatorKind[] = ["count", "yes_no", "percentage", "score", "milestone", "text"];

const indicatorSeed = fc.record({
  key: keyPart,
  text,
  kind: fc.constantFrom(...KINDS),
  target: fc.option(number),
  baseline: fc.option(number),
  unit: fc.option(fc.constantFrom("stk", "%", "bedrifter", "kr «netto»")),
  recurrence: fc.constantFrom("once" as const, "yearly" as const),
  deadline: fc.option(date),
});
const measureSeed = fc.record({
  key: keyPart,
  title: text,
  description: fc.option(text),
  strategies: fc.array(fc.oneof(fc.integer({ min: 1, max: 3 }), fc.constant("unknown" as const)), { maxLength: 3 }),
  responsibility: fc.option(
    fc.record({
      text,
      responsible: fc.array(fc.nat(9), { maxLength: 2 }),
      partners: fc.array(fc.nat(9), { maxLength: 2 }),
    }),
  ),
  indicators: fc.array(indicatorSeed, { maxLength: 2 }),
  activities: fc.array(
    fc.record({
      key: keyPart,
      title: text,
      description: fc.option(text),
      indicators: fc.array(indicatorSeed, { maxLength: 1 }),
    }),
    { maxLength: 2 },
  ),
});
const areaSeed = fc.record({
  key: keyPart,
  kind: fc.constantFrom("focus_area" as const, "strategic_move" as const),
  title: text,
  mainGoal: text,
  subGoals: fc.array(text, { maxLength: 2 }),
  strategies: fc.array(text, { maxLength: 3 }),
  measures: fc.array(measureSeed, { maxLength: 3 }),
});
const planSeed = fc.record({
  org: fc.record({
    key: keyPart,
    name: text,
    kind: fc.constantFrom("municipality", "county", "region", "other" as const),
  }),
  officialNumber: fc.option(fc.constantFrom("3407", "34")),
  strategic: fc.option(fc.record({ key: keyPart, title: text, firstYear: fc.option(year), lastYear: fc.option(year) })),
  key: keyPart,
  title: text,
  firstYear: fc.integer({ min: 2000, max: 2030 }),
  span: fc.integer({ min: 0, max: 3 }),
  introduction: fc.array(text, { maxLength: 3 }),
  revision: fc.record({
    number: fc.integer({ min: 1, max: 9 }),
    adoptedOn: fc.option(date),
    decisionRef: fc.option(sentence),
  }),
  actors: fc.array(
    fc.record({ name: text, kind: fc.constantFrom("internal_unit", "political_body", "external_partner" as const) }),
    {
      maxLength: 4,
    },
  ),
  areas: fc.array(areaSeed, { maxLength: 3 }),
});

type Seed = typeof planSeed extends fc.Arbitrary<infer T> ? T : never;

function build(s: Seed): PlanDocumentInput {
  const actorKeys = s.actors.map((_, i) => `aktor-${i}`);
  const pick = (ns: number[]) => [...new Set(ns.filter((n) => n < actorKeys.length).map((n) => `aktor-${n}`))];
  const numbers = { focus_area: 0, strategic_move: 0 };
  const indicator =
    (prefix: string) => (i: Seed["areas"][number]["measures"][number]["indicators"][number], n: number) => ({
      ...i,
      key: `${i.key}-${prefix}-${n}`,
    });
  return {
    format: PLAN_FORMAT,
    organization: { ...s.org, officialNumber: s.officialNumber },
    strategicPlan: s.strategic,
    actionPlan: {
      key: s.key,
      title: s.title,
      firstYear: s.firstYear,
      lastYear: s.firstYear + s.span,
      introduction: s.introduction,
      revision: s.revision,
    },
    actors: s.actors.map((a, i) => ({ ...a, key: actorKeys[i] ?? "" })),
    focusAreas: s.areas.map((area, ai) => {
      numbers[area.kind] += 1;
      return {
        ...area,
        key: `${area.key}-${ai}`,
        number: numbers[area.kind],
        subGoals: area.subGoals.map((t, i) => ({ number: i + 1, text: t })),
        strategies: area.strategies.map((t, i) => ({ number: i + 1, text: t })),
        measures: area.measures.map((m, mi) => ({
          key: `${m.key}-${ai}-${mi}`,
          title: m.title,
          description: m.description,
          strategyNumbers: [...new Set(m.strategies)].filter((n) => n === "unknown" || n <= area.strategies.length),
          responsibility:
            m.responsibility === null
              ? null
              : {
                  text: m.responsibility.text,
                  responsibleActorKeys: pick(m.responsibility.responsible),
                  partnerActorKeys: pick(m.responsibility.partners),
                },
          indicators: m.indicators.map(indicator(`${ai}-${mi}`)),
          activities: m.activities.map((x, xi) => ({
            ...x,
            key: `${x.key}-${ai}-${mi}-a${xi}`,
            indicators: x.indicators.map(indicator(`${ai}-${mi}-a${xi}`)),
          })),
        })),
      };
    }),
  };
}

function reportedValue(kind: IndicatorKind): fc.Arbitrary<IndicatorValue["value"]> {
  switch (kind) {
    case "yes_no":
      return fc.boolean();
    case "milestone":
      return date;
    case "text":
      return fc.oneof(text, fc.constant("  mellomrom foran og bak  "));
    default:
      return number;
  }
}

/** A valid plan with status reports: one report at most per measure or activity, with values of the right kinds. */
export const planArbitrary: fc.Arbitrary<PlanDocument> = planSeed.map(build).chain((input) => {
  const plan = PlanDocument.parse(input);
  const { firstYear, lastYear } = plan.actionPlan;
  const periods = [firstYear, lastYear].flatMap((y) => [`${y}`, `${y}-T1`, `${y}-T3`]);
  const owners = plan.focusAreas.flatMap((a) =>
    a.measures.flatMap((m) => [
      { measureKey: m.key, activityKey: null, indicators: m.indicators },
      ...m.activities.map((x) => ({ measureKey: m.key, activityKey: x.key, indicators: x.indicators })),
    ]),
  );
  const report = (owner: (typeof owners)[number]) =>
    fc.option(
      fc
        .record({
          period: fc.constantFrom(...periods),
          status: fc.constantFrom("not_started", "ongoing", "completed", "postponed", "cancelled" as const),
          assessment: fc.option(fc.constantFrom("on_track", "at_risk", "off_track" as const)),
          progressPercent: fc.option(fc.integer({ min: 0, max: 100 })),
          comment: fc.option(text),
          reportedAt: fc.constantFrom("2025-04-30T08:00:00.123Z", "2024-12-15T10:30:00+01:00"),
          reportedBy: fc.option(fc.constantFrom("Kari Nordmann", "Ola «O» Ås")),
          indicatorValues: fc
            .tuple(
              ...owner.indicators.map((i) =>
                fc.option(reportedValue(i.kind).map((value) => ({ indicatorKey: i.key, value }))),
              ),
            )
            .map((vs) => vs.filter((v) => v !== null)),
        })
        .map((r) => ({ ...r, measureKey: owner.measureKey, activityKey: owner.activityKey })),
    );
  return fc
    .tuple(...owners.map(report))
    .map((reports) => PlanDocument.parse({ ...plan, statusReports: reports.filter((r) => r !== null) }));
});
