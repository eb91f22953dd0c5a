/** The action plan document through the API: Gjøvik's plan as DOCX and PDF, whole or one area, in nb or en. */
import { strFromU8, unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestServer, type TestServer } from "./test-server.js";

const KEY = "gjovik-naering-2024-2026";
const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

let server: TestServer;
beforeAll(async () => {
  server = await createTestServer();
});
afterAll(async () => {
  await server?.dispose();
});

const get = (query: string) => server.app.inject({ method: "GET", url: `/api/plans/${KEY}/export?${query}` });

/** The text of the Word document's body, its paragraphs' runs joined, with a marker per table row. */
function docxText(bytes: Buffer): string {
  const xml = strFromU8(unzipSync(new Uint8Array(bytes))["word/document.xml"] ?? new Uint8Array());
  return xml
    .replace(/<w:tr[ >]/g, "\n[row]$&")
    .replace(/<\/w:p>/g, "\n")
    .replace(/<[^>]+>/g, "");
}
const rowCount = (text: string) => text.split("[row]").length - 1;

describe("GET /api/plans/{key}/export?format=docx|pdf", () => {
  it("sends the whole plan as a Word document to download", async () => {
    const res = await get("format=docx");
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toBe(DOCX);
    expect(res.headers["content-disposition"]).toMatch(/^attachment; filename="gjovik-naering-2024-2026\.docx"/);
    const text = docxText(res.rawPayload);
    expect(text).toContain("Satsingsområde 1: En kommune med nasjonalt ledende industri");
    expect(text).toContain("Gjennomføre bedriftsbesøk for å identifisere utviklingsprosjekter");
    // 27 measures and 10 related plans, with a header row for each of the 10 tables.
    expect(rowCount(text)).toBe(27 + 10 + 10);
  });

  it("sends the whole plan as a PDF to download", async () => {
    const res = await get("format=pdf");
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toBe("application/pdf");
    expect(res.headers["content-disposition"]).toMatch(/^attachment; filename="gjovik-naering-2024-2026\.pdf"/);
    expect(res.rawPayload.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  });

  it("gives one area's measures alone when asked for an area", async () => {
    const whole = await get("format=docx");
    const res = await get("format=docx&area=naeringsarealer");
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-disposition"]).toMatch(/filename="gjovik-naering-2024-2026-naeringsarealer\.docx"/);
    const text = docxText(res.rawPayload);
    expect(text).toContain("Strategisk grep 2: Næringsarealer");
    expect(text).not.toContain("Satsingsområde 1: En kommune med nasjonalt ledende industri");
    expect(text).not.toContain("Gjennomføre bedriftsbesøk for å identifisere utviklingsprosjekter");
    // Its 3 measures under one header row; no related plan links to it.
    expect(rowCount(text)).toBe(3 + 1);
    // No flagship is described under this area.
    expect(text).not.toContain("Fyrtårnprosjekter");
    expect(res.rawPayload.length).toBeLessThan(whole.rawPayload.length);

    const digital = docxText((await get("format=docx&area=digital")).rawPayload);
    expect(digital).toContain("Gjøvik Cyber City");
    expect(digital).not.toContain("Skjerven Biopark");

    const pdf = await get("format=pdf&area=naeringsarealer");
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers["content-disposition"]).toMatch(/filename="gjovik-naering-2024-2026-naeringsarealer\.pdf"/);
    expect(pdf.rawPayload.length).toBeLessThan((await get("format=pdf")).rawPayload.length);
  });

  it("writes the words around the plan's own in English when asked", async () => {
    const text = docxText((await get("format=docx&lang=en")).rawPayload);
    expect(text).toContain("Measure\nStrategy\nIndicator\nFunding\nResponsible\nStart\n");
    expect(text).toContain("Other plans and projects");
    const pdf = await get("format=pdf&lang=en");
    expect(pdf.statusCode).toBe(200);
  });

  it("answers 404 for an area the plan does not have", async () => {
    for (const format of ["docx", "pdf"]) {
      const res = await get(`format=${format}&area=finnes-ikke`);
      expect(res.statusCode).toBe(404);
    }
  });
});
