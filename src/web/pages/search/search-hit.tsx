import { Heading, Paragraph, Tag } from "@digdir/designsystemet-react";
import { Fragment } from "react";
import { useTranslation } from "react-i18next";
import type { Level, PlanDocument } from "../../../domain/plan-schema.js";
import { AppLink } from "../../components/app-link.js";
import { useLevelNames } from "../../components/level-names.js";
import { paths } from "../../components/plan-paths.js";
import type { SearchHit, SearchPlan, TextSegment } from "./search-api.js";

type SearchHitItemProps = {
  hit: SearchHit;
  plan: SearchPlan | undefined;
  /** Name the hit's plan: when the search spans several plans. */
  showPlan: boolean;
};

/** One hit: what it is in the plan's own words, its title as a link, and where the words were found. */
export function SearchHitItem({ hit, plan, showPlan }: SearchHitItemProps) {
  const { t } = useTranslation();
  const levels = useLevelNames(levelNamesOnly(plan));
  const level = levelOf(hit, levels.areaLevel);
  const word = levels.title(level);
  const tag = hit.number === null ? word : t("search.numbered", { level: word, number: hit.number });
  return (
    <li className="search-hit stack-xs">
      <div className="search-hit__meta">
        <Tag data-size="sm" data-color="neutral">
          {tag}
        </Tag>
        {showPlan ? (
          <Paragraph data-size="sm" className="muted">
            {t("search.inPlan", { plan: hit.planTitle })}
          </Paragraph>
        ) : null}
      </div>
      <Heading level={2} data-size="2xs">
        <AppLink to={hitPath(hit)}>
          <Highlighted segments={hit.title} />
        </AppLink>
      </Heading>
      {hit.snippet === null ? null : (
        <Paragraph data-size="sm">
          <Highlighted segments={hit.snippet} />
        </Paragraph>
      )}
    </li>
  );
}

/** The text with the words the query found in `<mark>`; the rest as bare text, its spaces kept. */
function Highlighted({ segments }: { segments: TextSegment[] }) {
  return (
    <>
      {segments.map((segment, i) =>
        // The segments are a fixed sequence for this hit; their index is their identity.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above
        segment.isHit ? <mark key={i}>{segment.text}</mark> : <Fragment key={i}>{segment.text}</Fragment>,
      )}
    </>
  );
}

/**
 * `useLevelNames` reads nothing of a plan but its own level names, which the search answer carries
 * for each plan of its hits; loading every plan whole just to name the hits would cost far more.
 */
function levelNamesOnly(plan: SearchPlan | undefined): PlanDocument {
  return { actionPlan: { levelNames: plan?.levelNames ?? null } } as PlanDocument;
}

function levelOf(hit: SearchHit, areaLevel: (kind: SearchHit["areaKind"]) => Level): Level {
  return hit.type === "area" ? areaLevel(hit.areaKind) : hit.type;
}

/**
 * Where a hit is read: an area's parts on the area page (at their section), a measure on its page,
 * an activity or an indicator on its measure's page at the section that shows it.
 */
export function hitPath(hit: SearchHit): string {
  const area = paths.area(hit.planKey, hit.areaKey);
  const measure = hit.measureKey === null ? area : paths.measure(hit.planKey, hit.measureKey);
  switch (hit.type) {
    case "area":
      return area;
    case "mainGoal":
      return `${area}#main-goal`;
    case "subGoal":
      return `${area}#sub-goals`;
    case "strategy":
      return `${area}#strategies`;
    case "measure":
      return measure;
    // An activity's card holds its indicators too, so both go to the card.
    case "activity":
      return hit.activityKey === null ? `${measure}#activities` : `${measure}#activity-${hit.activityKey}`;
    case "indicator":
      return hit.activityKey === null ? `${measure}#measure-indicators` : `${measure}#activity-${hit.activityKey}`;
  }
}
