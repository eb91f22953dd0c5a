/**
 * «Vedta revisjon N»: the date of the council's decision (required) and the case number
 * (optional, at most 200 characters), sent with the plan's version as read. An empty or invalid
 * date is refused here, before any request; the server's refusals are said in words by the field
 * or above the button, a stale plan with the offer to reload it.
 */
import { Alert, Button, type ErrorSummary, Heading, Paragraph, Spinner, Textfield } from "@digdir/designsystemet-react";
import { type ChangeEvent, type ComponentRef, type FormEvent, useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { PlanDocument } from "../../../domain/plan-schema.js";
import { versionOf } from "../../../domain/versions.js";
import { refreshPlan } from "../../api/use-resource.js";
import { WriteError } from "../../api/write-client.js";
import { FailureAlert } from "../../forms/failure-alert.js";
import { FieldErrorSummary } from "../../forms/field-error-summary.js";
import { adoptRevision } from "./revisions-api.js";

type FieldName = "adoptedOn" | "decisionRef";
type FieldError = { field: FieldName; message: string };

const REF_MAX = 200;

/** A real calendar date written `YYYY-MM-DD`, as a date input gives it. */
export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (match === null) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

type AdoptFormProps = {
  plan: PlanDocument;
  /** Told the revision's number once it is adopted. */
  onAdopted: (number: number) => void;
};

export function AdoptForm({ plan, onAdopted }: AdoptFormProps) {
  const { t } = useTranslation();
  const planKey = plan.actionPlan.key;
  const { revision } = plan.actionPlan;
  const headingId = useId();
  const dateId = "adopt-date";
  const refId = "adopt-ref";
  const ids: Record<FieldName, string> = { adoptedOn: dateId, decisionRef: refId };
  // A date and case number the plan already carries (from an imported file) are offered as they are.
  const [adoptedOn, setAdoptedOn] = useState(revision.adoptedOn ?? "");
  const [decisionRef, setDecisionRef] = useState(revision.decisionRef ?? "");
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [focusRequest, setFocusRequest] = useState(0);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
  const summaryRef = useRef<ComponentRef<typeof ErrorSummary>>(null);

  useEffect(() => {
    if (focusRequest > 0) summaryRef.current?.focus();
  }, [focusRequest]);

  const check = (): FieldError[] => {
    const found: FieldError[] = [];
    if (adoptedOn.trim() === "") found.push({ field: "adoptedOn", message: t("revisions.adopt.dateRequired") });
    else if (!isIsoDate(adoptedOn.trim()))
      found.push({ field: "adoptedOn", message: t("revisions.adopt.dateInvalid") });
    if (decisionRef.trim().length > REF_MAX)
      found.push({ field: "decisionRef", message: t("revisions.adopt.refTooLong") });
    return found;
  };

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    setFailure(null);
    setConflict(false);
    const found = check();
    setErrors(found);
    if (found.length > 0) {
      setFocusRequest((n) => n + 1);
      return;
    }
    setBusy(true);
    try {
      const ref = decisionRef.trim();
      const adopted = await adoptRevision(planKey, {
        version: versionOf(plan),
        adoptedOn: adoptedOn.trim(),
        decisionRef: ref === "" ? null : ref,
      });
      onAdopted(adopted.revision.number);
    } catch (error) {
      if (error instanceof WriteError && error.isConflict) setConflict(true);
      else if (error instanceof WriteError && error.problems.length > 0) {
        const mapped = error.problems.flatMap((p): FieldError[] =>
          p.path.startsWith("decisionRef")
            ? [{ field: "decisionRef", message: t("revisions.adopt.refTooLong") }]
            : p.path.startsWith("adoptedOn")
              ? [{ field: "adoptedOn", message: t("revisions.adopt.dateInvalid") }]
              : [],
        );
        if (mapped.length > 0) {
          setErrors(mapped);
          setFocusRequest((n) => n + 1);
        } else setFailure(error.message);
      } else setFailure(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };

  const errorOf = (field: FieldName) => errors.find((e) => e.field === field)?.message;

  return (
    <section aria-labelledby={headingId} className="stack-sm adopt-form">
      <Heading level={2} data-size="sm" id={headingId}>
        {t("revisions.adopt.heading", { number: revision.number })}
      </Heading>
      <Paragraph className="prose">{t("revisions.adopt.intro")}</Paragraph>
      <form noValidate onSubmit={handleSubmit} className="stack-sm" aria-labelledby={headingId}>
        <FieldErrorSummary
          heading={t("revisions.adopt.errorHeading")}
          errors={errors}
          idOf={(field) => ids[field]}
          summaryRef={summaryRef}
        />
        <Textfield
          id={dateId}
          type="date"
          required
          label={t("revisions.adopt.date")}
          description={t("revisions.adopt.dateDescription")}
          className="narrow-field"
          value={adoptedOn}
          onChange={(e: ChangeEvent<HTMLInputElement>) => setAdoptedOn(e.target.value)}
          error={errorOf("adoptedOn")}
        />
        <Textfield
          id={refId}
          label={t("revisions.adopt.ref")}
          description={t("revisions.adopt.refDescription")}
          className="narrow-field"
          value={decisionRef}
          onChange={(e: ChangeEvent<HTMLInputElement>) => setDecisionRef(e.target.value)}
          error={errorOf("decisionRef")}
        />
        <div className="form-actions">
          <Button type="submit" aria-disabled={busy || undefined}>
            {t("revisions.adopt.submit", { number: revision.number })}
          </Button>
        </div>
      </form>
      <div role="status" aria-live="polite">
        {busy ? (
          <Paragraph>
            <Spinner aria-hidden="true" data-size="xs" /> {t("revisions.adopt.busy")}
          </Paragraph>
        ) : null}
      </div>
      {conflict ? (
        <Alert data-color="warning" role="alert">
          <Paragraph>{t("revisions.adopt.conflict")}</Paragraph>
          <Button
            type="button"
            variant="secondary"
            data-size="sm"
            onClick={() => {
              setConflict(false);
              refreshPlan(planKey);
            }}
          >
            {t("revisions.adopt.reload")}
          </Button>
        </Alert>
      ) : null}
      <FailureAlert message={failure === null ? null : t("revisions.adopt.failed", { message: failure })} />
    </section>
  );
}
