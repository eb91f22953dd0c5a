/**
 * The words for a comparison of two revisions (`compare-revisions.ts`): what each changed field is
 * called, and each value before and after as a reader would write it — actor names rather than
 * keys, «kr 1 000 000» rather than 1000000, titles in order rather than a list of keys. Pure and
 * free of the UI: the web's comparison page and the council's document (Word, PDF) both use it, so
 * the change reads the same in both. A value of a shape not known here is given as compact JSON.
 */
import { formatDate, formatNok, formatNumber, type Locale } from "./format.js";
import type { Level, LevelNames, PlanDocument } from "./plan-schema.js";
import { periodLabel } from "./reporting-periods.js";
import type { FieldChange } from "./revision-model.js";
import { FUNDING_KIND_WORDS, LEVEL_WORDS } from "./vocabulary.js";

export type ComparisonScope = "plan" | "area" | "measure" | "activity";
/** The two revisions compared, to look keys up in; null when they are not at hand (keys are shown then). */
export type ComparisonContext = { before: PlanDocument; after: PlanDocument } | null;
type Json = FieldChange["before"];

const capitalize = (word: string) => word.charAt(0).toLocaleUpperCase("nb") + word.slice(1);
const level = (locale: Locale, name: Level, plural = false) =>
  capitalize(LEVEL_WORDS[locale][name][plural ? "plural" : "singular"]);

/** The words that are not a level's name, per language. */
const WORDS = {
  nb: {
    empty: "(tom)",
    yes: "ja",
    no: "nei",
    target: "mål",
    deadline: "frist",
    yearly: "per år",
    once: "én gang",
    responsible: "Ansvarlig",
    partners: "Samarbeidspartnere",
    tertial: "Tertialvis",
    yearlyReporting: "Årlig",
  },
  nn: {
    empty: "(tom)",
    yes: "ja",
    no: "nei",
    target: "mål",
    deadline: "frist",
    yearly: "per år",
    once: "éin gong",
    responsible: "Ansvarleg",
    partners: "Samarbeidspartnarar",
    tertial: "Tertialvis",
    yearlyReporting: "Årleg",
  },
  en: {
    empty: "(empty)",
    yes: "yes",
    no: "no",
    target: "target",
    deadline: "deadline",
    yearly: "per year",
    once: "once",
    responsible: "Responsible",
    partners: "Partners",
    tertial: "Every tertial",
    yearlyReporting: "Yearly",
  },
} as const satisfies Record<Locale, Record<string, string>>;

/** The field names that are the same in every scope (the level words are added in `labels`). */
const FIELD_WORDS = {
  nb: {
    title: "Tittel",
    description: "Beskrivelse",
    funding: "Finansiering",
    responsibility: "Ansvar",
    start: "Oppstart",
    flagshipKey: "Fyrtårnprosjekt",
    areaKey: "Flyttet fra område",
    kind: "Type",
    number: "Nummer",
    key: "Nøkkel",
    firstYear: "Første år",
    lastYear: "Siste år",
    introduction: "Innledning",
    flagshipIntroduction: "Innledning til fyrtårnprosjektene",
    relatedPlansIntroduction: "Innledning til andre planer",
    levelNames: "Navn på nivåene",
    reporting: "Rapportering",
    organization: "Organisasjon",
    strategicPlan: "Strategisk plan",
    actors: "Aktører",
    fundingSources: "Finansieringskilder",
    flagships: "Fyrtårnprosjekter",
    relatedPlans: "Andre planer og prosjekter",
    planTitle: "Planens tittel",
    measureOrder: "Rekkefølgen på tiltakene",
    activityOrder: "Rekkefølgen på deltiltakene",
  },
  nn: {
    title: "Tittel",
    description: "Skildring",
    funding: "Finansiering",
    responsibility: "Ansvar",
    start: "Oppstart",
    flagshipKey: "Fyrtårnprosjekt",
    areaKey: "Flytta frå område",
    kind: "Type",
    number: "Nummer",
    key: "Nøkkel",
    firstYear: "Første år",
    lastYear: "Siste år",
    introduction: "Innleiing",
    flagshipIntroduction: "Innleiing til fyrtårnprosjekta",
    relatedPlansIntroduction: "Innleiing til andre planar",
    levelNames: "Namn på nivåa",
    reporting: "Rapportering",
    organization: "Organisasjon",
    strategicPlan: "Strategisk plan",
    actors: "Aktørar",
    fundingSources: "Finansieringskjelder",
    flagships: "Fyrtårnprosjekt",
    relatedPlans: "Andre planar og prosjekt",
    planTitle: "Tittelen på planen",
    measureOrder: "Rekkjefølgja på tiltaka",
    activityOrder: "Rekkjefølgja på deltiltaka",
  },
  en: {
    title: "Title",
    description: "Description",
    funding: "Funding",
    responsibility: "Responsibility",
    start: "Start",
    flagshipKey: "Flagship project",
    areaKey: "Moved from area",
    kind: "Kind",
    number: "Number",
    key: "Key",
    firstYear: "First year",
    lastYear: "Last year",
    introduction: "Introduction",
    flagshipIntroduction: "Introduction to the flagship projects",
    relatedPlansIntroduction: "Introduction to other plans",
    levelNames: "Names of the levels",
    reporting: "Reporting",
    organization: "Organization",
    strategicPlan: "Strategic plan",
    actors: "Actors",
    fundingSources: "Funding sources",
    flagships: "Flagship projects",
    relatedPlans: "Other plans and projects",
    planTitle: "The plan's title",
    measureOrder: "The order of the measures",
    activityOrder: "The order of the activities",
  },
} as const satisfies Record<Locale, Record<string, string>>;

/** What a changed field is called, for the scope it belongs to: «Strategier», «Rekkefølgen på tiltakene». */
export function comparisonFieldLabel(field: string, scope: ComparisonScope, locale: Locale): string {
  const words: Record<string, string> = FIELD_WORDS[locale];
  switch (field) {
    case "title":
      return scope === "plan" ? FIELD_WORDS[locale].planTitle : FIELD_WORDS[locale].title;
    case "strategyNumbers":
    case "strategies":
      return level(locale, "strategy", true);
    case "indicators":
      return level(locale, "indicator", true);
    case "mainGoal":
      return level(locale, "mainGoal");
    case "subGoals":
      return level(locale, "subGoal", true);
    case "planTitle":
      return field;
    default:
      return words[field] ?? field;
  }
}

const isRecord = (value: unknown): value is Record<string, Json> =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const str = (value: Json | undefined): string | null => (typeof value === "string" ? value : null);
const isEmpty = (value: Json | undefined) =>
  value === null || value === undefined || value === "" || (Array.isArray(value) && value.length === 0);

/** Looks a key up in the later revision, then the earlier (so a key gone since is still named). */
function lookup<T extends { key: string }>(
  context: ComparisonContext,
  items: (plan: PlanDocument) => readonly T[],
  key: string,
): T | undefined {
  if (context === null) return undefined;
  return items(context.after).find((x) => x.key === key) ?? items(context.before).find((x) => x.key === key);
}

const measuresOf = (plan: PlanDocument) => plan.focusAreas.flatMap((a) => a.measures);
const activitiesOf = (plan: PlanDocument) => measuresOf(plan).flatMap((m) => m.activities);

/** The plan's own word for a level when the revision names it, else the language's. */
function areaWord(context: ComparisonContext, kind: string, locale: Locale): string {
  const name: Level = kind === "strategic_move" ? "strategicMove" : "focusArea";
  const own: LevelNames | null = context?.after.actionPlan.levelNames ?? null;
  return capitalize(own?.[name].singular ?? LEVEL_WORDS[locale][name].singular);
}

function areaText(context: ComparisonContext, key: string, locale: Locale): string {
  const area = lookup(context, (p) => p.focusAreas, key);
  return area === undefined ? key : `${areaWord(context, area.kind, locale)} ${area.number}: ${area.title}`;
}

function numberRefs(value: Json[]): string {
  return value.map((n) => (n === "unknown" ? "?" : typeof n === "number" ? String(n) : compact(n))).join(", ");
}

function indicatorText(value: Json, locale: Locale): string {
  if (!isRecord(value) || str(value.text) === null) return compact(value);
  const w = WORDS[locale];
  const unit = str(value.unit);
  const details: string[] = [];
  if (typeof value.target === "number") {
    const target = formatNumber(value.target, locale);
    details.push(
      `${w.target} ${unit === null ? target : `${target} ${unit}`}${value.recurrence === "yearly" ? ` ${w.yearly}` : ""}`,
    );
  }
  const deadline = str(value.deadline);
  if (deadline !== null) details.push(`${w.deadline} ${formatDate(deadline, locale)}`);
  return details.length === 0 ? String(value.text) : `${value.text} (${details.join(", ")})`;
}

function fundingText(value: Json, context: ComparisonContext, locale: Locale): string {
  if (!isRecord(value) || str(value.kind) === null) return compact(value);
  const w = WORDS[locale];
  const kinds: Record<string, string> = FUNDING_KIND_WORDS[locale];
  const kind = String(value.kind);
  const parts = [kinds[kind] ?? kind];
  if (typeof value.amountNok === "number") parts.push(formatNok(value.amountNok, locale));
  if (value.recurrence === "yearly") parts.push(w.yearly);
  if (value.recurrence === "once") parts.push(w.once);
  if (Array.isArray(value.years) && value.years.length > 0) parts.push(value.years.map(String).join(", "));
  const source = str(value.fundingSourceKey);
  if (source !== null) parts.push(lookup(context, (p) => p.fundingSources, source)?.name ?? source);
  const text = str(value.text);
  return text === null ? parts.join(", ") : `${parts.join(", ")} («${text}»)`;
}

function actorNames(keys: Json | undefined, context: ComparisonContext): string[] {
  if (!Array.isArray(keys)) return [];
  return keys.map((k) => (typeof k === "string" ? (lookup(context, (p) => p.actors, k)?.name ?? k) : compact(k)));
}

function responsibilityText(value: Json, context: ComparisonContext, locale: Locale): string {
  if (!isRecord(value)) return compact(value);
  const w = WORDS[locale];
  const responsible = actorNames(value.responsibleActorKeys, context);
  const partners = actorNames(value.partnerActorKeys, context);
  const named = [
    ...(responsible.length > 0 ? [`${w.responsible}: ${responsible.join(", ")}`] : []),
    ...(partners.length > 0 ? [`${w.partners}: ${partners.join(", ")}`] : []),
  ];
  const text = str(value.text);
  if (named.length === 0) return text ?? compact(value);
  return text === null ? named.join(". ") : `${named.join(". ")} («${text}»)`;
}

function orderText(keys: Json, find: (key: string) => string | undefined): string {
  if (!Array.isArray(keys)) return compact(keys);
  return keys.map((k, i) => `${i + 1}. ${typeof k === "string" ? (find(k) ?? k) : compact(k)}`).join("\n");
}

function reportingText(value: Json, locale: Locale): string {
  if (!isRecord(value) || !Array.isArray(value.periods)) return compact(value);
  const w = WORDS[locale];
  const frequency = value.frequency === "tertial" ? w.tertial : value.frequency === "yearly" ? w.yearlyReporting : "";
  const periods = value.periods.map((p) => {
    if (!isRecord(p) || str(p.period) === null) return compact(p);
    const label = periodLabel(String(p.period), locale);
    const deadline = str(p.deadline);
    return deadline === null ? label : `${label} (${w.deadline} ${formatDate(deadline, locale)})`;
  });
  return [frequency, ...periods].filter((x) => x !== "").join("\n");
}

/** The name of a thing of unknown kind: its name, title or text; null when it has none. */
function nameOf(value: Json): string | null {
  if (typeof value === "string") return value;
  if (!isRecord(value)) return null;
  return str(value.name) ?? str(value.title) ?? str(value.text);
}

function compact(value: Json | undefined): string {
  return JSON.stringify(value ?? null);
}

const YEAR_FIELDS = new Set(["firstYear", "lastYear", "number", "year"]);

/**
 * A field's value before or after, as text: «1, 3» for strategies, the indicators' texts with their
 * targets, each funding line in words, the actors' names, the area's number and title for a moved
 * measure, the titles in order for a new order, the names for a whole list. Empty: «(tom)».
 * Lists of several lines are joined by line breaks (`\n`).
 */
export function comparisonValueText(field: string, value: Json, context: ComparisonContext, locale: Locale): string {
  const w = WORDS[locale];
  if (isEmpty(value)) return w.empty;
  if (typeof value === "boolean") return value ? w.yes : w.no;
  if (typeof value === "number") return YEAR_FIELDS.has(field) ? String(value) : formatNumber(value, locale);
  switch (field) {
    case "strategyNumbers":
      return Array.isArray(value) ? numberRefs(value) : compact(value);
    case "indicators":
      return Array.isArray(value) ? value.map((x) => indicatorText(x, locale)).join("\n") : compact(value);
    case "funding":
      return Array.isArray(value) ? value.map((x) => fundingText(x, context, locale)).join("\n") : compact(value);
    case "responsibility":
      return responsibilityText(value, context, locale);
    case "start":
      return isRecord(value) ? (str(value.text) ?? compact(value)) : typeof value === "string" ? value : compact(value);
    case "areaKey":
      return typeof value === "string" ? areaText(context, value, locale) : compact(value);
    case "flagshipKey":
      return typeof value === "string" ? (lookup(context, (p) => p.flagships, value)?.title ?? value) : compact(value);
    case "kind":
      return typeof value === "string" && (value === "focus_area" || value === "strategic_move")
        ? areaWord(context, value, locale)
        : typeof value === "string"
          ? value
          : compact(value);
    case "measureOrder":
      return orderText(value, (k) => lookup(context, measuresOf, k)?.title);
    case "activityOrder":
      return orderText(value, (k) => lookup(context, activitiesOf, k)?.title);
    case "subGoals":
    case "strategies":
      return Array.isArray(value)
        ? value.map((x) => (isRecord(x) && str(x.text) !== null ? `${x.number}. ${x.text}` : compact(x))).join("\n")
        : compact(value);
    case "reporting":
      return reportingText(value, locale);
    case "levelNames":
      return isRecord(value)
        ? Object.values(value)
            .map((forms) => (isRecord(forms) ? (str(forms.singular) ?? compact(forms)) : compact(forms)))
            .join(", ")
        : compact(value);
    case "strategicPlan":
      if (isRecord(value) && str(value.title) !== null) {
        const years =
          typeof value.firstYear === "number" && typeof value.lastYear === "number"
            ? ` ${value.firstYear}–${value.lastYear}`
            : "";
        return `${value.title}${years}`;
      }
      break;
  }
  if (typeof value === "string") return value;
  if (Array.isArray(value)) {
    const names = value.map(nameOf);
    if (names.every((n): n is string => n !== null)) return names.join("\n");
    return compact(value);
  }
  return nameOf(value) ?? compact(value);
}
