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
import type { PlanDocument, PlanDocumentInput } from "../../src/domain/plan-schema.js";
import { parsePlanDocument } from "../../src/domain/validate-plan.js";
import {
  AREA_TITLES,
  ASSESSMENTS,
  funding,
  INDICATOR_KINDS,
  indicator,
  indicatorValue,
  OBJECTS,
  organizationName,
  PARTNERS,
  random,
  reportedAt,
  STATUSES,
  slug,
  start,
  tertials,
  UNITS,
  VERBS,
} from "./parts.js";

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
