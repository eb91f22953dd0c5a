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
};
