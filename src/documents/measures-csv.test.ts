import { buffer } from "node:stream/consumers";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { generatedPlan } from "../db/test-plans.js";
import { fixturePlan } from "../domain/test-fixtures.js";
import { measuresCsv, measuresCsvStream } from "./measures-csv.js";
import { expectStopsWhenReaderLeaves } from "./stream-test-support.js";

describe("measuresCsv", () => {
  it("writes UTF-8 with a BOM, semicolons and CRLF, one row per measure and activity", () => {
    const plan = fixturePlan();
    const bytes = measuresCsv(plan, { locale: "nb", madeOn: "2025-05-01" });
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString("utf8");
    expect(text.split("\r\n")[0]).toMatch(/^\uFEFFRad;Områdenøkkel;Område;Tiltaksnøkkel;/);
    const records = parse(text, { delimiter: ";", bom: true }) as string[][];
    const rows = plan.focusAreas.flatMap((a) => a.measures.flatMap((m) => [m, ...m.activities])).length;
    expect(records.length).toBe(rows + 1);
    expect(records[1]?.[2]).toBe("Satsingsområde 1: Industri");
  });

  it("puts an apostrophe before a text a spreadsheet would take for a formula", () => {
    const plan = fixturePlan();
    const measure = plan.focusAreas[0]?.measures[0];
    if (measure === undefined) throw new Error("fixture");
    measure.title = '=HYPERLINK("http://x")';
    measure.description = "-2 bedrifter";
    const records = parse(measuresCsv(plan, { locale: "nb", madeOn: "2025-05-01" }).toString("utf8"), {
      delimiter: ";",
      bom: true,
    }) as string[][];
    expect(records[1]?.[5]).toBe('\'=HYPERLINK("http://x")');
    expect(records[1]?.[6]).toBe("'-2 bedrifter");
  });

  it("streams the same bytes, in pieces as it makes them", async () => {
    for (const plan of [fixturePlan(), generatedPlan("stor-plan", 20, 50)]) {
      for (const locale of ["nb", "en"] as const) {
        const options = { locale, madeOn: "2025-05-01" };
        expect((await buffer(measuresCsvStream(plan, options))).equals(measuresCsv(plan, options))).toBe(true);
      }
    }
    // 1,000 measures with 2 activities each (640 kB): in pieces as the records are made, not one at the end.
    let chunks = 0;
    for await (const _ of measuresCsvStream(generatedPlan("stor-plan", 20, 50), { locale: "nb", madeOn: "x" }))
      chunks++;
    expect(chunks).toBeGreaterThan(10);
  });

  it("stops making the file when the reader goes away", async () => {
    await expectStopsWhenReaderLeaves((plan) => measuresCsvStream(plan, { locale: "nb", madeOn: "x" }), 10_000);
  });
});
