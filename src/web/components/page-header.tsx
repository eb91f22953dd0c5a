import { Heading, Paragraph } from "@digdir/designsystemet-react";
import type { ReactNode } from "react";

type PageHeaderProps = {
  /** The small line above the heading: what kind of page, or which plan it belongs to. */
  eyebrow?: ReactNode;
  title: ReactNode;
  intro?: ReactNode;
};

/** The top of every page: an optional eyebrow, the page's one h1, and an optional introduction. */
export function PageHeader({ eyebrow, title, intro }: PageHeaderProps) {
  return (
    <header className="page-header">
      {eyebrow ? (
        <Paragraph data-size="sm" className="eyebrow">
          {eyebrow}
        </Paragraph>
      ) : null}
      <Heading level={1} data-size="lg">
        {title}
      </Heading>
      {intro ? <Paragraph className="prose">{intro}</Paragraph> : null}
    </header>
  );
}
