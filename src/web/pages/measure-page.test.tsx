import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { PLAN, renderApp } from "../test/render-app.js";

describe("the measure page", () => {
  it("shows the area, strategies with their text and the flagship", async () => {
    await renderApp(`/plans/${PLAN}/measures/industri-bedriftsbesok`);
    expect(await screen.findByRole("heading", { level: 1, name: "Bedriftsbesøk" })).toBeTruthy();
    expect(screen.getAllByRole("link", { name: "Industri" }).length).toBeGreaterThan(0);
    expect(screen.getByText("Tilrettelegge areal.")).toBeTruthy();
    expect(screen.getByText("Besøke bedrifter.")).toBeTruthy();
    expect(screen.getByRole("link", { name: "Industriløftet" })).toBeTruthy();
    expect(screen.getByText("Systematiske besøk hos industribedrifter.")).toBeTruthy();
  });

  it("shows indicators with kind, target and deadline in Norwegian formats", async () => {
    await renderApp(`/plans/${PLAN}/measures/industri-bedriftsbesok`);
    const indicators = await screen.findByRole("region", { name: "Måleindikatorer" });
    expect(within(indicators).getByText("5 bedriftsbesøk")).toBeTruthy();
    expect(within(indicators).getByText("Antall")).toBeTruthy();
    expect(within(indicators).getByText("5 besøk")).toBeTruthy();
    expect(within(indicators).getByText("31.12.2025")).toBeTruthy();
  });

  it("shows funding with amount and the shared source's yearly contribution", async () => {
    await renderApp(`/plans/${PLAN}/measures/industri-bedriftsbesok`);
    const funding = await screen.findByRole("region", { name: "Finansiering" });
    expect(within(funding).getByText("Årlig bidrag kr. 1 000 000,- fra RUP")).toBeTruthy();
    expect(within(funding).getByText("kr 1 000 000, Hvert år")).toBeTruthy();
    expect(within(funding).getByText("Regionalt utviklingsprogram")).toBeTruthy();
    expect(within(funding).getByText("Herav økt ramme: kr 500 000 per år")).toBeTruthy();
  });

  it("names the responsible unit and partners, and each activity's own details", async () => {
    await renderApp(`/plans/${PLAN}/measures/industri-bedriftsbesok`);
    const responsibility = await screen.findByRole("region", { name: "Ansvar" });
    expect(within(responsibility).getByText("Næring i samarbeid med NTNU og formannskapet")).toBeTruthy();
    expect(within(responsibility).getByText("NTNU")).toBeTruthy();
    const activities = screen.getByRole("region", { name: "Deltiltak" });
    expect(within(activities).getByRole("heading", { level: 3, name: "Lage besøksplan" })).toBeTruthy();
    expect(within(activities).getByText("Andre halvår 2025")).toBeTruthy();
    expect(within(activities).getByText("Ja/nei")).toBeTruthy();
  });

  it("shows an unknown strategy as «Ukjent strategi (?)»", async () => {
    await renderApp(`/plans/${PLAN}/measures/industri-gardsbesok`);
    expect(await screen.findByText("Ukjent strategi (?)")).toBeTruthy();
  });

  it("says so when the measure does not exist", async () => {
    await renderApp(`/plans/${PLAN}/measures/finnes-ikke`);
    expect(await screen.findByText("Fant ikke tiltaket «finnes-ikke».")).toBeTruthy();
  });
});
