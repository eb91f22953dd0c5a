/** The status report's rows: the period's own reports, earlier ones named, indicators in words, the dashboard's counts. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { planDashboard } from "../domain/dashboard.js";
import { PlanDocument, type StatusReport } from "../domain/plan-schema.js";
import { fixturePlan } from "../domain/test-fixtures.js";
import { statusReportModel } from "./status-report-model.js";

const gjovik = PlanDocument.parse(
  JSON.parse(readFileSync(new URL("../../plans/gjovik-naering-2024-2026.json", import.meta.url), "utf8")),
);

/** The made-up plan with reports for 2025-T2: the company visits (twice, the later wins) and one activity. */
function planWithReports(): PlanDocument {
  const plan = fixturePlan();
  const report = (fields: Partial<StatusReport> & Pick<StatusReport, "measureKey" | "status">): StatusReport => ({
    activityKey: null,
    period: "2025-T2",
    assessment: null,
    progressPercent: null,
    comment: null,
    commentInternal: false,
    indicatorValues: [],
    reportedAt: "2025-09-10T10:00:00+02:00",
    reportedBy: null,
    ...fields,
  });
  plan.statusReports.push(
    report({
      measureKey: "industri-bedriftsbesok",
      status: "not_started",
      comment: "Utkast",
      reportedAt: "2025-09-01T08:00:00Z",
    }),
    report({
      measureKey: "industri-bedriftsbesok",
      status: "ongoing",
      assessment: "on_track",
      progressPercent: 60,
      comment: "Fire besøk gjort på Gjøvik og Ålesund.\nNeste runde i høst.",
      indicatorValues: [
        { indicatorKey: "bedriftsbesok-antall", value: 4 },
        { indicatorKey: "bedriftsbesok-milepael", value: "2025-08-15" },
      ],
      reportedBy: "Kari Nordmann",
    }),
    report({
      measureKey: "industri-bedriftsbesok",
      activityKey: "industri-oppfolging",
      status: "ongoing",
      comment: "Tolv fulgt opp.",
      indicatorValues: [{ indicatorKey: "oppfolging-bedrifter", value: 20 }],
    }),
  );
  return plan;
}

const options = { locale: "nb", madeOn: "2025-09-30" } as const;

describe("the status report's model", () => {
  it("takes each measure's own report for the period, the latest given, with its comment in full", () => {
    const model = statusReportModel(planWithReports(), "2025-T2", options);
    const visits = model.areas[0]?.measures[0];
    expect(visits).toMatchObject({
      title: "Bedriftsbesøk",
      isReported: true,
      status: "Pågår",
      assessment: "På sporet",
      progress: "60 %",
      comment: "Fire besøk gjort på Gjøvik og Ålesund.\nNeste runde i høst.",
      reported: "10.09.2025 av Kari Nordmann",
    });
    expect(visits?.activities).toEqual([
      expect.objectContaining({ title: "Følge opp besøkene", status: "Pågår", comment: "Tolv fulgt opp." }),
    ]);
    expect(model.summary.intro).toBe("Planen har 5 tiltak, og 1 av dem har rapport for perioden.");
  });

  it("says a measure is not reported for the period, naming its latest earlier report", () => {
    const model = statusReportModel(fixturePlan(), "2025-T2", options);
    expect(model.areas[0]?.measures[0]).toMatchObject({
      isReported: false,
      status: "Ikke rapportert for perioden (siste rapport: Pågår (2024))",
      comment: null,
    });
    expect(model.areas[0]?.measures[1]?.status).toBe("Ikke rapportert for perioden");
  });

  it("takes a tertial's report as the year's, naming the tertial", () => {
    const model = statusReportModel(planWithReports(), "2025", options);
    expect(model.areas[0]?.measures[0]).toMatchObject({ isReported: true, status: "Pågår (2. tertial 2025)" });
    expect(model.areas[0]?.measures[0]?.indicators[0]?.value).toBe("4 besøk (2. tertial 2025)");
    // For 2025-T1 the later report of 2025-T2 is not seen.
    expect(statusReportModel(planWithReports(), "2025-T1", options).areas[0]?.measures[0]?.isReported).toBe(false);
  });

  it("puts each indicator's latest value against its target, with the attainment in words", () => {
    const rows = statusReportModel(planWithReports(), "2025-T2", options).areas[0]?.measures[0]?.indicators;
    const byText = new Map(rows?.map((row) => [row.text, row]));
    expect(byText.get("5 bedriftsbesøk")).toMatchObject({
      value: "4 besøk",
      target: "5 besøk",
      attainment: "4 av 5 (80 %)",
      bucket: "on_the_way",
    });
    // Reported in 2024 only: the value is shown with its period.
    expect(byText.get("12,5 % fornøyde")).toMatchObject({
      value: "11,25 % (2024)",
      attainment: "11,25 av 12,5 (90 %)",
    });
    expect(byText.get("Rapport levert")).toMatchObject({
      value: "15.08.2025",
      target: "innen 30.06.2026",
      attainment: "Oppnådd",
    });
    expect(byText.get("Score 4,2")).toMatchObject({ value: "–", attainment: "Ikke rapportert" });
    expect(byText.get("Beskrivelse av effekt")?.attainment).toBe("Uten mål å måle mot");
    expect(byText.get("Følge opp besøkene: 20 bedrifter fulgt opp")?.attainment).toBe("Oppnådd: 20 av 20 (100 %)");
    expect(byText.get("Lage besøksplan: Besøksplan vedtatt")?.attainment).toBe("Ikke oppnådd, fristen er passert");
  });

  it("counts as the dashboard does", () => {
    const plan = planWithReports();
    const { summary } = statusReportModel(plan, "2025-T2", options);
    const dashboard = planDashboard(plan, "2025-T2");
    expect(summary.total.statuses).toEqual(dashboard.statuses);
    expect(summary.areas.map((a) => a.statuses)).toEqual(dashboard.areas.map((a) => a.statuses));
    expect(summary.areas.map((a) => a.assessments)).toEqual(dashboard.areas.map((a) => a.assessments));
    expect(summary.indicators.map((i) => i.count)).toEqual(
      summary.indicators.map((i) => dashboard.indicators.counts[i.bucket]),
    );
    expect(summary.money.at(-1)?.label).toBe("Sum");
  });

  it("uses the plan's own level words, and the reader's language around them", () => {
    const fixture = statusReportModel(fixturePlan(), "2025-T2", options);
    expect(fixture.areas.map((a) => a.heading)).toEqual([
      "Innsatsområde 1: Industri",
      "Gjennomgående grep 1: Samarbeid",
    ]);
    const english = statusReportModel(gjovik, "2025-T2", { locale: "en", madeOn: "2025-09-30" });
    expect(english.title).toBe("Status report – 2nd tertial 2025");
    expect(english.areas[0]?.heading).toMatch(/^Satsingsområde 1: /);
    expect(english.areas[0]?.measures[0]?.status).toBe("Not reported for the period");
    const noWords = fixturePlan();
    noWords.actionPlan.levelNames = null;
    expect(statusReportModel(noWords, "2025", { locale: "en", madeOn: "2025-09-30" }).areas[1]?.heading).toBe(
      "Strategic move 1: Samarbeid",
    );
    expect(
      statusReportModel(noWords, "2025", { locale: "nn", madeOn: "2025-09-30" }).summary.indicators[4]?.label,
    ).toBe("Ikkje rapportert");
  });
});
