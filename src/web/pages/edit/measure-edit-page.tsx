import { Heading } from "@digdir/designsystemet-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate, useParams } from "react-router";
import type { PlanEdit } from "../../../domain/plan-edits.js";
import { type Activity, type FocusArea, Measure, type NumberRef } from "../../../domain/plan-schema.js";
import { versionOf } from "../../../domain/versions.js";
import { planWrites } from "../../api/write-client.js";
import { useLevelNames } from "../../components/level-names.js";
import { NotFound } from "../../components/not-found.js";
import { PageHeader } from "../../components/page-header.js";
import { paths } from "../../components/plan-paths.js";
import { usePlanDocument } from "../../components/plan-route.js";
import { usePageTitle } from "../../components/use-page-title.js";
import { EditForm, useReload } from "../../forms/edit-form.js";
import { CheckboxGroup, SelectField, TextField } from "../../forms/fields.js";
import { ListField } from "../../forms/list-field.js";
import { FundingList, IndicatorList, KeyField, useKeyFollower } from "../../forms/plan-fields.js";
import { ResponsibilityFields, StartFields } from "../../forms/responsibility-fields.js";
import type { SavedState } from "../../forms/saved-notice.js";
import { useSave } from "../../forms/use-save.js";
import { EditBreadcrumbs } from "./edit-breadcrumbs.js";

function emptyMeasure(): Measure {
  return {
    key: "",
    title: "",
    description: null,
    strategyNumbers: [],
    activities: [],
    indicators: [],
    funding: [],
    responsibility: null,
    start: null,
    flagshipKey: null,
  };
}

function emptyActivity(): Activity {
  return {
    key: "",
    title: "",
    description: null,
    indicators: [],
    funding: [],
    responsibility: null,
    start: null,
  };
}

/** `edit/measures/:measureKey` and `edit/areas/:areaKey/measures/new`. */
export function MeasureEditPage() {
  const { t } = useTranslation();
  const plan = usePlanDocument();
  const levels = useLevelNames(plan);
  const params = useParams();
  const { formKey, reload } = useReload(plan);
  const found = params.measureKey
    ? plan.focusAreas
        .map((area) => ({ area, measure: area.measures.find((m) => m.key === params.measureKey) }))
        .find((x) => x.measure !== undefined)
    : undefined;
  const area = found?.area ?? plan.focusAreas.find((a) => a.key === params.areaKey);
  const measure = found?.measure ?? null;
  const heading = measure
    ? t("edit.measure.editHeading", { title: measure.title })
    : t("edit.measure.newHeading", { level: levels.name("measure") });
  usePageTitle(heading, plan.actionPlan.title);
  if (area === undefined || (params.measureKey !== undefined && measure === null)) {
    return <NotFound message={t("state.notFoundMeasure", { key: params.measureKey ?? params.areaKey ?? "" })} />;
  }
  return (
    <div className="stack">
      <EditBreadcrumbs plan={plan} />
      <PageHeader eyebrow={area.title} title={heading} />
      <MeasureForm key={formKey} area={area} measure={measure} onReload={reload} />
    </div>
  );
}

function MeasureForm({ area, measure, onReload }: { area: FocusArea; measure: Measure | null; onReload: () => void }) {
  const { t } = useTranslation();
  const plan = usePlanDocument();
  const levels = useLevelNames(plan);
  const navigate = useNavigate();
  const follow = useKeyFollower();
  const planKey = plan.actionPlan.key;
  const [draft, setDraft] = useState<Measure>(() => measure ?? emptyMeasure());
  const [areaKey, setAreaKey] = useState(area.key);
  const [version] = useState(() => (measure === null ? null : versionOf(measure)));
  const moving = areaKey !== area.key ? areaKey : undefined;
  const targetArea = plan.focusAreas.find((a) => a.key === areaKey) ?? area;

  const save = useSave<Measure>({
    plan,
    schema: Measure,
    toEdit: (data): PlanEdit =>
      measure === null
        ? { op: "create", collection: "measures", areaKey: area.key, data }
        : { op: "update", collection: "measures", key: measure.key, data, areaKey: moving },
    send: (data, confirm) =>
      measure === null || version === null
        ? planWrites.createMeasure(planKey, area.key, data)
        : planWrites.updateMeasure(planKey, measure.key, version, data, { areaKey: moving, confirm }),
    onSaved: (data) =>
      navigate(paths.edit(planKey), {
        state: {
          saved: t("edit.saved.named", { type: levels.title("measure"), title: data.title }),
        } satisfies SavedState,
      }),
  });

  const set = <K extends keyof Measure>(key: K, value: unknown) =>
    setDraft((d) => ({ ...d, [key]: value as Measure[K] }));
  const strategyOptions: Array<{ value: NumberRef; label: string }> = [
    ...targetArea.strategies.map((s) => ({
      value: s.number as NumberRef,
      label: t("edit.measure.strategyOption", { level: levels.title("strategy"), number: s.number, text: s.text }),
    })),
    { value: "unknown", label: t("edit.measure.unknownStrategy", { level: levels.title("strategy") }) },
  ];

  return (
    <EditForm plan={plan} save={save} draft={draft} onReload={onReload} cancelTo={paths.edit(planKey)}>
      <TextField
        path="title"
        label={t("edit.form.title")}
        value={draft.title}
        onChange={(title) =>
          setDraft((d) => ({
            ...d,
            title: title ?? "",
            key: measure === null ? follow(d, d.title, title ?? "") : d.key,
          }))
        }
      />
      {measure === null ? <KeyField path="key" value={draft.key} onChange={(key) => set("key", key)} /> : null}
      <TextField
        path="description"
        label={t("edit.form.description")}
        multiline
        nullable
        value={draft.description}
        onChange={(v) => set("description", v)}
      />
      {measure !== null ? (
        <SelectField
          path="areaKey"
          label={t("edit.measure.area", { level: levels.title("focusArea") })}
          description={t("edit.measure.areaHelp")}
          value={areaKey}
          options={plan.focusAreas.map((a) => ({
            value: a.key,
            label: t("edit.hub.areaLabel", {
              kind: levels.title(levels.areaLevel(a.kind)),
              number: a.number,
              title: a.title,
            }),
          }))}
          onChange={(v) => setAreaKey(v ?? area.key)}
        />
      ) : null}
      <CheckboxGroup
        path="strategyNumbers"
        legend={levels.title("strategy", true)}
        options={strategyOptions}
        value={draft.strategyNumbers}
        onChange={(v) => set("strategyNumbers", v)}
      />
      <SelectField
        path="flagshipKey"
        label={t("edit.measure.flagship")}
        value={draft.flagshipKey}
        emptyLabel={t("edit.form.none")}
        options={plan.flagships.map((f) => ({ value: f.key, label: f.title }))}
        onChange={(v) => set("flagshipKey", v)}
      />
      <IndicatorList
        path="indicators"
        legend={levels.title("indicator", true)}
        value={draft.indicators}
        onChange={(v) => set("indicators", v)}
      />
      <FundingList plan={plan} path="funding" value={draft.funding} onChange={(v) => set("funding", v)} />
      <ResponsibilityFields
        plan={plan}
        path="responsibility"
        value={draft.responsibility}
        onChange={(v) => set("responsibility", v)}
      />
      <StartFields path="start" value={draft.start} onChange={(v) => set("start", v)} />
      <Heading level={2} data-size="sm">
        {levels.title("activity", true)}
      </Heading>
      <ListField
        path="activities"
        legend={levels.title("activity", true)}
        items={draft.activities}
        onChange={(v) => set("activities", v)}
        newItem={emptyActivity}
        addLabel={t("edit.measure.addActivity", { level: levels.name("activity") })}
        itemName={(item, i) =>
          t("edit.list.itemNamed", { type: levels.title("activity"), number: i + 1, text: item.title })
        }
        renderItem={(item, _i, update, path) => <ActivityFields path={path} value={item} onChange={update} />}
      />
    </EditForm>
  );
}

function ActivityFields({ path, value, onChange }: { path: string; value: Activity; onChange: (a: Activity) => void }) {
  const { t } = useTranslation();
  const plan = usePlanDocument();
  const levels = useLevelNames(plan);
  const follow = useKeyFollower();
  const set = <K extends keyof Activity>(key: K, v: unknown) => onChange({ ...value, [key]: v as Activity[K] });
  return (
    <div className="stack-sm">
      <TextField
        path={`${path}.title`}
        label={t("edit.form.title")}
        value={value.title}
        onChange={(title) => onChange({ ...value, title: title ?? "", key: follow(value, value.title, title ?? "") })}
      />
      <KeyField path={`${path}.key`} value={value.key} onChange={(key) => set("key", key)} />
      <TextField
        path={`${path}.description`}
        label={t("edit.form.description")}
        multiline
        nullable
        value={value.description}
        onChange={(v) => set("description", v)}
      />
      <IndicatorList
        path={`${path}.indicators`}
        legend={levels.title("indicator", true)}
        value={value.indicators}
        onChange={(v) => set("indicators", v)}
      />
      <FundingList plan={plan} path={`${path}.funding`} value={value.funding} onChange={(v) => set("funding", v)} />
      <ResponsibilityFields
        plan={plan}
        path={`${path}.responsibility`}
        value={value.responsibility}
        onChange={(v) => set("responsibility", v)}
      />
      <StartFields path={`${path}.start`} value={value.start} onChange={(v) => set("start", v)} />
    </div>
  );
}
