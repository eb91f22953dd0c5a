import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PlanDocument } from "../domain/plan-schema.js";
import { fixturePlan } from "../domain/test-fixtures.js";
import { projectPath } from "../project-paths.js";
import { performanceStratml, planStratml } from "./stratml.js";
import { PART1_XSD, PART2_DRAFT_XSD, PART2_XSD, planArbitrary, xmllintErrors } from "./stratml-test-plans.js";
import { decimal } from "./stratml-xml.js";

const gjovik = () =>
  PlanDocument.parse(JSON.parse(readFileSync(projectPath("plans/gjovik-naering-2024-2026.json"), "utf8")));

describe("StratML export", () => {
  it.each([
    ["Gjøvik's plan", gjovik],
    ["the fixture plan", fixturePlan],
  ])("writes %s as Part 1 and Part 2, both valid against the official schemas", (_, plan) => {
    const p = plan();
    expect(xmllintErrors(planStratml(p), PART1_XSD)).toBeNull();
    expect(xmllintErrors(performanceStratml(p), PART2_XSD)).toBeNull();
    expect(xmllintErrors(performanceStratml(p), PART2_DRAFT_XSD)).toBeNull();
  });

  it("has an xmllint check that does catch a file breaking the schema", () => {
    const broken = planStratml(fixturePlan()).replace(
      "<StartDate>2024-01-01</StartDate>",
      "<StartDate>2024</StartDate>",
    );
    expect(xmllintErrors(broken, PART1_XSD)).toMatch(/StartDate/);
  });

  it("maps areas to Goals, measures to Objectives and keeps the keys in Identifiers", () => {
    const xml = planStratml(fixturePlan());
    expect(xml).toContain('<StrategicPlan xmlns="urn:ISO:std:iso:17469:tech:xsd:stratml_core">');
    expect(xml).toContain("<Identifier>area.industri</Identifier>");
    expect(xml).toContain("<Identifier>measure.industri-bedriftsbesok</Identifier>");
    expect(xml).toContain("<StartDate>2024-01-01</StartDate>");
    expect(xml).toContain("<EndDate>2026-12-31</EndDate>");
    expect(xml).toContain("<PublicationDate>2024-06-20</PublicationDate>");
    expect(xml).not.toContain("PerformanceIndicator");
  });

  it("reports targets and results over the report's period in Part 2", () => {
    const xml = performanceStratml(fixturePlan());
    expect(xml).toContain('Type="Performance_Report"');
    expect(xml).toContain("<Identifier>indicator.bedriftsbesok-antall</Identifier>");
    // The 2024 report's value: the whole year.
    expect(xml).toMatch(
      /<ActualResult>\s*<StartDate>2024-01-01<\/StartDate>\s*<EndDate>2024-12-31<\/EndDate>\s*<NumberOfUnits>3</,
    );
    // A yes/no value of an activity's indicator, for 2025-T1.
    expect(xml).toMatch(
      /<StartDate>2025-01-01<\/StartDate>\s*<EndDate>2025-04-30<\/EndDate>\s*<Descriptor>\s*<DescriptorName>yes_no/,
    );
  });

  it("writes a plan without areas with the one Goal the schema demands", () => {
    const plan = { ...fixturePlan(), focusAreas: [], statusReports: [] };
    expect(xmllintErrors(planStratml(plan), PART1_XSD)).toBeNull();
    expect(xmllintErrors(performanceStratml(plan), PART2_XSD)).toBeNull();
  });

  it("writes numbers as xsd:decimal, without exponents", () => {
    expect(decimal(1e21)).toBe("1000000000000000000000");
    expect(decimal(1.5e-7)).toBe("0.00000015");
    expect(decimal(-2.5e22)).toBe("-25000000000000000000000");
    expect(Number(decimal(1.2345e-12))).toBe(1.2345e-12);
    expect(decimal(11.25)).toBe("11.25");
  });

  it("gives schema-valid XML for generated plans (Norwegian text, empty fields, long texts, «Strategi ?»)", () => {
    fc.assert(
      fc.property(planArbitrary, (plan) => {
        expect(xmllintErrors(planStratml(plan), PART1_XSD)).toBeNull();
        expect(xmllintErrors(performanceStratml(plan), PART2_XSD)).toBeNull();
      }),
      { numRuns: 20 },
    );
  }, 60_000);
});
