/**
 * Reading one table cell's words into the model's structured values, by rules a person can
 * predict (docs/ARCHITECTURE.md, «Word import»). The text is always kept as written; the kinds,
 * numbers and years beside it are what these rules could read, with a safe default otherwise.
 */
import { keyFromText } from "../domain/keys.js";
import type { Actor, FundingLine, Indicator, NumberRef, Start } from "../domain/plan-schema.js";

/** Title comparison: case, spacing and trailing punctuation do not make two titles differ. */
export function sameText(text: string): string {
  return text
    .normalize("NFC")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .replace(/[\s.:;,]+$/, "")
    .trim();
}

/** «Bedriftsbesøk i Øst» → `bedriftsbesok-i-ost`: æ → ae, ø → o, å → a, other accents dropped. */
export function slug(text: string, maxWords = 6): string {
  return keyFromText(text, { maxWords, maxLength: 60 }) || "punkt";
}

/** A bullet typed as text («- », «• », «– », «* ») and the text after it, or null. */
export function typedBullet(line: string): string | null {
  const m = line.match(/^\s*[-–—•▪◦●*·]\s+(.*)$/s);
  return m ? (m[1] ?? "").trim() : null;
}

/**
 * «1, 3», «1 og 3», «Strategi 2», «?»: the strategy numbers of a cell. Words like «Strategi» are
 * dropped; anything else that is neither a number nor «?» is returned as unreadable.
 */
export function readStrategies(text: string): { refs: NumberRef[]; unreadable: string[] } {
  const refs: NumberRef[] = [];
  const unreadable: string[] = [];
  const cleaned = text.replace(/\b(strategi(?:er|ar)?|strateg(?:y|ies)|nr\.?)\b/gi, " ");
  for (const token of cleaned.split(/[\s,;/&+]+|\bog\b|\band\b/i)) {
    const t = token.trim().replace(/[.)]$/, "");
    if (t === "" || /^[-–—]$/.test(t)) continue;
    if (/^\?+$/.test(t)) {
      if (!refs.includes("unknown")) refs.push("unknown");
    } else if (/^\d{1,3}$/.test(t) && Number(t) > 0) {
      if (!refs.includes(Number(t))) refs.push(Number(t));
    } else {
      const range = t.match(/^(\d{1,2})[-–](\d{1,2})$/);
      if (range && Number(range[1]) > 0 && Number(range[2]) >= Number(range[1])) {
        for (let n = Number(range[1]); n <= Number(range[2]); n++) if (!refs.includes(n)) refs.push(n);
      } else unreadable.push(t);
    }
  }
  return { refs, unreadable };
}

type StartInput = Pick<Start, "kind" | "year" | "half" | "text">;

/** «Pågår», «Fortløpende», «2025», «Oppstart i 2025», «Første/Andre halvår 2025»; else a condition. */
export function readStart(text: string): StartInput {
  const t = text.trim();
  const lower = t.toLowerCase().replace(/[.!]$/, "");
  if (/^(pågår|pågående|ongoing|in progress)$/.test(lower)) return { kind: "ongoing", year: null, half: null, text: t };
  if (/^(fortløpende|fortløpande|løpende|løpande|continuous)$/.test(lower)) {
    return { kind: "continuous", year: null, half: null, text: t };
  }
  const half = lower.match(/^(første|fyrste|1\.|andre|2\.)\s+halvår\s+(\d{4})$/);
  if (half)
    return { kind: "half_year", year: Number(half[2]), half: /^(andre|2\.)/.test(half[1] ?? "") ? 2 : 1, text: t };
  const year = lower.match(/^(?:oppstart\s+(?:i\s+)?|start\s+(?:in\s+)?)?(\d{4})$/);
  if (year) return { kind: "year", year: Number(year[1]), half: null, text: t };
  return { kind: "condition", year: null, half: null, text: t };
}

/** «årlig», «årlige», «årleg», «per år», «annual»: `\b` does not see «å» as a letter, hence the lookbehind. */
const YEARLY = /(?<!\p{L})(årlig|årleg|per år(?!\p{L})|annual|yearly)/iu;

const NUMBER_WORDS: Record<string, number> = { en: 1, ett: 1, én: 1, ei: 1, eitt: 1, one: 1, a: 1, an: 1 };

type IndicatorInput = Pick<Indicator, "kind" | "target" | "unit" | "recurrence" | "deadline">;

/**
 * «5 bedriftsbesøk …» → a count of 5 (unit «bedriftsbesøk»); «En søknad årlig» → 1, yearly;
 * «40 %» → a percentage; «Ja/Nei» → yes/no; «… ved utgangen av 2025» → deadline 31 December.
 * Everything else is free text.
 */
export function readIndicator(text: string): IndicatorInput {
  const t = text.trim();
  const recurrence = YEARLY.test(t) ? "yearly" : "once";
  const by = t.match(/\b(?:innen|innan|ved utgangen av|i løpet av|by|within)\s+(?:utgangen av\s+)?(\d{4})\b/i);
  const deadline = by ? `${by[1]}-12-31` : null;
  if (/^(ja\s*\/\s*nei|yes\s*\/\s*no)$/i.test(t)) {
    return { kind: "yes_no", target: null, unit: null, recurrence: "once", deadline: null };
  }
  const percent = t.match(/^(\d+(?:[.,]\d+)?)\s*(?:%|prosent\b)/i);
  if (percent) {
    return { kind: "percentage", target: Number(percent[1]?.replace(",", ".")), unit: "%", recurrence, deadline };
  }
  const count = t.match(/^(\d{1,7}|[\p{L}]+)\s+(?:årlige?\s+|nye?\s+)?([\p{L}][\p{L}-]*)/u);
  const n = count
    ? /^\d+$/.test(count[1] ?? "")
      ? Number(count[1])
      : NUMBER_WORDS[count[1]?.toLowerCase() ?? ""]
    : undefined;
  if (count && n !== undefined) return { kind: "count", target: n, unit: count[2] ?? null, recurrence, deadline };
  return { kind: "text", target: null, unit: null, recurrence: "once", deadline };
}

/** «kr. 1 000 000,-», «kr 300 000», «300 000 kroner», «1,5 mill. kr» → whole kroner, in order. */
export function amountsIn(text: string): number[] {
  const out: number[] = [];
  const digits = "(\\d{1,3}(?:[ .\\u00a0]\\d{3})+|\\d+)(?:,(\\d+))?";
  const re = new RegExp(`(?:kr\\.?|nok)\\s*${digits}|${digits}\\s*(mill(?:ioner|\\.)?|kr\\b|kroner|nok)`, "gi");
  for (const m of text.matchAll(re)) {
    const whole = (m[1] ?? m[3] ?? "").replace(/[ .\u00a0]/g, "");
    const decimals = m[2] ?? m[4];
    let value = Number(`${whole}${decimals && m[5] ? `.${decimals}` : ""}`);
    if (m[5] && /^mill/i.test(m[5])) value *= 1_000_000;
    if (Number.isFinite(value) && value > 0) out.push(Math.round(value));
  }
  return out;
}

type FundingInput = Pick<FundingLine, "kind" | "amountNok" | "recurrence" | "years" | "text">;

/**
 * The funding kind from the words, first rule that matches (Gjøvik's hand classification is the
 * reference, `plan-docx-import.test.ts`): «avklar» → to be clarified; «allerede avsatt» or
 * «finansieres med egen budsjettramme» → already allocated; «innenfor egne/egen ramme(r)» →
 * within budget; «årlig bidrag»/«årlig tilskudd» → annual contribution; «økt(e) … ramme»,
 * «krever økonomisk ramme» or a sum alone → budget increase; «egen finansiering», «egne/egen
 * økonomiske rammer» → separate funding; «prosjektmidler», «tilskudd», «søke midler» → project
 * funding. Anything else is «to be clarified», so that no money is counted that the text does not state.
 */
export function readFunding(text: string): FundingInput {
  const t = text.trim();
  const l = t.toLowerCase();
  const amounts = amountsIn(t);
  const years = [...new Set([...t.matchAll(/\b(19\d{2}|20\d{2}|21\d{2})\b/g)].map((m) => Number(m[1])))];
  const yearly = YEARLY.test(t);
  const line = (kind: FundingLine["kind"], amountNok: number | null): FundingInput => ({
    kind,
    amountNok,
    recurrence: yearly ? "yearly" : amountNok !== null && years.length > 0 ? "once" : null,
    years: kind === "already_allocated" || amountNok !== null ? years : [],
    text: t,
  });
  if (/avklar/.test(l)) return line("to_be_clarified", null);
  if (/allerede avsatt|finansieres med egen budsjettramme|already allocated/.test(l)) {
    return line("already_allocated", null);
  }
  if (/innenfor eg(?:en|ne) ramm|innanfor eig(?:a|ne) ramm|within (?:the )?(?:existing )?budget/.test(l)) {
    return line("within_budget", null);
  }
  if (/årlig (?:bidrag|tilskudd)|årleg (?:bidrag|tilskot)|annual contribution/.test(l)) {
    return line("annual_contribution", amounts[0] ?? null);
  }
  const increase = l.search(/økt\p{L}*\s+(?:\p{L}+\s+){0,2}\p{L}*ramm/u);
  if (increase >= 0 || /kreve[rs]? økonomisk ramme|budget increase/.test(l)) {
    // «Årlig bidrag kr 1 000 000, krever økt ramme på kr 300 000»: the increase is the sum after «økt».
    return line("budget_increase", amountsIn(t.slice(Math.max(increase, 0)))[0] ?? amounts[0] ?? null);
  }
  if (/egen finansiering|eigen finansiering|eg(?:en|ne) økonomisk\w* ramm|separate funding/.test(l)) {
    return line("separate_funding", amounts[0] ?? null);
  }
  if (/prosjektmidl|prosjektfinans|tilskudd|tilskot|søke midler|project fund/.test(l)) {
    return line("project_funding", amounts[0] ?? null);
  }
  if (amounts.length > 0) return line("budget_increase", amounts[0] ?? null);
  return line("to_be_clarified", null);
}

/**
 * The actors a responsibility text names, by their names in the plan (whole words, any case,
 * longest name first). Names before «i samarbeid (med)» are responsible, after it partners.
 * No actor is created: a name the plan does not know stays in the text only.
 */
export function readResponsibility(
  text: string,
  actors: readonly Actor[],
): { responsibleActorKeys: string[]; partnerActorKeys: string[] } {
  const split = text.search(/\bi samarbeid\b|\bin cooperation with\b|\bin collaboration with\b/i);
  const responsiblePart = split < 0 ? text : text.slice(0, split);
  const partnerPart = split < 0 ? "" : text.slice(split);
  const byLength = [...actors].sort((a, b) => b.name.length - a.name.length);
  const find = (part: string): string[] => {
    let rest = part.toLowerCase();
    const hits: { key: string; at: number }[] = [];
    for (const actor of byLength) {
      const name = actor.name.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      const re = new RegExp(`(?<![\\p{L}\\p{N}])${name}(?![\\p{L}\\p{N}])`, "u");
      const m = re.exec(rest);
      if (m === null) continue;
      hits.push({ key: actor.key, at: m.index });
      rest = rest.slice(0, m.index) + " ".repeat(m[0].length) + rest.slice(m.index + m[0].length);
    }
    return hits.sort((a, b) => a.at - b.at).map((h) => h.key);
  };
  const responsibleActorKeys = find(responsiblePart);
  const partnerActorKeys = find(partnerPart).filter((k) => !responsibleActorKeys.includes(k));
  return { responsibleActorKeys, partnerActorKeys };
}
