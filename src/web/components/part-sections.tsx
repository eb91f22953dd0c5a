import { Heading, Paragraph } from "@digdir/designsystemet-react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { Activity, Measure, PlanDocument } from "../../domain/plan-schema.js";
import { FundingDetails } from "./funding-details.js";
import { IndicatorDetails } from "./indicator-details.js";
import { useLevelNames } from "./level-names.js";
import { ResponsibilityDetails } from "./responsibility-details.js";
import { StartDetails } from "./start-details.js";

type PartSectionsProps = {
  part: Measure | Activity;
  plan: PlanDocument;
  level: 2 | 3 | 4;
  /** Prefix for heading ids, unique on the page. */
  idPrefix: string;
  showDescription?: boolean;
};

/** A measure's or an activity's description, indicators, funding, responsibility and start. */
export function PartSections({ part, plan, level, idPrefix, showDescription = true }: PartSectionsProps) {
  const { t } = useTranslation();
  const levels = useLevelNames(plan);
  const size = level === 2 ? "sm" : "2xs";
  // The measure's own parts are named regions; an activity's parts are plain headed blocks inside its card.
  const section = (name: string, label: string, content: ReactNode) =>
    level === 2 ? (
      <section aria-labelledby={`${idPrefix}-${name}`} className="stack-xs">
        <Heading level={level} data-size={size} id={`${idPrefix}-${name}`}>
          {label}
        </Heading>
        {content}
      </section>
    ) : (
      <div className="stack-xs">
        <Heading level={level} data-size={size}>
          {label}
        </Heading>
        {content}
      </div>
    );
  return (
    <>
      {showDescription && part.description
        ? section("description", t("measure.description"), <Paragraph>{part.description}</Paragraph>)
        : null}
      {part.indicators.length > 0
        ? section("indicators", levels.title("indicator", true), <IndicatorDetails indicators={part.indicators} />)
        : null}
      {part.funding.length > 0
        ? section(
            "funding",
            t("measure.funding"),
            <FundingDetails funding={part.funding} sources={plan.fundingSources} />,
          )
        : null}
      {part.responsibility
        ? section(
            "responsibility",
            t("measure.responsibility"),
            <ResponsibilityDetails responsibility={part.responsibility} actors={plan.actors} />,
          )
        : null}
      {part.start ? section("start", t("measure.start"), <StartDetails start={part.start} />) : null}
    </>
  );
}
