import { createContext, type ReactNode, useContext } from "react";
import { useTranslation } from "react-i18next";
import { type Problem, problemMessage } from "./problems.js";

const ProblemsContext = createContext<Problem[]>([]);

/** The problems of the form below, for its fields to show next to them. */
export function FormProblems({ problems, children }: { problems: Problem[]; children: ReactNode }) {
  return <ProblemsContext.Provider value={problems}>{children}</ProblemsContext.Provider>;
}

/** The id of the control for a path: `indicators[0].target` → `field-indicators-0-target`. */
export function fieldId(path: string): string {
  return `field-${path.replace(/[^a-zA-Z0-9]+/g, "-").replace(/-+$/, "") || "form"}`;
}

/**
 * The message for a field, or undefined. A group (checkboxes, a list) also shows the problems of
 * its items (`strategyNumbers[1]` under `strategyNumbers`) unless a field of their own shows them.
 */
export function useFieldError(path: string, group = false): string | undefined {
  const { t } = useTranslation();
  const problems = useContext(ProblemsContext);
  const mine = problems.filter(
    (p) => p.path === path || (group && (p.path.startsWith(`${path}[`) || p.path.startsWith(`${path}.`))),
  );
  if (mine.length === 0) return undefined;
  return [...new Set(mine.map((p) => problemMessage(t, p)))].join(" ");
}

/**
 * The id of the nearest control on the page for a problem's path: the field itself, or the group
 * or list it belongs to (`strategyNumbers[1]` → `strategyNumbers`).
 */
export function nearestFieldId(path: string): string {
  let current = path;
  while (current !== "") {
    const id = fieldId(current);
    if (typeof document !== "undefined" && document.getElementById(id) !== null) return id;
    const shorter = current.replace(/(\[\d+\]|\.[^.[\]]+)$/, "");
    if (shorter === current) break;
    current = shorter;
  }
  return fieldId(path);
}
