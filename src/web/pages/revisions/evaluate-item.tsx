/**
 * One evaluation on the evaluate page: a measure's (judgement, recommendation, text) or an area's
 * (judgement and text; an area takes no recommendation), with its own «Lagre», its own state and
 * its own polite status, so that a plan of 40 measures stays responsive and each item is saved
 * on its own. What is missing is said next to the field before anything is sent.
 */
import {
  Button,
  Fieldset,
  Paragraph,
  Radio,
  Spinner,
  Textfield,
  ValidationMessage,
} from "@digdir/designsystemet-react";
import { type ChangeEvent, type FormEvent, type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { Judgement, Recommendation } from "../../../domain/revision-model.js";
import { WriteError } from "../../api/write-client.js";
import "../../forms/forms.css";
import { FailureAlert } from "../../forms/failure-alert.js";
import { type Evaluation, type EvaluationTarget, putEvaluation } from "./revisions-api.js";

/** Each item set off by a line at its start, as the list fields of the editing forms are. */
const MAX_TEXT = 20000;

type Field = "judgement" | "recommendation" | "text";

type EvaluationItemProps = {
  planKey: string;
  year: number;
  target: EvaluationTarget;
  /** The fieldset's legend: the measure's title, or the area's «Samlet vurdering …». */
  legend: string;
  /** The name the «Lagre» button carries for screen readers: the measure's or area's title. */
  title: string;
  /** The evaluation as stored, to start from; undefined when there is none. */
  stored: Evaluation | undefined;
  /** Shown under the legend: the measure's latest status, or why an area takes no recommendation. */
  context?: ReactNode;
};

export function EvaluationItem({ planKey, year, target, legend, title, stored, context }: EvaluationItemProps) {
  const { t } = useTranslation();
  const isMeasure = target.type === "measure";
  const idPrefix = `evaluation-${target.type}-${target.key}`;
  const [judgement, setJudgement] = useState<Judgement | null>(stored?.judgement ?? null);
  const [recommendation, setRecommendation] = useState<Recommendation | null>(stored?.recommendation ?? null);
  const [text, setText] = useState(stored?.text ?? "");
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [isSaving, setIsSaving] = useState(false);
  const [saved, setSaved] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const changed = () => {
    setSaved(false);
    setFailure(null);
  };

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (isSaving) return;
    setSaved(false);
    setFailure(null);
    const found: Partial<Record<Field, string>> = {};
    if (judgement === null) found.judgement = t("evaluation.evaluate.errors.judgement");
    if (isMeasure && recommendation === null) found.recommendation = t("evaluation.evaluate.errors.recommendation");
    if (text.length > MAX_TEXT) found.text = t("evaluation.evaluate.errors.tooLong", { max: MAX_TEXT });
    setErrors(found);
    if (judgement === null || Object.keys(found).length > 0) {
      const first = found.judgement
        ? `${idPrefix}-judgement-${Judgement.options[0]}`
        : found.recommendation
          ? `${idPrefix}-recommendation-${Recommendation.options[0]}`
          : `${idPrefix}-text`;
      document.getElementById(first)?.focus();
      return;
    }
    setIsSaving(true);
    try {
      await putEvaluation(planKey, year, target, {
        judgement,
        text: text.trim(),
        recommendation: isMeasure ? recommendation : null,
      });
      setSaved(true);
    } catch (error) {
      const message = error instanceof WriteError || error instanceof Error ? error.message : String(error);
      setFailure(t("evaluation.evaluate.failed", { message }));
    } finally {
      setIsSaving(false);
    }
  };

  return (
    <form noValidate onSubmit={handleSubmit} className="evaluation-item">
      <Fieldset className="stack-sm">
        <Fieldset.Legend>{legend}</Fieldset.Legend>
        {/* In a div: Designsystemet names the fieldset by a <p> right after the legend too, and the
            legend alone should name it. */}
        {context ? (
          <div>
            <Paragraph data-size="sm">{context}</Paragraph>
          </div>
        ) : null}
        <Fieldset>
          <Fieldset.Legend>{t("evaluation.evaluate.judgementLegend")}</Fieldset.Legend>
          <div className="radio-row">
            {Judgement.options.map((value) => (
              <Radio
                key={value}
                id={`${idPrefix}-judgement-${value}`}
                name={`${idPrefix}-judgement`}
                value={value}
                label={t(`evaluation.judgement.${value}`)}
                checked={judgement === value}
                onChange={() => {
                  setJudgement(value);
                  setErrors((e) => ({ ...e, judgement: undefined }));
                  changed();
                }}
                aria-invalid={errors.judgement ? true : undefined}
              />
            ))}
          </div>
          {errors.judgement ? <ValidationMessage>{errors.judgement}</ValidationMessage> : null}
        </Fieldset>
        {isMeasure ? (
          <Fieldset>
            <Fieldset.Legend>{t("evaluation.evaluate.recommendationLegend")}</Fieldset.Legend>
            <div className="radio-row">
              {Recommendation.options.map((value) => (
                <Radio
                  key={value}
                  id={`${idPrefix}-recommendation-${value}`}
                  name={`${idPrefix}-recommendation`}
                  value={value}
                  label={t(`evaluation.recommendation.${value}`)}
                  checked={recommendation === value}
                  onChange={() => {
                    setRecommendation(value);
                    setErrors((e) => ({ ...e, recommendation: undefined }));
                    changed();
                  }}
                  aria-invalid={errors.recommendation ? true : undefined}
                />
              ))}
            </div>
            {errors.recommendation ? <ValidationMessage>{errors.recommendation}</ValidationMessage> : null}
          </Fieldset>
        ) : null}
        <Textfield
          id={`${idPrefix}-text`}
          label={t("evaluation.evaluate.text")}
          description={t("evaluation.evaluate.textDescription")}
          multiline
          rows={3}
          value={text}
          onChange={(e: ChangeEvent<HTMLTextAreaElement>) => {
            setText(e.target.value);
            changed();
          }}
          error={errors.text}
        />
        <div className="button-row">
          <Button type="submit" variant="secondary" data-size="sm" aria-disabled={isSaving || undefined}>
            {isSaving ? <Spinner aria-hidden="true" data-size="xs" /> : null}
            <span aria-hidden="true">{t("evaluation.evaluate.save")}</span>
            <span className="visually-hidden">{t("evaluation.evaluate.saveFor", { title })}</span>
          </Button>
          <span role="status" aria-live="polite">
            {isSaving ? t("evaluation.evaluate.saving") : saved ? t("evaluation.evaluate.saved") : null}
          </span>
        </div>
        <FailureAlert message={failure} />
      </Fieldset>
    </form>
  );
}
