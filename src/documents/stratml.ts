/**
 * The plan as StratML (ISO 17469-1): Part 1, the strategic plan (`planStratml`), and Part 2, a
 * performance report with the indicators, their targets and the reported results
 * (`performanceStratml`). Both are valid against the official schemas in `standards/stratml/`.
 *
 * The mapping (docs/ARCHITECTURE.md, «StratML»): the action plan is the StrategicPlan; each area a
 * Goal (its main goal the Description); each sub-goal, strategy and measure an Objective, told
 * apart by their Identifier (`subgoal.<area>.<n>`, `strategy.<area>.<n>`, `measure.<key>`), since
 * StratML's Objective is both «performance goal» and «strategy»; actors are the Organization's
 * Stakeholders and each measure's responsible and partner actors its Stakeholders. Activities,
 * funding and starts have no StratML element: they are written as sentences in the measure's
 * OtherInformation, for people, and are not read back.
 */
import type { Actor, FocusArea, Measure, PlanDocument, StatusReport } from "../domain/plan-schema.js";
import { activityObjective, performanceIndicator } from "./stratml-indicators.js";
import {
  el,
  optional,
  PART1_NAMESPACE,
  PART2_NAMESPACE,
  planId,
  withMeta,
  type XmlNode,
  xmlDocument,
} from "./stratml-xml.js";

type Part = 1 | 2;

const AREA_WORDS = { focus_area: "Satsingsområde", strategic_move: "Strategisk grep" } as const;
const ACTOR_KIND_WORDS = {
  internal_unit: "Intern enhet",
  political_body: "Politisk organ",
  external_partner: "Ekstern partner",
} as const;
const ORGANIZATION_KIND_WORDS = { municipality: "Kommune", county: "Fylkeskommune", region: "Region", other: "" };

const capitalized = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

function planInformation(plan: PlanDocument): string {
  const { actionPlan: p } = plan;
  const adopted = p.revision.adoptedOn === null ? "" : `, vedtatt ${p.revision.adoptedOn}`;
  const ref = p.revision.decisionRef === null ? "" : ` (${p.revision.decisionRef})`;
  return withMeta(`Handlingsplan ${p.firstYear}–${p.lastYear}, revisjon ${p.revision.number}${adopted}${ref}.`, {
    format: plan.format,
    plan: p.key,
    revision: p.revision.number,
    decision: p.revision.decisionRef,
  });
}

function organization(plan: PlanDocument, part: Part): XmlNode {
  const org = plan.organization;
  return el("Organization", [
    el("Name", org.name),
    el("Identifier", planId("org", org.key)),
    el(
      "Description",
      withMeta(ORGANIZATION_KIND_WORDS[org.kind] || null, { kind: org.kind, number: org.officialNumber }),
    ),
    ...plan.actors.map((actor) =>
      stakeholder(actor, withMeta(ACTOR_KIND_WORDS[actor.kind], { actor: actor.key, kind: actor.kind }), null, part),
    ),
  ]);
}

function stakeholder(actor: Actor, description: string, role: string | null, part: Part): XmlNode {
  // Part 2 gives a stakeholder a Role (a «Performer» does the work); Part 1 has only the description.
  const roleNode = part === 2 && role !== null ? el("Role", [el("Name", role), el("RoleType", "Performer")]) : null;
  return {
    name: "Stakeholder",
    attrs: { StakeholderTypeType: "Organization" },
    children: [el("Name", actor.name), el("Description", description), roleNode],
  };
}

function vision(plan: PlanDocument): XmlNode | null {
  const sp = plan.strategicPlan;
  if (sp === null) return null;
  return el("Vision", [
    el("Description", withMeta(sp.title, { firstYear: sp.firstYear, lastYear: sp.lastYear })),
    el("Identifier", planId("strategicplan", sp.key)),
  ]);
}

function measureInformation(plan: PlanDocument, measure: Measure): string {
  const lines: string[] = [];
  const numbers = measure.strategyNumbers.map((n) => (n === "unknown" ? "?" : String(n)));
  const strategyWord = capitalized(plan.actionPlan.levelNames?.strategy.singular ?? "strategi");
  if (numbers.length > 0) lines.push(`${strategyWord} ${numbers.join(", ")}`);
  if (measure.responsibility !== null) lines.push(`Ansvar: ${measure.responsibility.text}`);
  if (measure.start !== null) lines.push(`Oppstart: ${measure.start.text}`);
  for (const line of measure.funding) lines.push(`Finansiering: ${line.text}`);
  for (const activity of measure.activities) lines.push(`Aktivitet: ${activity.title}`);
  for (const indicator of measure.indicators) lines.push(`Indikator: ${indicator.text}`);
  const flagship = plan.flagships.find((f) => f.key === measure.flagshipKey);
  if (flagship !== undefined) lines.push(`Fyrtårn: ${flagship.title}`);
  return withMeta(lines.join("\n") || null, {
    strategies: measure.strategyNumbers.join(","),
    responsibility: measure.responsibility?.text,
  });
}

function measureStakeholders(plan: PlanDocument, measure: Measure, part: Part): XmlNode[] {
  const r = measure.responsibility;
  if (r === null) return [];
  const byKey = new Map(plan.actors.map((a) => [a.key, a]));
  const roles = [
    ...r.responsibleActorKeys.map((key) => ({ key, role: "responsible", word: "Ansvarlig" })),
    ...r.partnerActorKeys.map((key) => ({ key, role: "partner", word: "Samarbeidspartner" })),
  ];
  return roles.flatMap(({ key, role, word }) => {
    const actor = byKey.get(key);
    return actor === undefined ? [] : [stakeholder(actor, withMeta(word, { actor: key, role }), word, part)];
  });
}

function measureObjective(plan: PlanDocument, measure: Measure, index: number, part: Part): XmlNode[] {
  const reports = part === 2 ? reportsOf(plan.statusReports, measure.key) : [];
  const own = measure.indicators.map((indicator, i) => performanceIndicator(indicator, i + 1, reports, null));
  const objective = el("Objective", [
    el("Name", measure.title),
    optional("Description", measure.description),
    el("Identifier", planId("measure", measure.key)),
    el("SequenceIndicator", String(index + 1)),
    ...measureStakeholders(plan, measure, part),
    el("OtherInformation", measureInformation(plan, measure)),
    ...(part === 2 ? own : []),
  ]);
  // Activities follow their measure as Objectives of their own, since StratML does not nest
  // Objectives; in Part 2 they carry the activity's indicators and results.
  const activities = measure.activities.map((activity, i) =>
    activityObjective(measure, activity, i + 1, part === 2 ? reports : null),
  );
  return [objective, ...activities];
}

/** A measure's reports, oldest period first, as the results of its indicators are listed. */
function reportsOf(reports: StatusReport[], measureKey: string): StatusReport[] {
  return reports.filter((r) => r.measureKey === measureKey).sort((a, b) => a.period.localeCompare(b.period));
}

function numberedObjectives(area: FocusArea, kind: "subgoal" | "strategy", word: string): XmlNode[] {
  const items = kind === "subgoal" ? area.subGoals : area.strategies;
  return items.map((item) =>
    el("Objective", [
      el("Name", `${word} ${item.number}`),
      el("Description", item.text),
      el("Identifier", planId(kind, area.key, item.number)),
      el("SequenceIndicator", `${kind === "subgoal" ? "D" : "S"}${item.number}`),
    ]),
  );
}

function goal(plan: PlanDocument, area: FocusArea, part: Part): XmlNode {
  const names = plan.actionPlan.levelNames;
  const areaWord =
    names === null
      ? AREA_WORDS[area.kind]
      : capitalized(names[area.kind === "focus_area" ? "focusArea" : "strategicMove"].singular);
  return el("Goal", [
    el("Name", area.title),
    el("Description", area.mainGoal),
    el("Identifier", planId("area", area.key)),
    el("SequenceIndicator", String(area.number)),
    el("OtherInformation", withMeta(`${areaWord} ${area.number}`, { kind: area.kind, number: area.number })),
    ...numberedObjectives(area, "subgoal", capitalized(names?.subGoal.singular ?? "delmål")),
    ...numberedObjectives(area, "strategy", capitalized(names?.strategy.singular ?? "strategi")),
    ...area.measures.flatMap((m, i) => measureObjective(plan, m, i, part)),
  ]);
}

/** The schema asks for at least one Goal; a plan without areas gets one that says so, and is read back as none. */
function placeholderGoal(plan: PlanDocument): XmlNode {
  return el("Goal", [
    el("Name", plan.actionPlan.title),
    el("Description", "Planen har ingen satsingsområder ennå."),
    el("OtherInformation", withMeta(null, { placeholder: "yes" })),
  ]);
}

function core(plan: PlanDocument, part: Part): XmlNode {
  const goals = plan.focusAreas.map((area) => goal(plan, area, part));
  return el("StrategicPlanCore", [
    organization(plan, part),
    vision(plan),
    ...(goals.length > 0 ? goals : [placeholderGoal(plan)]),
  ]);
}

function administrative(plan: PlanDocument): XmlNode {
  const p = plan.actionPlan;
  return el("AdministrativeInformation", [
    el("StartDate", `${p.firstYear}-01-01`),
    el("EndDate", `${p.lastYear}-12-31`),
    optional("PublicationDate", p.revision.adoptedOn),
  ]);
}

function introduction(plan: PlanDocument): XmlNode | null {
  // Paragraphs are separated by an empty line, and read back the same way.
  return optional("Description", plan.actionPlan.introduction.join("\n\n"));
}

/** The plan as StratML Part 1 (ISO 17469-1). */
export function planStratml(plan: PlanDocument): string {
  return xmlDocument({
    name: "StrategicPlan",
    attrs: { xmlns: PART1_NAMESPACE },
    children: [
      el("Name", plan.actionPlan.title),
      introduction(plan),
      el("OtherInformation", planInformation(plan)),
      core(plan, 1),
      administrative(plan),
    ],
  });
}

/** The plan's indicators with targets and reported results as a StratML Part 2 performance report. */
export function performanceStratml(plan: PlanDocument): string {
  return xmlDocument({
    name: "PerformancePlanOrReport",
    attrs: { xmlns: PART2_NAMESPACE, Type: "Performance_Report" },
    children: [
      el("Name", plan.actionPlan.title),
      introduction(plan),
      el("OtherInformation", planInformation(plan)),
      core(plan, 2),
      administrative(plan),
    ],
  });
}
