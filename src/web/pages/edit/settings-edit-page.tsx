import { Button, Checkbox, Fieldset } from "@digdir/designsystemet-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { PlanSettingsInput } from "../../../domain/edit-schemas.js";
import { type PlanSettings, settingsOf } from "../../../domain/plan-edits.js";
import { type Level, type LevelNames, ReportingFrequency, type ReportingPeriod } from "../../../domain/plan-schema.js";
import { defaultReportingCalendar } from "../../../domain/reporting-periods.js";
import { versionOf } from "../../../domain/versions.js";
import { planWrites } from "../../api/write-client.js";
import { PageHeader } from "../../components/page-header.js";
import { paths } from "../../components/plan-paths.js";
import { usePlanDocument } from "../../components/plan-route.js";
import { usePageTitle } from "../../components/use-page-title.js";
import { EditForm, useReload } from "../../forms/edit-form.js";
import { NumberField, RadioGroup, TextField } from "../../forms/fields.js";
import { ListField } from "../../forms/list-field.js";
import type { SavedState } from "../../forms/saved-notice.js";
import { useSave } from "../../forms/use-save.js";
import { EditBreadcrumbs } from "./edit-breadcrumbs.js";

const LEVELS = [
  "focusArea",
  "strategicMove",
  "mainGoal",
  "subGoal",
  "strategy",
  "measure",
  "activity",
  "indicator",
] as const satisfies readonly Level[];

/** `edit/settings`: the plan's title, period, introductions, level names and reporting calendar. */
export function SettingsEditPage() {
  const { t } = useTranslation();
  const plan = usePlanDocument();
  const { formKey, reload } = useReload(plan);
  usePageTitle(t("edit.settings.heading"), plan.actionPlan.title);
  return (
    <div className="stack">
      <EditBreadcrumbs plan={plan} />
      <PageHeader title={t("edit.settings.heading")} />
      <SettingsForm key={formKey} onReload={reload} />
    </div>
  );
}

function SettingsForm({ onReload }: { onReload: () => void }) {
  const { t } = useTranslation();
  const plan = usePlanDocument();
  const navigate = useNavigate();
  const planKey = plan.actionPlan.key;
  const [draft, setDraft] = useState<PlanSettings>(() => settingsOf(plan));
  const [version] = useState(() => versionOf(settingsOf(plan)));
  const save = useSave<PlanSettings>({
    plan,
    schema: PlanSettingsInput,
    toEdit: (data) => ({ op: "updateSettings", data }),
    send: (data) => planWrites.updateSettings(planKey, version, data),
    onSaved: () => navigate(paths.edit(planKey), { state: { saved: t("edit.saved.settings") } satisfies SavedState }),
  });
  const set = <K extends keyof PlanSettings>(key: K, value: unknown) =>
    setDraft((d) => ({ ...d, [key]: value as PlanSettings[K] }));

  const defaultNames = (): LevelNames =>
    Object.fromEntries(
      LEVELS.map((level) => [level, { singular: t(`levels.${level}.singular`), plural: t(`levels.${level}.plural`) }]),
    ) as LevelNames;
  const names = draft.levelNames;
  const reporting = draft.reporting;
  const setPeriods = (periods: ReportingPeriod[]) =>
    set("reporting", { frequency: reporting?.frequency ?? "tertial", periods });

  return (
    <EditForm plan={plan} save={save} draft={draft} onReload={onReload} cancelTo={paths.edit(planKey)}>
      <TextField
        path="title"
        label={t("edit.form.title")}
        value={draft.title}
        onChange={(v) => set("title", v ?? "")}
      />
      <div className="form-grid">
        <NumberField
          path="firstYear"
          label={t("edit.settings.firstYear")}
          value={draft.firstYear}
          onChange={(v) => set("firstYear", v)}
        />
        <NumberField
          path="lastYear"
          label={t("edit.settings.lastYear")}
          value={draft.lastYear}
          onChange={(v) => set("lastYear", v)}
        />
      </div>
      <ListField<string>
        path="introduction"
        legend={t("edit.settings.introduction")}
        items={draft.introduction}
        onChange={(v) => set("introduction", v)}
        newItem={() => ""}
        addLabel={t("edit.settings.addParagraph")}
        itemName={(_p, i) => t("edit.settings.paragraph", { number: i + 1 })}
        renderItem={(text, i, update, path) => (
          <TextField
            path={path}
            label={t("edit.settings.paragraph", { number: i + 1 })}
            multiline
            value={text}
            onChange={(v) => update(v ?? "")}
          />
        )}
      />
      <TextField
        path="flagshipIntroduction"
        label={t("edit.settings.flagshipIntroduction")}
        multiline
        nullable
        value={draft.flagshipIntroduction}
        onChange={(v) => set("flagshipIntroduction", v)}
      />
      <TextField
        path="relatedPlansIntroduction"
        label={t("edit.settings.relatedPlansIntroduction")}
        multiline
        nullable
        value={draft.relatedPlansIntroduction}
        onChange={(v) => set("relatedPlansIntroduction", v)}
      />

      <Fieldset id="field-levelNames" tabIndex={-1}>
        <Fieldset.Legend>{t("edit.settings.levelNames")}</Fieldset.Legend>
        <Fieldset.Description>{t("edit.settings.levelNamesHelp")}</Fieldset.Description>
        <Checkbox
          label={t("edit.settings.useDefaultNames")}
          checked={names === null}
          onChange={(e) => set("levelNames", e.target.checked ? null : defaultNames())}
        />
        {names !== null
          ? LEVELS.map((level) => (
              <Fieldset key={level}>
                <Fieldset.Legend>{t(`edit.settings.level.${level}`)}</Fieldset.Legend>
                <div className="form-grid">
                  <TextField
                    path={`levelNames.${level}.singular`}
                    label={t("edit.settings.singular")}
                    value={names[level].singular}
                    onChange={(v) => set("levelNames", { ...names, [level]: { ...names[level], singular: v ?? "" } })}
                  />
                  <TextField
                    path={`levelNames.${level}.plural`}
                    label={t("edit.settings.plural")}
                    value={names[level].plural}
                    onChange={(v) => set("levelNames", { ...names, [level]: { ...names[level], plural: v ?? "" } })}
                  />
                </div>
              </Fieldset>
            ))
          : null}
      </Fieldset>

      <Fieldset>
        <Fieldset.Legend>{t("edit.settings.reporting")}</Fieldset.Legend>
        <RadioGroup
          path="reportingChoice"
          legend={t("edit.settings.calendarChoice")}
          options={[
            { value: "default", label: t("edit.settings.defaultCalendar") },
            { value: "own", label: t("edit.settings.ownCalendar") },
          ]}
          value={reporting === null ? "default" : "own"}
          onChange={(v) => set("reporting", v === "default" ? null : { frequency: "tertial", periods: [] })}
        />
        {reporting !== null ? (
          <>
            <RadioGroup
              path="reporting.frequency"
              legend={t("edit.settings.frequency")}
              options={ReportingFrequency.options.map((f) => ({
                value: f,
                label: t(`edit.settings.frequencies.${f}`),
              }))}
              value={reporting.frequency}
              onChange={(frequency) => set("reporting", { ...reporting, frequency })}
            />
            <div>
              <Button
                variant="secondary"
                data-size="sm"
                onClick={() => {
                  const first = Number(draft.firstYear);
                  const last = Number(draft.lastYear);
                  if (Number.isInteger(first) && Number.isInteger(last) && last >= first && last - first < 100) {
                    setPeriods(defaultReportingCalendar(first, last, reporting.frequency));
                  }
                }}
              >
                {t("edit.settings.fillDefaults")}
              </Button>
            </div>
            <ListField<ReportingPeriod>
              path="reporting.periods"
              legend={t("edit.settings.periods")}
              items={reporting.periods}
              onChange={setPeriods}
              newItem={() => ({ period: "", deadline: "" })}
              addLabel={t("edit.settings.addPeriod")}
              itemName={(p, i) => t("edit.settings.periodName", { number: i + 1, period: p.period })}
              renderItem={(p, _i, update, path) => (
                <div className="form-grid">
                  <TextField
                    path={`${path}.period`}
                    label={t("edit.settings.period")}
                    description={t("edit.settings.periodHelp")}
                    value={p.period}
                    onChange={(v) => update({ ...p, period: v ?? "" })}
                  />
                  <TextField
                    path={`${path}.deadline`}
                    label={t("edit.settings.deadline")}
                    type="date"
                    value={p.deadline}
                    onChange={(v) => update({ ...p, deadline: v ?? "" })}
                  />
                </div>
              )}
            />
          </>
        ) : null}
      </Fieldset>
    </EditForm>
  );
}
