/**
 * The parts the synthetic plans are made of: a seeded PRNG, the words titles are made from, and
 * builders for indicators, indicator values, funding lines and starts. `generate.ts` puts them
 * together into plans.
 */
import type { FundingLine, Indicator, IndicatorKind, IndicatorValue, StartKind } from "../../src/domain/plan-schema.js";

/** mulberry32: a tiny 32-bit PRNG, good enough to vary test data, the same on every platform. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Random = {
  next(): number;
  int(min: number, max: number): number;
  pick<T>(list: readonly T[]): T;
  chance(p: number): boolean;
};

export function random(seed: number): Random {
  const next = mulberry32(seed);
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (list) => {
      const item = list[Math.floor(next() * list.length)];
      if (item === undefined) throw new Error("pick from an empty list");
      return item;
    },
    chance: (p) => next() < p,
  };
}

// Words for titles, so that search has Norwegian text to stem and rank, shared across plans as real plans share them.
export const VERBS = [
  "Etablere",
  "Gjennomføre",
  "Utvikle",
  "Styrke",
  "Videreføre",
  "Kartlegge",
  "Samordne",
  "Arrangere",
];
export const OBJECTS = [
  "bedriftsbesøk i industrien",
  "nettverk for reiselivsbedrifter",
  "møteplasser for gründere",
  "samarbeid med universitetet",
  "tilbud om næringsarealer",
  "kompetanseprogram for landbruket",
  "digitale tjenester for næringslivet",
  "tiltak for grønn omstilling",
  "rekruttering av fagarbeidere",
  "profilering av regionen",
  "sentrumsutvikling og handel",
  "innovasjonsprosjekter i helse og omsorg",
];
export const AREA_TITLES = [
  "Industri og teknologi",
  "Reiseliv og opplevelser",
  "Landbruk og mat",
  "Helse og velferd",
  "Handel og sentrum",
  "Kunnskap og kompetanse",
  "Attraktivitet og profilering",
  "Samarbeid i regionen",
];
export const UNITS = [
  "Næring",
  "Strategi og utvikling",
  "Helse og omsorg",
  "Landbruk",
  "Utbygging",
  "Kultur",
  "Oppvekst",
];
export const PARTNERS = ["Regionrådet", "Universitetet", "Fylkeskommunen", "Innovasjon Norge", "Næringsforeningen"];
const NAME_START = ["Nord", "Sør", "Øst", "Vest", "Stor", "Li", "Berg", "Dal", "Fjell", "Strand", "Skog", "Elve"];
const NAME_END = ["dal", "vik", "berg", "land", "sund", "heim", "fjord", "by", "stad", "øy", "haug", "ås"];

export const STATUSES = ["not_started", "ongoing", "ongoing", "ongoing", "completed", "postponed"] as const;
export const ASSESSMENTS = ["on_track", "on_track", "at_risk", "off_track"] as const;

/** A key from a text: lower-case a–z and digits, single hyphens (the format's Key). */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .replaceAll("æ", "ae")
    .replaceAll("ø", "o")
    .replaceAll("å", "a")
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** The tertials from `firstYear`, `count` of them: 2024-T1, 2024-T2, … */
export function tertials(firstYear: number, count: number): string[] {
  return Array.from({ length: count }, (_, i) => `${firstYear + Math.floor(i / 3)}-T${(i % 3) + 1}`);
}

/** The day a tertial's report is written: some days after the tertial ends (deterministic). */
export function reportedAt(period: string, day: number): string {
  const year = Number(period.slice(0, 4));
  const tertial = Number(period.slice(-1));
  // The month after the tertial's last (April, August, December), within its first four weeks.
  const month = tertial * 4 + 1;
  const date = month > 12 ? `${year + 1}-01` : `${year}-${String(month).padStart(2, "0")}`;
  return `${date}-${String(1 + (day % 27)).padStart(2, "0")}T10:00:00+01:00`;
}

export const INDICATOR_KINDS: readonly IndicatorKind[] = [
  "count",
  "yes_no",
  "percentage",
  "score",
  "milestone",
  "text",
];

export function indicator(rng: Random, key: string, kind: IndicatorKind, lastYear: number): Indicator {
  const target =
    kind === "count"
      ? rng.int(2, 50)
      : kind === "percentage"
        ? rng.int(10, 90)
        : kind === "score"
          ? rng.int(3, 6)
          : null;
  const texts: Record<IndicatorKind, string> = {
    count: `${target ?? 0} ${rng.pick(["bedriftsbesøk", "arrangementer", "deltakere", "nye arbeidsplasser"])}`,
    yes_no: rng.pick(["Gjennomført", "Avtale inngått", "Plan vedtatt"]),
    percentage: `${target ?? 0} % av bedriftene deltar`,
    score: `Score ${target ?? 0} i næringslivsundersøkelsen`,
    milestone: `Ferdigstilt innen ${lastYear}`,
    text: "Beskrivelse av resultatene",
  };
  return {
    key,
    text: texts[kind],
    kind,
    target,
    baseline: kind === "percentage" && rng.chance(0.5) ? rng.int(0, 9) : null,
    unit: kind === "count" ? "antall" : kind === "percentage" ? "prosent" : null,
    recurrence: kind === "count" && rng.chance(0.4) ? "yearly" : "once",
    deadline: kind === "milestone" ? `${lastYear}-12-31` : null,
  };
}

export function indicatorValue(rng: Random, ind: Indicator, period: string, share: number): IndicatorValue {
  const value: IndicatorValue["value"] = (() => {
    switch (ind.kind) {
      case "count":
      case "percentage":
      case "score":
        return Math.round((ind.target ?? 10) * share * (0.6 + rng.next() * 0.6));
      case "yes_no":
        return share > 0.6 && rng.chance(0.7);
      case "milestone":
        return `${period.slice(0, 4)}-${String(rng.int(1, 12)).padStart(2, "0")}-${String(rng.int(1, 28)).padStart(2, "0")}`;
      case "text":
        return rng.pick(["God framdrift", "Noe forsinket", "Arbeidet er i gang", "Avventer finansiering"]);
    }
  })();
  return { indicatorKey: ind.key, value };
}

/** «1 250 000»: grouped by hand, since toLocaleString depends on the ICU data Node was built with. */
function kroner(amount: number): string {
  return String(amount).replace(/\B(?=(\d{3})+(?!\d))/g, " ");
}

export function funding(rng: Random, firstYear: number, lastYear: number): FundingLine[] {
  const lines: FundingLine[] = [];
  const roll = rng.next();
  if (roll < 0.35) {
    lines.push({
      kind: "within_budget",
      amountNok: null,
      recurrence: null,
      years: [],
      fundingSourceKey: null,
      text: "Finansieres innenfor egne rammer",
    });
  } else if (roll < 0.6) {
    const amount = rng.int(1, 20) * 50_000;
    lines.push({
      kind: "budget_increase",
      amountNok: amount,
      recurrence: "yearly",
      years: [firstYear + 1, lastYear].filter((y, i, all) => all.indexOf(y) === i),
      fundingSourceKey: null,
      text: `Vil kreve økt ramme på kr ${kroner(amount)},- årlig`,
    });
  } else if (roll < 0.8) {
    lines.push({
      kind: "shared_source",
      amountNok: null,
      recurrence: null,
      years: [],
      fundingSourceKey: "regionalt-program",
      text: "Finansieres gjennom det regionale næringsprogrammet",
    });
  } else if (roll < 0.9) {
    const amount = rng.int(2, 40) * 25_000;
    lines.push({
      kind: "project_funding",
      amountNok: amount,
      recurrence: "once",
      years: [firstYear],
      fundingSourceKey: null,
      text: `Prosjektmidler, kr ${kroner(amount)},-`,
    });
  } else {
    lines.push({
      kind: "to_be_clarified",
      amountNok: null,
      recurrence: null,
      years: [],
      fundingSourceKey: null,
      text: "Finansiering må avklares",
    });
  }
  return lines;
}

type StartInput = { kind: StartKind; year: number | null; half: 1 | 2 | null; text: string };

export function start(rng: Random, firstYear: number): StartInput {
  const kind: StartKind = rng.pick(["year", "year", "half_year", "ongoing", "continuous", "condition"] as const);
  switch (kind) {
    case "year": {
      const year = firstYear + rng.int(0, 1);
      return { kind, year, half: null, text: String(year) };
    }
    case "half_year": {
      const year = firstYear + rng.int(0, 1);
      const half = rng.chance(0.5) ? 1 : 2;
      return { kind, year, half, text: `${half === 1 ? "Første" : "Andre"} halvår ${year}` };
    }
    case "ongoing":
      return { kind, year: null, half: null, text: "Pågår" };
    case "continuous":
      return { kind, year: null, half: null, text: "Fortløpende" };
    case "condition":
      return { kind, year: null, half: null, text: "Må avklares med samarbeidspartnerne" };
  }
}

/** A municipality-like name from the organization's index: unique, and the same for the same index. */
export function organizationName(index: number): string {
  const start = NAME_START[index % NAME_START.length] ?? "Ny";
  const end = NAME_END[Math.floor(index / NAME_START.length) % NAME_END.length] ?? "by";
  const round = Math.floor(index / (NAME_START.length * NAME_END.length));
  return `${start}${end}${round > 0 ? ` ${round + 1}` : ""}`;
}
