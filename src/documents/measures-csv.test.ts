import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { fixturePlan } from "../domain/test-fixtures.js";
import { measuresCsv } from "./measures-csv.js";

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
});
