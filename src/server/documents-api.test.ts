/**
 * The plan as files through the API: Gjøvik's plan as DOCX and PDF, whole or one area, in nb or en;
 * a generated plan of 1,000 measures as CSV and XLSX streamed over a real connection, and as JSON.
 */
import http, { type IncomingHttpHeaders } from "node:http";
import { Readable } from "node:stream";
import Fastify from "fastify";
import { strFromU8, unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { savePlanDocument } from "../db/plan-store.js";
import { generatedPlan } from "../db/test-plans.js";
import { parseMeasuresFile } from "../documents/measures-import.js";
import { planJson } from "../documents/plan-json.js";
import type { PlanDocument } from "../domain/plan-schema.js";
import { versionOf } from "../domain/versions.js";
import { sendFile } from "./routes/documents.js";
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

describe("GET /api/plans/{key}/export?format=csv|xlsx|json of a plan of 1,000 measures, over HTTP", () => {
  const BIG = "stor-plan";
  let base = "";
  let plan: PlanDocument;
  beforeAll(async () => {
    await savePlanDocument(server.ctx.database, generatedPlan(BIG, 20, 50), { replace: false });
    plan = (await server.app.inject({ method: "GET", url: `/api/plans/${BIG}` })).json() as PlanDocument;
    base = await server.app.listen({ port: 0, host: "127.0.0.1" });
  });

  /** A real request (inject would buffer): the status, headers, body and how many pieces it came in. */
  function download(query: string): Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }> {
    return new Promise((resolve, reject) => {
      const headers = { cookie: server.admin?.headers.cookie ?? "" };
      http
        .get(`${base}/api/plans/${BIG}/export?${query}`, { headers }, (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (chunk: Buffer) => chunks.push(chunk));
          res.on("end", () =>
            resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
          );
          res.on("error", reject);
        })
        .on("error", reject);
    });
  }

  it("streams the CSV and the XLSX in chunks, and both read back to the same measures", async () => {
    expect(plan.focusAreas.flatMap((a) => a.measures)).toHaveLength(1000);
    for (const format of ["csv", "xlsx"] as const) {
      const res = await download(`format=${format}`);
      expect(res.status).toBe(200);
      expect(res.headers["content-length"]).toBeUndefined();
      expect(res.headers["transfer-encoding"]).toBe("chunked");
      expect(res.headers["content-disposition"]).toMatch(new RegExp(`filename="${BIG}\\.${format}"`));
      const skipped = format === "xlsx" ? ["sheet «Forklaring»"] : [];
      expect(await parseMeasuresFile(res.body, format, plan)).toEqual({ ok: true, plan, skipped });
    }
  });

  it("sends the whole plan's JSON pretty-printed as before, made again after a change", async () => {
    const first = await download("format=json");
    expect(first.status).toBe(200);
    expect(first.headers["content-length"]).toBe(String(first.body.length));
    expect(first.body.equals(planJson(plan))).toBe(true);
    expect((await download("format=json")).body.equals(first.body)).toBe(true);

    const measure = plan.focusAreas[0]?.measures[0];
    if (measure === undefined) throw new Error("no measure");
    const changed = await server.app.inject({
      method: "PUT",
      url: `/api/plans/${BIG}/measures/${measure.key}`,
      payload: { version: versionOf(measure), data: { ...measure, title: "Et nytt navn" } },
    });
    expect(changed.statusCode).toBe(200);
    const after = await download("format=json");
    const stored = (await server.app.inject({ method: "GET", url: `/api/plans/${BIG}` })).json() as PlanDocument;
    expect(stored.focusAreas[0]?.measures[0]?.title).toBe("Et nytt navn");
    expect(after.body.equals(planJson(stored))).toBe(true);

    const area = await download("format=json&area=omrade-2");
    expect((JSON.parse(area.body.toString("utf8")) as PlanDocument).focusAreas.map((a) => a.key)).toEqual(["omrade-2"]);
  });
});

describe("sendFile with a stream that fails", () => {
  /** A bare server sending a stream that gives `before` bytes, then fails. */
  async function failingServer(before: number) {
    const app = Fastify({ logger: false });
    app.get("/file", (_request, reply) => {
      const stream = new Readable({ read() {} });
      if (before > 0) {
        stream.push(Buffer.alloc(before, 65));
        setTimeout(() => stream.destroy(new Error("the writer failed")), 50);
      } else {
        // At once, while the (slow) onSend hook below still holds the answer: nobody listens yet but sendFile.
        stream.destroy(new Error("the writer failed"));
      }
      return sendFile(reply, { stream, contentType: "text/csv", fileName: "a.csv" });
    });
    app.addHook("onSend", async (_request, _reply, payload) => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      return payload;
    });
    app.get("/ok", () => ({ ok: true }));
    const url = await app.listen({ port: 0, host: "127.0.0.1" });
    return { app, url };
  }

  it("cuts the connection after the first bytes went, and the server goes on", async () => {
    const { app, url } = await failingServer(1000);
    try {
      const outcome = await new Promise<{ status: number; received: number; aborted: boolean }>((resolve) => {
        http.get(`${url}/file`, (res) => {
          let received = 0;
          res.on("data", (chunk: Buffer) => {
            received += chunk.length;
          });
          res.on("close", () => resolve({ status: res.statusCode ?? 0, received, aborted: !res.complete }));
        });
      });
      expect(outcome).toEqual({ status: 200, received: 1000, aborted: true });
      expect((await app.inject({ method: "GET", url: "/ok" })).json()).toEqual({ ok: true });
    } finally {
      await app.close();
    }
  });

  it("answers an error when the stream fails before its first byte", async () => {
    const { app, url } = await failingServer(0);
    try {
      const status = await new Promise<number>((resolve) => {
        http.get(`${url}/file`, (res) => {
          res.resume();
          res.on("end", () => resolve(res.statusCode ?? 0));
        });
      });
      expect(status).toBe(500);
    } finally {
      await app.close();
    }
  });
});
