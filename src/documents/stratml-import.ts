/**
 * A plan read from StratML: Part 1 (StrategicPlan) or Part 2 (PerformancePlanOrReport, whose
 * indicators, targets and results are read too), Planspor's own export or another tool's file.
 *
 * Planspor's own files are recognised by the «planspor: format=planspor/1» line of the plan's
 * OtherInformation; their identifiers and «planspor:» lines give back the keys, kinds and
 * references (see stratml-xml.ts), and the sentences written for people are not read back.
 * From other files we take what StratML says: Goals as areas, Objectives as measures, their
 * stakeholders as actors, indicators with targets and results; keys are made from the names.
 * What has no place in Planspor is listed in `skipped`, element by element.
 */
import {
  type Activity,
  type Actor,
  ActorKind,
  type FocusArea,
  FocusAreaKind,
  type Measure,
  type NumberedText,
  type NumberRef,
  type Organization,
  OrganizationKind,
  PLAN_FORMAT,
  type PlanDocument,
  type PlanDocumentInput,
  type Responsibility,
  type StrategicPlan,
} from "../domain/plan-schema.js";
import { parsePlanDocument } from "../domain/validate-plan.js";
import type { ParsedImport } from "./import-result.js";
import { clip, dateOf, type Owner, ReportCollector, readIndicator } from "./stratml-import-indicators.js";
import { keyFromName, type Pools, poolsFor } from "./stratml-keys.js";
import { ElementReader, readXml, type XmlElement } from "./stratml-read.js";
import { readPlanId, splitMeta } from "./stratml-xml.js";

const ROOTS = new Set(["StrategicPlan", "PerformancePlanOrReport"]);

type Context = { r: ElementReader; pools: Pools; ours: boolean; actors: ActorBook; reports: ReportCollector };

/** The plan's actors: the Organization's stakeholders first, then anyone a measure names. */
class ActorBook {
  readonly list: Actor[] = [];
  private readonly byKey = new Map<string, Actor>();
  private readonly byName = new Map<string, Actor>();

  constructor(private readonly pools: Pools) {}

  resolve(name: string, key: string | undefined, kind: ActorKind): Actor {
    // A Planspor key decides (two actors may share a name); another tool's stakeholder is found by name.
    const known = key !== undefined ? this.byKey.get(key) : this.byName.get(name.toLowerCase());
    if (known !== undefined) return known;
    const actor = { key: this.pools.actor.claim(key ?? null, name, "aktor"), name, kind };
    this.list.push(actor);
    this.byKey.set(actor.key, actor);
    if (!this.byName.has(name.toLowerCase())) this.byName.set(name.toLowerCase(), actor);
    return actor;
  }
}

const positive = (text: string | undefined | null): number | null =>
  text !== undefined && text !== null && /^[1-9][0-9]{0,8}$/.test(text.trim()) ? Number(text.trim()) : null;

function paragraphs(text: string | null): string[] {
  return (text ?? "")
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== "");
}

function readOrganization(ctx: Context, e: XmlElement | null, current: PlanDocument | null): Organization {
  const { r } = ctx;
  const fallback = current?.organization;
  if (e === null) {
    return fallback ?? { key: "organisasjon", name: "Organisasjon uten navn", kind: "other", officialNumber: null };
  }
  const name = r.text(e, "Name");
  const acronym = r.take(e, "Acronym");
  if (acronym !== null) r.skip(acronym, "the acronym is not kept");
  const id = readPlanId(r.text(e, "Identifier"));
  const { meta } = splitMeta(r.text(e, "Description"));
  const key =
    id?.kind === "org"
      ? id.key
      : (fallback?.key ?? (name === null ? "organisasjon" : keyFromName(name, "organisasjon")));
  const same = fallback?.key === key ? fallback : undefined;
  const number = meta.get("number");
  for (const s of r.all(e, "Stakeholder")) {
    const actorName = r.text(s, "Name");
    const d = splitMeta(r.text(s, "Description"));
    for (const role of r.all(s, "Role")) r.skip(role, "an organization stakeholder's role is not kept");
    r.done(s);
    if (actorName === null) r.skip(s, "a stakeholder without a name was skipped");
    else
      ctx.actors.resolve(
        clip(r, s, actorName, 4000),
        d.meta.get("actor"),
        ActorKind.safeParse(d.meta.get("kind")).data ?? "internal_unit",
      );
  }
  r.done(e);
  return {
    key,
    name: clip(r, e, name ?? same?.name ?? "Organisasjon uten navn", 4000),
    kind: OrganizationKind.safeParse(meta.get("kind")).data ?? same?.kind ?? "other",
    officialNumber: number !== undefined && /^\d{2}(\d{2})?$/.test(number) ? number : (same?.officialNumber ?? null),
  };
}

function readResponsibility(ctx: Context, o: XmlElement, metaText: string | undefined): Responsibility | null {
  const { r } = ctx;
  const responsible: string[] = [];
  const partners: string[] = [];
  const names: string[] = [];
  for (const s of r.all(o, "Stakeholder")) {
    const name = r.text(s, "Name");
    const d = splitMeta(r.text(s, "Description"));
    const roleWords = r.all(s, "Role").map((role) => {
      const words = [r.text(role, "Name"), r.text(role, "Description"), ...r.all(role, "RoleType").map((t) => t.text)];
      r.done(role);
      return words.join(" ");
    });
    r.done(s);
    if (name === null) {
      r.skip(s, "a stakeholder without a name was skipped");
      continue;
    }
    const actor = ctx.actors.resolve(clip(r, s, name, 4000), d.meta.get("actor"), "external_partner");
    const said = [d.text, ...roleWords].join(" ");
    const role = d.meta.get("role") ?? (/partner|samarbeid|beneficiary/i.test(said) ? "partner" : "responsible");
    const list = role === "partner" ? partners : responsible;
    if (!list.includes(actor.key)) list.push(actor.key);
    names.push(actor.name);
  }
  if (names.length === 0 && metaText === undefined) return null;
  return {
    text: clip(r, o, metaText ?? names.join(", "), 20000),
    responsibleActorKeys: responsible,
    partnerActorKeys: partners,
  };
}

function strategyNumbers(text: string | undefined): NumberRef[] {
  if (text === undefined || text === "") return [];
  return text.split(",").flatMap((n): NumberRef[] => {
    if (n.trim() === "unknown") return ["unknown"];
    const number = positive(n);
    return number === null ? [] : [number];
  });
}

/** Name and Description of an Objective as a title and a description; either may stand in for the other. */
function titled(ctx: Context, o: XmlElement, fallback: string): { title: string; description: string | null } {
  const name = ctx.r.text(o, "Name");
  const description = ctx.r.text(o, "Description");
  const title = name ?? description?.split("\n")[0]?.trim() ?? fallback;
  return {
    title: clip(ctx.r, o, title, 4000),
    description: description === null ? null : clip(ctx.r, o, description, 20000),
  };
}

function readMeasure(ctx: Context, o: XmlElement, key: string | null, n: number): Measure {
  const { r } = ctx;
  const { title, description } = titled(ctx, o, `Tiltak ${n}`);
  r.text(o, "SequenceIndicator");
  const info = splitMeta(r.text(o, "OtherInformation"));
  const measureKey = ctx.pools.measure.claim(key, title, "tiltak");
  const owner: Owner = { measureKey, activityKey: null };
  // Another tool's OtherInformation is the measure's own words; ours is sentences made from fields.
  const extra = ctx.ours ? null : info.text;
  return {
    key: measureKey,
    title,
    description:
      extra === null ? description : clip(r, o, [description, extra].filter((t) => t !== null).join("\n\n"), 20000),
    strategyNumbers: strategyNumbers(info.meta.get("strategies")),
    activities: [],
    indicators: r.all(o, "PerformanceIndicator").map((pi) => readIndicator(r, pi, ctx.pools, owner, ctx.reports)),
    funding: [],
    responsibility: readResponsibility(ctx, o, info.meta.get("responsibility")),
    start: null,
    flagshipKey: null,
  };
}

function readActivity(ctx: Context, o: XmlElement, key: string, measure: Measure): Activity {
  const { r } = ctx;
  const { title, description } = titled(ctx, o, `Aktivitet ${measure.activities.length + 1}`);
  r.text(o, "SequenceIndicator");
  r.text(o, "OtherInformation");
  for (const s of r.all(o, "Stakeholder")) r.skip(s, "an activity's stakeholders are not kept");
  const activityKey = ctx.pools.measure.claim(key, title, "aktivitet");
  const owner: Owner = { measureKey: measure.key, activityKey };
  return {
    key: activityKey,
    title,
    description,
    indicators: r.all(o, "PerformanceIndicator").map((pi) => readIndicator(r, pi, ctx.pools, owner, ctx.reports)),
    funding: [],
    responsibility: null,
    start: null,
  };
}

function readObjectives(ctx: Context, goal: XmlElement, area: FocusArea): void {
  const { r } = ctx;
  for (const o of r.all(goal, "Objective")) {
    const id = readPlanId(r.text(o, "Identifier"));
    if ((id?.kind === "subgoal" || id?.kind === "strategy") && id.number !== null && id.key === area.key) {
      const list: NumberedText[] = id.kind === "subgoal" ? area.subGoals : area.strategies;
      const { title, description } = titled(ctx, o, "");
      r.text(o, "SequenceIndicator");
      if (list.some((x) => x.number === id.number)) r.skip(o, `a second ${id.kind} ${id.number} was skipped`);
      else list.push({ number: id.number, text: description ?? title });
    } else if (id?.kind === "activity" && area.measures.length > 0) {
      const parentKey = splitMeta(o.children.find((c) => c.name === "OtherInformation")?.text ?? null).meta.get(
        "measure",
      );
      const parent = area.measures.find((m) => m.key === parentKey) ?? area.measures.at(-1);
      parent?.activities.push(readActivity(ctx, o, id.key, parent));
    } else {
      const key = id?.kind === "measure" ? id.key : null;
      area.measures.push(readMeasure(ctx, o, key, area.measures.length + 1));
    }
    r.done(o);
  }
}

function readGoal(ctx: Context, goal: XmlElement, numbers: Record<FocusAreaKind, Set<number>>): FocusArea | null {
  const { r } = ctx;
  const info = splitMeta(r.text(goal, "OtherInformation"));
  if (info.meta.get("placeholder") === "yes") {
    r.all(goal, "Name");
    r.all(goal, "Description");
    return null;
  }
  const name = r.text(goal, "Name");
  const mainGoal = r.text(goal, "Description");
  const id = readPlanId(r.text(goal, "Identifier"));
  const sequence = r.text(goal, "SequenceIndicator");
  const kind = FocusAreaKind.safeParse(info.meta.get("kind")).data ?? "focus_area";
  const used = numbers[kind];
  let number = positive(info.meta.get("number")) ?? positive(sequence) ?? used.size + 1;
  while (used.has(number)) number++;
  used.add(number);
  const title = clip(r, goal, name ?? mainGoal?.split("\n")[0] ?? `Mål ${number}`, 4000);
  if (mainGoal === null) r.skip(goal, "the Goal has no Description; its name stands as its main goal");
  if (!ctx.ours && info.text !== null) r.skip(goal, "the Goal's OtherInformation is not kept");
  for (const s of r.all(goal, "Stakeholder"))
    r.skip(s, "a Goal's stakeholders are not kept (actors belong to measures)");
  const area: FocusArea = {
    key: ctx.pools.area.claim(id?.kind === "area" ? id.key : null, title, "omrade"),
    kind,
    number,
    title,
    mainGoal: clip(r, goal, mainGoal ?? title, 20000),
    subGoals: [],
    strategies: [],
    measures: [],
  };
  readObjectives(ctx, goal, area);
  r.done(goal);
  return area;
}

/** Vision, Mission and Values: ours carry the strategic plan; another tool's become paragraphs of the introduction. */
function readStatements(ctx: Context, core: XmlElement, introduction: string[]): StrategicPlan | null {
  const { r } = ctx;
  let strategicPlan: StrategicPlan | null = null;
  for (const [element, word] of [
    ["Vision", "Visjon"],
    ["Mission", "Misjon"],
  ] as const) {
    const e = r.take(core, element);
    if (e === null) continue;
    const id = readPlanId(r.text(e, "Identifier"));
    const { text, meta } = splitMeta(r.text(e, "Description"));
    r.done(e);
    const year = (k: string) => positive(meta.get(k));
    if (id?.kind === "strategicplan" && text !== null) {
      strategicPlan = {
        key: id.key,
        title: clip(r, e, text, 4000),
        firstYear: year("firstYear"),
        lastYear: year("lastYear"),
      };
    } else if (text !== null) introduction.push(clip(r, e, `${word}: ${text}`, 20000));
  }
  for (const v of r.all(core, "Value")) {
    const text = [r.text(v, "Name"), r.text(v, "Description")].filter((t) => t !== null).join(": ");
    r.done(v);
    if (text !== "") introduction.push(clip(r, v, `Verdi: ${text}`, 20000));
  }
  return strategicPlan;
}

const yearOf = (date: string | null): number | null => (date === null ? null : Number(date.slice(0, 4)));

/** A plan read from StratML Part 1 (with Part 2 targets and results when present); `current` is the plan it would replace. */
export function parseStratml(bytes: Uint8Array, current: PlanDocument | null): ParsedImport {
  const root = readXml(bytes);
  if (!("children" in root)) return { ok: false, problems: [root], skipped: [] };
  if (!ROOTS.has(root.name)) {
    const message = `The root element is <${root.name}>, not StratML's <StrategicPlan> or <PerformancePlanOrReport>`;
    return { ok: false, problems: [{ code: "not_stratml", message, path: root.path }], skipped: [] };
  }
  const r = new ElementReader();
  const core = r.take(root, "StrategicPlanCore");
  if (core === null) {
    const message = "The file has no <StrategicPlanCore>, so no goals to read";
    return { ok: false, problems: [{ code: "not_stratml", message, path: root.path }], skipped: [] };
  }
  const name = r.text(root, "Name");
  const introduction = paragraphs(r.text(root, "Description"));
  const info = splitMeta(r.text(root, "OtherInformation"));
  const ours = info.meta.get("format") === PLAN_FORMAT;
  if (!ours && info.text !== null) introduction.push(...paragraphs(info.text));

  const admin = r.take(root, "AdministrativeInformation");
  const dates = { start: null as string | null, end: null as string | null, published: null as string | null };
  if (admin !== null) {
    r.text(admin, "Identifier");
    dates.start = dateOf(r.text(admin, "StartDate"));
    dates.end = dateOf(r.text(admin, "EndDate"));
    dates.published = dateOf(r.text(admin, "PublicationDate"));
    for (const e of [r.take(admin, "Source"), r.take(admin, "Submitter")]) if (e !== null) r.skip(e, "not kept");
    r.done(admin);
  }
  const submitter = r.take(root, "Submitter");
  if (submitter !== null) r.skip(submitter, "not kept");
  const firstYear = yearOf(dates.start) ?? current?.actionPlan.firstYear ?? yearOf(dates.end);
  const lastYear = yearOf(dates.end) ?? current?.actionPlan.lastYear ?? firstYear;
  if (firstYear === null || lastYear === null) {
    const message = "The plan period is unknown: AdministrativeInformation has neither StartDate nor EndDate";
    return {
      ok: false,
      problems: [{ code: "missing_period", message, path: `${root.path}/AdministrativeInformation` }],
      skipped: r.skipped,
    };
  }

  const pools = poolsFor(root);
  const ctx: Context = {
    r,
    pools,
    ours,
    actors: new ActorBook(pools),
    reports: new ReportCollector(r, { first: firstYear, last: lastYear }),
  };
  const organizations = r.all(core, "Organization");
  const organization = readOrganization(ctx, organizations[0] ?? null, current);
  for (const other of organizations.slice(1)) r.skip(other, "only the first Organization is read");
  const strategicPlan = readStatements(ctx, core, introduction);
  const numbers = { focus_area: new Set<number>(), strategic_move: new Set<number>() };
  const focusAreas = r.all(core, "Goal").flatMap((g) => readGoal(ctx, g, numbers) ?? []);
  r.done(core);
  r.done(root);

  const title = name ?? current?.actionPlan.title ?? "Plan uten navn";
  const revision = positive(info.meta.get("revision"));
  const input: PlanDocumentInput = {
    format: PLAN_FORMAT,
    organization,
    strategicPlan,
    actionPlan: {
      key: info.meta.get("plan") ?? current?.actionPlan.key ?? keyFromName(title, "plan"),
      title: clip(r, root, title, 4000),
      firstYear,
      lastYear,
      introduction: introduction.map((p) => clip(r, root, p, 20000)),
      revision: {
        number: revision ?? 1,
        adoptedOn: dates.published,
        decisionRef: info.meta.get("decision")?.slice(0, 200) ?? null,
      },
    },
    actors: ctx.actors.list,
    focusAreas,
    statusReports: ctx.reports.list(),
  };
  const parsed = parsePlanDocument(input);
  if (!parsed.ok) {
    // What the file says does not make a valid plan (a year out of range, say): placed in the plan, by JSON path.
    const problems = parsed.problems.map((p) => ({ code: p.code ?? "invalid_plan", message: p.message, path: p.path }));
    return { ok: false, problems, skipped: r.skipped };
  }
  return { ok: true, plan: parsed.plan, skipped: r.skipped };
}
