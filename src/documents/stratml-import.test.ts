import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type PlanDocument, PlanDocument as PlanSchema } from "../domain/plan-schema.js";
import { fixturePlan } from "../domain/test-fixtures.js";
import { parsePlanDocument } from "../domain/validate-plan.js";
import { projectPath } from "../project-paths.js";
import type { ParsedImport } from "./import-result.js";
import { performanceStratml, planStratml } from "./stratml.js";
import { parseStratml } from "./stratml-import.js";
import { carried, planArbitrary } from "./stratml-test-plans.js";

const bytes = (text: string) => new TextEncoder().encode(text);
const gjovik = () =>
  PlanSchema.parse(JSON.parse(readFileSync(projectPath("plans/gjovik-naering-2024-2026.json"), "utf8")));

function imported(result: ParsedImport): PlanDocument {
  if (!result.ok) throw new Error(`Import failed: ${JSON.stringify(result.problems)}`);
  const parsed = parsePlanDocument(result.plan);
  if (!parsed.ok) throw new Error(`Not a valid plan: ${JSON.stringify(parsed.problems)}`);
  return parsed.plan;
}

describe("StratML round trip", () => {
  it.each([
    ["Gjøvik's plan", gjovik],
    ["the fixture plan", fixturePlan],
  ])("gives back %s, as far as StratML carries it, from Part 1 and Part 2", (_, make) => {
    const plan = make();
    const one = parseStratml(bytes(planStratml(plan)), null);
    expect(one.skipped).toEqual([]);
    expect(carried(imported(one), 1)).toEqual(carried(plan, 1));
    const two = parseStratml(bytes(performanceStratml(plan)), null);
    expect(two.skipped).toEqual([]);
    expect(carried(imported(two), 2)).toEqual(carried(plan, 2));
  });

  it("keeps two actors with one name apart, and a text that looks like a «planspor:» line as text", () => {
    const base = fixturePlan();
    const plan = PlanSchema.parse({
      ...base,
      strategicPlan: { key: "sp", title: "planspor: x=1", firstYear: null, lastYear: null },
      actors: [...base.actors, { key: "naering-2", name: "Næring", kind: "external_partner" }],
    });
    const back = imported(parseStratml(bytes(planStratml(plan)), null));
    expect(back.strategicPlan).toEqual(plan.strategicPlan);
    expect(back.actors).toEqual(plan.actors);
  });

  it("gives back generated plans (Norwegian text, empty fields, long texts, «Strategi ?»)", () => {
    fc.assert(
      fc.property(planArbitrary, (plan) => {
        expect(carried(imported(parseStratml(bytes(planStratml(plan)), null)), 1)).toEqual(carried(plan, 1));
        expect(carried(imported(parseStratml(bytes(performanceStratml(plan)), null)), 2)).toEqual(carried(plan, 2));
      }),
      { numRuns: 100 },
    );
  }, 60_000);
});

/** Another organization's tool: its own prefix, no Planspor identifiers, an element we do not know,
 * a Goal without Objectives, a Part 2 indicator with a target and a result. */
const FOREIGN = `<?xml version="1.0" encoding="UTF-8"?>
<!-- Exported by SomeTool 3.1 -->
<sp:PerformancePlanOrReport xmlns:sp="urn:ISO:std:iso:17469:tech:xsd:PerformancePlanOrReport" Type="Performance_Plan">
  <sp:Name>Strategisk plan for Øvre Åsen næringsråd</sp:Name>
  <sp:Description>Vi vil skape flere arbeidsplasser &amp; mer verdiskaping.</sp:Description>
  <sp:StrategicPlanCore>
    <sp:Organization>
      <sp:Name>Øvre Åsen næringsråd</sp:Name>
      <sp:Acronym>ÅN</sp:Acronym>
      <sp:Identifier>_9f2c</sp:Identifier>
      <sp:Stakeholder StakeholderTypeType="Organization"><sp:Name>Styret</sp:Name></sp:Stakeholder>
    </sp:Organization>
    <sp:Vision><sp:Description>Den beste regionen å drive bedrift i.</sp:Description></sp:Vision>
    <sp:Goal>
      <sp:Name>Vekst i reiselivet</sp:Name>
      <sp:Description>Flere overnattinger.</sp:Description>
      <sp:SequenceIndicator>1</sp:SequenceIndicator>
      <sp:Objective>
        <sp:Name>Felles markedsføring</sp:Name>
        <sp:Description>Én kampanje i året.</sp:Description>
        <sp:Stakeholder><sp:Name>Styret</sp:Name></sp:Stakeholder>
        <sp:Stakeholder><sp:Name>Visit Åsen</sp:Name><sp:Role><sp:Name>Samarbeidspartner</sp:Name></sp:Role></sp:Stakeholder>
        <sp:PerformanceIndicator PerformanceIndicatorType="Quantitative">
          <sp:MeasurementDimension>Overnattinger</sp:MeasurementDimension>
          <sp:UnitOfMeasurement>gjestedøgn</sp:UnitOfMeasurement>
          <sp:MeasurementInstance>
            <sp:TargetResult><sp:EndDate>2026-12-31</sp:EndDate><sp:NumberOfUnits>12000</sp:NumberOfUnits></sp:TargetResult>
            <sp:ActualResult><sp:StartDate>2025-01-01</sp:StartDate><sp:EndDate>2025-12-31</sp:EndDate><sp:NumberOfUnits>9500</sp:NumberOfUnits></sp:ActualResult>
          </sp:MeasurementInstance>
        </sp:PerformanceIndicator>
        <sp:Budget>250000</sp:Budget>
      </sp:Objective>
      <sp:Objective><sp:Name>Felles markedsføring</sp:Name></sp:Objective>
    </sp:Goal>
    <sp:Goal>
      <sp:Name>Kompetanse</sp:Name>
      <sp:Description>Flere fagarbeidere.</sp:Description>
    </sp:Goal>
  </sp:StrategicPlanCore>
  <sp:AdministrativeInformation>
    <sp:StartDate>2025-01-01</sp:StartDate>
    <sp:EndDate>2028-12-31</sp:EndDate>
    <sp:Source>https://example.org/plan.xml</sp:Source>
  </sp:AdministrativeInformation>
</sp:PerformancePlanOrReport>`;

describe("StratML from other tools", () => {
  it("reads what it understands and lists what it skipped", () => {
    const result = parseStratml(bytes(FOREIGN), null);
    const plan = imported(result);
    expect(plan.organization).toMatchObject({
      key: "ovre-asen-naeringsrad",
      name: "Øvre Åsen næringsråd",
      kind: "other",
    });
    expect(plan.actionPlan).toMatchObject({
      key: "strategisk-plan-for-ovre-asen-naeringsrad",
      firstYear: 2025,
      lastYear: 2028,
    });
    expect(plan.actionPlan.introduction).toEqual([
      "Vi vil skape flere arbeidsplasser & mer verdiskaping.",
      "Visjon: Den beste regionen å drive bedrift i.",
    ]);
    expect(plan.focusAreas.map((a) => [a.key, a.number, a.title, a.mainGoal, a.measures.length])).toEqual([
      ["vekst-i-reiselivet", 1, "Vekst i reiselivet", "Flere overnattinger.", 2],
      ["kompetanse", 2, "Kompetanse", "Flere fagarbeidere.", 0],
    ]);
    const [first, second] = plan.focusAreas[0]?.measures ?? [];
    // Two Objectives with one name get two keys.
    expect([first?.key, second?.key]).toEqual(["felles-markedsforing", "felles-markedsforing-2"]);
    expect(plan.actors).toEqual([
      { key: "styret", name: "Styret", kind: "internal_unit" },
      { key: "visit-asen", name: "Visit Åsen", kind: "external_partner" },
    ]);
    expect(first?.responsibility).toEqual({
      text: "Styret, Visit Åsen",
      responsibleActorKeys: ["styret"],
      partnerActorKeys: ["visit-asen"],
    });
    expect(first?.indicators).toEqual([
      {
        key: "overnattinger",
        text: "Overnattinger",
        kind: "count",
        target: 12000,
        baseline: null,
        unit: "gjestedøgn",
        recurrence: "once",
        deadline: "2026-12-31",
      },
    ]);
    expect(plan.statusReports).toMatchObject([
      {
        measureKey: "felles-markedsforing",
        period: "2025",
        status: "ongoing",
        indicatorValues: [{ indicatorKey: "overnattinger", value: 9500 }],
      },
    ]);
    expect(result.skipped).toEqual([
      "/PerformancePlanOrReport/AdministrativeInformation[1]/Source[1]: not kept",
      "/PerformancePlanOrReport/StrategicPlanCore[1]/Organization[1]/Acronym[1]: the acronym is not kept",
      "/PerformancePlanOrReport/StrategicPlanCore[1]/Goal[1]/Objective[1]/Budget[1]: element <Budget> is not understood and was skipped",
    ]);
  });

  it("reads a file in the encoding it declares (ISO-8859-1) or in UTF-16, and one without a namespace", () => {
    const xml = `<?xml version="1.0" encoding="ISO-8859-1"?><StrategicPlan><Name>Plan for Ås</Name>
      <StrategicPlanCore><Goal><Name>Bærekraft</Name><Description>Grønn omstilling</Description></Goal></StrategicPlanCore>
      <AdministrativeInformation><StartDate>2025-01-01Z</StartDate><EndDate>2027-12-31</EndDate></AdministrativeInformation>
      </StrategicPlan>`;
    const latin1 = Uint8Array.from([...xml].map((c) => c.charCodeAt(0)));
    const plan = imported(parseStratml(latin1, null));
    expect(plan.actionPlan).toMatchObject({ title: "Plan for Ås", firstYear: 2025, lastYear: 2027 });
    expect(plan.focusAreas[0]).toMatchObject({ key: "baerekraft", title: "Bærekraft" });
    const utf16 = new Uint8Array(Buffer.from(`\uFEFF${xml.replace("ISO-8859-1", "UTF-16")}`, "utf16le"));
    expect(imported(parseStratml(utf16, null)).actionPlan.title).toBe("Plan for Ås");
  });

  it("takes the plan key, period and organization from the plan it replaces when the file has none", () => {
    const current = fixturePlan();
    const xml = `<StrategicPlan xmlns="urn:ISO:std:iso:17469:tech:xsd:stratml_core"><Name>Ny plan</Name>
      <StrategicPlanCore><Goal><Name>Mål</Name><Description>Beskrivelse</Description></Goal></StrategicPlanCore></StrategicPlan>`;
    const plan = imported(parseStratml(bytes(xml), current));
    expect(plan.organization).toEqual(current.organization);
    expect(plan.actionPlan).toMatchObject({
      key: current.actionPlan.key,
      firstYear: 2024,
      lastYear: 2026,
      title: "Ny plan",
    });
  });

  it("says what is missing when the plan period cannot be known", () => {
    const xml = `<StrategicPlan xmlns="urn:ISO:std:iso:17469:tech:xsd:stratml_core"><Name>P</Name>
      <StrategicPlanCore><Goal><Name>Mål</Name><Description>D</Description></Goal></StrategicPlanCore></StrategicPlan>`;
    const result = parseStratml(bytes(xml), null);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems[0]).toMatchObject({
        code: "missing_period",
        path: "/StrategicPlan/AdministrativeInformation",
      });
  });
});

describe("StratML files mangled", () => {
  it("never throws: a mangled export gives a valid plan or problems", () => {
    const xml = performanceStratml(fixturePlan());
    const cut = fc.tuple(
      fc.nat(xml.length),
      fc.nat(200),
      fc.constantFrom("", "<X/>", "<Goal>", "</Name>", "&amp;", "é"),
    );
    fc.assert(
      fc.property(cut, ([at, length, insert]) => {
        const mangled = xml.slice(0, at) + insert + xml.slice(at + length);
        const result = parseStratml(bytes(mangled), null);
        if (result.ok) expect(parsePlanDocument(result.plan).ok).toBe(true);
        else expect(result.problems.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});

describe("StratML files refused", () => {
  it("refuses a DOCTYPE with an external entity, with a clear problem, and reads nothing", () => {
    const xml = `<?xml version="1.0"?>
<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>
<StrategicPlan xmlns="urn:ISO:std:iso:17469:tech:xsd:stratml_core"><Name>&e;</Name></StrategicPlan>`;
    const result = parseStratml(bytes(xml), fixturePlan());
    expect(result).toEqual({
      ok: false,
      problems: [expect.objectContaining({ code: "doctype_refused", message: expect.stringContaining("DOCTYPE") })],
      skipped: [],
    });
  });

  it("refuses an internal entity too (no «billion laughs»)", () => {
    const xml = `<!DOCTYPE x [<!ENTITY a "aaaa">]><StrategicPlan><Name>&a;</Name></StrategicPlan>`;
    expect(parseStratml(bytes(xml), null)).toMatchObject({ ok: false, problems: [{ code: "doctype_refused" }] });
  });

  it.each([
    ["not XML at all", "Dette er ikke XML, bare tekst.", "not_xml"],
    ["broken XML", "<StrategicPlan><Name>x</StrategicPlan>", "not_xml"],
    ["an empty file", "", "not_xml"],
    ["another XML format", "<html><body/></html>", "not_stratml"],
  ])("gives a problem for %s", (_, text, code) => {
    expect(parseStratml(bytes(text), null)).toMatchObject({ ok: false, problems: [{ code }] });
  });

  it("gives a problem for bytes that are not UTF-8", () => {
    const result = parseStratml(new Uint8Array([0x3c, 0x61, 0x3e, 0xff, 0xfe, 0x3c, 0x2f, 0x61, 0x3e]), null);
    expect(result).toMatchObject({ ok: false, problems: [{ code: "not_xml" }] });
  });
});
