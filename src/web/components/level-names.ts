/**
 * The names of a plan's levels as the plan itself says them («satsingsområde» in Gjøvik,
 * «innsatsområde» elsewhere), or the UI's own words in the reader's language when the plan sets
 * none. Every place in the UI that names a level takes the word from here.
 */
import { useTranslation } from "react-i18next";
import type { FocusAreaKind, Level, PlanDocument } from "../../domain/plan-schema.js";

export type LevelNamer = {
  /** The word as used inside a sentence: «satsingsområde», «strategier». */
  name(level: Level, plural?: boolean): string;
  /** The word opening a heading or a label: «Satsingsområde», «Strategier». */
  title(level: Level, plural?: boolean): string;
  /** The level of an area of the given kind. */
  areaLevel(kind: FocusAreaKind): Level;
};

const capitalize = (word: string) => word.charAt(0).toLocaleUpperCase("nb") + word.slice(1);

export function useLevelNames(plan: PlanDocument): LevelNamer {
  const { t } = useTranslation();
  const own = plan.actionPlan.levelNames;
  const name = (level: Level, plural = false) => {
    const form = plural ? "plural" : "singular";
    return own?.[level][form] ?? t(`levels.${level}.${form}`);
  };
  return {
    name,
    title: (level, plural) => capitalize(name(level, plural)),
    areaLevel: (kind) => (kind === "focus_area" ? "focusArea" : "strategicMove"),
  };
}
