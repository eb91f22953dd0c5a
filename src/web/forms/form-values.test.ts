import { describe, expect, it } from "vitest";
import { formatNumber, moved, parseNumber, suggestKey } from "./form-values.js";

describe("form values", () => {
  it("suggests a key from a title with Norwegian letters", () => {
    expect(suggestKey("Bedriftsbesøk på gårder & Æbler!")).toBe("bedriftsbesok-pa-garder-aebler");
    expect(suggestKey("  --Ny   strategi 2 ")).toBe("ny-strategi-2");
  });

  it("parses numbers as Norwegians write them", () => {
    expect(parseNumber("1 000 000")).toBe(1_000_000);
    expect(parseNumber("3,6")).toBe(3.6);
    expect(parseNumber("-1,5")).toBe(-1.5);
    expect(parseNumber("")).toBeNull();
    expect(parseNumber("mye")).toBe("mye");
    expect(formatNumber(4.2)).toBe("4,2");
  });

  it("moves an item up and down", () => {
    expect(moved(["a", "b", "c"], 1, -1)).toEqual(["b", "a", "c"]);
    expect(moved(["a", "b", "c"], 2, 1)).toEqual(["a", "b", "c"]);
  });
});
