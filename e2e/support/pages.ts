/** Every page of the app, at one address each, as the browser tests visit them. */
import type { PlanDocument } from "../../src/domain/plan-schema.js";
import { PLAN_KEY } from "./browser.js";

export function allPages(plan: PlanDocument): Array<{ name: string; path: string }> {
  const base = `/plans/${PLAN_KEY}`;
  const firstArea = plan.focusAreas[0];
  const measures = plan.focusAreas.flatMap((a) => a.measures);
  // The measure with the most activities shows the most of what a measure page can hold.
  const richest = [...measures].sort((a, b) => b.activities.length - a.activities.length)[0];
  return [
    { name: "plans", path: "/" },
    { name: "overview", path: base },
    ...plan.focusAreas.map((area) => ({ name: `area ${area.key}`, path: `${base}/areas/${area.key}` })),
    ...(richest ? [{ name: `measure ${richest.key}`, path: `${base}/measures/${richest.key}` }] : []),
    { name: "measures", path: `${base}/measures` },
    ...(firstArea ? [{ name: "measures filtered", path: `${base}/measures?area=${firstArea.key}&q=a` }] : []),
    { name: "flagships", path: `${base}/flagships` },
    { name: "related plans", path: `${base}/related-plans` },
    // Reporting.
    { name: "reporting round", path: `${base}/reporting?period=2025-T1` },
    { name: "unit to-do list", path: `${base}/reporting/units/naering?period=2025-T1` },
    ...(richest
      ? [{ name: `report ${richest.key}`, path: `${base}/measures/${richest.key}/report?period=2025-T1` }]
      : []),
    // Insight and search.
    { name: "dashboard", path: `${base}/dashboard` },
    { name: "coverage", path: `${base}/coverage` },
    { name: "budget", path: `${base}/budget` },
    { name: "timeline", path: `${base}/timeline` },
    { name: "timeline filtered", path: `${base}/timeline?unit=naering` },
    { name: "search", path: `/search?q=bedrifter` },
    // Revisions (Gjøvik's revision 1 is a draft: the roll page says it must be adopted first).
    { name: "revisions", path: `${base}/revisions` },
    { name: "compare revisions", path: `${base}/revisions/compare?from=1&to=1` },
    { name: "evaluate", path: `${base}/revisions/evaluate?year=2024` },
    { name: "roll", path: `${base}/revisions/roll` },
    // Editing.
    { name: "edit hub", path: `${base}/edit` },
    { name: "edit settings", path: `${base}/edit/settings` },
    { name: "import", path: `${base}/edit/import` },
    ...(firstArea ? [{ name: `edit area ${firstArea.key}`, path: `${base}/edit/areas/${firstArea.key}` }] : []),
    { name: "new area", path: `${base}/edit/areas/new` },
    ...(richest ? [{ name: `edit measure ${richest.key}`, path: `${base}/edit/measures/${richest.key}` }] : []),
    ...(firstArea ? [{ name: "new measure", path: `${base}/edit/areas/${firstArea.key}/measures/new` }] : []),
    ...(["actors", "funding-sources", "flagships", "related-plans"] as const).map((list) => ({
      name: `edit ${list}`,
      path: `${base}/edit/${list}`,
    })),
    // People and access (the browser is the installation admin; the public page is checked in access.e2e.ts).
    { name: "login", path: "/login" },
    { name: "account", path: "/account" },
    { name: "users", path: `/organizations/${plan.organization.key}/users` },
    { name: "not found", path: "/finnes/ikke" },
  ];
}

export function allMeasurePages(plan: PlanDocument): Array<{ name: string; path: string }> {
  return plan.focusAreas
    .flatMap((a) => a.measures)
    .map((m) => ({ name: `measure ${m.key}`, path: `/plans/${PLAN_KEY}/measures/${m.key}` }));
}

/** One page of each kind (the first area stands for all nine): what the other languages are checked on. */
export function pagesOfEachKind(plan: PlanDocument): Array<{ name: string; path: string }> {
  const otherAreas = new Set(plan.focusAreas.slice(1).map((area) => `area ${area.key}`));
  return allPages(plan).filter((p) => !otherAreas.has(p.name));
}
