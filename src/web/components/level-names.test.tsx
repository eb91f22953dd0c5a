import { renderHook } from "@testing-library/react";
import type { ReactNode } from "react";
import { I18nextProvider } from "react-i18next";
import { beforeEach, describe, expect, it } from "vitest";
import { fixturePlan } from "../../domain/test-fixtures.js";
import { i18n } from "../i18n/index.js";
import { useLevelNames } from "./level-names.js";

const wrapper = ({ children }: { children: ReactNode }) => <I18nextProvider i18n={i18n}>{children}</I18nextProvider>;

describe("useLevelNames", () => {
  beforeEach(async () => {
    await i18n.changeLanguage("nb");
  });

  it("uses the plan's own words for its levels", () => {
    const { result } = renderHook(() => useLevelNames(fixturePlan()), { wrapper });
    expect(result.current.name("focusArea")).toBe("innsatsområde");
    expect(result.current.title("subGoal", true)).toBe("Resultatmål");
    expect(result.current.title("activity", true)).toBe("Aktiviteter");
  });

  it("falls back to the UI's words in the reader's language when the plan names none", async () => {
    const plan = fixturePlan();
    const bare = { ...plan, actionPlan: { ...plan.actionPlan, levelNames: null } };
    const { result, rerender } = renderHook(() => useLevelNames(bare), { wrapper });
    expect(result.current.title("focusArea", true)).toBe("Satsingsområder");
    await i18n.changeLanguage("en");
    rerender();
    expect(result.current.title("strategicMove")).toBe("Strategic move");
  });
});
