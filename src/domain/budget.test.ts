import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { lineAmounts, type PlanBudget, planBudget, type YearAmounts } from "./budget.js";
import type { FundingLine, Measure, PlanDocument } from "./plan-schema.js";
import { fixturePlan } from "./test-fixtures.js";
import { parsePlanDocument } from "./validate-plan.js";

const PERIOD = [2024, 2025, 2026];

function line(fields: Partial<FundingLine> & Pick<FundingLine, "kind">): FundingLine {
  return { amountNok: null, recurrence: null, years: [], fundingSourceKey: null, text: "Tekst", ...fields };
}

function year(y: number, increaseNok: number, contributionNok: number, oneOffNok: number): YearAmounts {
  return { year: y, increaseNok, contributionNok, oneOffNok };
}

function measureOf(plan: PlanDocument, key: string): Measure {
  const measure = plan.focusAreas.flatMap((area) => area.measures).find((m) => m.key === key);
  if (measure === undefined) throw new Error(`No measure ${key}`);
  return measure;
}

function rowYears<T extends { years: YearAmounts[] }>(rows: T[], pick: (row: T) => boolean): YearAmounts[] {
  const row = rows.find(pick);
  if (row === undefined) throw new Error("No such row");
  return row.years;
}

describe("lineAmounts", () => {
  it("counts a yearly increase each of its years and a once increase in its first year only", () => {
    expect(lineAmounts(line({ kind: "budget_increase", amountNok: 10, recurrence: "yearly" }), PERIOD)).toEqual(
      PERIOD.map((y) => ({ year: y, field: "increaseNok", nok: 10 })),
    );
    const once = line({ kind: "budget_increase", amountNok: 10, recurrence: "once", years: [2025, 2026] });
    expect(lineAmounts(once, PERIOD)).toEqual([{ year: 2025, field: "increaseNok", nok: 10 }]);
  });

  it("reads an increase without recurrence as yearly unless it lists a single year", () => {
    const whole = line({ kind: "budget_increase", amountNok: 10 });
    expect(lineAmounts(whole, PERIOD).map((a) => a.year)).toEqual(PERIOD);
    const two = line({ kind: "budget_increase", amountNok: 10, years: [2024, 2026] });
    expect(lineAmounts(two, PERIOD).map((a) => a.year)).toEqual([2024, 2026]);
    const one = line({ kind: "budget_increase", amountNok: 10, years: [2026] });
    expect(lineAmounts(one, PERIOD)).toEqual([{ year: 2026, field: "increaseNok", nok: 10 }]);
  });

  it("counts project money once in its first year (the plan's when it lists none), or yearly as a contribution", () => {
    const once = line({ kind: "project_funding", amountNok: 7, recurrence: "once" });
    expect(lineAmounts(once, PERIOD)).toEqual([{ year: 2024, field: "oneOffNok", nok: 7 }]);
    const yearly = line({ kind: "separate_funding", amountNok: 7, recurrence: "yearly", years: [2025, 2026] });
    expect(lineAmounts(yearly, PERIOD)).toEqual([
      { year: 2025, field: "contributionNok", nok: 7 },
      { year: 2026, field: "contributionNok", nok: 7 },
    ]);
  });

  it("counts no money for lines within the budget, to be clarified, without a sum or citing a source", () => {
    expect(lineAmounts(line({ kind: "within_budget", amountNok: 5 }), PERIOD)).toEqual([]);
    expect(lineAmounts(line({ kind: "to_be_clarified", amountNok: 5 }), PERIOD)).toEqual([]);
    expect(lineAmounts(line({ kind: "budget_increase" }), PERIOD)).toEqual([]);
    expect(lineAmounts(line({ kind: "shared_source", amountNok: 5, fundingSourceKey: "x" }), PERIOD)).toEqual([]);
  });
});

describe("planBudget on the made-up plan", () => {
  it("adds the lines and the shared source per year", () => {
    // Increase: 9 000 000 000 (bedriftsbesøk, yearly) + 500 000 (the shared source) each year.
    // Contribution: 150 000 (samarbeidsavtale) + 2 000 000 (source: 2 500 000 − 500 000) each year.
    // One-off: the climate plan's 350 000 in 2025.
    expect(planBudget(fixturePlan()).years).toEqual([
      year(2024, 9_000_500_000, 2_150_000, 0),
      year(2025, 9_000_500_000, 2_150_000, 350_000),
      year(2026, 9_000_500_000, 2_150_000, 0),
    ]);
  });

  it("counts shared money once however many lines cite it", () => {
    const plan = fixturePlan();
    const forum = measureOf(plan, "samarbeid-forum");
    const cite = line({ kind: "shared_source", amountNok: 1_000_000, fundingSourceKey: "regionalt-utviklingsprogram" });
    forum.funding.push(cite, cite);
    const budget = planBudget(plan);
    expect(budget.years).toEqual(planBudget(fixturePlan()).years);
    expect(budget.sharedSources).toEqual([
      {
        sourceKey: "regionalt-utviklingsprogram",
        name: "Regionalt utviklingsprogram",
        annualContributionNok: 2_500_000,
        annualBudgetIncreaseNok: 500_000,
        citedBy: ["industri-bedriftsbesok", "industri-besoksplan", "samarbeid-forum"],
      },
    ]);
    expect(rowYears(budget.bySource, (row) => row.sourceKey === "regionalt-utviklingsprogram")).toEqual(
      PERIOD.map((y) => year(y, 500_000, 2_000_000, 0)),
    );
  });

  it("lists sums not stated instead of counting them as zero", () => {
    const budget = planBudget(fixturePlan());
    expect(budget.unstated.map((u) => [u.ownerType, u.key, u.areaKey, u.kind])).toEqual([
      ["measure", "samarbeid-forum", "samarbeid", "to_be_clarified"],
      ["measure", "samarbeid-avtale", "samarbeid", "separate_funding"],
      ["relatedPlan", "klimaplan-energi", null, "to_be_clarified"],
    ]);
  });

  it("puts a measure's lines under its area, but neither shared sources nor related plans", () => {
    const budget = planBudget(fixturePlan());
    expect(rowYears(budget.byArea, (row) => row.areaKey === "industri")).toEqual(
      PERIOD.map((y) => year(y, 9_000_000_000, 0, 0)),
    );
    expect(rowYears(budget.byArea, (row) => row.areaKey === "samarbeid")).toEqual(
      PERIOD.map((y) => year(y, 0, 150_000, 0)),
    );
  });

  it("counts a line in full under each of its responsible internal units, and related plans under theirs", () => {
    const plan = fixturePlan();
    const visits = measureOf(plan, "industri-bedriftsbesok");
    if (visits.responsibility === null) throw new Error("No responsibility");
    visits.responsibility.responsibleActorKeys = ["naering", "landbruk", "formannskapet"];
    const budget: PlanBudget = planBudget(plan);
    expect(budget.byUnit.map((row) => row.actorKey)).toEqual(["naering", "landbruk"]);
    expect(rowYears(budget.byUnit, (row) => row.actorKey === "landbruk")).toEqual(
      PERIOD.map((y) => year(y, 9_000_000_000, 0, 0)),
    );
    // Næring also answers for the climate plan's 350 000 in 2025.
    expect(rowYears(budget.byUnit, (row) => row.actorKey === "naering")).toEqual([
      year(2024, 9_000_000_000, 0, 0),
      year(2025, 9_000_000_000, 0, 350_000),
      year(2026, 9_000_000_000, 0, 0),
    ]);
  });
});

describe("planBudget on Gjøvik's plan", () => {
  const result = parsePlanDocument(
    JSON.parse(readFileSync(new URL("../../plans/gjovik-naering-2024-2026.json", import.meta.url), "utf8")),
  );
  if (!result.ok) throw new Error("The Gjøvik plan does not parse");
  const budget = planBudget(result.plan);

  it("asks for the sums computed by hand from the plan file", () => {
    // Increase:     Raufossindustrien 50 000 (no recurrence, no years: yearly) + the regional programme
    //               300 000 every year; Gjøvik Cyber City 500 000 «once» for 2025–2026: 2025 only.
    //               2024: 350 000, 2025: 850 000, 2026: 350 000.
    // Contribution: the programme's 1 000 000 − 300 000 = 700 000 + Innbyggertreff 100 000 yearly = 800 000.
    // One-off:      none; every project line in the plan names no sum.
    expect(budget.years).toEqual([
      year(2024, 350_000, 800_000, 0),
      year(2025, 850_000, 800_000, 0),
      year(2026, 350_000, 800_000, 0),
    ]);
  });

  it("counts the regional programme's 300 000 increase once a year, though five lines cite it", () => {
    expect(budget.sharedSources).toHaveLength(1);
    expect(budget.sharedSources[0]?.citedBy).toEqual([
      "industri-naeringsutviklingsprogram-samarbeid",
      "digital-naeringsutviklingsprogram-samarbeid",
      "digital-kommersialisering-forskning",
      "biokommune-naeringsutviklingsprogram-samarbeid",
      "helsenaering-kommersialisering-forskning",
    ]);
    expect(rowYears(budget.bySource, (row) => row.sourceKey === "regionalt-naeringsutviklingsprogram")).toEqual(
      PERIOD.map((y) => year(y, 300_000, 700_000, 0)),
    );
  });

  it("puts the stated sums under their areas and units", () => {
    const area = (key: string) => rowYears(budget.byArea, (row) => row.areaKey === key);
    expect(area("industri")).toEqual(PERIOD.map((y) => year(y, 50_000, 0, 0)));
    expect(area("digital")).toEqual([year(2024, 0, 0, 0), year(2025, 500_000, 0, 0), year(2026, 0, 0, 0)]);
    expect(area("synlig-attraktiv")).toEqual(PERIOD.map((y) => year(y, 0, 100_000, 0)));
    const unit = (key: string) => rowYears(budget.byUnit, (row) => row.actorKey === key);
    // Næring: Raufoss 50 000 a year, Cyber City 500 000 in 2025, Innbyggertreff 100 000 a year (with Kommunikasjon).
    expect(unit("naering")).toEqual([
      year(2024, 50_000, 100_000, 0),
      year(2025, 550_000, 100_000, 0),
      year(2026, 50_000, 100_000, 0),
    ]);
    expect(unit("kommunikasjon")).toEqual(PERIOD.map((y) => year(y, 0, 100_000, 0)));
    expect(unit("administrativ-ledelse")).toEqual(PERIOD.map((y) => year(y, 50_000, 0, 0)));
  });

  it("lists the fourteen lines that need money but name no sum", () => {
    // Skjerven Biopark 3, løsdriftsfjøs 1, pilotkommune 1, innbyggerrekruttering 1, oppfølging av
    // nullpunktsundersøkelsen 1, kjøp av areal 1, transformasjon 1, kraftproduksjon 1, and the
    // related plans Gjøvikstranda, stedsutvikling, kulturhus and omdømmeprosjektet 4.
    expect(budget.unstated).toHaveLength(14);
    expect(budget.unstated.filter((u) => u.ownerType === "relatedPlan").map((u) => u.key)).toEqual([
      "gjovikstranda",
      "stedsutvikling-biri-snertingdal-hunndalen",
      "kulturhus",
      "omdommeprosjektet",
    ]);
  });
});
