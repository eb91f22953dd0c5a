import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { fixtureApi, PLAN, renderApp } from "../test/render-app.js";
import { fileNameOf } from "./downloads.js";

// jsdom has no object URLs: give the page a stand-in while a test saves a file.
const objectUrls = { createObjectURL: URL.createObjectURL, revokeObjectURL: URL.revokeObjectURL };
afterEach(() => {
  Object.assign(URL, objectUrls);
});

describe("fileNameOf", () => {
  it("takes the UTF-8 name first, then the plain one, then the address", () => {
    expect(fileNameOf(`attachment; filename="a.docx"; filename*=UTF-8''n%C3%A6ring.docx`, "/x")).toBe("næring.docx");
    expect(fileNameOf(`attachment; filename="plan.pdf"`, "/x")).toBe("plan.pdf");
    expect(fileNameOf(null, "/api/plans/p/export?format=csv")).toBe("export");
  });
});

describe("the plan's downloads", () => {
  it("fetches the file, says it is being made, then saves it under the server's name", async () => {
    const created: string[] = [];
    Object.assign(URL, { createObjectURL: vi.fn(() => "blob:x"), revokeObjectURL: vi.fn() });
    const fetchMock = (
      await renderApp(`/plans/${PLAN}`, (path, request) => {
        if (path === `/api/plans/${PLAN}/export`) {
          created.push(request.search.toString());
          return { status: 200, body: { file: true } };
        }
        return fixtureApi(path, request);
      })
    ).fetchMock;
    const section = within(await screen.findByRole("region", { name: "Last ned planen" }));
    fireEvent.click(section.getByRole("button", { name: "Last ned planen: Word (DOCX)" }));
    await waitFor(() => expect(section.getByRole("status").textContent).toMatch(/^Lastet ned /));
    expect(created).toEqual(["format=docx&lang=nb"]);
    expect(fetchMock).toHaveBeenCalled();
  });

  it("says in words when the file could not be made", async () => {
    await renderApp(`/plans/${PLAN}`, (path, request) => {
      if (path === `/api/plans/${PLAN}/export`) {
        return { status: 400, body: { error: { code: "unsupported_format", message: "Ikke støttet" } } };
      }
      return fixtureApi(path, request);
    });
    const section = within(await screen.findByRole("region", { name: "Last ned planen" }));
    fireEvent.click(section.getByRole("button", { name: "Last ned planen: PDF" }));
    await waitFor(() => expect(section.getByRole("status").textContent).toBe("Fikk ikke laget PDF: Ikke støttet"));
  });
});
