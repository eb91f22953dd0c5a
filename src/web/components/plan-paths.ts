/** The web's addresses, built in one place. */
const enc = encodeURIComponent;

export const paths = {
  home: () => "/",
  plan: (planKey: string) => `/plans/${enc(planKey)}`,
  area: (planKey: string, areaKey: string) => `/plans/${enc(planKey)}/areas/${enc(areaKey)}`,
  measure: (planKey: string, measureKey: string) => `/plans/${enc(planKey)}/measures/${enc(measureKey)}`,
  measures: (planKey: string, query = "") => `/plans/${enc(planKey)}/measures${query ? `?${query}` : ""}`,
  flagships: (planKey: string, flagshipKey?: string) =>
    `/plans/${enc(planKey)}/flagships${flagshipKey ? `#${enc(flagshipKey)}` : ""}`,
  relatedPlans: (planKey: string) => `/plans/${enc(planKey)}/related-plans`,

  // Editing (src/web/pages/edit).
  edit: (planKey: string) => `/plans/${enc(planKey)}/edit`,
  importFile: (planKey: string) => `/plans/${enc(planKey)}/edit/import`,
  editSettings: (planKey: string) => `/plans/${enc(planKey)}/edit/settings`,
  newArea: (planKey: string) => `/plans/${enc(planKey)}/edit/areas/new`,
  editArea: (planKey: string, areaKey: string) => `/plans/${enc(planKey)}/edit/areas/${enc(areaKey)}`,
  newMeasure: (planKey: string, areaKey: string) => `/plans/${enc(planKey)}/edit/areas/${enc(areaKey)}/measures/new`,
  editMeasure: (planKey: string, measureKey: string) => `/plans/${enc(planKey)}/edit/measures/${enc(measureKey)}`,
  /** The list editors: actors, funding-sources, flagships, related-plans. */
  editList: (planKey: string, list: "actors" | "funding-sources" | "flagships" | "related-plans") =>
    `/plans/${enc(planKey)}/edit/${list}`,

  // Reporting (src/web/pages/report).
  report: (planKey: string, measureKey: string, period?: string) =>
    `/plans/${enc(planKey)}/measures/${enc(measureKey)}/report${period ? `?period=${enc(period)}` : ""}`,
  reportingRound: (planKey: string, period?: string) =>
    `/plans/${enc(planKey)}/reporting${period ? `?period=${enc(period)}` : ""}`,
  unitToDo: (planKey: string, actorKey: string, period?: string) =>
    `/plans/${enc(planKey)}/reporting/units/${enc(actorKey)}${period ? `?period=${enc(period)}` : ""}`,

  // Files made by the API (src/web/components/downloads.tsx).
  exportFile: (planKey: string, format: string, lang: string, areaKey?: string) =>
    `/api/plans/${enc(planKey)}/export?format=${enc(format)}&lang=${enc(lang)}${areaKey ? `&area=${enc(areaKey)}` : ""}`,
  statusReportFile: (planKey: string, format: string, lang: string, period: string) =>
    `/api/plans/${enc(planKey)}/status-report?format=${enc(format)}&lang=${enc(lang)}&period=${enc(period)}`,

  // Revisions: the yearly evaluation, roll, adoption and comparison (src/web/pages/revisions).
  revisions: (planKey: string) => `/plans/${enc(planKey)}/revisions`,
  evaluate: (planKey: string, year?: number) =>
    `/plans/${enc(planKey)}/revisions/evaluate${year === undefined ? "" : `?year=${year}`}`,
  roll: (planKey: string, year?: number) =>
    `/plans/${enc(planKey)}/revisions/roll${year === undefined ? "" : `?year=${year}`}`,
  compareRevisions: (planKey: string, from?: number, to?: number) =>
    `/plans/${enc(planKey)}/revisions/compare${from === undefined || to === undefined ? "" : `?from=${from}&to=${to}`}`,

  // Insight (src/web/pages/insight) and search (src/web/pages/search).
  dashboard: (planKey: string) => `/plans/${enc(planKey)}/dashboard`,
  coverage: (planKey: string) => `/plans/${enc(planKey)}/coverage`,
  budget: (planKey: string) => `/plans/${enc(planKey)}/budget`,
  timeline: (planKey: string, query = "") => `/plans/${enc(planKey)}/timeline${query ? `?${query}` : ""}`,
  search: (q?: string, planKey?: string) => {
    const params = new URLSearchParams();
    if (q) params.set("q", q);
    if (planKey) params.set("plan", planKey);
    const query = params.toString();
    return `/search${query ? `?${query}` : ""}`;
  },
};
