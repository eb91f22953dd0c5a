import { useTranslation } from "react-i18next";
import { Actor, ActorKind, Flagship, FundingSource } from "../../../domain/plan-schema.js";
import { useLevelNames } from "../../components/level-names.js";
import { usePlanDocument } from "../../components/plan-route.js";
import { NumberField, SelectField, TextField } from "../../forms/fields.js";
import { ListEditor } from "./list-editor.js";

/** `edit/actors`: the units, political bodies and partners measures name as responsible. */
export function ActorsEditPage() {
  const { t } = useTranslation();
  return (
    <ListEditor
      collection="actors"
      heading={t("edit.lists.actors.heading")}
      intro={t("edit.lists.actors.intro")}
      itemWord={t("edit.lists.actors.item")}
      schema={Actor}
      titleField="name"
      empty={() => ({ key: "", name: "", kind: "internal_unit" })}
      fields={({ draft, set }) => (
        <SelectField
          path="kind"
          label={t("edit.lists.actors.kind")}
          value={draft.kind}
          options={ActorKind.options.map((k) => ({ value: k, label: t(`actorKind.${k}`) }))}
          onChange={(v) => set("kind", v)}
        />
      )}
    />
  );
}

/** `edit/funding-sources`: money shared by several measures. */
export function FundingSourcesEditPage() {
  const { t } = useTranslation();
  return (
    <ListEditor
      collection="fundingSources"
      heading={t("edit.lists.fundingSources.heading")}
      intro={t("edit.lists.fundingSources.intro")}
      itemWord={t("edit.lists.fundingSources.item")}
      schema={FundingSource}
      titleField="name"
      empty={() => ({
        key: "",
        name: "",
        description: null,
        annualContributionNok: null,
        annualBudgetIncreaseNok: null,
      })}
      fields={({ draft, set }) => (
        <>
          <TextField
            path="description"
            label={t("edit.form.description")}
            multiline
            nullable
            value={draft.description}
            onChange={(v) => set("description", v)}
          />
          <NumberField
            path="annualContributionNok"
            label={t("edit.lists.fundingSources.annualContribution")}
            value={draft.annualContributionNok}
            onChange={(v) => set("annualContributionNok", v)}
          />
          <NumberField
            path="annualBudgetIncreaseNok"
            label={t("edit.lists.fundingSources.annualIncrease")}
            value={draft.annualBudgetIncreaseNok}
            onChange={(v) => set("annualBudgetIncreaseNok", v)}
          />
        </>
      )}
    />
  );
}

/** `edit/flagships`: the flagship projects. */
export function FlagshipsEditPage() {
  const { t } = useTranslation();
  const plan = usePlanDocument();
  const levels = useLevelNames(plan);
  return (
    <ListEditor
      collection="flagships"
      heading={t("edit.lists.flagships.heading")}
      intro={t("edit.lists.flagships.intro")}
      itemWord={t("edit.lists.flagships.item")}
      schema={Flagship}
      titleField="title"
      empty={() => ({ key: "", title: "", description: "", focusAreaKey: null })}
      fields={({ draft, set }) => (
        <>
          <TextField
            path="description"
            label={t("edit.form.description")}
            multiline
            value={draft.description}
            onChange={(v) => set("description", v ?? "")}
          />
          <SelectField
            path="focusAreaKey"
            label={t("edit.lists.flagships.area", { level: levels.title("focusArea") })}
            value={draft.focusAreaKey}
            emptyLabel={t("edit.form.none")}
            options={plan.focusAreas.map((a) => ({
              value: a.key,
              label: t("edit.hub.areaLabel", {
                kind: levels.title(levels.areaLevel(a.kind)),
                number: a.number,
                title: a.title,
              }),
            }))}
            onChange={(v) => set("focusAreaKey", v)}
          />
        </>
      )}
    />
  );
}
