/**
 * The parts of the plan that several editors share: keys, indicators, funding lines. Responsibility and start are
 * in `responsibility-fields.tsx`.
 */
import { Field, Input, Label, ValidationMessage } from "@digdir/designsystemet-react";
import { createContext, useContext, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  FundingKind,
  type FundingLine,
  type Indicator,
  IndicatorKind,
  type PlanDocument,
  Recurrence,
} from "../../domain/plan-schema.js";
import { NumberField, SelectField, TextField } from "./fields.js";
import { fieldId, useFieldError } from "./form-context.js";
import { parseYears, suggestKey } from "./form-values.js";
import { ListField } from "./list-field.js";

/** Every key the saved plan uses, so a suggestion never renames a saved thing. */
const SavedKeys = createContext<ReadonlySet<string>>(new Set());
export const SavedKeysProvider = SavedKeys.Provider;

export function savedKeysOf(plan: PlanDocument): Set<string> {
  const keys = new Set<string>();
  for (const area of plan.focusAreas) {
    keys.add(area.key);
    for (const m of area.measures) {
      keys.add(m.key);
      for (const i of m.indicators) keys.add(i.key);
      for (const x of m.activities) {
        keys.add(x.key);
        for (const i of x.indicators) keys.add(i.key);
      }
    }
  }
  for (const list of [plan.actors, plan.fundingSources, plan.flagships, plan.relatedPlans]) {
    for (const item of list) keys.add(item.key);
  }
  return keys;
}

/** With a new title, a new thing's key follows it until the person changes the key. */
export function useKeyFollower() {
  const saved = useContext(SavedKeys);
  return <T extends { key: string }>(item: T, oldTitle: string, newTitle: string): string =>
    !saved.has(item.key) && (item.key === "" || item.key === suggestKey(oldTitle)) ? suggestKey(newTitle) : item.key;
}

/** A new thing's key: suggested from its title as the title is typed (`useKeyFollower`), editable. */
export function KeyField({ path, value, onChange }: { path: string; value: string; onChange: (key: string) => void }) {
  const { t } = useTranslation();
  return (
    <TextField
      path={path}
      label={t("edit.form.key")}
      description={t("edit.form.keyHelp")}
      value={value}
      onChange={(key) => onChange(key ?? "")}
    />
  );
}

/** Years typed as «2024, 2025». */
function YearsField({
  path,
  label,
  description,
  value,
  onChange,
}: {
  path: string;
  label: string;
  description: string;
  value: unknown[];
  onChange: (years: Array<number | string>) => void;
}) {
  const id = fieldId(path);
  const error = useFieldError(path, true);
  const [text, setText] = useState(() => value.join(", "));
  useEffect(() => {
    setText((current) => (parseYears(current).join(",") === value.join(",") ? current : value.join(", ")));
  }, [value]);
  return (
    <Field>
      <Label htmlFor={id}>{label}</Label>
      <Field.Description id={`${id}-description`}>{description}</Field.Description>
      <Input
        id={id}
        value={text}
        aria-invalid={error ? true : undefined}
        onChange={(e) => {
          setText(e.target.value);
          onChange(parseYears(e.target.value));
        }}
      />
      {error ? <ValidationMessage id={`${id}-error`}>{error}</ValidationMessage> : null}
    </Field>
  );
}

export function emptyIndicator(): Indicator {
  return {
    key: "",
    text: "",
    kind: "count",
    target: null,
    baseline: null,
    unit: null,
    recurrence: "once",
    deadline: null,
  };
}

export function IndicatorFields({
  path,
  value,
  onChange,
}: {
  path: string;
  value: Indicator;
  onChange: (value: Indicator) => void;
}) {
  const { t } = useTranslation();
  const follow = useKeyFollower();
  const set = <K extends keyof Indicator>(key: K, v: unknown) => onChange({ ...value, [key]: v as Indicator[K] });
  return (
    <div className="form-grid">
      <TextField
        path={`${path}.text`}
        label={t("edit.indicator.text")}
        value={value.text}
        onChange={(text) => onChange({ ...value, text: text ?? "", key: follow(value, value.text, text ?? "") })}
      />
      <KeyField path={`${path}.key`} value={value.key} onChange={(key) => set("key", key)} />
      <SelectField
        path={`${path}.kind`}
        label={t("edit.indicator.kind")}
        value={value.kind}
        options={IndicatorKind.options.map((k) => ({ value: k, label: t(`indicatorKind.${k}`) }))}
        onChange={(v) => set("kind", v)}
      />
      <NumberField
        path={`${path}.target`}
        label={t("edit.indicator.target")}
        value={value.target}
        onChange={(v) => set("target", v)}
      />
      <NumberField
        path={`${path}.baseline`}
        label={t("edit.indicator.baseline")}
        value={value.baseline}
        onChange={(v) => set("baseline", v)}
      />
      <TextField
        path={`${path}.unit`}
        label={t("edit.indicator.unit")}
        nullable
        value={value.unit}
        onChange={(v) => set("unit", v)}
      />
      <SelectField
        path={`${path}.recurrence`}
        label={t("edit.indicator.recurrence")}
        value={value.recurrence}
        options={Recurrence.options.map((r) => ({ value: r, label: t(`recurrence.${r}`) }))}
        onChange={(v) => set("recurrence", v ?? "once")}
      />
      <TextField
        path={`${path}.deadline`}
        label={t("edit.indicator.deadline")}
        type="date"
        nullable
        value={value.deadline}
        onChange={(v) => set("deadline", v)}
      />
    </div>
  );
}

export function IndicatorList({
  path,
  legend,
  value,
  onChange,
}: {
  path: string;
  legend: string;
  value: Indicator[];
  onChange: (value: Indicator[]) => void;
}) {
  const { t } = useTranslation();
  return (
    <ListField
      path={path}
      legend={legend}
      items={value}
      onChange={onChange}
      newItem={emptyIndicator}
      addLabel={t("edit.indicator.add")}
      itemName={(item, i) => t("edit.indicator.item", { number: i + 1, text: item.text })}
      renderItem={(item, _i, update, itemPath) => <IndicatorFields path={itemPath} value={item} onChange={update} />}
    />
  );
}

export function emptyFundingLine(): FundingLine {
  return { kind: "within_budget", amountNok: null, recurrence: null, years: [], fundingSourceKey: null, text: "" };
}

export function FundingFields({
  plan,
  path,
  value,
  onChange,
}: {
  plan: PlanDocument;
  path: string;
  value: FundingLine;
  onChange: (value: FundingLine) => void;
}) {
  const { t } = useTranslation();
  const set = <K extends keyof FundingLine>(key: K, v: unknown) => onChange({ ...value, [key]: v as FundingLine[K] });
  return (
    <div className="form-grid">
      <SelectField
        path={`${path}.kind`}
        label={t("edit.funding.kind")}
        value={value.kind}
        options={FundingKind.options.map((k) => ({ value: k, label: t(`fundingKind.${k}`) }))}
        onChange={(v) => set("kind", v)}
      />
      <NumberField
        path={`${path}.amountNok`}
        label={t("edit.funding.amount")}
        value={value.amountNok}
        onChange={(v) => set("amountNok", v)}
      />
      <SelectField
        path={`${path}.recurrence`}
        label={t("edit.funding.recurrence")}
        value={value.recurrence}
        emptyLabel={t("edit.form.notGiven")}
        options={Recurrence.options.map((r) => ({ value: r, label: t(`recurrence.${r}`) }))}
        onChange={(v) => set("recurrence", v)}
      />
      <YearsField
        path={`${path}.years`}
        label={t("edit.funding.years")}
        description={t("edit.funding.yearsHelp")}
        value={value.years}
        onChange={(v) => set("years", v)}
      />
      <SelectField
        path={`${path}.fundingSourceKey`}
        label={t("edit.funding.source")}
        value={value.fundingSourceKey}
        emptyLabel={t("edit.form.none")}
        options={plan.fundingSources.map((s) => ({ value: s.key, label: s.name }))}
        onChange={(v) => set("fundingSourceKey", v)}
      />
      <TextField
        path={`${path}.text`}
        label={t("edit.funding.text")}
        multiline
        value={value.text}
        onChange={(v) => set("text", v ?? "")}
      />
    </div>
  );
}

export function FundingList({
  plan,
  path,
  value,
  onChange,
}: {
  plan: PlanDocument;
  path: string;
  value: FundingLine[];
  onChange: (value: FundingLine[]) => void;
}) {
  const { t } = useTranslation();
  return (
    <ListField
      path={path}
      legend={t("edit.funding.legend")}
      items={value}
      onChange={onChange}
      newItem={emptyFundingLine}
      addLabel={t("edit.funding.add")}
      itemName={(item, i) => t("edit.funding.item", { number: i + 1, text: item.text })}
      renderItem={(item, _i, update, itemPath) => (
        <FundingFields plan={plan} path={itemPath} value={item} onChange={update} />
      )}
    />
  );
}
