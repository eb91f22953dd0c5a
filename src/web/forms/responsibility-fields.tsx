/** The responsibility and the start of a measure, an activity or a related plan, as the editors share them. */
import { Fieldset } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { type PlanDocument, type Responsibility, type Start, StartKind } from "../../domain/plan-schema.js";
import { CheckboxGroup, NumberField, SelectField, TextField } from "./fields.js";

/** Responsibility: the text as the plan writes it and the actors it names; nothing given is null. */
export function ResponsibilityFields({
  plan,
  path,
  value,
  onChange,
}: {
  plan: PlanDocument;
  path: string;
  value: Responsibility | null;
  onChange: (value: Responsibility | null) => void;
}) {
  const { t } = useTranslation();
  const current = value ?? { text: "", responsibleActorKeys: [], partnerActorKeys: [] };
  const update = (next: Responsibility) =>
    onChange(
      next.text.trim() === "" && next.responsibleActorKeys.length === 0 && next.partnerActorKeys.length === 0
        ? null
        : next,
    );
  const actors = plan.actors.map((a) => ({ value: a.key, label: a.name }));
  return (
    <Fieldset>
      <Fieldset.Legend>{t("edit.responsibility.legend")}</Fieldset.Legend>
      <TextField
        path={`${path}.text`}
        label={t("edit.responsibility.text")}
        multiline
        value={current.text}
        onChange={(text) => update({ ...current, text: text ?? "" })}
      />
      {actors.length > 0 ? (
        <div className="two-columns">
          <CheckboxGroup
            path={`${path}.responsibleActorKeys`}
            legend={t("responsibility.responsible")}
            options={actors}
            value={current.responsibleActorKeys}
            onChange={(keys) => update({ ...current, responsibleActorKeys: keys })}
          />
          <CheckboxGroup
            path={`${path}.partnerActorKeys`}
            legend={t("responsibility.partners")}
            options={actors}
            value={current.partnerActorKeys}
            onChange={(keys) => update({ ...current, partnerActorKeys: keys })}
          />
        </div>
      ) : null}
    </Fieldset>
  );
}

/** The start: its kind (none: null), year, half-year and text as written. */
export function StartFields({
  path,
  value,
  onChange,
}: {
  path: string;
  value: Start | null;
  onChange: (value: Start | null) => void;
}) {
  const { t } = useTranslation();
  return (
    <Fieldset>
      <Fieldset.Legend>{t("edit.start.legend")}</Fieldset.Legend>
      <div className="form-grid">
        <SelectField
          path={`${path}.kind`}
          label={t("edit.start.kind")}
          value={value?.kind ?? null}
          emptyLabel={t("edit.form.notGiven")}
          options={StartKind.options.map((k) => ({ value: k, label: t(`startKind.${k}`) }))}
          onChange={(kind) =>
            onChange(
              kind === null
                ? null
                : {
                    kind: kind as Start["kind"],
                    year: value?.year ?? null,
                    half: kind === "half_year" ? (value?.half ?? null) : null,
                    text: value?.text ?? "",
                  },
            )
          }
        />
        {value !== null ? (
          <>
            <NumberField
              path={`${path}.year`}
              label={t("edit.start.year")}
              value={value.year}
              onChange={(year) => onChange({ ...value, year: year as number | null })}
            />
            {value.kind === "half_year" ? (
              <SelectField
                path={`${path}.half`}
                label={t("edit.start.half")}
                value={value.half === null ? null : String(value.half)}
                emptyLabel={t("edit.form.notGiven")}
                options={[
                  { value: "1", label: t("edit.start.firstHalf") },
                  { value: "2", label: t("edit.start.secondHalf") },
                ]}
                onChange={(half) => onChange({ ...value, half: half === null ? null : (Number(half) as 1 | 2) })}
              />
            ) : null}
            <TextField
              path={`${path}.text`}
              label={t("edit.start.text")}
              value={value.text}
              onChange={(text) => onChange({ ...value, text: text ?? "" })}
            />
          </>
        ) : null}
      </div>
    </Fieldset>
  );
}
