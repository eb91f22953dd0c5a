import { useTranslation } from "react-i18next";
import type { PlanDocument } from "../../../domain/plan-schema.js";
import { PlanBreadcrumbs } from "../../components/plan-breadcrumbs.js";
import { paths } from "../../components/plan-paths.js";

/** The trail of every editing page below the hub: the plan, then «Rediger planen». */
export function EditBreadcrumbs({ plan }: { plan: PlanDocument }) {
  const { t } = useTranslation();
  const planKey = plan.actionPlan.key;
  return (
    <PlanBreadcrumbs
      crumbs={[
        { label: plan.actionPlan.title, to: paths.plan(planKey) },
        { label: t("edit.hub.heading"), to: paths.edit(planKey) },
      ]}
    />
  );
}
