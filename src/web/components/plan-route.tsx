import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { Outlet, useLocation, useOutletContext, useParams } from "react-router";
import type { Action } from "../../domain/access.js";
import type { PlanDocument } from "../../domain/plan-schema.js";
import { ApiError } from "../api/api-client.js";
import { loginPath, type PlanAccess, usePlanAccess, useSession } from "../api/session.js";
import { usePlan } from "../api/use-resource.js";
import { AppLink } from "./app-link.js";
import { ErrorState } from "./error-state.js";
import { LoadingState } from "./loading-state.js";
import { NotFound } from "./not-found.js";
import { usePageTitle } from "./use-page-title.js";

/** Loads the plan of `/plans/:planKey` once and hands it to the page below. */
export function PlanRoute() {
  const { t } = useTranslation();
  const planKey = useParams().planKey ?? "";
  const plan = usePlan(planKey);
  if (plan.status === "loading") return <LoadingState />;
  if (plan.status === "error") {
    if (plan.error instanceof ApiError && plan.error.status === 401) return <LoginToSee />;
    if (plan.error instanceof ApiError && plan.error.isNotFound)
      return <NotFound message={t("state.notFoundPlan", { key: planKey })} />;
    return <ErrorState error={plan.error} onRetry={plan.retry} />;
  }
  return <Outlet context={plan.data satisfies PlanDocument} />;
}

/**
 * The pages below only for those who may `action` the plan (editing: editors and admins); others
 * are told they have no access (the API would refuse their writes anyway).
 */
export function RequireAccess({ action }: { action: Action }) {
  const { t } = useTranslation();
  const plan = usePlanDocument();
  const session = useSession();
  const access = usePlanAccess(plan.organization.key);
  if (session.status === "loading") return <LoadingState />;
  if (!access.may(action)) return <NoAccess message={t("access.plan.noAccess")} />;
  return <Outlet context={plan} />;
}

function NoAccess({ message }: { message: string }) {
  const { t } = useTranslation();
  usePageTitle(t("access.plan.noAccessHeading"));
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t("access.plan.noAccessHeading")}
      </Heading>
      <Paragraph>{message}</Paragraph>
    </div>
  );
}

/** An unpublished plan asked for by nobody signed in (the API's 401): log in to see it. */
function LoginToSee() {
  const { t } = useTranslation();
  const { pathname, search } = useLocation();
  usePageTitle(t("access.plan.loginHeading"));
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t("access.plan.loginHeading")}
      </Heading>
      <Paragraph>{t("access.plan.loginText")}</Paragraph>
      <Paragraph>
        <AppLink to={loginPath(`${pathname}${search}`)}>{t("access.plan.loginLink")}</AppLink>
      </Paragraph>
    </div>
  );
}

/** What the viewer may do with the plan of the current page (`mayReportOnItem`: by measure and activity key). */
export function useAccessHere(): PlanAccess & {
  mayReportOnItem: (measureKey: string, activityKey?: string | null) => boolean;
} {
  const plan = usePlanDocument();
  const access = usePlanAccess(plan.organization.key);
  return {
    ...access,
    mayReportOnItem: (measureKey, activityKey = null) => {
      const measure = plan.focusAreas.flatMap((a) => a.measures).find((m) => m.key === measureKey);
      if (measure === undefined) return access.may("edit");
      const activity = activityKey === null ? null : (measure.activities.find((a) => a.key === activityKey) ?? null);
      return access.mayReport(measure, activity);
    },
  };
}

/** The plan document of the current `/plans/:planKey` page. */
export function usePlanDocument(): PlanDocument {
  return useOutletContext<PlanDocument>();
}
