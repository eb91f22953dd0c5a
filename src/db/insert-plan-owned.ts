/**
 * The parts of a plan that hang off measures, activities and related plans: indicators, funding
 * lines, responsibility actors, related-plan links, and status reports with their values.
 */
import type { FundingLine, Measure, PlanDocument, Responsibility } from "../domain/plan-schema.js";
import type { DatabaseTransaction as Transaction } from "./connection.js";
import { type Ids, idsByKey, inChunks, insertChunks, lookup, numberRefId, type Owner } from "./insert-helpers.js";
import * as t from "./schema/index.js";

export type OwnerIds = {
  measureIds: ReadonlyMap<string, number>;
  activityIds: ReadonlyMap<string, number>;
  relatedIds: ReadonlyMap<string, number>;
};
type OwnedParts = {
  owner: Owner;
  indicators: Measure["indicators"];
  funding: FundingLine[];
  responsibility: Responsibility | null;
};

/**
 * Indicators, funding lines and responsibility actors of measures, activities and related plans.
 * Returns the indicators' ids by key, for the reported values.
 */
export async function insertOwned(
  tx: Transaction,
  ids: Ids,
  plan: PlanDocument,
  owners: OwnerIds,
): Promise<Map<string, number>> {
  const none = { measureId: null, activityId: null, relatedPlanId: null };
  const parts: OwnedParts[] = [];
  for (const area of plan.focusAreas) {
    for (const m of area.measures) {
      parts.push({ owner: { ...none, measureId: lookup(owners.measureIds, m.key, "measure") }, ...m });
      for (const x of m.activities) {
        parts.push({ owner: { ...none, activityId: lookup(owners.activityIds, x.key, "activity") }, ...x });
      }
    }
  }
  for (const r of plan.relatedPlans) {
    const owner = { ...none, relatedPlanId: lookup(owners.relatedIds, r.key, "related plan") };
    parts.push({ owner, indicators: [], funding: r.funding, responsibility: r.responsibility });
  }
  const { actionPlanId } = ids;
  const indicators = parts.flatMap(({ owner, indicators }) =>
    indicators.map((indicator, position) => ({
      actionPlanId,
      measureId: owner.measureId,
      activityId: owner.activityId,
      ...indicator,
      position,
    })),
  );
  const funding = parts.flatMap(({ owner, funding }) =>
    funding.map(({ fundingSourceKey, ...line }, position) => ({
      actionPlanId,
      ...owner,
      ...line,
      fundingSourceId: fundingSourceKey === null ? null : lookup(ids.sources, fundingSourceKey, "funding source"),
      position,
    })),
  );
  const people = parts.flatMap(({ owner, responsibility }) => {
    const named = (keys: string[], role: "responsible" | "partner") =>
      keys.map((key, position) => ({
        actionPlanId,
        ...owner,
        actorId: lookup(ids.actors, key, "actor"),
        role,
        position,
      }));
    if (responsibility === null) return [];
    return [
      ...named(responsibility.responsibleActorKeys, "responsible"),
      ...named(responsibility.partnerActorKeys, "partner"),
    ];
  });
  const indicatorIds = await inChunks(indicators, (part) =>
    tx.insert(t.indicators).values(part).returning({ id: t.indicators.id, key: t.indicators.key }),
  );
  await insertChunks(funding, (part) => tx.insert(t.fundingLines).values(part));
  await insertChunks(people, (part) => tx.insert(t.responsibilityActors).values(part));
  return idsByKey(indicatorIds);
}

export async function insertRelatedPlanLinks(
  tx: Transaction,
  ids: Ids,
  plan: PlanDocument,
  relatedIds: ReadonlyMap<string, number>,
): Promise<void> {
  const { actionPlanId } = ids;
  const links = plan.relatedPlans.flatMap((related) =>
    related.links.map((link, position) => ({
      link,
      row: {
        actionPlanId,
        relatedPlanId: lookup(relatedIds, related.key, "related plan"),
        focusAreaId: lookup(ids.areas, link.focusAreaKey, "focus area"),
        text: link.text,
        position,
      },
    })),
  );
  const inserted = await inChunks(links, (part) =>
    tx
      .insert(t.relatedPlanLinks)
      .values(part.map((l) => l.row))
      .returning({
        id: t.relatedPlanLinks.id,
        relatedPlanId: t.relatedPlanLinks.relatedPlanId,
        position: t.relatedPlanLinks.position,
      }),
  );
  const linkIds = new Map(inserted.map((r) => [`${r.relatedPlanId}:${r.position}`, r.id]));
  const refs = (pick: "subGoalNumbers" | "strategyNumbers", map: ReadonlyMap<string, number>) =>
    links.flatMap(({ link, row }) =>
      link[pick].map((ref, position) => ({
        actionPlanId,
        linkId: lookup(linkIds, `${row.relatedPlanId}:${row.position}`, "link"),
        targetId: numberRefId(map, row.focusAreaId, ref, `${pick} in ${link.focusAreaKey}`),
        position,
      })),
    );
  await insertChunks(refs("subGoalNumbers", ids.subGoals), (part) =>
    tx.insert(t.relatedPlanLinkSubGoals).values(part.map(({ targetId, ...r }) => ({ ...r, subGoalId: targetId }))),
  );
  await insertChunks(refs("strategyNumbers", ids.strategies), (part) =>
    tx.insert(t.relatedPlanLinkStrategies).values(part.map(({ targetId, ...r }) => ({ ...r, strategyId: targetId }))),
  );
}

export async function insertStatusReports(
  tx: Transaction,
  actionPlanId: number,
  plan: PlanDocument,
  keys: {
    measureIds: ReadonlyMap<string, number>;
    activityIds: ReadonlyMap<string, number>;
    indicatorIds: ReadonlyMap<string, number>;
  },
): Promise<void> {
  const { measureIds, activityIds, indicatorIds } = keys;
  const reports = plan.statusReports.map(({ measureKey, activityKey, indicatorValues: _, ...r }, position) => ({
    ...r,
    actionPlanId,
    measureId: lookup(measureIds, measureKey, "measure"),
    activityId: activityKey === null ? null : lookup(activityIds, activityKey, "activity"),
    reportedAt: new Date(r.reportedAt),
    reportedAtText: r.reportedAt,
    position,
  }));
  const inserted = await inChunks(reports, (part) =>
    tx.insert(t.statusReports).values(part).returning({ id: t.statusReports.id, position: t.statusReports.position }),
  );
  const reportIds = new Map(inserted.map((r) => [r.position, r.id]));
  const values = plan.statusReports.flatMap((report, reportPosition) =>
    report.indicatorValues.map(({ indicatorKey, value }, position) => ({
      actionPlanId,
      statusReportId: lookup(reportIds, reportPosition, "status report"),
      indicatorId: lookup(indicatorIds, indicatorKey, "indicator"),
      valueNumber: typeof value === "number" ? value : null,
      valueBoolean: typeof value === "boolean" ? value : null,
      valueText: typeof value === "string" ? value : null,
      position,
    })),
  );
  await insertChunks(values, (part) => tx.insert(t.indicatorValues).values(part));
}
