import type { MouseEvent } from "react";

/** An error summary's link moves focus to its field (a plain #link only scrolls there). */
export function focusField(event: MouseEvent<HTMLAnchorElement>, id: string): void {
  const field = document.getElementById(id);
  if (field === null) return;
  event.preventDefault();
  field.focus();
  field.scrollIntoView?.({ block: "center" });
}
