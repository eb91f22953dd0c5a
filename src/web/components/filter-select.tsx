/** A labelled select for one filter of a list, with an «all» choice first (the empty value). */
import { Field, Label, Select } from "@digdir/designsystemet-react";
import { type ChangeEvent, useId } from "react";

export type FilterOption = { value: string; label: string };

type FilterSelectProps<N extends string> = {
  name: N;
  label: string;
  /** The chosen value; undefined or null for «all». */
  value: string | number | null | undefined;
  options: FilterOption[];
  /** The words of the empty choice: «Alle». */
  allLabel: string;
  onChange: (name: N, value: string) => void;
};

export function FilterSelect<N extends string>({
  name,
  label,
  value,
  options,
  allLabel,
  onChange,
}: FilterSelectProps<N>) {
  const id = useId();
  const handleChange = (event: ChangeEvent<HTMLSelectElement>) => onChange(name, event.target.value);
  return (
    <Field>
      <Label htmlFor={id}>{label}</Label>
      <Select
        id={id}
        name={name}
        value={value === undefined || value === null ? "" : String(value)}
        onChange={handleChange}
      >
        <Select.Option value="">{allLabel}</Select.Option>
        {options.map((option) => (
          <Select.Option key={option.value} value={option.value}>
            {option.label}
          </Select.Option>
        ))}
      </Select>
    </Field>
  );
}
