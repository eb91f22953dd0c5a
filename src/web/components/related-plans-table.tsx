import { Table } from "@digdir/designsystemet-react";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { PlanDocument, RelatedPlan, RelatedPlanLink } from "../../domain/plan-schema.js";
import { AppLink } from "./app-link.js";
import { useLevelNames } from "./level-names.js";
import { NumberRefs } from "./number-refs.js";
import { paths } from "./plan-paths.js";
import { FundingTexts, ResponsibilityText } from "./plan-texts.js";
import { TableScroll } from "./table-scroll.js";

/**
 * Other plans' measures, one row per area they serve (a plan serving two areas spans two rows),
 * with the sub-goals and strategies; «?» where the plan does not say.
 */
export function RelatedPlansTable({ plan }: { plan: PlanDocument }) {
  const { t } = useTranslation();
  const levels = useLevelNames(plan);
  const captionId = useId();
  return (
    <TableScroll labelledBy={captionId}>
      <Table border className="related-table">
        <caption id={captionId}>{t("edit.read.relatedCaption", { level: levels.title("measure", true) })}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t("columns.plan")}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t("columns.area")}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{levels.title("subGoal", true)}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{levels.title("strategy")}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t("columns.funding")}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t("columns.responsibility")}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        {plan.relatedPlans.map((related) => (
          <RelatedPlanRows key={related.key} plan={plan} related={related} />
        ))}
      </Table>
    </TableScroll>
  );
}

function RelatedPlanRows({ plan, related }: { plan: PlanDocument; related: RelatedPlan }) {
  const links: Array<RelatedPlanLink | null> = related.links.length > 0 ? related.links : [null];
  const span = links.length;
  return (
    <Table.Body>
      {links.map((link, index) => (
        <Table.Row key={link?.focusAreaKey ?? "none"}>
          {index === 0 ? (
            <Table.HeaderCell scope="rowgroup" rowSpan={span} className="measure-title">
              {related.title}
            </Table.HeaderCell>
          ) : null}
          <LinkCells plan={plan} link={link} />
          {index === 0 ? (
            <>
              <Table.Cell rowSpan={span}>
                <FundingTexts funding={related.funding} />
              </Table.Cell>
              <Table.Cell rowSpan={span}>
                <ResponsibilityText responsibility={related.responsibility} />
              </Table.Cell>
            </>
          ) : null}
        </Table.Row>
      ))}
    </Table.Body>
  );
}

function LinkCells({ plan, link }: { plan: PlanDocument; link: RelatedPlanLink | null }) {
  if (link === null)
    return (
      <>
        <Table.Cell />
        <Table.Cell />
        <Table.Cell />
      </>
    );
  const area = plan.focusAreas.find((a) => a.key === link.focusAreaKey);
  return (
    <>
      <Table.Cell>
        {area ? <AppLink to={paths.area(plan.actionPlan.key, area.key)}>{area.title}</AppLink> : link.focusAreaKey}
      </Table.Cell>
      <Table.Cell className="numbers">
        <NumberRefs refs={link.subGoalNumbers} />
      </Table.Cell>
      <Table.Cell className="numbers">
        <NumberRefs refs={link.strategyNumbers} />
      </Table.Cell>
    </>
  );
}
