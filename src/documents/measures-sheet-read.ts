/**
 * The reading half of the measures table (`measures-sheet.ts` describes the layout): rows as text,
 * with the plan they would change → the changed plan, or every problem by row and column.
 * Cells are checked here where a row and column say most (kinds, numbers, strategies, areas);
 * the whole plan is then checked by the domain, and its problems are placed back on rows.
 */

import { keyFromText } from "../domain/keys.js";
import type {
  Activity,
  FocusArea,
  FundingLine,
  Indicator,
  Measure,
  NumberRef,
  PlanDocument,
  Responsibility,
  Start,
} from "../domain/plan-schema.js";
import { FundingKind, IndicatorKind, Recurrence, StartKind } from "../domain/plan-schema.js";
import { lostReferences, targetId, withoutReferences } from "../domain/references.js";
import { parsePlanDocument } from "../domain/validate-plan.js";
import type { ImportProblem, ParsedImport } from "./import-result.js";
import {
  type ColumnId,
  columnIdOf,
  FIXED_COLUMNS,
  type FixedColumn,
  GROUPS,
  type GroupName,
  parseAreaLabel,
  ROW_WORDS,
} from "./measures-sheet.js";

/** A table as a file gives it: the header and each data row's cells as text, with its row number. */
export type SheetTable = { sheet?: string; header: string[]; rows: Array<{ row: number; cells: string[] }> };

/** Where each measure and activity of the result came from, to place the domain's problems. */
type Origin = { row: number };

/** The plan with the file's rows in place of the measures of the areas the file has rows for. */
export function readMeasuresTable(table: SheetTable, current: PlanDocument): ParsedImport {
  const problems: ImportProblem[] = [];
  const at = (row: number, column: string | undefined, code: string, message: string) =>
    problems.push({ code, message, row, ...(column === undefined ? {} : { column }), ...sheetOf(table) });

  // The header: every column known, none twice, and every fixed column there.
  const columns = new Map<string, number>();
  const headerOf = new Map<string, string>();
  table.header.forEach((header, i) => {
    if (header.trim() === "") return;
    const id = columnIdOf(header);
    const name = id === null ? null : idName(id);
    if (name === null) at(1, header, "wrong_columns", `Unknown column «${header}»`);
    else if (columns.has(name)) at(1, header, "wrong_columns", `The column «${header}» is there twice`);
    else {
      columns.set(name, i);
      headerOf.set(name, header);
    }
  });
  for (const [id, labels] of Object.entries(FIXED_COLUMNS)) {
    if (!columns.has(id)) at(1, labels.nb, "wrong_columns", `The column «${labels.nb}» is missing`);
  }
  if (problems.length > 0) return { ok: false, problems, skipped: [] };
  const counts = groupCountsOf(columns);

  const areaByKey = new Map(current.focusAreas.map((a) => [a.key, a]));
  const byArea = new Map<string, Measure[]>();
  const origins = new Map<Measure | Activity, Origin>();
  const usedKeys = new Set(
    current.focusAreas.flatMap((a) => a.measures.flatMap((m) => [m.key, ...m.activities.map((x) => x.key)])),
  );
  const fileKeys = new Set<string>();
  const indicatorKeys = new Set(
    current.focusAreas.flatMap((a) =>
      a.measures.flatMap((m) => [m, ...m.activities].flatMap((x) => x.indicators.map((i) => i.key))),
    ),
  );
  let lastMeasure: Measure | null = null;
  const measureByKey = new Map<string, Measure>();

  for (const { row, cells } of table.rows) {
    if (cells.every((c) => c.trim() === "")) continue;
    const cell = (name: string): string => {
      const i = columns.get(name);
      return i === undefined ? "" : (cells[i] ?? "").trim();
    };
    const col = (name: string) => headerOf.get(name) ?? name;
    const fail = (name: string, code: string, message: string) => at(row, col(name), code, message);
    const type = rowType(cell("rowType"));
    if (type === null) {
      fail("rowType", "invalid_value", `«${cell("rowType")}» is neither «tiltak» nor «aktivitet»`);
      continue;
    }
    const fields = readItem(cell, fail, counts, (text) => newKey(text, indicatorKeys, indicatorKeys));
    if (type === "measure") {
      const area = resolveArea(cell("areaKey"), cell("area"), current.focusAreas, areaByKey);
      if (area === null) {
        fail(
          cell("areaKey") === "" ? "area" : "areaKey",
          "unknown_area",
          `No area «${cell("areaKey") || cell("area")}»`,
        );
        lastMeasure = null;
        continue;
      }
      const strategyNumbers = readStrategies(cell("strategies"), area, (m) =>
        fail("strategies", "unknown_strategy", m),
      );
      const key = cell("measureKey") || newKey(fields.title, usedKeys, fileKeys);
      fileKeys.add(key);
      const measure: Measure = {
        key,
        title: fields.title,
        description: fields.description,
        strategyNumbers,
        activities: [],
        indicators: fields.indicators,
        funding: fields.funding,
        responsibility: fields.responsibility,
        start: fields.start,
        flagshipKey: cell("flagshipKey") || null,
      };
      origins.set(measure, { row });
      measureByKey.set(key, measure);
      byArea.set(area.key, [...(byArea.get(area.key) ?? []), measure]);
      lastMeasure = measure;
    } else {
      const owner = cell("measureKey") === "" ? lastMeasure : (measureByKey.get(cell("measureKey")) ?? null);
      if (owner === null) {
        fail("measureKey", "unknown_measure", "An activity row needs a measure row above it, or its measure's key");
        continue;
      }
      const key = cell("activityKey") || newKey(`${owner.key} ${fields.title}`, usedKeys, fileKeys);
      fileKeys.add(key);
      const { title, description, indicators, funding, responsibility, start } = fields;
      const activity: Activity = { key, title, description, indicators, funding, responsibility, start };
      origins.set(activity, { row });
      owner.activities.push(activity);
    }
  }
  if (problems.length > 0) return { ok: false, problems, skipped: [] };

  // Areas without rows keep their measures, but lose any the file moved elsewhere.
  const focusAreas: FocusArea[] = current.focusAreas.map((area) => ({
    ...area,
    measures: byArea.get(area.key) ?? area.measures.filter((m) => !measureByKey.has(m.key)),
  }));
  // Reports of removed measures and activities go with them (the preview lists the removals).
  const replaced: PlanDocument = { ...current, focusAreas };
  const plan = withoutReferences(replaced, new Set(lostReferences(current, replaced).map((r) => targetId(r.to))));
  const parsed = parsePlanDocument(plan);
  if (parsed.ok) return { ok: true, plan: parsed.plan, skipped: [] };
  return { ok: false, problems: parsed.problems.map((p) => placeProblem(p, plan, origins, table)), skipped: [] };
}

const sheetOf = (table: SheetTable) => (table.sheet === undefined ? {} : { sheet: table.sheet });

function idName(id: ColumnId): string {
  return id.type === "fixed" ? id.id : `${id.group}:${id.n}:${id.field}`;
}

function groupCountsOf(columns: Map<string, number>): Record<GroupName, number> {
  const counts: Record<GroupName, number> = { indicator: 0, funding: 0 };
  for (const name of columns.keys()) {
    const [group, n] = name.split(":");
    if (group === "indicator" || group === "funding") counts[group] = Math.max(counts[group], Number(n));
  }
  return counts;
}

function rowType(value: string): "measure" | "activity" | null {
  const v = value.toLowerCase();
  if (Object.values(ROW_WORDS).some((w) => w.measure === v)) return "measure";
  if (Object.values(ROW_WORDS).some((w) => w.activity === v)) return "activity";
  return null;
}

function resolveArea(key: string, label: string, areas: FocusArea[], byKey: Map<string, FocusArea>): FocusArea | null {
  if (key !== "") return byKey.get(key) ?? null;
  const parsed = parseAreaLabel(label);
  if (parsed === null) return null;
  return areas.find((a) => a.kind === parsed.kind && a.number === parsed.number) ?? null;
}

function readStrategies(value: string, area: FocusArea, fail: (message: string) => void): NumberRef[] {
  const out: NumberRef[] = [];
  for (const part of splitList(value)) {
    if (part === "?") out.push("unknown");
    else if (/^\d+$/.test(part) && area.strategies.some((s) => s.number === Number(part))) out.push(Number(part));
    else fail(`Strategy «${part}» does not exist in «${area.title}»`);
  }
  return out;
}

const splitList = (value: string): string[] =>
  value
    .split(/[,;\n]/)
    .map((s) => s.trim())
    .filter((s) => s !== "");

type Cell = (name: string) => string;
type Fail = (name: string, code: string, message: string) => void;

/** The fields measures and activities share, read from one row. */
function readItem(cell: Cell, fail: Fail, counts: Record<GroupName, number>, makeKey: (text: string) => string) {
  const num = (name: string, integer: boolean): number | null => {
    const raw = cell(name).replace(/[\s\u00a0]/g, "");
    if (raw === "") return null;
    const n = Number(raw.includes(".") ? raw : raw.replace(",", "."));
    if (!Number.isFinite(n) || (integer && !Number.isInteger(n))) {
      fail(name, "invalid_value", `«${cell(name)}» is not ${integer ? "a whole number" : "a number"}`);
      return null;
    }
    return n;
  };
  const oneOf = <T extends string>(name: string, options: readonly T[]): T | null => {
    const v = cell(name);
    if (v === "") return null;
    if ((options as readonly string[]).includes(v)) return v as T;
    fail(name, "invalid_value", `«${v}» is not one of ${options.join(", ")}`);
    return null;
  };
  const date = (name: string): string | null => cell(name) || null;

  const indicators: Indicator[] = [];
  for (let n = 1; n <= counts.indicator; n++) {
    const f = (field: string) => `indicator:${n}:${field}`;
    const fields = Object.keys(GROUPS.indicator.fields);
    if (fields.every((field) => cell(f(field)) === "")) continue;
    indicators.push({
      key: cell(f("key")) || makeKey(cell(f("text"))),
      text: cell(f("text")),
      kind: oneOf(f("kind"), IndicatorKind.options) ?? "text",
      target: num(f("target"), false),
      baseline: num(f("baseline"), false),
      unit: cell(f("unit")) || null,
      recurrence: oneOf(f("recurrence"), Recurrence.options) ?? "once",
      deadline: date(f("deadline")),
    });
  }
  const funding: FundingLine[] = [];
  for (let n = 1; n <= counts.funding; n++) {
    const f = (field: string) => `funding:${n}:${field}`;
    if (Object.keys(GROUPS.funding.fields).every((field) => cell(f(field)) === "")) continue;
    const years: number[] = [];
    for (const part of splitList(cell(f("years")))) {
      if (/^\d{4}$/.test(part)) years.push(Number(part));
      else fail(f("years"), "invalid_value", `«${part}» is not a year`);
    }
    funding.push({
      kind: oneOf(f("kind"), FundingKind.options) ?? "to_be_clarified",
      amountNok: num(f("amountNok"), true),
      recurrence: oneOf(f("recurrence"), Recurrence.options),
      years,
      fundingSourceKey: cell(f("fundingSourceKey")) || null,
      text: cell(f("text")),
    });
  }
  const responsible = splitList(cell("responsible"));
  const partners = splitList(cell("partners"));
  const responsibility: Responsibility | null =
    cell("responsibility") === "" && responsible.length === 0 && partners.length === 0
      ? null
      : { text: cell("responsibility"), responsibleActorKeys: responsible, partnerActorKeys: partners };
  const startCells = ["startKind", "startYear", "startHalf", "startText"];
  const start: Start | null = startCells.every((c) => cell(c) === "")
    ? null
    : {
        kind: oneOf("startKind", StartKind.options) ?? "condition",
        year: num("startYear", true),
        half: half(num("startHalf", true), () => fail("startHalf", "invalid_value", "The half-year is 1 or 2")),
        text: cell("startText"),
      };
  return { title: cell("title"), description: cell("description") || null, indicators, funding, responsibility, start };
}

function half(n: number | null, fail: () => void): 1 | 2 | null {
  if (n === null || n === 1 || n === 2) return n;
  fail();
  return null;
}

/** A key from a title: «Bedriftsbesøk i industrien» → `bedriftsbesok-i-industrien`, made unique. */
export function newKey(title: string, used: Set<string>, more: Set<string>): string {
  const base = keyFromText(title, { maxLength: 60 }) || "tiltak";
  let key = base;
  for (let i = 2; used.has(key) || more.has(key); i++) key = `${base}-${i}`;
  more.add(key);
  return key;
}

const FIELD_COLUMN: Record<string, FixedColumn> = {
  key: "measureKey",
  title: "title",
  description: "description",
  strategyNumbers: "strategies",
  flagshipKey: "flagshipKey",
};

/** A problem of the whole plan, placed on the row of the measure or activity it is in, and its column. */
function placeProblem(
  problem: { path: string; message: string; code?: string },
  plan: PlanDocument,
  origins: Map<Measure | Activity, Origin>,
  table: SheetTable,
): ImportProblem {
  const base: ImportProblem = { code: problem.code ?? "invalid_value", message: problem.message, path: problem.path };
  const m =
    /^\$\.focusAreas\[(\d+)\]\.measures\[(\d+)\](?:\.activities\[(\d+)\])?(?:\.(\w+)(?:\[(\d+)\])?(?:\.(\w+))?)?/.exec(
      problem.path,
    );
  if (m === null) return base;
  const measure = plan.focusAreas[Number(m[1])]?.measures[Number(m[2])];
  const item = m[3] === undefined ? measure : measure?.activities[Number(m[3])];
  const origin = item === undefined ? undefined : origins.get(item);
  if (origin === undefined) return base;
  const [field, index, sub] = [m[4], m[5], m[6]];
  let id: ColumnId | null = null;
  if (field === "indicators" && index !== undefined && sub !== undefined)
    id = { type: "group", group: "indicator", n: Number(index) + 1, field: sub };
  else if (field === "funding" && index !== undefined && sub !== undefined)
    id = { type: "group", group: "funding", n: Number(index) + 1, field: sub };
  else if (field === "key" && m[3] !== undefined) id = { type: "fixed", id: "activityKey" };
  else if (field === "responsibility")
    id = {
      type: "fixed",
      id:
        sub === "text" || sub === undefined
          ? "responsibility"
          : sub === "partnerActorKeys"
            ? "partners"
            : "responsible",
    };
  else if (field === "start")
    id = {
      type: "fixed",
      id: sub === "year" ? "startYear" : sub === "half" ? "startHalf" : sub === "kind" ? "startKind" : "startText",
    };
  else if (field !== undefined && FIELD_COLUMN[field] !== undefined) id = { type: "fixed", id: FIELD_COLUMN[field] };
  const column =
    id === null
      ? undefined
      : table.header.find((h) => {
          const c = columnIdOf(h);
          return c !== null && JSON.stringify(c) === JSON.stringify(id);
        });
  return { ...base, ...sheetOf(table), row: origin.row, ...(column === undefined ? {} : { column }) };
}
