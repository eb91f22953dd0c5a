import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { AppLink } from "../components/app-link.js";
import { AREA_FORMATS, Downloads, useDownloadItems } from "../components/downloads.js";
import { useLevelNames } from "../components/level-names.js";
import { MeasureTable } from "../components/measure-table.js";
import { NotFound } from "../components/not-found.js";
import { NumberedList } from "../components/numbered-list.js";
import { PageHeader } from "../components/page-header.js";
import { PlanBreadcrumbs } from "../components/plan-breadcrumbs.js";
import { paths } from "../components/plan-paths.js";
import { useAccessHere, usePlanDocument } from "../components/plan-route.js";
import { usePageTitle } from "../components/use-page-title.js";
import { useLocale } from "../i18n/index.js";

/** `/plans/:planKey/areas/:areaKey`: an area's main goal, sub-goals, strategies and measures. */
export function AreaPage() {
  const { t } = useTranslation();
  const plan = usePlanDocument();
  const access = useAccessHere();
  const levels = useLevelNames(plan);
  const locale = useLocale();
  const areaKey = useParams().areaKey ?? "";
  const area = plan.focusAreas.find((a) => a.key === areaKey);
  const downloads = useDownloadItems(AREA_FORMATS, (format) =>
    paths.exportFile(plan.actionPlan.key, format, locale, areaKey),
  );
  usePageTitle(area?.title, plan.actionPlan.title);
  if (area === undefined) return <NotFound message={t("state.notFoundArea", { key: areaKey })} />;
  const planKey = plan.actionPlan.key;
  return (
    <div className="stack">
      <PlanBreadcrumbs crumbs={[{ label: plan.actionPlan.title, to: paths.plan(planKey) }]} />
      <PageHeader
        eyebrow={t("plan.areaNumber", { kind: levels.title(levels.areaLevel(area.kind)), number: area.number })}
        title={area.title}
      />
      {access.may("edit") ? (
        <div>
          <AppLink to={paths.editArea(planKey, area.key)}>{t("edit.links.editArea", { title: area.title })}</AppLink>
        </div>
      ) : null}
      <section aria-labelledby="main-goal" className="stack-sm prose">
        <Heading level={2} data-size="sm" id="main-goal">
          {levels.title("mainGoal")}
        </Heading>
        <Paragraph data-size="lg">{area.mainGoal}</Paragraph>
      </section>
      <div className="two-columns">
        {area.subGoals.length > 0 ? (
          <section aria-labelledby="sub-goals" className="stack-sm">
            <Heading level={2} data-size="sm" id="sub-goals">
              {levels.title("subGoal", true)}
            </Heading>
            <NumberedList items={area.subGoals} />
          </section>
        ) : null}
        {area.strategies.length > 0 ? (
          <section aria-labelledby="strategies" className="stack-sm">
            <Heading level={2} data-size="sm" id="strategies">
              {levels.title("strategy", true)}
            </Heading>
            <NumberedList items={area.strategies} />
          </section>
        ) : null}
      </div>
      <section aria-labelledby="measures" className="stack-sm">
        <Heading level={2} data-size="md" id="measures">
          {levels.title("measure", true)}
        </Heading>
        {area.measures.length === 0 ? (
          <Paragraph>{t("edit.read.noMeasures", { level: levels.name("measure", true) })}</Paragraph>
        ) : (
          <MeasureTable planKey={planKey} area={area} />
        )}
      </section>
      <Downloads heading={t("downloads.area")} items={downloads} />
    </div>
  );
}
