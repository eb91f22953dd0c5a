import { useTranslation } from "react-i18next";
import { type NumberRef, RelatedPlan, type RelatedPlanLink } from "../../../domain/plan-schema.js";
import { useLevelNames } from "../../components/level-names.js";
import { usePlanDocument } from "../../components/plan-route.js";
import { CheckboxGroup, SelectField, TextField } from "../../forms/fields.js";
import { ListField } from "../../forms/list-field.js";
import { FundingList } from "../../forms/plan-fields.js";
import { ResponsibilityFields } from "../../forms/responsibility-fields.js";
import { ListEditor } from "./list-editor.js";

/** `edit/related-plans`: measures of other plans that serve this plan's goals, with what they serve. */
export function RelatedPlansEditPage() {
  const { t } = useTranslation();
  const plan = usePlanDocument();
  const levels = useLevelNames(plan);
  const areaOptions = plan.focusAreas.map((a) => ({
    value: a.key,
    label: t("edit.hub.areaLabel", { kind: levels.title(levels.areaLevel(a.kind)), number: a.number, title: a.title }),
  }));
  const numbers = (items: Array<{ number: number }>, level: "subGoal" | "strategy") => [
    ...items.map((x) => ({
      value: x.number as NumberRef,
      label: t("edit.area.numberedName", { level: levels.title(level), number: x.number }),
    })),
    { value: "unknown" as NumberRef, label: t("edit.measure.unknownStrategy", { level: levels.title(level) }) },
  ];
  return (
    <ListEditor
      collection="relatedPlans"
      heading={t("edit.lists.relatedPlans.heading")}
      intro={t("edit.lists.relatedPlans.intro")}
      itemWord={t("edit.lists.relatedPlans.item")}
      schema={RelatedPlan}
      titleField="title"
      empty={() => ({ key: "", title: "", links: [], funding: [], responsibility: null })}
      fields={({ draft, set }) => (
        <>
          <ListField<RelatedPlanLink>
            path="links"
            legend={t("edit.lists.relatedPlans.links")}
            items={draft.links}
            onChange={(v) => set("links", v)}
            newItem={() => ({
              focusAreaKey: plan.focusAreas[0]?.key ?? "",
              subGoalNumbers: [],
              strategyNumbers: [],
              text: null,
            })}
            addLabel={t("edit.lists.relatedPlans.addLink")}
            itemName={(_link, i) => t("edit.lists.relatedPlans.link", { number: i + 1 })}
            renderItem={(link, _i, update, path) => {
              const area = plan.focusAreas.find((a) => a.key === link.focusAreaKey);
              return (
                <>
                  <SelectField
                    path={`${path}.focusAreaKey`}
                    label={levels.title("focusArea")}
                    value={link.focusAreaKey}
                    options={areaOptions}
                    onChange={(v) =>
                      update({ ...link, focusAreaKey: v ?? "", subGoalNumbers: [], strategyNumbers: [] })
                    }
                  />
                  <div className="two-columns">
                    <CheckboxGroup
                      path={`${path}.subGoalNumbers`}
                      legend={levels.title("subGoal", true)}
                      options={numbers(area?.subGoals ?? [], "subGoal")}
                      value={link.subGoalNumbers}
                      onChange={(v) => update({ ...link, subGoalNumbers: v })}
                    />
                    <CheckboxGroup
                      path={`${path}.strategyNumbers`}
                      legend={levels.title("strategy", true)}
                      options={numbers(area?.strategies ?? [], "strategy")}
                      value={link.strategyNumbers}
                      onChange={(v) => update({ ...link, strategyNumbers: v })}
                    />
                  </div>
                  <TextField
                    path={`${path}.text`}
                    label={t("edit.lists.relatedPlans.linkText")}
                    nullable
                    value={link.text}
                    onChange={(v) => update({ ...link, text: v })}
                  />
                </>
              );
            }}
          />
          <FundingList plan={plan} path="funding" value={draft.funding} onChange={(v) => set("funding", v)} />
          <ResponsibilityFields
            plan={plan}
            path="responsibility"
            value={draft.responsibility}
            onChange={(v) => set("responsibility", v)}
          />
        </>
      )}
    />
  );
}
