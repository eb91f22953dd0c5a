import { useTranslation } from "react-i18next";
import { Outlet, useOutletContext, useParams } from "react-router";
import type { PlanDocument } from "../../domain/plan-schema.js";
import { ApiError } from "../api/api-client.js";
import { usePlan } from "../api/use-resource.js";
import { ErrorState } from "./error-state.js";
import { LoadingState } from "./loading-state.js";
import { NotFound } from "./not-found.js";

/** Loads the plan of `/plans/:planKey` once and hands it to the page below. */
export function PlanRoute() {
  const { t } = useTranslation();
  const planKey = useParams().planKey ?? "";
  const plan = usePlan(planKey);
  if (plan.status === "loading") return <LoadingState />;
  if (plan.status === "error") {
    if (plan.error instanceof ApiError && plan.error.isNotFound)
      return <NotFound message={t("state.notFoundPlan", { key: planKey })} />;
    return <ErrorState error={plan.error} onRetry={plan.retry} />;
  }
  return <Outlet context={plan.data satisfies PlanDocument} />;
}

/** The plan document of the current `/plans/:planKey` page. */
export function usePlanDocument(): PlanDocument {
  return useOutletContext<PlanDocument>();
}
