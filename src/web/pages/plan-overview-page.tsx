import { Card, Heading, Paragraph } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { formatDate } from "../../domain/format.js";
import { AppLink } from "../components/app-link.js";
import { AreaCards } from "../components/area-cards.js";
import { Downloads, PLAN_FORMATS, useDownloadItems } from "../components/downloads.js";
import { FlagshipCards } from "../components/flagship-cards.js";
import { PageHeader } from "../components/page-header.js";
import { paths } from "../components/plan-paths.js";
import { useAccessHere, usePlanDocument } from "../components/plan-route.js";
import { usePageTitle } from "../components/use-page-title.js";
import { useLocale } from "../i18n/index.js";

/** `/plans/:planKey`: what the plan is, its flagship projects and its areas. */
export function PlanOverviewPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const plan = usePlanDocument();
  const access = useAccessHere();
  const { actionPlan, organization, strategicPlan } = plan;
  usePageTitle(actionPlan.title);
  const revision = actionPlan.revision;
  const downloads = useDownloadItems(PLAN_FORMATS, (format) => paths.exportFile(actionPlan.key, format, locale));
  return (
    <div className="stack">
      <PageHeader title={actionPlan.title} />
      {access.may("edit") ? (
        <div>
          <AppLink to={paths.edit(actionPlan.key)}>{t("edit.links.editPlan")}</AppLink>
        </div>
      ) : null}

      <div className="overview-intro">
        <Card data-color="neutral" variant="tinted" className="overview-intro__facts">
          <dl className="facts">
            <div>
              <dt>{t("plan.organization")}</dt>
              <dd>{organization.name}</dd>
            </div>
            <div>
              <dt>{t("plan.period")}</dt>
              <dd>{t("plan.periodValue", { first: actionPlan.firstYear, last: actionPlan.lastYear })}</dd>
            </div>
            <div>
              <dt>{t("plan.revision")}</dt>
              <dd>
                {t("plan.revisionValue", { number: revision.number })}
                {revision.adoptedOn
                  ? `, ${t("plan.adoptedOn", { date: formatDate(revision.adoptedOn, locale) })}`
                  : null}
              </dd>
            </div>
            {strategicPlan ? (
              <div>
                <dt>{t("plan.strategicPlan")}</dt>
                <dd>{strategicPlan.title}</dd>
              </div>
            ) : null}
          </dl>
          <Paragraph data-size="sm">
            <AppLink to={paths.revisions(actionPlan.key)}>{t("revisions.overviewLink")}</AppLink>
          </Paragraph>
        </Card>
        {actionPlan.introduction.length > 0 ? (
          <section aria-labelledby="introduction" className="stack-sm prose">
            <Heading level={2} data-size="md" id="introduction">
              {t("plan.introduction")}
            </Heading>
            {actionPlan.introduction.map((paragraph) => (
              <Paragraph key={paragraph}>{paragraph}</Paragraph>
            ))}
          </section>
        ) : null}
      </div>

      {plan.flagships.length > 0 ? (
        <section aria-labelledby="flagships" className="stack-sm">
          <Heading level={2} data-size="md" id="flagships">
            {t("plan.flagships")}
          </Heading>
          {actionPlan.flagshipIntroduction ? (
            <Paragraph className="prose">{actionPlan.flagshipIntroduction}</Paragraph>
          ) : null}
          <FlagshipCards plan={plan} />
        </section>
      ) : null}

      <section aria-labelledby="areas" className="stack-sm">
        <Heading level={2} data-size="md" id="areas">
          {t("plan.areasHeading")}
        </Heading>
        <AreaCards plan={plan} />
      </section>

      <section aria-labelledby="more" className="stack-sm">
        <Heading level={2} data-size="md" id="more">
          {t("plan.moreHeading")}
        </Heading>
        <ul className="link-list">
          <li>
            <AppLink to={paths.measures(actionPlan.key)}>{t("plan.allMeasures")}</AppLink>
          </li>
          <li>
            <AppLink to={paths.relatedPlans(actionPlan.key)}>{t("plan.relatedPlans")}</AppLink>
          </li>
        </ul>
      </section>

      <Downloads heading={t("downloads.plan")} intro={t("downloads.planIntro")} items={downloads} />
    </div>
  );
}
