/**
 * The built-in example: Gjøvik kommune's «Handlingsplan for strategisk næringsplan – 2024 til 2026»,
 * transcribed into `plans/gjovik-naering-2024-2026.json`. These tests hold the file to the schema, to
 * its canonical form, to the plan's structure and, text by text, to the seed it was transcribed from
 * (the text out of the PDF, kept beside this file as `gjovik-plan.seed.txt`, a copy of
 * `../shared/seed/handlingsplan-naering-2024-2026.txt`, so that any clone runs these checks).
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { type FundingLine, PlanDocument } from "./plan-schema.js";
import { parsePlanDocument } from "./validate-plan.js";

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
const PLAN_PATH = path.join(repoRoot, "plans/gjovik-naering-2024-2026.json");
const SEED_PATH = fileURLToPath(new URL("./gjovik-plan.seed.txt", import.meta.url));
/** The seed as the project shares it, beside the repository where it is checked out next to it. */
const SHARED_SEED_PATH = path.resolve(repoRoot, "../shared/seed/handlingsplan-naering-2024-2026.txt");

const planText = readFileSync(PLAN_PATH, "utf8");

function loadPlan(): PlanDocument {
  const result = parsePlanDocument(JSON.parse(planText));
  if (!result.ok) throw new Error(`The Gjøvik plan does not parse: ${JSON.stringify(result.problems, null, 2)}`);
  return result.plan;
}

function readSeed(): string {
  if (!existsSync(SEED_PATH)) {
    throw new Error(
      `The seed ${SEED_PATH} is missing. The Gjøvik plan is checked word for word against it; ` +
        "it is kept in the repository beside this test.",
    );
  }
  return readFileSync(SEED_PATH, "utf8");
}

/**
 * Whitespace as one space, the PDF's bullet glyph () dropped, and a hyphen followed by a space read
 * as a hyphen alone: the PDF breaks «IKT-\nsektoren», which the plan file writes «IKT-sektoren».
 * Applied to both the seed and the texts compared with it.
 */
function normalise(text: string): string {
  return text
    .replace(/\uf0b7/g, " ")
    .replace(/\s+/g, " ")
    .replace(/- /g, "-")
    .trim();
}

/**
 * Texts that are not contiguous in the seed, with the pieces that are. A page break falls inside
 * the first three; the last is the seed's own «samarbeidStyringsgruppa», split into its two words.
 */
const SPLIT_IN_SEED: Record<string, string[]> = {
  "Formell prosess med SIVA om mulig finansiering av FoU-bygg gjennomført": [
    "Formell prosess med SIVA om mulig",
    "finansiering av FoU-bygg gjennomført",
  ],
  "Videre arbeid vil kreve egen økonomisk ramme i form av økt budsjettramme og/eller økonomisk innskudd.": [
    "Videre arbeid vil",
    "kreve egen økonomisk ramme i form av økt budsjettramme og/eller økonomisk innskudd.",
  ],
  "Iverksette en utredning om kraft som ser på behovet og hvilke typer produksjon som egner seg i kommunen og som gir et kunnskapsgrunnlag og mandat til videre arbeid":
    [
      "Iverksette en utredning om kraft som ser på behovet og hvilke typer produksjon som egner seg i kommunen og som gir et",
      "kunnskapsgrunnlag og mandat til videre arbeid",
    ],
  "Strategi og Utviikling i samarbeid Styringsgruppa for Skjerven Biopark": [
    "Strategi og Utviikling i samarbeid",
    "Styringsgruppa for Skjerven Biopark",
  ],
};

type Sample = { where: string; text: string };

/** Every text of the plan that the plan itself writes (not the names and descriptions we give). */
function textsOf(plan: PlanDocument): Sample[] {
  const out: Sample[] = [];
  const add = (where: string, text: string | null | undefined) => {
    if (text !== null && text !== undefined) out.push({ where, text });
  };
  const ap = plan.actionPlan;
  add("actionPlan.title", ap.title);
  ap.introduction.forEach((p, i) => {
    add(`actionPlan.introduction[${i}]`, p);
  });
  add("actionPlan.flagshipIntroduction", ap.flagshipIntroduction);
  add("actionPlan.relatedPlansIntroduction", ap.relatedPlansIntroduction);
  const addFunding = (where: string, lines: FundingLine[]) =>
    lines.forEach((l, i) => {
      add(`${where}.funding[${i}]`, l.text);
    });
  for (const area of plan.focusAreas) {
    add(`${area.key}.title`, area.title);
    add(`${area.key}.mainGoal`, area.mainGoal);
    for (const g of area.subGoals) add(`${area.key}.subGoals[${g.number}]`, g.text);
    for (const s of area.strategies) add(`${area.key}.strategies[${s.number}]`, s.text);
    for (const m of area.measures) {
      add(`${m.key}.title`, m.title);
      add(`${m.key}.description`, m.description);
      for (const ind of m.indicators) add(`${m.key}.indicators.${ind.key}`, ind.text);
      addFunding(m.key, m.funding);
      add(`${m.key}.responsibility`, m.responsibility?.text);
      add(`${m.key}.start`, m.start?.text);
      for (const a of m.activities) {
        add(`${a.key}.title`, a.title);
        add(`${a.key}.description`, a.description);
        for (const ind of a.indicators) add(`${a.key}.indicators.${ind.key}`, ind.text);
        addFunding(a.key, a.funding);
        add(`${a.key}.responsibility`, a.responsibility?.text);
        add(`${a.key}.start`, a.start?.text);
      }
    }
  }
  for (const f of plan.flagships) {
    add(`flagship ${f.key}.title`, f.title);
    add(`flagship ${f.key}.description`, f.description);
  }
  for (const r of plan.relatedPlans) {
    add(`related ${r.key}.title`, r.title);
    r.links.forEach((l, i) => {
      add(`related ${r.key}.links[${i}]`, l.text);
    });
    addFunding(`related ${r.key}`, r.funding);
    add(`related ${r.key}.responsibility`, r.responsibility?.text);
  }
  return out;
}

function allFundingLines(plan: PlanDocument): FundingLine[] {
  const lines: FundingLine[] = [];
  for (const area of plan.focusAreas) {
    for (const m of area.measures) {
      lines.push(...m.funding);
      for (const a of m.activities) lines.push(...a.funding);
    }
  }
  for (const r of plan.relatedPlans) lines.push(...r.funding);
  return lines;
}

function measure(plan: PlanDocument, key: string) {
  const found = plan.focusAreas.flatMap((a) => a.measures).find((m) => m.key === key);
  if (found === undefined) throw new Error(`No measure «${key}»`);
  return found;
}

describe("the built-in Gjøvik plan", () => {
  it("parses as planspor/1 with every reference resolved", () => {
    const result = parsePlanDocument(JSON.parse(planText));
    expect(result.ok ? [] : result.problems).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it("is written in canonical form: every field explicit, two-space indentation", () => {
    expect(`${JSON.stringify(PlanDocument.parse(JSON.parse(planText)), null, 2)}\n`).toBe(planText);
  });

  it("has the organization, plans and keys the product relies on", () => {
    const plan = loadPlan();
    expect(plan.organization).toEqual({
      key: "gjovik",
      name: "Gjøvik kommune",
      kind: "municipality",
      officialNumber: "3407",
    });
    expect(plan.strategicPlan).toEqual({
      key: "gjovik-strategisk-naeringsplan",
      title: "Strategisk næringsplan",
      firstYear: null,
      lastYear: null,
    });
    expect(plan.actionPlan.key).toBe("gjovik-naering-2024-2026");
    expect([plan.actionPlan.firstYear, plan.actionPlan.lastYear]).toEqual([2024, 2026]);
    expect(plan.actionPlan.introduction).toHaveLength(3);
    expect(plan.actionPlan.revision).toEqual({ number: 1, adoptedOn: null, decisionRef: null });
    expect(plan.statusReports).toEqual([]);
  });

  it("has the nine areas: five focus areas and four strategic moves, numbered in order", () => {
    const plan = loadPlan();
    expect(plan.focusAreas.map((a) => [a.kind, a.number, a.title])).toEqual([
      ["focus_area", 1, "En kommune med nasjonalt ledende industri"],
      ["focus_area", 2, "En kommune med digital høyteknologi"],
      ["focus_area", 3, "En sirkulær biokommune"],
      ["focus_area", 4, "En smart helsenæringskommune"],
      ["focus_area", 5, "En synlig og attraktiv kommune"],
      ["strategic_move", 1, "En næringsvennlig kommune"],
      ["strategic_move", 2, "Næringsarealer"],
      ["strategic_move", 3, "Kobling studenter og næringsliv – beholde studenter"],
      ["strategic_move", 4, "Infrastruktur – veg, bane og kraft"],
    ]);
    for (const area of plan.focusAreas) {
      expect(area.subGoals.map((g) => g.number)).toEqual(area.subGoals.map((_, i) => i + 1));
      expect(area.strategies.map((s) => s.number)).toEqual(area.strategies.map((_, i) => i + 1));
      for (const m of area.measures) {
        expect(m.key.startsWith(`${area.key}-`), m.key).toBe(true);
        for (const a of m.activities) expect(a.key.startsWith(`${m.key}-`), a.key).toBe(true);
      }
    }
  });

  it("has every measure of the seed's tables, area by area", () => {
    const plan = loadPlan();
    const counts = Object.fromEntries(
      plan.focusAreas.map((a) => [a.key, [a.subGoals.length, a.strategies.length, a.measures.length]]),
    );
    // [sub-goals, strategies, measures]
    expect(counts).toEqual({
      industri: [2, 4, 4],
      digital: [3, 3, 3],
      biokommune: [5, 3, 3],
      helsenaering: [2, 4, 3],
      "synlig-attraktiv": [3, 6, 2],
      naeringsvennlig: [3, 6, 6],
      naeringsarealer: [2, 4, 3],
      studenter: [2, 3, 1],
      infrastruktur: [6, 4, 2],
    });
    const measures = plan.focusAreas.flatMap((a) => a.measures);
    expect(measures).toHaveLength(27);
    expect(measures.flatMap((m) => m.activities)).toHaveLength(28);
    expect(measure(plan, "biokommune-skjerven-biopark").activities.map((a) => a.title)).toEqual([
      "Finansiering av FOU-bygg og tremekanisk lab, jf. prosess med SIVA",
      "Akkvisisjonsarbeid",
      "Opprette en intern arbeidsgruppe for å sikre forankring og fremdrift",
      "Bedriftsetableringen innen biofules og biogass",
    ]);
    expect(measure(plan, "synlig-attraktiv-innbyggerrekruttering").activities).toHaveLength(5);
  });

  it("has as many «Ja/Nei» indicators as the seed", () => {
    const plan = loadPlan();
    const seedCount = normalise(readSeed()).split("Ja/Nei").length - 1;
    const indicators = plan.focusAreas
      .flatMap((a) => a.measures)
      .flatMap((m) => [...m.indicators, ...m.activities.flatMap((a) => a.indicators)]);
    const yesNo = indicators.filter((i) => i.kind === "yes_no");
    expect(yesNo.every((i) => i.text === "Ja/Nei")).toBe(true);
    expect(yesNo).toHaveLength(seedCount);
    expect(seedCount).toBe(22);
  });

  it("counts the regional development programme once, cited by five funding lines", () => {
    const plan = loadPlan();
    expect(plan.fundingSources).toHaveLength(1);
    const [source] = plan.fundingSources;
    expect(source).toMatchObject({
      key: "regionalt-naeringsutviklingsprogram",
      name: "Det regionale næringsutviklingsprogrammet",
      annualContributionNok: 1_000_000,
      annualBudgetIncreaseNok: 300_000,
    });
    for (const partner of ["Vestre Toten", "Østre Toten", "Søndre Land"])
      expect(source?.description).toContain(partner);

    const shared = allFundingLines(plan).filter((l) => l.kind === "shared_source");
    expect(shared).toHaveLength(5);
    for (const line of shared) {
      expect(line.fundingSourceKey).toBe("regionalt-naeringsutviklingsprogram");
      expect(line.amountNok).toBeNull();
      expect(line.text).toContain("Årlig bidrag kr. 1 000 000,-");
    }
    // The seed cites the programme's yearly contribution exactly five times.
    expect(normalise(readSeed()).split("Årlig bidrag kr. 1 000 000,-").length - 1).toBe(5);
  });

  it("reads the amounts the seed names", () => {
    const plan = loadPlan();
    expect(measure(plan, "industri-raufossindustrien").funding).toMatchObject([
      { kind: "budget_increase", amountNok: 50_000 },
    ]);
    expect(measure(plan, "digital-gjovik-cyber-city").funding).toMatchObject([
      { kind: "already_allocated", amountNok: null, years: [2024] },
      { kind: "budget_increase", amountNok: 500_000, years: [2025, 2026] },
    ]);
    const treff = measure(plan, "synlig-attraktiv-innbyggerrekruttering").activities.at(-1);
    expect(treff?.funding).toMatchObject([{ kind: "separate_funding", amountNok: 100_000, recurrence: "yearly" }]);
    const withAmount = allFundingLines(plan).filter((l) => l.amountNok !== null);
    expect(withAmount.map((l) => l.amountNok).sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual([50_000, 100_000, 500_000]);
  });

  it("has the three flagships and the measures that belong to them", () => {
    const plan = loadPlan();
    expect(plan.flagships.map((f) => [f.key, f.title, f.focusAreaKey])).toEqual([
      ["skjerven-biopark", "Skjerven Biopark", "biokommune"],
      ["gjovik-cyber-city", "Gjøvik Cyber City", "digital"],
      ["naeringsvennlig-kommune", "Næringsvennlig kommune", "naeringsvennlig"],
    ]);
    const byFlagship = plan.focusAreas
      .flatMap((a) => a.measures)
      .filter((m) => m.flagshipKey !== null)
      .map((m) => [m.flagshipKey, m.key]);
    expect(byFlagship).toEqual([
      ["gjovik-cyber-city", "digital-gjovik-cyber-city"],
      ["gjovik-cyber-city", "digital-kommersialisering-forskning"],
      ["skjerven-biopark", "biokommune-skjerven-biopark"],
      ["naeringsvennlig-kommune", "naeringsvennlig-nullpunktsundersokelse"],
      ["naeringsvennlig-kommune", "naeringsvennlig-oppfolging-nullpunktsundersokelse"],
    ]);
  });

  it("has the table of related plans, with «Strategi ?» as an unknown strategy", () => {
    const plan = loadPlan();
    // The seed's table has ten rows («Stedsutvikling Biri, Snertingdal og Hunndalen» is one row).
    expect(plan.relatedPlans).toHaveLength(10);
    const biri = plan.relatedPlans.find((r) => r.key === "stedsutvikling-biri-snertingdal-hunndalen");
    expect(biri?.links).toEqual([
      {
        focusAreaKey: "synlig-attraktiv",
        subGoalNumbers: [2],
        strategyNumbers: ["unknown"],
        text: "Delmål 2 Strategi ?",
      },
    ]);
    const klima = plan.relatedPlans.find((r) => r.key === "klimaplanen-2022-2026");
    expect(klima?.links.map((l) => [l.focusAreaKey, l.subGoalNumbers, l.strategyNumbers])).toEqual([
      ["biokommune", [1, 3, 5], [1, 2, 3]],
      ["infrastruktur", [1, 3, 5], [1, 2, 3]],
    ]);
    const visjon = plan.relatedPlans.find((r) => r.key === "visjon-gjovik-2050");
    expect(visjon?.links.map((l) => [l.focusAreaKey, l.subGoalNumbers, l.strategyNumbers])).toEqual([
      ["synlig-attraktiv", [1, 3], [4, 6]],
      ["infrastruktur", [1, 3, 4], [1, 3]],
    ]);
  });

  it("reads the starts by their words", () => {
    const plan = loadPlan();
    const starts = plan.focusAreas
      .flatMap((a) => a.measures)
      .flatMap((m) => [m.start, ...m.activities.map((a) => a.start)])
      .filter((s) => s !== null);
    for (const s of starts) {
      if (s.text === "Pågår") expect(s.kind).toBe("ongoing");
      else if (s.text === "Fortløpende") expect(s.kind).toBe("continuous");
      else if (/^(Oppstart (i )?)?\d{4}$/.test(s.text))
        expect(s).toMatchObject({ kind: "year", year: Number(s.text.slice(-4)) });
      else if (s.text.startsWith("Første halvår")) expect(s).toMatchObject({ kind: "half_year", half: 1 });
      else if (s.text.startsWith("Andre halvår")) expect(s).toMatchObject({ kind: "half_year", half: 2 });
      else expect(s).toMatchObject({ kind: "condition", text: "Må avklares med Gjøvikregionen Utvikling" });
    }
  });

  it("fails clearly when the seed is missing, instead of skipping", () => {
    expect(existsSync(SEED_PATH), `the seed must exist at ${SEED_PATH}`).toBe(true);
  });

  it.skipIf(!existsSync(SHARED_SEED_PATH))("keeps the seed byte for byte as the project shares it", () => {
    expect(readFileSync(SEED_PATH, "utf8")).toBe(readFileSync(SHARED_SEED_PATH, "utf8"));
  });

  it("writes the plan's texts word for word as the seed has them", () => {
    const plan = loadPlan();
    const seed = normalise(readSeed());
    const samples = textsOf(plan);
    expect(samples.length).toBeGreaterThan(200);
    const usedSplits = new Set<string>();
    const missing: Sample[] = [];
    for (const sample of samples) {
      const pieces = SPLIT_IN_SEED[sample.text];
      if (pieces !== undefined) {
        usedSplits.add(sample.text);
        expect(pieces.join(" ")).toBe(sample.text);
        expect(seed.includes(normalise(sample.text)), sample.where).toBe(false);
        for (const piece of pieces) expect(seed.includes(normalise(piece)), `${sample.where}: «${piece}»`).toBe(true);
      } else if (!seed.includes(normalise(sample.text))) {
        missing.push(sample);
      }
    }
    expect(missing).toEqual([]);
    // Lines joined with single spaces, no bullet glyphs, no stray spaces.
    expect(samples.filter((s) => /\s{2}|[\n\t\uf0b7]|^\s|\s$/.test(s.text))).toEqual([]);
    expect([...usedSplits].sort()).toEqual(Object.keys(SPLIT_IN_SEED).sort());
  });

  it("keeps the plan's own spelling", () => {
    const plan = loadPlan();
    const all = textsOf(plan).map((s) => s.text);
    for (const word of ["næringsutvikligsprogrammet", "biofules", "Utviikling", "kommunikasjons", "medlemsskap"]) {
      expect(
        all.some((t) => t.includes(word)),
        word,
      ).toBe(true);
    }
  });
});
