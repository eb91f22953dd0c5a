/**
 * The measures table's round trip: a plan → rows → the same plan, for the fixture, and as a
 * property on generated plans (Norwegian text with æøå, quotes, separators and line breaks, empty
 * optional fields, long texts, «Strategi ?»), through the in-memory table, CSV and XLSX.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Activity, FundingLine, Indicator, Measure, PlanDocument, Start } from "../domain/plan-schema.js";
import { fixturePlan } from "../domain/test-fixtures.js";
import { parsePlanDocument } from "../domain/validate-plan.js";
import { measuresCsv } from "./measures-csv.js";
import { parseMeasuresFile } from "./measures-import.js";
import { columnIdOf, measuresTable, parseAreaLabel } from "./measures-sheet.js";
import { readMeasuresTable } from "./measures-sheet-read.js";
import { measuresXlsx } from "./measures-xlsx.js";

const OPTIONS = { locale: "nb" as const, madeOn: "2025-05-01" };
const base = { ...fixturePlan(), statusReports: [] };

/** The table as a file gives it back: every cell as text. */
function asText(plan: PlanDocument) {
  const { header, rows } = measuresTable(plan, "nb");
  return {
    header,
    rows: rows.map((cells, i) => ({ row: i + 2, cells: cells.map((c) => (c === null ? "" : String(c))) })),
  };
}

const CHARS = [..."abcæøåÆØÅ ;,\"'=+@?–«»\n\t0123456789-:|éü"];
const text = (max = 40) =>
  fc
    .string({ unit: fc.constantFrom(...CHARS), minLength: 1, maxLength: max })
    .map((s) => s.trim())
    .filter((s) => s !== "");
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });
const number = fc.double({ min: -1e6, max: 1e6, noNaN: true }).map((n) => (Object.is(n, -0) ? 0 : n));
const actorKeys = fc.subarray(base.actors.map((a) => a.key));

const start: fc.Arbitrary<Start> = fc
  .record({
    kind: fc.constantFrom(...(["year", "half_year", "ongoing", "continuous", "condition"] as const)),
    year: fc.integer({ min: 2000, max: 2050 }),
    half: fc.constantFrom(1 as const, 2 as const),
    keepYear: fc.boolean(),
    text: text(),
  })
  .map(({ kind, year, half, keepYear, text }) => ({
    kind,
    year: kind === "year" || kind === "half_year" || keepYear ? year : null,
    half: kind === "half_year" ? half : null,
    text,
  }));

const indicator = (key: string): fc.Arbitrary<Indicator> =>
  fc.record({
    key: fc.constant(key),
    text: text(),
    kind: fc.constantFrom(...(["count", "yes_no", "percentage", "score", "milestone", "text"] as const)),
    target: maybe(number),
    baseline: maybe(number),
    unit: maybe(text(10)),
    recurrence: fc.constantFrom("once" as const, "yearly" as const),
    deadline: maybe(fc.constantFrom("2024-12-31", "2026-06-30")),
  });

const fundingLine: fc.Arbitrary<FundingLine> = fc
  .record({
    kind: fc.constantFrom(...(["within_budget", "budget_increase", "shared_source", "to_be_clarified"] as const)),
    amountNok: maybe(fc.integer({ min: 0, max: 1e12 })),
    recurrence: maybe(fc.constantFrom("once" as const, "yearly" as const)),
    years: fc.array(fc.integer({ min: 2024, max: 2026 }), { maxLength: 3 }),
    fundingSourceKey: maybe(fc.constantFrom(...base.fundingSources.map((s) => s.key))),
    text: text(),
  })
  .map((line) =>
    line.kind === "shared_source" && line.fundingSourceKey === null
      ? { ...line, fundingSourceKey: "naeringsfond" }
      : line,
  );

const fields = (key: string) =>
  fc.record({
    key: fc.constant(key),
    title: text(),
    description: maybe(text(80)),
    indicators: fc
      .integer({ min: 0, max: 3 })
      .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => indicator(`${key}-i${i}`)))),
    funding: fc.array(fundingLine, { maxLength: 3 }),
    responsibility: maybe(fc.record({ text: text(), responsibleActorKeys: actorKeys, partnerActorKeys: actorKeys })),
    start: maybe(start),
  });

const measure = (area: PlanDocument["focusAreas"][number], key: string): fc.Arbitrary<Measure> =>
  fc
    .record({
      base: fields(key),
      strategyNumbers: fc.subarray([...area.strategies.map((s) => s.number), "unknown" as const]),
      flagshipKey: maybe(fc.constantFrom(...base.flagships.map((f) => f.key))),
      activities: fc
        .integer({ min: 0, max: 3 })
        .chain((n) =>
          fc.tuple(...Array.from({ length: n }, (_, i) => fields(`${key}-a${i}`) as fc.Arbitrary<Activity>)),
        ),
    })
    .map(({ base: b, strategyNumbers, flagshipKey, activities }) => ({
      ...b,
      strategyNumbers,
      flagshipKey,
      activities,
    }));

const plans: fc.Arbitrary<PlanDocument> = fc
  .tuple(
    ...base.focusAreas.map((area, ai) =>
      fc
        .integer({ min: 0, max: 3 })
        .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => measure(area, `m${ai}-${i}`)))),
    ),
  )
  .map((measures) => ({ ...base, focusAreas: base.focusAreas.map((a, i) => ({ ...a, measures: measures[i] ?? [] })) }));

/**
 * The plan the file is read into: the generated plan's areas holding the fixture's measures instead,
 * so that everything read must come from the file. (An area without rows in the file keeps what it
 * has, so the areas the generator left empty are empty here too.)
 */
const currentFor = (plan: PlanDocument): PlanDocument => ({
  ...plan,
  focusAreas: plan.focusAreas.map((a, i) => ({
    ...a,
    measures: a.measures.length === 0 ? [] : (base.focusAreas[i]?.measures ?? []),
  })),
});

const valid = (plan: PlanDocument) => {
  const parsed = parsePlanDocument(plan);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems.slice(0, 3)));
  return parsed.plan;
};

describe("the measures table", () => {
  it("names every column in any of its languages, and reads area labels back", () => {
    expect(columnIdOf("Tiltaksnøkkel")).toEqual({ type: "fixed", id: "measureKey" });
    expect(columnIdOf("measure KEY")).toEqual({ type: "fixed", id: "measureKey" });
    expect(columnIdOf("Indikator 12: mål")).toEqual({ type: "group", group: "indicator", n: 12, field: "target" });
    expect(columnIdOf("Finansiering 2: beløp (kr)")).toMatchObject({ group: "funding", n: 2, field: "amountNok" });
    expect(columnIdOf("Tull")).toBeNull();
    expect(parseAreaLabel("Strategisk grep 2: Samarbeid")).toEqual({ kind: "strategic_move", number: 2 });
  });

  it("writes one row per measure and activity, strategies by number with their texts and «Strategi ?»", () => {
    const plan = valid({
      ...base,
      focusAreas: base.focusAreas.map((a, i) =>
        i === 0
          ? { ...a, measures: a.measures.map((m, j) => (j === 0 ? { ...m, strategyNumbers: [1, "unknown"] } : m)) }
          : a,
      ),
    });
    const { header, rows } = measuresTable(plan, "nb");
    const first = rows[0] ?? [];
    const at = (h: string) => first[header.indexOf(h)];
    expect(at("Rad")).toBe("tiltak");
    expect(at("Område")).toBe("Satsingsområde 1: Industri");
    expect(at("Strategier")).toBe("1, ?");
    expect(at("Strategitekster")).toBe("Strategi 1: Besøke bedrifter.\nStrategi ?");
    expect(rows.length).toBe(plan.focusAreas.flatMap((a) => a.measures.flatMap((m) => [m, ...m.activities])).length);
  });

  it("gives the fixture plan back unchanged", () => {
    expect(readMeasuresTable(asText(base), base)).toEqual({ ok: true, plan: base, skipped: [] });
  });

  it("gives generated plans back unchanged (property)", () => {
    fc.assert(
      fc.property(plans, (generated) => {
        const plan = valid(generated);
        expect(readMeasuresTable(asText(plan), currentFor(plan))).toEqual({ ok: true, plan, skipped: [] });
      }),
      { numRuns: 150 },
    );
  });

  it("gives generated plans back unchanged through CSV and XLSX (property)", async () => {
    await fc.assert(
      fc.asyncProperty(plans, async (generated) => {
        const plan = valid(generated);
        const current = currentFor(plan);
        expect(await parseMeasuresFile(measuresCsv(plan, OPTIONS), "csv", current)).toMatchObject({ ok: true, plan });
        expect(await parseMeasuresFile(await measuresXlsx(plan, OPTIONS), "xlsx", current)).toMatchObject({
          ok: true,
          plan,
        });
      }),
      { numRuns: 25 },
    );
  });

  it("keeps long texts (20 000 characters) and empty optional fields", async () => {
    const long = "Næringsvennlig kommune med «lang» tekst; æøå ÆØÅ.\n".repeat(400).slice(0, 20_000).trim();
    const m0 = base.focusAreas[0]?.measures[0] as Measure;
    const bare: Measure = {
      ...m0,
      description: long,
      indicators: [],
      funding: [],
      responsibility: null,
      start: null,
      flagshipKey: null,
      activities: [],
      strategyNumbers: [],
    };
    const plan = valid({
      ...base,
      focusAreas: base.focusAreas.map((a, i) => (i === 0 ? { ...a, measures: [bare] } : a)),
    });
    expect(await parseMeasuresFile(await measuresXlsx(plan, OPTIONS), "xlsx", base)).toMatchObject({ ok: true, plan });
    expect(await parseMeasuresFile(measuresCsv(plan, OPTIONS), "csv", base)).toMatchObject({ ok: true, plan });
  });
});

describe("reading rows", () => {
  const table = () => asText(base);
  const col = (t: ReturnType<typeof table>, h: string) => t.header.indexOf(h);

  it("places every bad cell by row and column, and changes nothing", () => {
    const t = table();
    const first = t.rows[0]?.cells as string[];
    first[col(t, "Strategier")] = "1, 9, x";
    first[col(t, "Oppstart: halvår")] = "3";
    first[col(t, "Indikator 1: type")] = "antall";
    const result = readMeasuresTable(t, base);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      expect.objectContaining({ row: 2, column: "Indikator 1: type", code: "invalid_value" }),
      expect.objectContaining({ row: 2, column: "Oppstart: halvår", code: "invalid_value" }),
      expect.objectContaining({
        row: 2,
        column: "Strategier",
        code: "unknown_strategy",
        message: expect.stringMatching(/«9»/),
      }),
      expect.objectContaining({
        row: 2,
        column: "Strategier",
        code: "unknown_strategy",
        message: expect.stringMatching(/«x»/),
      }),
    ]);
  });

  it("makes keys for new rows, matches areas by their label, and places the plan's own problems", () => {
    const t = table();
    const width = t.header.length;
    const row = (values: Record<string, string>) => {
      const cells = Array<string>(width).fill("");
      for (const [h, v] of Object.entries(values)) cells[col(t, h)] = v;
      return { row: t.rows.length + 2, cells };
    };
    t.rows.push(row({ Rad: "tiltak", Område: "Satsingsområde 1: Industri", Tittel: "Nytt tiltak på Ålesund-veien" }));
    t.rows.push({ ...row({ Rad: "aktivitet", Tittel: "Første steg" }), row: t.rows.length + 3 });
    t.rows.push({
      ...row({ Rad: "tiltak", Områdenøkkel: "industri", Tittel: "Feil", Flaggskip: "finnes-ikke" }),
      row: t.rows.length + 4,
    });
    const result = readMeasuresTable(t, base);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      expect.objectContaining({ column: "Flaggskip", code: "unknown_reference", row: expect.any(Number) }),
    ]);
    t.rows.pop();
    const ok = readMeasuresTable(t, base);
    if (!ok.ok) throw new Error(JSON.stringify(ok.problems));
    const added = ok.plan.focusAreas?.[0]?.measures?.at(-1);
    expect(added?.key).toBe("nytt-tiltak-pa-alesund-veien");
    expect(added?.activities?.[0]?.key).toBe("nytt-tiltak-pa-alesund-veien-forste-steg");
  });

  it("refuses unknown and missing columns at row 1", () => {
    const result = readMeasuresTable({ header: ["Rad", "Tull", "Tittel"], rows: [] }, base);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]).toMatchObject({ row: 1, column: "Tull", code: "wrong_columns" });
    expect(result.problems.every((p) => p.code === "wrong_columns" && p.row === 1)).toBe(true);
  });
});
