import type { NumberedText } from "../../domain/plan-schema.js";

/** Sub-goals or strategies with the plan's own numbers. */
export function NumberedList({ items }: { items: NumberedText[] }) {
  return (
    <ol className="numbered-list">
      {items.map((item) => (
        <li key={item.number} value={item.number}>
          {item.text}
        </li>
      ))}
    </ol>
  );
}
