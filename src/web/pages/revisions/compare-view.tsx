/**
 * A comparison of two revisions shown: the plan's own changes in a table (Felt | Før | Etter), then
 * per area its heading with the plan's level word, its own changed fields, and its measures —
 * added, closed, or changed with a table of before and after — and their activities likewise.
 * The values are put in words by `comparison-text.ts`, with the two revisions' documents to look
 * keys up in when they have come (the keys are shown until then).
 */
import { Heading, Paragraph, Table } from "@digdir/designsystemet-react";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import {
  type ComparisonContext,
  type ComparisonScope,
  comparisonFieldLabel,
  comparisonValueText,
} from "../../../domain/comparison-text.js";
import type { FocusArea, PlanDocument } from "../../../domain/plan-schema.js";
import type {
  ActivityComparison,
  AreaComparison,
  FieldChange,
  MeasureComparison,
  RevisionComparison,
} from "../../../domain/revision-model.js";
import { useLevelNames } from "../../components/level-names.js";
import { TableScroll } from "../../components/table-scroll.js";
import { useLocale } from "../../i18n/index.js";
import { ChangeTag } from "./revision-counts.js";

type ViewProps = { plan: PlanDocument; comparison: RevisionComparison; context: ComparisonContext };

export function ComparisonView({ plan, comparison, context }: ViewProps) {
  const { t } = useTranslation();
  const planHeadingId = useId();
  return (
    <div className="stack comparison">
      {comparison.plan.length > 0 ? (
        <section aria-labelledby={planHeadingId} className="stack-sm">
          <Heading level={2} data-size="sm" id={planHeadingId}>
            {t("revisions.compare.planHeading")}
          </Heading>
          <FieldTable
            caption={t("revisions.compare.planCaption")}
            fields={comparison.plan}
            scope="plan"
            context={context}
          />
        </section>
      ) : null}
      {comparison.areas.map((area) => (
        <AreaSection key={area.key} plan={plan} area={area} context={context} />
      ))}
    </div>
  );
}

/** The area as one of the documents has it, for its kind (focus area or strategic move). */
function findArea(plan: PlanDocument, context: ComparisonContext, key: string): FocusArea | undefined {
  const docs = context === null ? [plan] : [context.after, context.before, plan];
  for (const doc of docs) {
    const found = doc.focusAreas.find((a) => a.key === key);
    if (found !== undefined) return found;
  }
  return undefined;
}

function AreaSection({
  plan,
  area,
  context,
}: {
  plan: PlanDocument;
  area: AreaComparison;
  context: ComparisonContext;
}) {
  const { t } = useTranslation();
  const levels = useLevelNames(context?.after ?? plan);
  const headingId = useId();
  const kind = findArea(plan, context, area.key)?.kind ?? "focus_area";
  const title = t("revisions.compare.areaHeading", {
    level: levels.title(levels.areaLevel(kind)),
    number: area.number,
    title: area.title,
  });
  return (
    <section aria-labelledby={headingId} className="stack-sm comparison__area">
      <Heading level={2} data-size="sm" id={headingId}>
        {area.change === "unchanged" ? (
          title
        ) : (
          <>
            {title} <ChangeTag change={area.change} />
          </>
        )}
      </Heading>
      {area.fields.length > 0 ? (
        <FieldTable
          caption={t("revisions.compare.fieldsCaption", { title: area.title })}
          fields={area.fields}
          scope="area"
          context={context}
        />
      ) : null}
      {area.measures.map((measure) => (
        <MeasureBlock key={measure.key} plan={plan} measure={measure} context={context} />
      ))}
    </section>
  );
}

function MeasureBlock({
  plan,
  measure,
  context,
}: {
  plan: PlanDocument;
  measure: MeasureComparison;
  context: ComparisonContext;
}) {
  const { t } = useTranslation();
  const levels = useLevelNames(context?.after ?? plan);
  const headingId = useId();
  const whole = measure.change !== "changed";
  return (
    <section aria-labelledby={headingId} className="stack-xs comparison__measure" data-change={measure.change}>
      <Heading level={3} data-size="xs" id={headingId}>
        {measure.title} <ChangeTag change={measure.change} />
      </Heading>
      {whole ? (
        measure.activities.length > 0 ? (
          <ul className="plain-list comparison__activities">
            {measure.activities.map((activity) => (
              <li key={activity.key}>
                {t("revisions.compare.activity", { level: levels.title("activity"), title: activity.title })}
              </li>
            ))}
          </ul>
        ) : null
      ) : (
        <>
          {measure.fields.length > 0 ? (
            <FieldTable
              caption={t("revisions.compare.fieldsCaption", { title: measure.title })}
              fields={measure.fields}
              scope="measure"
              context={context}
            />
          ) : (
            <Paragraph data-size="sm">
              {t("revisions.compare.onlyActivities", { level: levels.name("activity", true) })}
            </Paragraph>
          )}
          {measure.activities.map((activity) => (
            <ActivityBlock key={activity.key} activity={activity} context={context} plan={plan} />
          ))}
        </>
      )}
    </section>
  );
}

function ActivityBlock({
  plan,
  activity,
  context,
}: {
  plan: PlanDocument;
  activity: ActivityComparison;
  context: ComparisonContext;
}) {
  const { t } = useTranslation();
  const levels = useLevelNames(context?.after ?? plan);
  const headingId = useId();
  return (
    <div className="stack-xs comparison__activity">
      <Heading level={4} data-size="2xs" id={headingId}>
        {t("revisions.compare.activity", { level: levels.title("activity"), title: activity.title })}{" "}
        <ChangeTag change={activity.change} />
      </Heading>
      {activity.fields.length > 0 ? (
        <FieldTable
          caption={t("revisions.compare.fieldsCaption", { title: activity.title })}
          fields={activity.fields}
          scope="activity"
          context={context}
        />
      ) : null}
    </div>
  );
}

function FieldTable({
  caption,
  fields,
  scope,
  context,
}: {
  caption: string;
  fields: FieldChange[];
  scope: ComparisonScope;
  context: ComparisonContext;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const captionId = useId();
  return (
    <TableScroll labelledBy={captionId}>
      <Table className="comparison-table" data-size="sm">
        <caption id={captionId}>{caption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t("revisions.compare.field")}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t("revisions.compare.before")}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t("revisions.compare.after")}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {fields.map((change) => (
            <Table.Row key={change.field}>
              <Table.HeaderCell scope="row" className="comparison-table__field">
                {comparisonFieldLabel(change.field, scope, locale)}
              </Table.HeaderCell>
              <Table.Cell className="comparison-table__value">
                {comparisonValueText(change.field, change.before, context, locale)}
              </Table.Cell>
              <Table.Cell className="comparison-table__value">
                {comparisonValueText(change.field, change.after, context, locale)}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}
