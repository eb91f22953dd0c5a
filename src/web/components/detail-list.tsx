import type { ReactNode } from "react";

export type Detail = { label: string; value: ReactNode };

/** Label–value pairs as a description list; pairs without a value are left out. */
export function DetailList({ details }: { details: Detail[] }) {
  const shown = details.filter((d) => d.value !== null && d.value !== undefined && d.value !== "");
  if (shown.length === 0) return null;
  return (
    <dl className="details">
      {shown.map((detail) => (
        <div key={detail.label}>
          <dt>{detail.label}</dt>
          <dd>{detail.value}</dd>
        </div>
      ))}
    </dl>
  );
}
