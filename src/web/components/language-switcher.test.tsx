import { fireEvent, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { i18n, LANGUAGE_STORAGE_KEY } from "../i18n/index.js";
import { PLAN, renderApp } from "../test/render-app.js";

describe("the language switcher", () => {
  afterEach(async () => {
    await i18n.changeLanguage("nb");
  });

  it("changes the headings, remembers the choice and sets <html lang>", async () => {
    await renderApp(`/plans/${PLAN}`);
    expect(await screen.findByRole("heading", { level: 2, name: "Mål og tiltak" })).toBeTruthy();
    expect(document.documentElement.lang).toBe("nb");

    fireEvent.change(screen.getByRole("combobox", { name: "Språk" }), { target: { value: "en" } });
    expect(await screen.findByRole("heading", { level: 2, name: "Goals and measures" })).toBeTruthy();
    // The plan's own level words are not translated.
    expect(screen.getByRole("heading", { level: 3, name: "Innsatsområder" })).toBeTruthy();
    expect(screen.getByRole("link", { name: "Measures" })).toBeTruthy();
    expect(document.documentElement.lang).toBe("en");
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe("en");

    fireEvent.change(screen.getByRole("combobox", { name: "Language" }), { target: { value: "nn" } });
    expect(await screen.findByRole("link", { name: "Andre planar" })).toBeTruthy();
    expect(document.documentElement.lang).toBe("nn");
  });

  it("keeps the plan's own words untranslated", async () => {
    await renderApp(`/plans/${PLAN}`);
    await screen.findByRole("heading", { level: 1 });
    fireEvent.change(screen.getByRole("combobox", { name: "Språk" }), { target: { value: "en" } });
    expect(
      await screen.findByRole("heading", { level: 1, name: "Handlingsplan for strategisk næringsplan 2024 til 2026" }),
    ).toBeTruthy();
    expect(screen.getByRole("link", { name: "Industri" })).toBeTruthy();
  });
});
