/**
 * Form controls built from Designsystemet's parts, each labelled, with its error (if any) next to
 * it and `aria-invalid` set (Designsystemet's field connects the message and the description to
 * the control with `aria-describedby`), and an id derived from its path so the error summary can
 * link to it.
 */
import {
  Checkbox,
  Field,
  Fieldset,
  Input,
  Label,
  Radio,
  Select,
  Textarea,
  ValidationMessage,
} from "@digdir/designsystemet-react";
import { type ReactNode, useEffect, useState } from "react";
import { fieldId, useFieldError } from "./form-context.js";
import { formatNumber, parseNumber } from "./form-values.js";

type Base = { path: string; label: ReactNode; description?: ReactNode };

function Parts({ id, error, description }: { id: string; error?: string; description?: ReactNode }) {
  return (
    <>
      {description ? <Field.Description id={`${id}-description`}>{description}</Field.Description> : null}
      {error ? <ValidationMessage id={`${id}-error`}>{error}</ValidationMessage> : null}
    </>
  );
}

/** Text; with `nullable`, empty text is null. */
export function TextField({
  path,
  label,
  description,
  value,
  onChange,
  multiline = false,
  nullable = false,
  type = "text",
}: Base & {
  value: string | null;
  onChange: (value: string | null) => void;
  multiline?: boolean;
  nullable?: boolean;
  type?: "text" | "date";
}) {
  const id = fieldId(path);
  const error = useFieldError(path);
  const common = {
    id,
    value: value ?? "",
    "aria-invalid": error ? true : undefined,
  };
  const handle = (text: string) => onChange(nullable && text.trim() === "" ? null : text);
  return (
    <Field>
      <Label htmlFor={id}>{label}</Label>
      {multiline ? (
        <Textarea {...common} rows={3} onChange={(e) => handle(e.target.value)} />
      ) : (
        <Input {...common} type={type} onChange={(e) => handle(e.target.value)} />
      )}
      <Parts id={id} error={error} description={description} />
    </Field>
  );
}

/** A number as a Norwegian writes it («1 000 000», «3,6»); empty is null. */
export function NumberField({
  path,
  label,
  description,
  value,
  onChange,
}: Base & { value: unknown; onChange: (value: number | null | string) => void }) {
  const id = fieldId(path);
  const error = useFieldError(path);
  const [text, setText] = useState(() => formatNumber(value));
  // Follow the value when it changes from outside (a reset), not while the person types.
  useEffect(() => {
    setText((current) => {
      const parsed = parseNumber(current);
      return parsed === value || (parsed === null && value === null) ? current : formatNumber(value);
    });
  }, [value]);
  return (
    <Field>
      <Label htmlFor={id}>{label}</Label>
      <Input
        id={id}
        inputMode="decimal"
        value={text}
        aria-invalid={error ? true : undefined}
        onChange={(e) => {
          setText(e.target.value);
          onChange(parseNumber(e.target.value));
        }}
      />
      <Parts id={id} error={error} description={description} />
    </Field>
  );
}

export type Option = { value: string; label: string };

/** A choice from a list; the empty value («none») gives null when `emptyLabel` is given. */
export function SelectField({
  path,
  label,
  description,
  value,
  options,
  emptyLabel,
  onChange,
}: Base & {
  value: string | null;
  options: Option[];
  emptyLabel?: string;
  onChange: (value: string | null) => void;
}) {
  const id = fieldId(path);
  const error = useFieldError(path);
  return (
    <Field>
      <Label htmlFor={id}>{label}</Label>
      <Select
        id={id}
        value={value ?? ""}
        aria-invalid={error ? true : undefined}
        onChange={(e) => onChange(e.target.value === "" ? null : e.target.value)}
      >
        {emptyLabel !== undefined ? <Select.Option value="">{emptyLabel}</Select.Option> : null}
        {options.map((o) => (
          <Select.Option key={o.value} value={o.value}>
            {o.label}
          </Select.Option>
        ))}
      </Select>
      <Parts id={id} error={error} description={description} />
    </Field>
  );
}

/** Several choices from a list, as checkboxes in a fieldset. */
export function CheckboxGroup<T extends string | number>({
  path,
  legend,
  description,
  options,
  value,
  onChange,
}: {
  path: string;
  legend: ReactNode;
  description?: ReactNode;
  options: Array<{ value: T; label: string }>;
  value: readonly T[];
  onChange: (value: T[]) => void;
}) {
  const id = fieldId(path);
  const error = useFieldError(path, true);
  // A new choice goes last, so the order the plan gives («Strategi 3, ?, 1») is kept.
  const toggle = (option: T, checked: boolean) =>
    onChange(checked ? [...value.filter((v) => v !== option), option] : value.filter((v) => v !== option));
  return (
    <Fieldset id={id} tabIndex={-1}>
      <Fieldset.Legend>{legend}</Fieldset.Legend>
      {description ? <Fieldset.Description>{description}</Fieldset.Description> : null}
      {options.map((o) => (
        <Checkbox
          key={String(o.value)}
          label={o.label}
          checked={value.includes(o.value)}
          aria-invalid={error ? true : undefined}
          onChange={(e) => toggle(o.value, e.target.checked)}
        />
      ))}
      {error ? <ValidationMessage id={`${id}-error`}>{error}</ValidationMessage> : null}
    </Fieldset>
  );
}

/** One choice of a few, as radio buttons in a fieldset. */
export function RadioGroup<T extends string>({
  path,
  legend,
  options,
  value,
  onChange,
}: {
  path: string;
  legend: ReactNode;
  options: Array<{ value: T; label: string }>;
  value: T;
  onChange: (value: T) => void;
}) {
  const id = fieldId(path);
  const error = useFieldError(path);
  return (
    <Fieldset id={id} tabIndex={-1}>
      <Fieldset.Legend>{legend}</Fieldset.Legend>
      {options.map((o) => (
        <Radio
          key={o.value}
          name={id}
          label={o.label}
          value={o.value}
          checked={value === o.value}
          aria-invalid={error ? true : undefined}
          onChange={() => onChange(o.value)}
        />
      ))}
      {error ? <ValidationMessage id={`${id}-error`}>{error}</ValidationMessage> : null}
    </Fieldset>
  );
}
