/** The status report through the API, on Gjøvik's plan: DOCX and PDF downloads, the language, bad periods, unknown plans. */
import { strFromU8, unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestServer, type TestServer } from "./test-server.js";

const KEY = "gjovik-naering-2024-2026";
const REPORT_URL = `/api/plans/${KEY}/status-report`;

let server: TestServer;
beforeAll(async () => {
  server = await createTestServer();
});
afterAll(async () => {
  await server?.dispose();
});

const get = (url: string) => server.app.inject({ method: "GET", url });

/** The text of word/document.xml, tags dropped: enough to see which words the document holds. */
function docxText(bytes: Buffer): string {
  const xml = strFromU8(unzipSync(new Uint8Array(bytes))["word/document.xml"] ?? new Uint8Array());
  return xml.replace(/<[^>]+>/g, "");
}

describe("GET /api/plans/{key}/status-report", () => {
  it("downloads the report for a period as DOCX, named after the plan and the period", async () => {
    const res = await get(`${REPORT_URL}?format=docx&period=2025-T2`);
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    const name = `${KEY}-statusrapport-2025-T2.docx`;
    expect(res.headers["content-disposition"]).toBe(`attachment; filename="${name}"; filename*=UTF-8''${name}`);
    const text = docxText(res.rawPayload);
    expect(text).toContain("Statusrapport – 2. tertial 2025");
    expect(text).toContain("Ikke rapportert for perioden");
  });

  it("downloads the report as PDF", async () => {
    const res = await get(`${REPORT_URL}?format=pdf&period=2025-T2`);
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toBe("application/pdf");
    expect(res.headers["content-disposition"]).toContain(`filename="${KEY}-statusrapport-2025-T2.pdf"`);
    expect(res.rawPayload.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  });

  it("writes the words around the plan's own in English when asked", async () => {
    const res = await get(`${REPORT_URL}?format=docx&period=2025-T2&lang=en`);
    expect(res.statusCode).toBe(200);
    const text = docxText(res.rawPayload);
    expect(text).toContain("Status report – 2nd tertial 2025");
    expect(text).toContain("Not reported for the period");
    // The plan's own level words stay as the plan writes them.
    expect(text).toContain("Satsingsområde 1:");
    const pdf = await get(`${REPORT_URL}?format=pdf&period=2025&lang=en`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers["content-disposition"]).toContain(`filename="${KEY}-statusrapport-2025.pdf"`);
  });

  it("answers 400 for a period outside the plan or not a period, and for an unknown format", async () => {
    expect((await get(`${REPORT_URL}?format=docx&period=2030-T1`)).statusCode).toBe(400);
    expect((await get(`${REPORT_URL}?format=pdf&period=2023`)).statusCode).toBe(400);
    expect((await get(`${REPORT_URL}?format=pdf&period=tertial`)).statusCode).toBe(400);
    expect((await get(`${REPORT_URL}?format=xlsx&period=2025-T2`)).statusCode).toBe(400);
  });

  it("answers 404 for an unknown plan", async () => {
    expect((await get("/api/plans/finnes-ikke/status-report?format=docx&period=2025-T2")).statusCode).toBe(404);
  });
});
