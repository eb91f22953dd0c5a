/**
 * From the drafts read out of a Word document to a plan document: keys (the current plan's where a
 * title or text matches, else made from the title), the structured values read from the texts,
 * and the current plan's other parts carried over. The result is checked like any imported plan
 * and every problem placed at its table row and column.
 */
import {
  type Activity,
  type FocusArea,
  type FocusAreaKind,
  type FundingLine,
  type Indicator,
  type Measure,
  type NumberedText,
  PlanDocument,
  type PlanDocumentInput,
  type Responsibility,
  type Start,
} from "../domain/plan-schema.js";
import { checkPlanReferences, formatJsonPath } from "../domain/validate-plan.js";
import { readFunding, readIndicator, readResponsibility, readStart, sameText, slug } from "./docx-read-cells.js";
import type { ColumnKind, Entries, MeasureDraft, TableItem } from "./docx-read-tables.js";
import type { ImportProblem, ParsedImport } from "./import-result.js";

export type DraftArea = {
  heading: string;
  kind: FocusAreaKind;
  number: number;
  title: string;
  mainGoal: string[];
  subGoals: NumberedText[];
  strategies: NumberedText[];
  measures: MeasureDraft[];
};
export type DraftDocument = {
  areas: DraftArea[];
  orphans: TableItem[];
  preamble: string[];
  title: string | null;
  problems: ImportProblem[];
  skipped: string[];
};

type Item = {
  indicators: Indicator[];
  funding: FundingLine[];
  responsibility: Responsibility | null;
  start: Start | null;
};

/** Keys are unique in their space: `base`, then `base-2`, `base-3`, … (kept within the 100 characters allowed). */
function uniqueKey(base: string, used: Set<string>): string {
  const stem = base.slice(0, 90).replace(/-+$/, "");
  let key = stem;
  for (let n = 2; used.has(key); n++) key = `${stem}-${n}`;
  used.add(key);
  return key;
}

export function buildPlan(doc: DraftDocument, current: PlanDocument | null): ParsedImport {
  const { problems, skipped } = doc;
  const areas = [...doc.areas];
  const currentMeasures = current?.focusAreas.flatMap((a) => a.measures.map((m) => ({ area: a, measure: m }))) ?? [];
  const findCurrentArea = (d: DraftArea): FocusArea | undefined =>
    current?.focusAreas.find((a) => a.kind === d.kind && a.number === d.number) ??
    current?.focusAreas.find((a) => sameText(a.title) === sameText(d.title));

  // Tables under no area heading: with a current plan, a measure goes to the area that holds its title.
  for (const item of doc.orphans) {
    if (item.type !== "measure") continue;
    const home = currentMeasures.find((c) => sameText(c.measure.title) === sameText(item.draft.title))?.area;
    if (home === undefined) {
      problems.push({
        code: "no_area",
        message: `The measure «${item.draft.title.slice(0, 60)}» stands under no area heading («Satsingsområde 1: …»)`,
        sheet: item.draft.sheet,
        row: item.draft.row,
        ...(item.draft.headers.measure ? { column: item.draft.headers.measure } : {}),
      });
      continue;
    }
    let area = areas.find((a) => findCurrentArea(a)?.key === home.key);
    if (area === undefined) {
      area = { heading: home.title, kind: home.kind, number: home.number, title: home.title, ...emptyLists() };
      areas.push(area);
    }
    area.measures.push(item.draft);
  }

  const fundingByText = new Map<string, FundingLine>();
  for (const { measure } of currentMeasures) {
    for (const line of [...measure.funding, ...measure.activities.flatMap((a) => a.funding)]) {
      if (!fundingByText.has(sameText(line.text))) fundingByText.set(sameText(line.text), line);
    }
  }
  const actors = current?.actors ?? [];
  const areaKeys = new Set<string>();
  const itemKeys = new Set<string>();
  const indicatorKeys = new Set<string>();
  const usedMeasures = new Set<Measure>();
  const locations: { ai: number; mi: number; draft: MeasureDraft }[] = [];

  /** The entries of one measure or activity, with what the current plan's same item knows kept. */
  const fill = (ownerKey: string, entries: (e: Entries) => string[], draft: MeasureDraft, was: Item | undefined) => {
    const indicators = entries(draft.indicator).map((text): Indicator => {
      const same = was?.indicators.find((i) => sameText(i.text) === sameText(text) && !indicatorKeys.has(i.key));
      if (same !== undefined) {
        indicatorKeys.add(same.key);
        return { ...same, text };
      }
      const key = uniqueKey(`${ownerKey}-${slug(text, 3)}`, indicatorKeys);
      return { key, text, baseline: null, ...readIndicator(text) };
    });
    const funding = entries(draft.funding).map((text): FundingLine => {
      const same = was?.funding.find((f) => sameText(f.text) === sameText(text)) ?? fundingByText.get(sameText(text));
      return same !== undefined ? { ...same, text } : { fundingSourceKey: null, ...readFunding(text) };
    });
    const responsibilityText = entries(draft.responsibility).join(" ").trim();
    const responsibility: Responsibility | null =
      responsibilityText === ""
        ? null
        : was?.responsibility && sameText(was.responsibility.text) === sameText(responsibilityText)
          ? { ...was.responsibility, text: responsibilityText }
          : { text: responsibilityText, ...readResponsibility(responsibilityText, actors) };
    const startText = entries(draft.start).join(" ").trim();
    const start: Start | null =
      startText === ""
        ? null
        : was?.start && sameText(was.start.text) === sameText(startText)
          ? { ...was.start, text: startText }
          : readStart(startText);
    return { indicators, funding, responsibility, start };
  };

  const focusAreas = areas.map((d, ai): FocusArea => {
    const was = findCurrentArea(d);
    // «En kommune med …» → `kommune-med-…`: a leading article says nothing about the area.
    const key = uniqueKey(was?.key ?? slug(d.title.replace(/^(en|et|ei|eit|a|an|the)\s+/i, ""), 3), areaKeys);
    const mainGoal = d.mainGoal.join("\n") || was?.mainGoal || "";
    if (mainGoal === "") {
      problems.push({ code: "missing_main_goal", message: "The area has no «Hovedmål» section", sheet: d.heading });
    }
    const strategies = d.strategies.length > 0 ? d.strategies : (was?.strategies ?? []);
    const measures = d.measures.map((draft, mi): Measure => {
      locations.push({ ai, mi, draft });
      const same = (m: Measure) => !usedMeasures.has(m) && sameText(m.title) === sameText(draft.title);
      const old = was?.measures.find(same) ?? currentMeasures.find((c) => same(c.measure))?.measure;
      if (old) usedMeasures.add(old);
      const measureKey = uniqueKey(old?.key ?? `${key}-${slug(draft.title, 4)}`, itemKeys);
      const activities = draft.activities.map((a, xi): Activity => {
        const oldActivity = old?.activities.find(
          (x) => sameText(x.title) === sameText(a.title) && !itemKeys.has(x.key),
        );
        const activityKey = uniqueKey(oldActivity?.key ?? `${measureKey}-${slug(a.title, 3)}`, itemKeys);
        const own = fill(activityKey, (e) => e.byActivity.get(xi) ?? [], draft, oldActivity);
        // The export writes no activity description: with none in the document, the current one stays.
        const description = a.description.length > 0 ? keepOwn(a.description, oldActivity?.description) : null;
        return {
          key: activityKey,
          title: a.title,
          description: description ?? oldActivity?.description ?? null,
          ...own,
        };
      });
      let strategyNumbers = draft.strategies;
      if (strategies.length === 0 && strategyNumbers.some((n) => n !== "unknown")) {
        skipped.push(`${draft.sheet}, row ${draft.row}: strategy numbers left out, as the area lists no strategies`);
        strategyNumbers = strategyNumbers.filter((n) => n === "unknown");
      }
      return {
        key: measureKey,
        title: draft.title,
        description: keepOwn(draft.description, old?.description),
        strategyNumbers,
        activities,
        ...fill(measureKey, (e) => e.own, draft, old),
        flagshipKey: old?.flagshipKey ?? null,
      };
    });
    const subGoals = d.subGoals.length > 0 ? d.subGoals : (was?.subGoals ?? []);
    return { key, kind: d.kind, number: d.number, title: d.title, mainGoal, subGoals, strategies, measures };
  });

  const plan = current === null ? newPlan(doc, focusAreas) : carryOver(current, focusAreas, skipped);
  if (plan === null) return { ok: false, problems, skipped };
  const parsed = PlanDocument.safeParse(plan);
  const found = parsed.success
    ? checkPlanReferences(parsed.data).map((p) => ({ path: p.path, message: p.message, code: p.code ?? "invalid" }))
    : parsed.error.issues.map((i) => ({ path: formatJsonPath(i.path), message: i.message, code: i.code as string }));
  for (const p of found) problems.push(place(p, locations, areas));
  if (problems.length > 0 || !parsed.success) return { ok: false, problems, skipped };
  return { ok: true, plan: parsed.data satisfies PlanDocumentInput, skipped };
}

/**
 * A description from its paragraphs, joined by line breaks; the current plan's own text when it
 * has the same paragraphs (so its blank lines, which a document cannot show, are kept).
 */
function keepOwn(paragraphs: string[], was: string | null | undefined): string | null {
  if (paragraphs.length === 0) return null;
  const own = was
    ?.split(/\r?\n+/)
    .map((p) => p.trim())
    .filter((p) => p !== "");
  if (own !== undefined && own.join("\n") === paragraphs.join("\n")) return was ?? null;
  return paragraphs.join("\n");
}

function emptyLists() {
  return { mainGoal: [], subGoals: [], strategies: [], measures: [] };
}

const COLUMN_OF: Record<string, ColumnKind> = {
  title: "measure",
  description: "measure",
  activities: "measure",
  strategyNumbers: "strategy",
  indicators: "indicator",
  funding: "funding",
  responsibility: "responsibility",
  start: "start",
};

/** A JSON-path problem placed at the table row and column it came from. */
function place(
  p: { path: string; message: string; code: string },
  locations: { ai: number; mi: number; draft: MeasureDraft }[],
  areas: DraftArea[],
): ImportProblem {
  const m = p.path.match(/^\$\.focusAreas\[(\d+)\](?:\.measures\[(\d+)\](?:\.activities\[\d+\])?\.?(\w+)?)?/);
  if (!m) return { code: p.code, message: p.message, path: p.path };
  const ai = Number(m[1]);
  const at = locations.find((l) => l.ai === ai && l.mi === Number(m[2]));
  if (m[2] === undefined || at === undefined) return { ...p, sheet: areas[ai]?.heading ?? `Area ${ai + 1}` };
  const column = at.draft.headers[COLUMN_OF[m[3] ?? "title"] ?? "measure"];
  return { ...p, sheet: at.draft.sheet, row: at.draft.row, ...(column ? { column } : {}) };
}

/** The current plan with its areas replaced, and anything pointing at what is gone left out. */
function carryOver(current: PlanDocument, focusAreas: FocusArea[], skipped: string[]): PlanDocumentInput {
  const areaKeys = new Set(focusAreas.map((a) => a.key));
  const items = new Map<string, Set<string>>();
  const indicatorsOf = (x: { indicators: Indicator[] }) => new Set(x.indicators.map((i) => i.key));
  for (const m of focusAreas.flatMap((a) => a.measures)) {
    items.set(`${m.key}/`, indicatorsOf(m));
    for (const a of m.activities) items.set(`${m.key}/${a.key}`, indicatorsOf(a));
  }
  const statusReports = current.statusReports.flatMap((r) => {
    const known = items.get(`${r.measureKey}/${r.activityKey ?? ""}`);
    if (known === undefined) return [];
    return [{ ...r, indicatorValues: r.indicatorValues.filter((v) => known.has(v.indicatorKey)) }];
  });
  const dropped = current.statusReports.length - statusReports.length;
  if (dropped > 0) skipped.push(`${dropped} status reports on measures or activities no longer in the plan`);
  return {
    ...current,
    focusAreas,
    flagships: current.flagships.map((f) =>
      f.focusAreaKey !== null && !areaKeys.has(f.focusAreaKey) ? { ...f, focusAreaKey: null } : f,
    ),
    relatedPlans: current.relatedPlans.map((r) => ({
      ...r,
      links: r.links.filter((l) => areaKeys.has(l.focusAreaKey)),
    })),
    statusReports,
  };
}

/** A plan with no current one: the title, period and organization read from the document's opening. */
function newPlan(doc: DraftDocument, focusAreas: FocusArea[]): PlanDocumentInput | null {
  const title = doc.title ?? doc.preamble[0] ?? null;
  const texts = [title ?? "", ...doc.preamble];
  const period = texts
    .map((t) => t.match(/\b(\d{4})\s*(?:[-–—]|til|to)\s*(\d{4})\b/))
    .find((m) => m !== null && m !== undefined);
  const starts = focusAreas.flatMap((a) =>
    a.measures.flatMap((m) => [m.start, ...m.activities.map((x) => x.start)]).flatMap((s) => (s?.year ? [s.year] : [])),
  );
  const firstYear = period ? Number(period[1]) : starts.length > 0 ? Math.min(...starts) : null;
  const lastYear = period ? Number(period[2]) : starts.length > 0 ? Math.max(...starts) : null;
  if (title === null || firstYear === null || lastYear === null) {
    doc.problems.push({
      code: "missing_plan_period",
      message: "The document names no plan title with its period (e.g. a Title paragraph «Handlingsplan 2024–2026»)",
    });
    return null;
  }
  const org = texts.map((t) => t.match(/(\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?)\s+(fylkes)?kommune\b/u)).find(Boolean);
  const organization = org
    ? { key: slug(org[0], 4), name: org[0], kind: org[2] ? ("county" as const) : ("municipality" as const) }
    : { key: "organisasjon", name: "Organisasjon", kind: "other" as const };
  if (!org) doc.skipped.push("No organization named in the document's opening; it is called «Organisasjon»");
  return {
    format: "planspor/1",
    organization,
    actionPlan: { key: slug(title, 8), title, firstYear, lastYear, revision: { number: 1 } },
    focusAreas,
  };
}
