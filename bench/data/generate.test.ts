import { describe, expect, it } from "vitest";
import { parsePlanDocument } from "../../src/domain/validate-plan.js";
import { generateDataset, generatePlan, PRESETS } from "./generate.js";
import { mulberry32 } from "./parts.js";

const measuresOf = (plan: { focusAreas: Array<{ measures: unknown[] }> }) =>
  plan.focusAreas.reduce((n, area) => n + area.measures.length, 0);

describe("the synthetic data generator", () => {
  it("draws the same numbers from the same seed and others from another", () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const c = mulberry32(43);
    const first = Array.from({ length: 5 }, a);
    expect(Array.from({ length: 5 }, b)).toEqual(first);
    expect(Array.from({ length: 5 }, c)).not.toEqual(first);
    expect(first.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it("gives the same dataset for the same seed and another for another seed", () => {
    const options = { organizations: 3, measuresPerPlan: 20, periods: 4, seed: 7 };
    const once = JSON.stringify(generateDataset(options));
    expect(JSON.stringify(generateDataset(options))).toBe(once);
    expect(JSON.stringify(generateDataset({ ...options, seed: 8 }))).not.toBe(once);
  });

  it("makes one valid plan per organization, each with its own organization, of the asked size", () => {
    const plans = generateDataset({ organizations: 4, measuresPerPlan: 60, periods: 9, seed: 1 });
    expect(plans).toHaveLength(4);
    expect(new Set(plans.map((p) => p.organization.key)).size).toBe(4);
    expect(new Set(plans.map((p) => p.actionPlan.key)).size).toBe(4);
    for (const plan of plans) {
      expect(parsePlanDocument(plan)).toMatchObject({ ok: true });
      expect(measuresOf(plan)).toBe(60);
      const periods = new Set(plan.statusReports.map((r) => r.period));
      expect(periods.size).toBe(9);
      // Most measures report in every period (a few reports are skipped on purpose).
      expect(plan.statusReports.length).toBeGreaterThan(60 * 9 * 0.8);
      expect(plan.statusReports.some((r) => r.indicatorValues.length > 0)).toBe(true);
      const kinds = new Set(plan.focusAreas.flatMap((a) => a.measures.flatMap((m) => m.indicators.map((i) => i.kind))));
      expect(kinds.size).toBe(6);
      expect(plan.focusAreas.some((a) => a.kind === "strategic_move")).toBe(true);
      expect(plan.focusAreas.flatMap((a) => a.measures).some((m) => m.activities.length > 0)).toBe(true);
      expect(plan.fundingSources).toHaveLength(1);
    }
  });

  it("makes the same plan for an organization whatever the dataset's size", () => {
    const options = { measuresPerPlan: 10, periods: 3, seed: 1 };
    const [, second] = generateDataset({ ...options, organizations: 2 });
    expect(parsePlanDocument(generatePlan(options, 1))).toEqual({ ok: true, plan: second });
  });

  it("has the presets the benchmarks name, the national one with 357 organizations", () => {
    expect(PRESETS.gjovik.organizations).toBe(0);
    expect(PRESETS["1x1000"]).toMatchObject({ organizations: 1, measuresPerPlan: 1000 });
    expect(PRESETS.national).toMatchObject({ organizations: 357, measuresPerPlan: 60, periods: 9 });
    const [big] = generateDataset(PRESETS["1x1000"]);
    expect(big && measuresOf(big)).toBe(1000);
    // The national keys do not clash: check them without generating 357 whole plans twice.
    const small = { ...PRESETS.national, measuresPerPlan: 1, periods: 1 };
    const plans = Array.from({ length: PRESETS.national.organizations }, (_, i) => generatePlan(small, i));
    expect(new Set(plans.map((p) => p.organization.key)).size).toBe(357);
    expect(new Set(plans.map((p) => p.actionPlan.key)).size).toBe(357);
  });
});
