import { Button, Card, Heading, Paragraph } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { AppLink } from "../../components/app-link.js";
import { useLevelNames } from "../../components/level-names.js";
import { PageHeader } from "../../components/page-header.js";
import { PlanBreadcrumbs } from "../../components/plan-breadcrumbs.js";
import { paths } from "../../components/plan-paths.js";
import { usePlanDocument } from "../../components/plan-route.js";
import { usePageTitle } from "../../components/use-page-title.js";
import { useCollectionActions } from "../../forms/collection-actions.js";
import { ItemButtons } from "../../forms/list-field.js";
import { PublishSection } from "../access/publish-section.js";

/** `edit`: where editing starts: the settings, the lists, and every area with its measures. */
export function EditHubPage() {
  const { t } = useTranslation();
  const plan = usePlanDocument();
  const levels = useLevelNames(plan);
  const actions = useCollectionActions(plan);
  const planKey = plan.actionPlan.key;
  usePageTitle(t("edit.hub.heading"), plan.actionPlan.title);
  const areaKeys = plan.focusAreas.map((a) => a.key);
  const sheetHref = (format: "xlsx" | "csv") => `/api/plans/${encodeURIComponent(planKey)}/export?format=${format}`;
  return (
    <div className="stack">
      <PlanBreadcrumbs crumbs={[{ label: plan.actionPlan.title, to: paths.plan(planKey) }]} />
      <PageHeader eyebrow={plan.actionPlan.title} title={t("edit.hub.heading")} intro={t("edit.hub.intro")} />
      {actions.elements}

      <section aria-labelledby="edit-plan" className="stack-sm">
        <Heading level={2} data-size="md" id="edit-plan">
          {t("edit.hub.planHeading")}
        </Heading>
        <ul className="link-list">
          <li>
            <AppLink to={paths.editSettings(planKey)}>{t("edit.settings.heading")}</AppLink>
          </li>
          <li>
            <AppLink to={paths.editList(planKey, "actors")}>{t("edit.lists.actors.heading")}</AppLink>
          </li>
          <li>
            <AppLink to={paths.editList(planKey, "funding-sources")}>{t("edit.lists.fundingSources.heading")}</AppLink>
          </li>
          <li>
            <AppLink to={paths.editList(planKey, "flagships")}>{t("edit.lists.flagships.heading")}</AppLink>
          </li>
          <li>
            <AppLink to={paths.editList(planKey, "related-plans")}>{t("edit.lists.relatedPlans.heading")}</AppLink>
          </li>
          <li>
            <AppLink to={paths.importFile(planKey)}>{t("imports.hubLink")}</AppLink>
          </li>
        </ul>
        <ul className="link-list">
          <li>
            <a href={sheetHref("xlsx")}>{t("imports.downloadXlsx")}</a>
          </li>
          <li>
            <a href={sheetHref("csv")}>{t("imports.downloadCsv")}</a>
          </li>
        </ul>
      </section>

      <PublishSection plan={plan} />

      <section aria-labelledby="edit-areas" className="stack-sm">
        <Heading level={2} data-size="md" id="edit-areas">
          {t("edit.hub.areasHeading", {
            focusAreas: levels.title("focusArea", true),
            strategicMoves: levels.name("strategicMove", true),
          })}
        </Heading>
        <div>
          <AppLink to={paths.newArea(planKey)}>{t("edit.hub.newArea")}</AppLink>
        </div>
        {plan.focusAreas.map((area, index) => {
          const label = t("edit.hub.areaLabel", {
            kind: levels.title(levels.areaLevel(area.kind)),
            number: area.number,
            title: area.title,
          });
          const measureKeys = area.measures.map((m) => m.key);
          return (
            <Card key={area.key} data-color="neutral" className="stack-sm">
              <Heading level={3} data-size="sm">
                {label}
              </Heading>
              <div className="button-row">
                <AppLink to={paths.editArea(planKey, area.key)}>
                  {t("edit.hub.editNamed", { name: area.title })}
                </AppLink>
                <ItemButtons
                  name={area.title}
                  index={index}
                  count={areaKeys.length}
                  onMove={(step) => void actions.move("areas", areaKeys, index, step, area.title)}
                />
                <Button
                  variant="tertiary"
                  data-size="sm"
                  data-color="danger"
                  aria-label={t("edit.list.deleteNamed", { name: area.title })}
                  onClick={() => actions.askDelete("areas", area.key, area.title)}
                >
                  {t("edit.list.delete")}
                </Button>
              </div>
              <Heading level={4} data-size="xs">
                {levels.title("measure", true)}
              </Heading>
              {area.measures.length === 0 ? <Paragraph>{t("edit.hub.noMeasures")}</Paragraph> : null}
              <ol className="edit-list">
                {area.measures.map((measure, mi) => (
                  <li key={measure.key} className="edit-list__item">
                    <AppLink to={paths.editMeasure(planKey, measure.key)}>{measure.title}</AppLink>
                    <ItemButtons
                      name={measure.title}
                      index={mi}
                      count={measureKeys.length}
                      onMove={(step) => void actions.move("measures", measureKeys, mi, step, measure.title, area.key)}
                    />
                    <Button
                      variant="tertiary"
                      data-size="sm"
                      data-color="danger"
                      aria-label={t("edit.list.deleteNamed", { name: measure.title })}
                      onClick={() => actions.askDelete("measures", measure.key, measure.title)}
                    >
                      {t("edit.list.delete")}
                    </Button>
                  </li>
                ))}
              </ol>
              <div>
                <AppLink to={paths.newMeasure(planKey, area.key)}>
                  {t("edit.hub.newMeasure", { level: levels.name("measure"), area: area.title })}
                </AppLink>
              </div>
            </Card>
          );
        })}
      </section>
    </div>
  );
}
