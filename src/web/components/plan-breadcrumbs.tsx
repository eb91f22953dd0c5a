import { Breadcrumbs } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { Link as RouterLink } from "react-router";

export type Crumb = { label: string; to: string };

/** Where the page sits in the plan: the plan's overview first, then the levels above this page. */
export function PlanBreadcrumbs({ crumbs }: { crumbs: Crumb[] }) {
  const { t } = useTranslation();
  return (
    <Breadcrumbs aria-label={t("nav.breadcrumbs")} className="breadcrumbs">
      <Breadcrumbs.List>
        {crumbs.map((crumb) => (
          <Breadcrumbs.Item key={crumb.to}>
            <Breadcrumbs.Link asChild>
              <RouterLink to={crumb.to}>{crumb.label}</RouterLink>
            </Breadcrumbs.Link>
          </Breadcrumbs.Item>
        ))}
      </Breadcrumbs.List>
    </Breadcrumbs>
  );
}
