import { Card, Heading, Paragraph } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { usePlans } from "../api/use-resource.js";
import { accountPaths } from "../components/account-menu.js";
import { AppLink } from "../components/app-link.js";
import { ErrorState } from "../components/error-state.js";
import { LoadingState } from "../components/loading-state.js";
import { paths } from "../components/plan-paths.js";
import { usePageTitle } from "../components/use-page-title.js";

/** `/`: the action plans held, each a link to its overview. */
export function HomePage() {
  const { t } = useTranslation();
  usePageTitle(t("home.heading"));
  const plans = usePlans();
  if (plans.status === "loading") return <LoadingState />;
  if (plans.status === "error") return <ErrorState error={plans.error} onRetry={plans.retry} />;
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t("home.heading")}
      </Heading>
      <Paragraph>{plans.data.length === 0 ? t("home.empty") : t("home.intro")}</Paragraph>
      <ul className="card-grid">
        {plans.data.map((plan) => (
          <li key={plan.key}>
            <Card data-color="neutral">
              <Heading level={2} data-size="sm">
                <AppLink to={paths.plan(plan.key)}>{plan.title}</AppLink>
              </Heading>
              <Paragraph>{plan.organization.name}</Paragraph>
              <Paragraph data-size="sm">
                {t("home.period", { first: plan.firstYear, last: plan.lastYear })} ·{" "}
                {t("home.revision", { number: plan.revisionNumber })}
              </Paragraph>
              <Paragraph data-size="sm">
                {t("home.counts", { areas: plan.focusAreaCount, measures: plan.measureCount })}
              </Paragraph>
              {plan.published ? (
                <Paragraph data-size="sm">
                  <AppLink to={accountPaths.publicPlan(plan.organization.key, plan.key)}>
                    {t("access.plan.publicLink")}
                  </AppLink>
                </Paragraph>
              ) : null}
            </Card>
          </li>
        ))}
      </ul>
    </div>
  );
}
