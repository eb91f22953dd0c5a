import { ErrorSummary } from "@digdir/designsystemet-react";
import type { ComponentRef, MouseEvent, Ref } from "react";
import { focusField } from "./focus-field.js";

export type FieldError<F extends string = string> = { field: F; message: string };

/**
 * A small form's problems at its top, each a link that moves focus to its field (`idOf`). The
 * form gives it the ref and focuses it when a submit fails, so a screen reader hears what is wrong.
 * (The editing forms, with their nested fields, use `FormErrorSummary`.)
 */
export function FieldErrorSummary<F extends string>({
  heading,
  errors,
  idOf,
  summaryRef,
}: {
  heading: string;
  errors: readonly FieldError<F>[];
  idOf: (field: F) => string;
  summaryRef: Ref<ComponentRef<typeof ErrorSummary>>;
}) {
  if (errors.length === 0) return null;
  return (
    <ErrorSummary ref={summaryRef} tabIndex={-1}>
      <ErrorSummary.Heading>{heading}</ErrorSummary.Heading>
      <ErrorSummary.List>
        {errors.map((error) => (
          <ErrorSummary.Item key={error.field}>
            <ErrorSummary.Link
              href={`#${idOf(error.field)}`}
              onClick={(event: MouseEvent<HTMLAnchorElement>) => focusField(event, idOf(error.field))}
            >
              {error.message}
            </ErrorSummary.Link>
          </ErrorSummary.Item>
        ))}
      </ErrorSummary.List>
    </ErrorSummary>
  );
}
