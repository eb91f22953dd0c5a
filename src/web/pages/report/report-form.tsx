import {
  Alert,
  Button,
  Checkbox,
  type ErrorSummary,
  Fieldset,
  Heading,
  Paragraph,
  Radio,
  Textfield,
  ValidationMessage,
} from "@digdir/designsystemet-react";
import { type ChangeEvent, type ComponentRef, type FormEvent, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Indicator, PlanDocument, StatusReport } from "../../../domain/plan-schema.js";
import { periodLabel } from "../../../domain/reporting-periods.js";
import { versionOf } from "../../../domain/versions.js";
import { useCurrentSession } from "../../api/session.js";
import { refreshPlan } from "../../api/use-resource.js";
import { reportStatus, WriteError } from "../../api/write-client.js";
import { AppLink } from "../../components/app-link.js";
import { useLevelNames } from "../../components/level-names.js";
import { paths } from "../../components/plan-paths.js";
import { formatTimestampDate, reportFor } from "../../components/report-format.js";
import { AssessmentTag } from "../../components/status-tags.js";
import { FailureAlert } from "../../forms/failure-alert.js";
import { FieldErrorSummary } from "../../forms/field-error-summary.js";
import { useLocale } from "../../i18n/index.js";
import { IndicatorInput, NARROW, RADIO_ROW } from "./indicator-input.js";
import {
  checkDraft,
  type Draft,
  draftFrom,
  type FieldError,
  type FieldName,
  problemsAsErrors,
} from "./report-draft.js";

const STATUSES = ["not_started", "ongoing", "completed", "postponed", "cancelled"] as const;
const ASSESSMENTS = ["on_track", "at_risk", "off_track"] as const;

type ReportFormProps = {
  plan: PlanDocument;
  measureKey: string;
  measureTitle: string;
  /** The activity reported on; null for the measure itself. */
  activity: { key: string; title: string } | null;
  indicators: readonly Indicator[];
  period: string;
  /** The form's heading and its level (2 for the measure, 3 for an activity). */
  heading: string;
  headingLevel: 2 | 3;
  /** A prefix for the ids of the form's fields, unique on the page. */
  idPrefix: string;
};

type Conflict = { current: { version: string; data: unknown } | null };

/** One report: status, assessment, progress, comment, a value per indicator and who reports. */
export function ReportForm(props: ReportFormProps) {
  const { plan, measureKey, measureTitle, activity, indicators, period, heading, headingLevel, idPrefix } = props;
  const { t } = useTranslation();
  const locale = useLocale();
  const levels = useLevelNames(plan);
  const planKey = plan.actionPlan.key;
  const existing = reportFor(plan, measureKey, activity?.key ?? null, period);
  const planVersion = existing === null ? null : versionOf(existing);

  const session = useCurrentSession();
  const userName = session.user === null ? null : session.user.name || session.user.email;
  const [draft, setDraft] = useState<Draft>(() => draftFrom(existing, userName, locale));
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [focusRequest, setFocusRequest] = useState(0);
  const [isSaving, setIsSaving] = useState(false);
  const [saved, setSaved] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  /** The version the last write or reload gave, until the plan itself shows it. */
  const [override, setOverride] = useState<{ base: string | null; version: string | null } | null>(null);
  const version = override !== null && override.base === planVersion ? override.version : planVersion;
  const summaryRef = useRef<ComponentRef<typeof ErrorSummary>>(null);

  useEffect(() => {
    if (focusRequest > 0) summaryRef.current?.focus();
  }, [focusRequest]);

  const id = (field: FieldName) => `${idPrefix}-${field.replace(":", "-")}`;
  const errorOf = (field: FieldName) => errors.find((e) => e.field === field)?.message;
  const firstInputId = (field: FieldName) => {
    if (field === "status") return `${id("status")}-${STATUSES[0]}`;
    if (field === "assessment") return `${id("assessment")}-${ASSESSMENTS[0]}`;
    const indicator = indicators.find((i) => `indicator:${i.key}` === field);
    if (indicator?.kind === "yes_no") return `${id(field)}-true`;
    return id(field);
  };

  const update = (patch: Partial<Draft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setSaved(false);
  };
  const updateValue = (key: string, value: string) => {
    setDraft((d) => ({ ...d, values: { ...d.values, [key]: value } }));
    setSaved(false);
  };

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(false);
    setFailure(null);
    const checked = checkDraft(draft, indicators, t);
    if (!checked.ok) {
      setErrors(
        checked.errors.length > 0 ? checked.errors : [{ field: "status", message: t("report.errors.invalid") }],
      );
      setFocusRequest((n) => n + 1);
      return;
    }
    setErrors([]);
    setIsSaving(true);
    try {
      const written = await reportStatus(
        planKey,
        { measureKey, activityKey: activity?.key ?? null, period },
        version,
        checked.data,
      );
      setOverride({ base: planVersion, version: written.version });
      setConflict(null);
      setSaved(true);
    } catch (error) {
      if (error instanceof WriteError && error.isConflict) {
        setConflict({ current: error.current });
      } else if (error instanceof WriteError && error.problems.length > 0) {
        const mapped = problemsAsErrors(error.problems, checked.sentKeys, indicators, t);
        setErrors(mapped.length > 0 ? mapped : [{ field: "status", message: t("report.errors.invalid") }]);
        setFocusRequest((n) => n + 1);
      } else {
        setFailure(error instanceof Error ? error.message : String(error));
      }
    } finally {
      setIsSaving(false);
    }
  };

  const handleReload = () => {
    const current = conflict?.current ?? null;
    const report = current === null ? null : (current.data as StatusReport);
    setDraft(draftFrom(report, userName, locale));
    setOverride({ base: planVersion, version: current?.version ?? null });
    setConflict(null);
    setErrors([]);
    refreshPlan(planKey);
  };

  const statusError = errorOf("status");
  const assessmentError = errorOf("assessment");
  const headingId = `${idPrefix}-heading`;

  return (
    <section aria-labelledby={headingId} className="stack-sm report-form">
      <Heading level={headingLevel} data-size={headingLevel === 2 ? "sm" : "xs"} id={headingId}>
        {heading}
      </Heading>
      {existing !== null ? (
        <Paragraph data-size="sm">
          {existing.reportedBy
            ? t("report.form.existing", {
                date: formatTimestampDate(existing.reportedAt, locale),
                who: existing.reportedBy,
              })
            : t("report.form.existingAnonymous", { date: formatTimestampDate(existing.reportedAt, locale) })}
        </Paragraph>
      ) : null}
      <form noValidate onSubmit={handleSubmit} className="stack-sm" aria-labelledby={headingId}>
        <FieldErrorSummary
          heading={t("report.form.errorHeading")}
          errors={errors}
          idOf={(field) => firstInputId(field)}
          summaryRef={summaryRef}
        />
        {conflict !== null ? (
          <Alert data-color="warning" role="alert">
            <Heading level={headingLevel === 2 ? 3 : 4} data-size="2xs">
              {t("report.form.conflictHeading")}
            </Heading>
            <Paragraph>{t("report.form.conflictText")}</Paragraph>
            <Button type="button" variant="secondary" data-size="sm" onClick={handleReload}>
              {t("report.form.conflictReload")}
            </Button>
          </Alert>
        ) : null}

        <Fieldset>
          <Fieldset.Legend>{t("report.form.statusLegend")}</Fieldset.Legend>
          <div style={RADIO_ROW}>
            {STATUSES.map((status) => (
              <Radio
                key={status}
                id={`${id("status")}-${status}`}
                name={id("status")}
                value={status}
                label={t(`report.status.${status}`)}
                checked={draft.status === status}
                onChange={() => update({ status })}
                aria-invalid={statusError ? true : undefined}
              />
            ))}
          </div>
          {statusError ? <ValidationMessage>{statusError}</ValidationMessage> : null}
        </Fieldset>

        <Fieldset>
          <Fieldset.Legend>{t("report.form.assessmentLegend")}</Fieldset.Legend>
          <div style={RADIO_ROW}>
            {ASSESSMENTS.map((assessment) => (
              <Radio
                key={assessment}
                id={`${id("assessment")}-${assessment}`}
                name={id("assessment")}
                value={assessment}
                label={<AssessmentTag assessment={assessment} />}
                checked={draft.assessment === assessment}
                onChange={() => update({ assessment })}
              />
            ))}
            <Radio
              id={`${id("assessment")}-none`}
              name={id("assessment")}
              value=""
              label={t("report.form.assessmentNone")}
              checked={draft.assessment === ""}
              onChange={() => update({ assessment: "" })}
            />
          </div>
          {assessmentError ? <ValidationMessage>{assessmentError}</ValidationMessage> : null}
        </Fieldset>

        <Textfield
          id={id("progress")}
          label={t("report.form.progress")}
          description={t("report.form.progressDescription")}
          inputMode="numeric"
          suffix="%"
          style={NARROW}
          value={draft.progress}
          onChange={(e: ChangeEvent<HTMLInputElement>) => update({ progress: e.target.value })}
          error={errorOf("progress")}
        />

        <Textfield
          id={id("comment")}
          label={t("report.form.comment")}
          multiline
          rows={3}
          value={draft.comment}
          onChange={(e: ChangeEvent<HTMLTextAreaElement>) => update({ comment: e.target.value })}
          error={errorOf("comment")}
        />
        <Checkbox
          id={`${idPrefix}-comment-internal`}
          label={t("access.report.internal")}
          checked={draft.commentInternal}
          onChange={(e: ChangeEvent<HTMLInputElement>) => update({ commentInternal: e.target.checked })}
        />

        {indicators.length > 0 ? (
          <Fieldset>
            <Fieldset.Legend>
              {t("report.form.indicatorsLegend", { level: levels.title("indicator", true) })}
            </Fieldset.Legend>
            <div className="stack-sm">
              {indicators.map((indicator) => (
                <IndicatorInput
                  key={indicator.key}
                  indicator={indicator}
                  id={id(`indicator:${indicator.key}`)}
                  draft={draft}
                  period={period}
                  error={errorOf(`indicator:${indicator.key}`)}
                  onChange={(value) => updateValue(indicator.key, value)}
                />
              ))}
            </div>
          </Fieldset>
        ) : null}

        <Textfield
          id={id("reportedBy")}
          label={t("report.form.reportedBy")}
          description={t("report.form.reportedByDescription")}
          autoComplete="name"
          style={NARROW}
          value={draft.reportedBy}
          onChange={(e: ChangeEvent<HTMLInputElement>) => update({ reportedBy: e.target.value })}
          error={errorOf("reportedBy")}
        />

        <div className="form-actions">
          <Button type="submit" aria-disabled={isSaving || undefined}>
            {isSaving
              ? t("report.form.saving")
              : activity === null
                ? t("report.form.submit")
                : t("report.form.submitActivity", { title: activity.title })}
          </Button>
        </div>
      </form>
      {saved ? (
        <Alert data-color="success" role="status">
          <Paragraph>{t("report.form.saved", { period: periodLabel(period, locale) })}</Paragraph>
          <Paragraph>
            <AppLink to={paths.measure(planKey, measureKey)}>
              {t("report.form.backToMeasure", { title: measureTitle })}
            </AppLink>
          </Paragraph>
        </Alert>
      ) : null}
      <FailureAlert message={failure === null ? null : t("report.form.failed", { message: failure })} />
    </section>
  );
}
