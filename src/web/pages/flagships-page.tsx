import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { flagshipMeasures } from "../../domain/measure-views.js";
import { AppLink } from "../components/app-link.js";
import { DetailList } from "../components/detail-list.js";
import { useLevelNames } from "../components/level-names.js";
import { PageHeader } from "../components/page-header.js";
import { paths } from "../components/plan-paths.js";
import { usePlanDocument } from "../components/plan-route.js";
import { usePageTitle } from "../components/use-page-title.js";

/** `/plans/:planKey/flagships`: the flagship projects, where the plan describes them, and their measures. */
export function FlagshipsPage() {
  const { t } = useTranslation();
  const plan = usePlanDocument();
  const levels = useLevelNames(plan);
  const planKey = plan.actionPlan.key;
  usePageTitle(t("flagships.heading"), plan.actionPlan.title);
  return (
    <div className="stack">
      <PageHeader
        eyebrow={plan.actionPlan.title}
        title={t("flagships.heading")}
        intro={plan.actionPlan.flagshipIntroduction}
      />
      {plan.flagships.map((flagship) => {
        const area = plan.focusAreas.find((a) => a.key === flagship.focusAreaKey);
        const measures = flagshipMeasures(plan, flagship.key);
        return (
          <section
            key={flagship.key}
            id={flagship.key}
            aria-labelledby={`${flagship.key}-heading`}
            className="flagship stack-sm"
          >
            <Heading level={2} data-size="md" id={`${flagship.key}-heading`}>
              {flagship.title}
            </Heading>
            <Paragraph className="prose">{flagship.description}</Paragraph>
            <DetailList
              details={[
                {
                  label: t("flagships.area"),
                  value: area ? <AppLink to={paths.area(planKey, area.key)}>{area.title}</AppLink> : null,
                },
              ]}
            />
            <Heading level={3} data-size="2xs">
              {t("edit.read.inProject", { level: levels.title("measure", true) })}
            </Heading>
            {measures.length === 0 ? (
              <Paragraph>{t("flagships.noMeasures")}</Paragraph>
            ) : (
              <ul className="link-list">
                {measures.map((measure) => (
                  <li key={measure.key}>
                    <AppLink to={paths.measure(planKey, measure.key)}>{measure.title}</AppLink>
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </div>
  );
}
