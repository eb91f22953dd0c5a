import { ErrorSummary } from "@digdir/designsystemet-react";
import { type RefObject, useEffect } from "react";
import { useTranslation } from "react-i18next";
import { focusField } from "./focus-field.js";
import { fieldId, nearestFieldId } from "./form-context.js";
import { type Problem, problemMessage } from "./problems.js";

/** The label (or legend) of the field a problem belongs to, as the page shows it. */
function labelOnPage(path: string): string | undefined {
  if (typeof document === "undefined") return undefined;
  const element = document.getElementById(nearestFieldId(path));
  if (element === null) return undefined;
  const text =
    element instanceof HTMLFieldSetElement
      ? element.querySelector("legend")?.textContent
      : (element as HTMLInputElement).labels?.[0]?.textContent;
  return text?.trim() || undefined;
}

/**
 * The form's problems at its top, each linking to its field. It takes the focus every time a
 * submit fails (`focusKey` changes), so a screen reader hears what is wrong.
 */
export function FormErrorSummary({
  problems,
  focusKey,
  summaryRef,
  fieldLabel,
}: {
  problems: Problem[];
  focusKey: number;
  summaryRef: RefObject<HTMLElement | null>;
  /** The name of the field at a path, to open each line with. */
  fieldLabel?: (path: string) => string | undefined;
}) {
  const { t } = useTranslation();
  useEffect(() => {
    if (focusKey > 0) summaryRef.current?.focus();
  }, [focusKey, summaryRef]);
  if (problems.length === 0) return null;
  return (
    <ErrorSummary ref={summaryRef as RefObject<never>} tabIndex={-1}>
      <ErrorSummary.Heading>{t("edit.form.summaryHeading")}</ErrorSummary.Heading>
      <ErrorSummary.List>
        {problems.map((problem, i) => {
          const label = fieldLabel?.(problem.path) ?? labelOnPage(problem.path);
          const message = problemMessage(t, problem);
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: two problems may share a path and a code
            <ErrorSummary.Item key={`${problem.path}-${problem.code}-${i}`}>
              <ErrorSummary.Link
                href={`#${fieldId(problem.path)}`}
                onClick={(event) => focusField(event, nearestFieldId(problem.path))}
              >
                {label ? t("edit.form.summaryLine", { label, message }) : message}
              </ErrorSummary.Link>
            </ErrorSummary.Item>
          );
        })}
      </ErrorSummary.List>
    </ErrorSummary>
  );
}
