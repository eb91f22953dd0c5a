import { describe, expect, it } from "vitest";
import { keyFromText } from "./keys.js";
import { Key } from "./plan-schema.js";

describe("keyFromText", () => {
  it("writes Norwegian letters and accents as plain letters, everything else as single hyphens", () => {
    expect(keyFromText("Bedriftsbesøk i Øst – «nå»!")).toBe("bedriftsbesok-i-ost-na");
    expect(keyFromText("Næringsliv, Æbleø & Café Ærø")).toBe("naeringsliv-aebleo-cafe-aero");
    expect(keyFromText("Kœur")).toBe("kour");
  });

  it("cuts to words and length without a trailing hyphen, and is empty when nothing is left", () => {
    expect(keyFromText("en to tre fire", { maxWords: 2 })).toBe("en-to");
    expect(keyFromText("abc defgh", { maxLength: 4 })).toBe("abc");
    expect(keyFromText("«» – !")).toBe("");
  });

  it("always gives a valid key when it gives one", () => {
    for (const text of ["Å være eller ikke", "2025: Første halvår", "x".repeat(300)]) {
      expect(Key.safeParse(keyFromText(text)).success).toBe(true);
    }
  });
});
