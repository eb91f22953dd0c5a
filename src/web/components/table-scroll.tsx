import type { ReactNode } from "react";

type TableScrollProps = { labelledBy: string; children: ReactNode };

/**
 * A wide table on a narrow screen: the table scrolls sideways inside this region, which can be
 * reached with the keyboard and is named by the table's caption.
 */
export function TableScroll({ labelledBy, children }: TableScrollProps) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be focusable to scroll it with the keyboard (WCAG 2.1.1)
    <section className="table-scroll" aria-labelledby={labelledBy} tabIndex={0}>
      {children}
    </section>
  );
}
