/**
 * Importing files through the API against the real app and database: an edited XLSX of Gjøvik's
 * plan previewed (a changed title «changed», a new activity row «new») and applied, a stale version,
 * and bad files — each refused with a clear error, the plan unchanged afterwards.
 */
import ExcelJS from "exceljs";
import { strToU8, unzipSync, zipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PlanDocument } from "../domain/plan-schema.js";
import { versionOf } from "../domain/versions.js";
import { createTestServer, type TestServer } from "./test-server.js";

const KEY = "gjovik-naering-2024-2026";
const BASE = `/api/plans/${KEY}`;

let server: TestServer;
beforeAll(async () => {
  server = await createTestServer();
});
afterAll(async () => {
  await server?.dispose();
});

async function post(url: string, file: Uint8Array, user?: string) {
  const who = user === undefined ? {} : (await server.writer(user)).headers;
  const headers: Record<string, string> = { "content-type": "application/octet-stream", ...who };
  const res = await server.app.inject({ method: "POST", url, payload: Buffer.from(file), headers });
  return { status: res.statusCode, body: res.json() };
}

async function loadPlan(): Promise<PlanDocument> {
  return (await server.app.inject({ method: "GET", url: BASE })).json() as PlanDocument;
}

async function exportXlsx(): Promise<Uint8Array> {
  const res = await server.app.inject({ method: "GET", url: `${BASE}/export?format=xlsx` });
  expect(res.statusCode).toBe(200);
  return res.rawPayload;
}

/** The exported workbook with `edit` applied to its «Tiltak» sheet (headers → column numbers). */
async function editedXlsx(edit: (sheet: ExcelJS.Worksheet, col: (header: string) => number) => void) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await exportXlsx()) as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet("Tiltak");
  if (sheet === undefined) throw new Error("No sheet «Tiltak»");
  const headers = (sheet.getRow(1).values as unknown[]).map((v) => String(v ?? ""));
  edit(sheet, (header) => headers.indexOf(header));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const findRow = (sheet: ExcelJS.Worksheet, col: number, value: string) => {
  for (let r = 2; r <= sheet.rowCount; r++) if (sheet.getRow(r).getCell(col).value === value) return r;
  throw new Error(`No row with ${value}`);
};

describe("importing an edited XLSX", () => {
  it("previews a changed title and a new activity, then applies them with their history", async () => {
    const file = await editedXlsx((sheet, col) => {
      const r = findRow(sheet, col("Tiltaksnøkkel"), "industri-bedriftsbesok");
      sheet.getRow(r).getCell(col("Tittel")).value = "Bedriftsbesøk hos industrien – nå også på Biri";
      const added = sheet.addRow([]);
      added.getCell(col("Rad")).value = "aktivitet";
      added.getCell(col("Tiltaksnøkkel")).value = "industri-bedriftsbesok";
      added.getCell(col("Tittel")).value = "Følge opp besøkene med en rapport til formannskapet";
    });
    const before = await loadPlan();
    const preview = await post(`${BASE}/import/preview?format=xlsx`, file);
    expect(preview.status).toBe(200);
    expect(preview.body.version).toBe(versionOf(before));
    expect(preview.body.changes).toBe(true);
    const measures = preview.body.preview.areas.flatMap((a: { measures: unknown[] }) => a.measures);
    const measure = measures.find((m: { key: string }) => m.key === "industri-bedriftsbesok");
    expect(measure).toMatchObject({ change: "changed", fields: ["title"] });
    expect(measure.activities.at(-1)).toMatchObject({ change: "new", title: expect.stringMatching(/^Følge opp/) });
    expect(preview.body.preview.counts.measures).toMatchObject({ changed: 1, new: 0, removed: 0 });
    expect(preview.body.preview.counts.activities.new).toBe(1);
    expect(versionOf(await loadPlan())).toBe(versionOf(before));

    const applied = await post(`${BASE}/import?format=xlsx&version=${preview.body.version}`, file, "Åse Ødegård");
    expect(applied.status).toBe(200);
    const after = await loadPlan();
    expect(applied.body.version).toBe(versionOf(after));
    const stored = after.focusAreas.flatMap((a) => a.measures).find((m) => m.key === "industri-bedriftsbesok");
    expect(stored?.title).toBe("Bedriftsbesøk hos industrien – nå også på Biri");
    expect(stored?.activities.at(-1)?.title).toBe("Følge opp besøkene med en rapport til formannskapet");
    const audit = await server.app.inject({
      method: "GET",
      url: `/api/audit?plan=${KEY}&entityType=measure&entityKey=industri-bedriftsbesok`,
    });
    expect(audit.json().events[0]).toMatchObject({ action: "updated", actor: "Åse Ødegård" });

    // The same file again against the plan as it is now: a stale version.
    const stale = await post(`${BASE}/import?format=xlsx&version=${preview.body.version}`, file);
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe("version_conflict");
    expect(versionOf(await loadPlan())).toBe(versionOf(after));

    // Exported again and read back, the plan is unchanged.
    const again = await post(`${BASE}/import/preview?format=xlsx`, await exportXlsx());
    expect(again.body.changes).toBe(false);
  });

  it("reads the CSV export back unchanged", async () => {
    const csv = (await server.app.inject({ method: "GET", url: `${BASE}/export?format=csv` })).rawPayload;
    const res = await post(`${BASE}/import/preview?format=csv`, csv);
    expect(res.status).toBe(200);
    expect(res.body.changes).toBe(false);
  });
});

describe("the other formats go through the same preview", () => {
  it("reads the plan's JSON back unchanged and refuses another plan's", async () => {
    const json = (await server.app.inject({ method: "GET", url: `${BASE}/export?format=json` })).rawPayload;
    const same = await post(`${BASE}/import/preview?format=json`, json);
    expect(same.status).toBe(200);
    expect(same.body.changes).toBe(false);
    const other = JSON.parse(json.toString("utf8"));
    other.actionPlan.key = "en-annen-plan";
    const res = await post(`${BASE}/import/preview?format=json`, strToU8(JSON.stringify(other)));
    expect(res.status).toBe(400);
    expect(res.body.error.problems).toEqual([expect.objectContaining({ code: "wrong_plan" })]);
  });

  it("hands Word and StratML files to their readers, whose problems come back the same way", async () => {
    for (const format of ["docx", "stratml"]) {
      const res = await post(`${BASE}/import/preview?format=${format}`, strToU8("ikke en gyldig fil"));
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe("invalid_input");
      expect(res.body.error.problems.length).toBeGreaterThan(0);
    }
  });

  it("refuses an unknown format and an empty file", async () => {
    expect((await post(`${BASE}/import/preview?format=pdf`, strToU8("x"))).status).toBe(400);
    const empty = await post(`${BASE}/import/preview?format=csv`, new Uint8Array());
    expect(empty.status).toBe(400);
    expect(empty.body.error.problems).toEqual([expect.objectContaining({ code: "empty_file" })]);
  });
});

describe("bad files are refused with a clear error and change nothing", () => {
  const zipWith = (parts: Record<string, Uint8Array>) => zipSync(parts);
  const cases: Array<
    [string, () => Promise<{ status: number; body: { error: Record<string, unknown> } }>, number, string]
  > = [
    [
      "not a spreadsheet",
      () => post(`${BASE}/import/preview?format=xlsx`, strToU8("Dette er ikke et regneark")),
      400,
      "not_a_spreadsheet",
    ],
    [
      "a zip that is no workbook",
      () => post(`${BASE}/import/preview?format=xlsx`, zipWith({ "a.txt": strToU8("hei") })),
      400,
      "not_a_spreadsheet",
    ],
    [
      "wrong columns",
      () => post(`${BASE}/import/preview?format=csv`, strToU8("Navn;Alder\nÅse;42\n")),
      400,
      "wrong_columns",
    ],
    [
      "a 50 MB file",
      () => post(`${BASE}/import/preview?format=xlsx`, new Uint8Array(50 * 1024 * 1024)),
      413,
      "payload_too_large",
    ],
    [
      "a zip bomb",
      () =>
        post(
          `${BASE}/import/preview?format=xlsx`,
          zipWith({
            "[Content_Types].xml": strToU8("<Types/>"),
            "xl/workbook.xml": strToU8("<workbook/>"),
            "xl/worksheets/sheet1.xml": new Uint8Array(20 * 1024 * 1024),
          }),
        ),
      400,
      "zip_bomb",
    ],
  ];

  for (const [name, send, status, code] of cases) {
    it(`refuses ${name}`, async () => {
      const before = versionOf(await loadPlan());
      const res = await send();
      expect(res.status).toBe(status);
      expect(res.body.error.code).toBe(status === 413 ? code : "invalid_input");
      if (status === 400) {
        const problems = res.body.error.problems as Array<{ code: string }>;
        expect(problems.length).toBeGreaterThan(0);
        for (const problem of problems) expect(problem.code).toBe(code);
      }
      expect(versionOf(await loadPlan())).toBe(before);
    });
  }

  it("refuses a workbook whose XML declares a DOCTYPE with an external entity", async () => {
    const parts = unzipSync(await exportXlsx());
    const xml = new TextDecoder().decode(parts["xl/workbook.xml"]);
    const evil = xml.replace("?>", '?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>');
    const before = versionOf(await loadPlan());
    const res = await post(
      `${BASE}/import/preview?format=xlsx`,
      zipSync({ ...parts, "xl/workbook.xml": strToU8(evil) }),
    );
    expect(res.status).toBe(400);
    expect(res.body.error.problems).toEqual([expect.objectContaining({ code: "xml_entities" })]);
    const applied = await post(
      `${BASE}/import?format=xlsx&version=${before}`,
      zipSync({ ...parts, "xl/workbook.xml": strToU8(evil) }),
    );
    expect(applied.status).toBe(400);
    expect(versionOf(await loadPlan())).toBe(before);
  });

  it("refuses a strategy number the area lacks, at its row and column", async () => {
    const file = await editedXlsx((sheet, col) => {
      const r = findRow(sheet, col("Tiltaksnøkkel"), "industri-bedriftsbesok");
      sheet.getRow(r).getCell(col("Strategier")).value = "1, 99";
    });
    const before = versionOf(await loadPlan());
    const res = await post(`${BASE}/import?format=xlsx&version=${before}`, file);
    expect(res.status).toBe(400);
    expect(res.body.error.problems).toEqual([
      expect.objectContaining({ code: "unknown_strategy", column: "Strategier", row: expect.any(Number) }),
    ]);
    expect(res.body.error.problems[0].message).toMatch(/99/);
    expect(versionOf(await loadPlan())).toBe(before);
  });
});
