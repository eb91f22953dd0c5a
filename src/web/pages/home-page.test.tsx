import { fireEvent, screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { PLAN, renderApp } from "../test/render-app.js";

describe("the start page", () => {
  it("lists the plans as links to their overview", async () => {
    const { router } = await renderApp("/");
    expect(await screen.findByRole("heading", { level: 1, name: "Planer" })).toBeTruthy();
    await waitFor(() => expect(document.title).toBe("Planer – Planspor"));
    fireEvent.click(screen.getByRole("link", { name: "Handlingsplan for strategisk næringsplan 2024 til 2026" }));
    expect(router.state.location.pathname).toBe(`/plans/${PLAN}`);
  });

  it("has a skip link to the main content and landmarks", async () => {
    await renderApp("/");
    await screen.findByRole("heading", { level: 1 });
    const skip = screen.getByRole("link", { name: "Hopp til hovedinnhold" });
    expect(skip.getAttribute("href")).toBe("#main-content");
    expect(screen.getByRole("main").id).toBe("main-content");
    expect(screen.getByRole("banner")).toBeTruthy();
    expect(screen.getByRole("contentinfo")).toBeTruthy();
  });
});

describe("when something is missing or fails", () => {
  it("shows an alert when the API fails, and tries again on request", async () => {
    let calls = 0;
    await renderApp("/", () => {
      calls += 1;
      return calls === 1
        ? { status: 500, body: { error: { code: "internal", message: "Databasen svarer ikke" } } }
        : { status: 200, body: [] };
    });
    expect(await screen.findByRole("heading", { name: "Noe gikk galt" })).toBeTruthy();
    expect(screen.getByText("Feilmelding fra tjenesten: Databasen svarer ikke")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Prøv igjen" }));
    expect(await screen.findByText("Det finnes ingen planer ennå.")).toBeTruthy();
    expect(calls).toBe(2);
  });

  it("says a plan does not exist when the API answers 404", async () => {
    await renderApp("/plans/ukjent-plan");
    expect(await screen.findByRole("heading", { level: 1, name: "Fant ikke siden" })).toBeTruthy();
    expect(screen.getByText("Fant ingen plan med nøkkelen «ukjent-plan».")).toBeTruthy();
  });

  it("has a not-found page for unknown addresses", async () => {
    await renderApp("/finnes/ikke");
    expect(await screen.findByRole("heading", { level: 1, name: "Fant ikke siden" })).toBeTruthy();
    expect(screen.getByRole("link", { name: "Gå til alle planer" })).toBeTruthy();
  });
});
