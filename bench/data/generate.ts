/**
 * Synthetic plans for the scale benchmarks: one action plan per organization, shaped like
 * Gjøvik's (areas of two kinds with sub-goals and strategies, measures citing strategies,
 * activities, indicators of every kind, funding lines and a shared funding source, responsible
 * units and partners, starts of every kind, flagships, related plans) and followed up over a
 * number of reporting periods with status reports and indicator values.
 *
 * Deterministic: everything comes from a seeded PRNG (mulberry32), never from Math.random or the
 * clock, so a seed names a dataset and two runs measure the same data.
 */
import type {
  FundingLine,
  Indicator,
  IndicatorKind,
  IndicatorValue,
  PlanDocument,
  PlanDocumentInput,
  StartKind,
} from "../../src/domain/plan-schema.js";
import { parsePlanDocument } from "../../src/domain/validate-plan.js";

export type DatasetOptions = {
  /** How many organizations, each with one action plan. */
  organizations: number;
  measuresPerPlan: number;
  /** Reporting periods (tertials) with status reports, from the plan's first; the plan lasts long enough to hold them. */
  periods: number;
  seed: number;
  /** The first organization's index (for adding organizations to a dataset without clashing keys); default 0. */
  firstIndex?: number;
};

/**
 * The named sizes. `gjovik` is the built-in plan alone (no generated organization); the loader
 * keeps the built-in plan beside any preset.
 */
export const PRESETS = {
  gjovik: { organizations: 0, measuresPerPlan: 0, periods: 0, seed: 1 },
  "1x1000": { organizations: 1, measuresPerPlan: 1000, periods: 9, seed: 1 },
  national: { organizations: 357, measuresPerPlan: 60, periods: 9, seed: 1 },
} as const satisfies Record<string, DatasetOptions>;
export type PresetName = keyof typeof PRESETS;

export function isPresetName(name: string): name is PresetName {
  return Object.hasOwn(PRESETS, name);
}

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

type Random = {
  next(): number;
  int(min: number, max: number): number;
  pick<T>(list: readonly T[]): T;
  chance(p: number): boolean;
};

function random(seed: number): Random {
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
const VERBS = ["Etablere", "Gjennomføre", "Utvikle", "Styrke", "Videreføre", "Kartlegge", "Samordne", "Arrangere"];
const OBJECTS = [
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
const AREA_TITLES = [
  "Industri og teknologi",
  "Reiseliv og opplevelser",
  "Landbruk og mat",
  "Helse og velferd",
  "Handel og sentrum",
  "Kunnskap og kompetanse",
  "Attraktivitet og profilering",
  "Samarbeid i regionen",
];
const UNITS = ["Næring", "Strategi og utvikling", "Helse og omsorg", "Landbruk", "Utbygging", "Kultur", "Oppvekst"];
const PARTNERS = ["Regionrådet", "Universitetet", "Fylkeskommunen", "Innovasjon Norge", "Næringsforeningen"];
const NAME_START = ["Nord", "Sør", "Øst", "Vest", "Stor", "Li", "Berg", "Dal", "Fjell", "Strand", "Skog", "Elve"];
const NAME_END = ["dal", "vik", "berg", "land", "sund", "heim", "fjord", "by", "stad", "øy", "haug", "ås"];

const STATUSES = ["not_started", "ongoing", "ongoing", "ongoing", "completed", "postponed"] as const;
const ASSESSMENTS = ["on_track", "on_track", "at_risk", "off_track"] as const;

/** A key from a text: lower-case a–z and digits, single hyphens (the format's Key). */
function slug(text: string): string {
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
function tertials(firstYear: number, count: number): string[] {
  return Array.from({ length: count }, (_, i) => `${firstYear + Math.floor(i / 3)}-T${(i % 3) + 1}`);
}

/** The day a tertial's report is written: some days after the tertial ends (deterministic). */
function reportedAt(period: string, day: number): string {
  const year = Number(period.slice(0, 4));
  const tertial = Number(period.slice(-1));
  // The month after the tertial's last (April, August, December), within its first four weeks.
  const month = tertial * 4 + 1;
  const date = month > 12 ? `${year + 1}-01` : `${year}-${String(month).padStart(2, "0")}`;
  return `${date}-${String(1 + (day % 27)).padStart(2, "0")}T10:00:00+01:00`;
}

const INDICATOR_KINDS: readonly IndicatorKind[] = ["count", "yes_no", "percentage", "score", "milestone", "text"];

function indicator(rng: Random, key: string, kind: IndicatorKind, lastYear: number): Indicator {
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

function indicatorValue(rng: Random, ind: Indicator, period: string, share: number): IndicatorValue {
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

function funding(rng: Random, firstYear: number, lastYear: number): FundingLine[] {
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

function start(rng: Random, firstYear: number): StartInput {
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
function organizationName(index: number): string {
  const start = NAME_START[index % NAME_START.length] ?? "Ny";
  const end = NAME_END[Math.floor(index / NAME_START.length) % NAME_END.length] ?? "by";
  const round = Math.floor(index / (NAME_START.length * NAME_END.length));
  return `${start}${end}${round > 0 ? ` ${round + 1}` : ""}`;
}

/** One organization's plan document (not yet parsed: defaults left to the schema, as a file would). */
export function generatePlan(options: Omit<DatasetOptions, "organizations">, index: number): PlanDocumentInput {
  // Each plan from its own stream, so that plan i is the same whatever the dataset's size.
  const rng = random((options.seed * 0x9e3779b1 + index * 7919) >>> 0);
  const name = organizationName(index);
  const orgKey = `${slug(name)}-${String(index + 1).padStart(3, "0")}`;
  const firstYear = 2024;
  const lastYear = firstYear + Math.max(2, Math.ceil(options.periods / 3)) - 1;
  const periods = tertials(firstYear, options.periods);

  const units = UNITS.map((unit) => ({ key: slug(unit), name: unit, kind: "internal_unit" as const }));
  const partners = PARTNERS.map((p) => ({ key: slug(p), name: p, kind: "external_partner" as const }));
  const actors = [
    ...units,
    ...partners,
    { key: "kommunestyret", name: "Kommunestyret", kind: "political_body" as const },
  ];

  const areaCount = Math.min(AREA_TITLES.length, 4 + (index % 3)) + 1;
  const areaKeys = Array.from({ length: areaCount }, (_, a) =>
    a < areaCount - 1 ? slug(AREA_TITLES[(a + index) % AREA_TITLES.length] ?? `omrade-${a}`) : "grep-samarbeid",
  );
  const flagships = [0, 1, 2].map((f) => ({
    key: `fyrtarn-${f + 1}`,
    title: `Fyrtårnprosjekt ${f + 1} i ${name}`,
    description: `Et prosjekt med stor betydning for næringsutviklingen i ${name} de nærmeste årene.`,
    focusAreaKey: areaKeys[f % areaKeys.length] ?? null,
  }));

  const reports: NonNullable<PlanDocumentInput["statusReports"]> = [];
  let measureNumber = 0;
  const focusAreas = areaKeys.map((areaKey, a) => {
    const strategic = a === areaCount - 1;
    const strategyCount = rng.int(3, 6);
    // Spread the measures evenly over the areas, the first areas taking the remainder.
    const count = Math.floor(options.measuresPerPlan / areaCount) + (a < options.measuresPerPlan % areaCount ? 1 : 0);
    const title = strategic ? "Samarbeid i regionen" : (AREA_TITLES[(a + index) % AREA_TITLES.length] ?? areaKey);
    const measures = Array.from({ length: count }, () => {
      measureNumber++;
      const key = `tiltak-${measureNumber}`;
      const measureIndicators = Array.from({ length: rng.int(1, 2) }, (_, i) =>
        indicator(
          rng,
          `${key}-ind-${i + 1}`,
          INDICATOR_KINDS[(measureNumber + i) % INDICATOR_KINDS.length] ?? "count",
          lastYear,
        ),
      );
      const activities = Array.from({ length: rng.int(0, 3) }, (_, x) => ({
        key: `${key}-del-${x + 1}`,
        title: `${rng.pick(VERBS)} ${rng.pick(OBJECTS)}`,
        description: null,
        indicators: rng.chance(0.3) ? [indicator(rng, `${key}-del-${x + 1}-ind`, "count", lastYear)] : [],
        funding: rng.chance(0.2) ? funding(rng, firstYear, lastYear) : [],
        responsibility: rng.chance(0.3)
          ? { text: rng.pick(UNITS), responsibleActorKeys: [slug(rng.pick(UNITS))], partnerActorKeys: [] }
          : null,
        start: rng.chance(0.3) ? start(rng, firstYear) : null,
      }));
      const unit = rng.pick(UNITS);
      const partner = rng.chance(0.4) ? rng.pick(PARTNERS) : null;
      const strategyNumbers = [rng.int(1, strategyCount)];
      if (rng.chance(0.3)) strategyNumbers.push(rng.int(1, strategyCount));
      const measure = {
        key,
        title: `${rng.pick(VERBS)} ${rng.pick(OBJECTS)}`,
        description: rng.chance(0.3) ? `Tiltaket skal bidra til ${rng.pick(OBJECTS)} i ${name}.` : null,
        strategyNumbers: [...new Set(strategyNumbers)].sort((x, y) => x - y),
        activities,
        indicators: measureIndicators,
        funding: funding(rng, firstYear, lastYear),
        responsibility: {
          text: partner === null ? unit : `${unit} i samarbeid med ${partner}`,
          responsibleActorKeys: [slug(unit)],
          partnerActorKeys: partner === null ? [] : [slug(partner)],
        },
        start: start(rng, firstYear),
        flagshipKey: measureNumber % 20 === 0 ? `fyrtarn-${(measureNumber / 20) % 3 || 3}` : null,
      };
      // One report per measure and period (a few skipped, as units forget), progress rising with time.
      periods.forEach((period, p) => {
        if (rng.chance(0.08)) return;
        const share = (p + 1) / Math.max(1, periods.length);
        const status = p === 0 ? "not_started" : rng.pick(STATUSES);
        reports.push({
          measureKey: key,
          activityKey: null,
          period,
          status,
          assessment: status === "not_started" ? null : rng.pick(ASSESSMENTS),
          progressPercent: status === "completed" ? 100 : Math.min(99, Math.round(share * 80 + rng.int(0, 15))),
          comment: rng.chance(0.5) ? `Status for ${period}: ${rng.pick(OBJECTS)} er i gang.` : null,
          commentInternal: rng.chance(0.2),
          indicatorValues: measureIndicators.map((ind) => indicatorValue(rng, ind, period, share)),
          reportedAt: reportedAt(period, measureNumber + p),
          reportedBy: `${slug(unit)}@${orgKey}.kommune.test`,
        });
      });
      return measure;
    });
    return {
      key: areaKey,
      kind: strategic ? ("strategic_move" as const) : ("focus_area" as const),
      number: strategic ? 1 : a + 1,
      title,
      mainGoal: `${name} skal ha et sterkt og mangfoldig næringsliv innen ${title.toLowerCase()}.`,
      subGoals: Array.from({ length: rng.int(2, 4) }, (_, n) => ({
        number: n + 1,
        text: `Delmål ${n + 1}: flere arbeidsplasser innen ${title.toLowerCase()}`,
      })),
      strategies: Array.from({ length: strategyCount }, (_, n) => ({
        number: n + 1,
        text: `${rng.pick(VERBS)} ${rng.pick(OBJECTS)}`,
      })),
      measures,
    };
  });

  const relatedPlans = Array.from({ length: 3 }, (_, r) => ({
    key: `annen-plan-${r + 1}`,
    title: `Tiltak i ${rng.pick(["kommuneplanen", "klimaplanen", "sentrumsplanen"])} ${r + 1}`,
    links: [
      {
        focusAreaKey: areaKeys[r % areaKeys.length] ?? "grep-samarbeid",
        subGoalNumbers: [1],
        strategyNumbers: r === 2 ? ["unknown" as const] : [1],
        text: r === 2 ? "Delmål 1 / Strategi ?" : "Delmål 1 / Strategi 1",
      },
    ],
    funding: [],
    responsibility: null,
  }));

  return {
    format: "planspor/1",
    organization: {
      key: orgKey,
      name: `${name} kommune`,
      kind: "municipality",
      officialNumber: String(5000 + index).slice(-4),
    },
    strategicPlan: { key: `${orgKey}-naeringsplan`, title: "Strategisk næringsplan", firstYear, lastYear: null },
    actionPlan: {
      key: `${orgKey}-naering-${firstYear}-${lastYear}`,
      title: `Handlingsplan for næring ${firstYear}–${lastYear}, ${name} kommune`,
      firstYear,
      lastYear,
      introduction: [`Handlingsplanen følger opp den strategiske næringsplanen for ${name} kommune.`],
      flagshipIntroduction: "Fyrtårnprosjektene har stor betydning for næringsutviklingen.",
      relatedPlansIntroduction: "Andre planer med tiltak som er relevante for næringsplanen",
      revision: { number: 1, adoptedOn: `${firstYear - 1}-12-14`, decisionRef: `${firstYear - 1}/${100 + index}` },
    },
    actors,
    fundingSources: [
      {
        key: "regionalt-program",
        name: "Det regionale næringsprogrammet",
        description: "Felles program med nabokommunene; beløpet telles én gang.",
        annualContributionNok: rng.int(5, 20) * 100_000,
        annualBudgetIncreaseNok: rng.int(1, 4) * 100_000,
      },
    ],
    focusAreas,
    flagships,
    relatedPlans,
    statusReports: reports,
  };
}

/**
 * `organizations` plan documents, the same for the same options, each checked as an import is
 * (`parsePlanDocument`): a generator that made invalid plans would measure nothing real.
 */
export function generateDataset(options: DatasetOptions): PlanDocument[] {
  const first = options.firstIndex ?? 0;
  return Array.from({ length: options.organizations }, (_, i) => {
    const result = parsePlanDocument(generatePlan(options, first + i));
    if (!result.ok) {
      const problems = result.problems.slice(0, 3).map((p) => `${p.path}: ${p.message}`);
      throw new Error(`Generated plan ${first + i} is invalid: ${problems.join("; ")}`);
    }
    return result.plan;
  });
}
