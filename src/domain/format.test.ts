import { describe, expect, it } from "vitest";
import { dateInNorway, formatDate, formatNok, formatNumberRefs } from "./format.js";

describe("Norwegian formats", () => {
  it("writes money as «kr 1 000 000» with non-breaking spaces", () => {
    expect(formatNok(1_000_000)).toBe("kr\u00a01\u00a0000\u00a0000");
    expect(formatNok(300_000, "en")).toBe("NOK\u00a0300,000");
  });

  it("writes dates as «31.12.2025»", () => {
    expect(formatDate("2025-12-31")).toBe("31.12.2025");
    expect(formatDate("2025-12-31", "nn")).toBe("31.12.2025");
    expect(formatDate("2025-12-31", "en")).toBe("31 Dec 2025");
  });

  it("writes numbered references as the plan does: «1, 2 og 3», unknown as «?»", () => {
    expect(formatNumberRefs([1, 2, 3])).toBe("1, 2 og 3");
    expect(formatNumberRefs([2, "unknown"], "en")).toBe("2 and ?");
    expect(formatNumberRefs([4])).toBe("4");
  });

  it("gives the calendar date in Norway, which is a day ahead of UTC late in the evening", () => {
    expect(dateInNorway(new Date("2025-12-31T23:30:00Z"))).toBe("2026-01-01");
    expect(dateInNorway(new Date("2025-06-30T21:59:00Z"))).toBe("2025-06-30");
  });
});
