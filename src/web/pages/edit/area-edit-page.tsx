import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate, useParams } from "react-router";
import { AreaFieldsInput } from "../../../domain/edit-schemas.js";
import { type AreaFields, areaFieldsOf, type PlanEdit } from "../../../domain/plan-edits.js";
import { FocusAreaKind, type NumberedText } from "../../../domain/plan-schema.js";
import { versionOf } from "../../../domain/versions.js";
import { planWrites } from "../../api/write-client.js";
import { useLevelNames } from "../../components/level-names.js";
import { NotFound } from "../../components/not-found.js";
import { PageHeader } from "../../components/page-header.js";
import { paths } from "../../components/plan-paths.js";
import { usePlanDocument } from "../../components/plan-route.js";
import { usePageTitle } from "../../components/use-page-title.js";
import { EditForm, useReload } from "../../forms/edit-form.js";
import { NumberField, RadioGroup, TextField } from "../../forms/fields.js";
import { ListField } from "../../forms/list-field.js";
import { KeyField, useKeyFollower } from "../../forms/plan-fields.js";
import type { SavedState } from "../../forms/saved-notice.js";
import { useSave } from "../../forms/use-save.js";
import { EditBreadcrumbs } from "./edit-breadcrumbs.js";

/** `edit/areas/new` and `edit/areas/:areaKey`. */
export function AreaEditPage() {
  const { t } = useTranslation();
  const plan = usePlanDocument();
  const areaKey = useParams().areaKey;
  const { formKey, reload } = useReload(plan);
  const area = areaKey === undefined ? null : (plan.focusAreas.find((a) => a.key === areaKey) ?? null);
  const heading = area ? t("edit.area.editHeading", { title: area.title }) : t("edit.area.newHeading");
  usePageTitle(heading, plan.actionPlan.title);
  if (areaKey !== undefined && area === null) {
    return <NotFound message={t("state.notFoundArea", { key: areaKey })} />;
  }
  return (
    <div className="stack">
      <EditBreadcrumbs plan={plan} />
      <PageHeader title={heading} />
      <AreaForm key={formKey} area={area === null ? null : areaFieldsOf(area)} onReload={reload} />
    </div>
  );
}

const nextNumber = (items: NumberedText[]) => items.reduce((n, x) => Math.max(n, x.number), 0) + 1;

function AreaForm({ area, onReload }: { area: AreaFields | null; onReload: () => void }) {
  const { t } = useTranslation();
  const plan = usePlanDocument();
  const levels = useLevelNames(plan);
  const navigate = useNavigate();
  const follow = useKeyFollower();
  const planKey = plan.actionPlan.key;
  const [draft, setDraft] = useState<AreaFields>(
    () =>
      area ?? {
        key: "",
        kind: "focus_area",
        number: nextNumber(
          plan.focusAreas.filter((a) => a.kind === "focus_area").map((a) => ({ number: a.number, text: "" })),
        ),
        title: "",
        mainGoal: "",
        subGoals: [],
        strategies: [],
      },
  );
  const [version] = useState(() => (area === null ? null : versionOf(area)));
  const save = useSave<AreaFields>({
    plan,
    schema: AreaFieldsInput,
    toEdit: (data): PlanEdit =>
      area === null
        ? { op: "create", collection: "areas", data }
        : { op: "update", collection: "areas", key: area.key, data },
    send: (data, confirm) =>
      area === null || version === null
        ? planWrites.createArea(planKey, data)
        : planWrites.updateArea(planKey, area.key, version, data, confirm),
    onSaved: (data) =>
      navigate(paths.edit(planKey), {
        state: {
          saved: t("edit.saved.named", { type: levels.title(levels.areaLevel(data.kind)), title: data.title }),
        } satisfies SavedState,
      }),
  });
  const set = <K extends keyof AreaFields>(key: K, value: unknown) =>
    setDraft((d) => ({ ...d, [key]: value as AreaFields[K] }));

  const numbered = (field: "subGoals" | "strategies", level: "subGoal" | "strategy") => (
    <ListField
      path={field}
      legend={levels.title(level, true)}
      items={draft[field]}
      onChange={(v) => set(field, v)}
      newItem={(items) => ({ number: nextNumber(items), text: "" })}
      addLabel={t("edit.area.addNumbered", { level: levels.name(level) })}
      itemName={(item) => t("edit.area.numberedName", { level: levels.title(level), number: item.number })}
      renderItem={(item, _i, update, path) => (
        <div className="form-grid">
          <NumberField
            path={`${path}.number`}
            label={t("edit.area.number")}
            value={item.number}
            onChange={(n) => update({ ...item, number: n as number })}
          />
          <TextField
            path={`${path}.text`}
            label={t("edit.area.text")}
            multiline
            value={item.text}
            onChange={(text) => update({ ...item, text: text ?? "" })}
          />
        </div>
      )}
    />
  );

  return (
    <EditForm plan={plan} save={save} draft={draft} onReload={onReload} cancelTo={paths.edit(planKey)}>
      <RadioGroup
        path="kind"
        legend={t("edit.area.kind")}
        options={FocusAreaKind.options.map((k) => ({ value: k, label: levels.title(levels.areaLevel(k)) }))}
        value={draft.kind}
        onChange={(v) => set("kind", v)}
      />
      <NumberField
        path="number"
        label={t("edit.area.number")}
        value={draft.number}
        onChange={(v) => set("number", v)}
      />
      <TextField
        path="title"
        label={t("edit.form.title")}
        value={draft.title}
        onChange={(title) =>
          setDraft((d) => ({ ...d, title: title ?? "", key: area === null ? follow(d, d.title, title ?? "") : d.key }))
        }
      />
      {area === null ? <KeyField path="key" value={draft.key} onChange={(key) => set("key", key)} /> : null}
      <TextField
        path="mainGoal"
        label={levels.title("mainGoal")}
        multiline
        value={draft.mainGoal}
        onChange={(v) => set("mainGoal", v ?? "")}
      />
      {numbered("subGoals", "subGoal")}
      {numbered("strategies", "strategy")}
    </EditForm>
  );
}
