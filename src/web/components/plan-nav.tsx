import { useTranslation } from "react-i18next";
import { usePlanAccess } from "../api/session.js";
import { usePlan } from "../api/use-resource.js";
import { AppNavLink } from "./app-link.js";
import { paths } from "./plan-paths.js";

/**
 * The plan's own menu: overview, dashboard, measures, flagship projects, related plans, timeline,
 * coverage, money, reporting, revisions, and for those who may edit the plan, editing.
 */
export function PlanNav({ planKey }: { planKey: string }) {
  const { t } = useTranslation();
  const plan = usePlan(planKey);
  const access = usePlanAccess(plan.status === "ready" ? plan.data.organization.key : "");
  const mayEdit = plan.status === "ready" && access.may("edit");
  const base = paths.plan(planKey);
  const items = [
    { to: base, label: t("nav.overview"), end: true },
    { to: paths.dashboard(planKey), label: t("nav.dashboard"), end: false },
    { to: `${base}/measures`, label: t("nav.measures"), end: false },
    { to: `${base}/flagships`, label: t("nav.flagships"), end: false },
    { to: `${base}/related-plans`, label: t("nav.relatedPlans"), end: false },
    { to: paths.timeline(planKey), label: t("nav.timeline"), end: false },
    { to: paths.coverage(planKey), label: t("nav.coverage"), end: false },
    { to: paths.budget(planKey), label: t("nav.budget"), end: false },
    { to: paths.reportingRound(planKey), label: t("nav.reporting"), end: false },
    { to: paths.revisions(planKey), label: t("nav.revisions"), end: false },
    ...(mayEdit ? [{ to: paths.edit(planKey), label: t("nav.edit"), end: false }] : []),
  ];
  return (
    <nav aria-label={t("nav.label")} className="plan-nav">
      <ul>
        {items.map((item) => (
          <li key={item.to}>
            <AppNavLink to={item.to} end={item.end}>
              {item.label}
            </AppNavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
