import { Fieldset, Paragraph, Radio, Textfield, ValidationMessage } from "@digdir/designsystemet-react";
import type { ChangeEvent } from "react";
import { useTranslation } from "react-i18next";
import { formatDate } from "../../../domain/format.js";
import { indicatorAttainment } from "../../../domain/indicator-attainment.js";
import type { Indicator } from "../../../domain/plan-schema.js";
import { periodEnd } from "../../../domain/reporting-periods.js";
import { attainmentText, formatNumberWithUnit } from "../../components/report-format.js";
import { useLocale } from "../../i18n/index.js";
import { type Draft, draftValue } from "./report-draft.js";

/** Radio buttons side by side, wrapping on a narrow screen. */
export const RADIO_ROW = { display: "flex", flexWrap: "wrap", gap: "0 1.5rem" } as const;
/** Short inputs (a number, a date, a name) kept narrow. */
export const NARROW = { maxWidth: "24rem" } as const;

type IndicatorInputProps = {
  indicator: Indicator;
  id: string;
  draft: Draft;
  period: string;
  error: string | undefined;
  onChange: (value: string) => void;
};

/** One indicator's input, fitting its kind, with its target, baseline and the attainment live. */
export function IndicatorInput({ indicator, id, draft, period, error, onChange }: IndicatorInputProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const raw = draft.values[indicator.key] ?? "";
  const facts: string[] = [];
  if (indicator.target !== null)
    facts.push(t("report.form.indicatorTarget", { value: formatNumberWithUnit(indicator, indicator.target, locale) }));
  if (indicator.baseline !== null)
    facts.push(
      t("report.form.indicatorBaseline", { value: formatNumberWithUnit(indicator, indicator.baseline, locale) }),
    );
  if (indicator.deadline !== null)
    facts.push(t("report.form.indicatorDeadline", { date: formatDate(indicator.deadline, locale) }));

  let live: string;
  try {
    const value = draftValue(indicator, draft);
    live =
      typeof value === "number" && Number.isNaN(value)
        ? t("report.attainment.invalid")
        : attainmentText(indicatorAttainment(indicator, value, { today: periodEnd(period) }), locale, t);
  } catch {
    live = t("report.attainment.invalid");
  }
  const liveLine = (
    <Paragraph data-size="sm" className="attainment-live" aria-live="polite">
      {t("report.attainment.live", { text: live })}
    </Paragraph>
  );
  const description = facts.length > 0 ? facts.join(" · ") : undefined;

  if (indicator.kind === "yes_no") {
    const options = [
      { value: "true", label: t("report.form.yes") },
      { value: "false", label: t("report.form.no") },
      { value: "", label: t("report.form.notReported") },
    ];
    return (
      <div className="stack-xs">
        <Fieldset>
          <Fieldset.Legend>{indicator.text}</Fieldset.Legend>
          {description ? <Fieldset.Description>{description}</Fieldset.Description> : null}
          <div style={RADIO_ROW}>
            {options.map((option) => (
              <Radio
                key={option.value || "none"}
                id={`${id}-${option.value || "none"}`}
                name={id}
                value={option.value}
                label={option.label}
                checked={raw === option.value}
                onChange={() => onChange(option.value)}
                aria-invalid={error ? true : undefined}
              />
            ))}
          </div>
          {error ? <ValidationMessage>{error}</ValidationMessage> : null}
        </Fieldset>
        {liveLine}
      </div>
    );
  }
  if (indicator.kind === "text") {
    return (
      <div className="stack-xs">
        <Textfield
          id={id}
          label={indicator.text}
          description={description}
          multiline
          rows={2}
          value={raw}
          onChange={(e: ChangeEvent<HTMLTextAreaElement>) => onChange(e.target.value)}
          error={error}
        />
      </div>
    );
  }
  if (indicator.kind === "milestone") {
    return (
      <div className="stack-xs">
        <Textfield
          id={id}
          type="date"
          style={NARROW}
          label={indicator.text}
          description={description}
          value={raw}
          onChange={(e: ChangeEvent<HTMLInputElement>) => onChange(e.target.value)}
          error={error}
        />
        {liveLine}
      </div>
    );
  }
  const suffix = indicator.kind === "percentage" ? "%" : (indicator.unit ?? undefined);
  return (
    <div className="stack-xs">
      <Textfield
        id={id}
        label={indicator.text}
        description={[description, t("report.form.numberHint")].filter(Boolean).join(" · ")}
        inputMode="decimal"
        style={NARROW}
        suffix={suffix}
        value={raw}
        onChange={(e: ChangeEvent<HTMLInputElement>) => onChange(e.target.value)}
        error={error}
      />
      {liveLine}
    </div>
  );
}
