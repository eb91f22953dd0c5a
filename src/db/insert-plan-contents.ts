/**
 * Inserting a plan's contents: one INSERT per table (in chunks only for very large tables),
 * parents before children, ids mapped back by key or position rather than by the order of
 * RETURNING, which PostgreSQL does not promise.
 */
import type { Measure, PlanDocument, Start } from "../domain/plan-schema.js";
import type { DatabaseTransaction as Transaction } from "./connection.js";
import { type Ids, idsByKey, inChunks, insertChunks, lookup, numberRefId } from "./insert-helpers.js";
import { insertOwned, insertRelatedPlanLinks, insertStatusReports } from "./insert-plan-owned.js";
import * as t from "./schema/index.js";

export async function insertPlanContents(tx: Transaction, actionPlanId: number, plan: PlanDocument): Promise<void> {
  const ids = await insertPlanLevel(tx, actionPlanId, plan);
  const measures = plan.focusAreas.flatMap((area) =>
    area.measures.map((measure, position) => ({ area: area.key, measure, position })),
  );
  const measureIds = await insertMeasures(tx, ids, plan, measures);
  const activities = measures.flatMap(({ measure }) =>
    measure.activities.map((activity, position) => ({ measure: measure.key, activity, position })),
  );
  const activityIds = idsByKey(
    await inChunks(activities, (part) =>
      tx
        .insert(t.activities)
        .values(
          part.map(({ measure, activity, position }) => ({
            actionPlanId,
            measureId: lookup(measureIds, measure, "measure"),
            key: activity.key,
            title: activity.title,
            description: activity.description,
            responsibilityText: activity.responsibility?.text ?? null,
            ...startFields(activity.start),
            position,
          })),
        )
        .returning({ id: t.activities.id, key: t.activities.key }),
    ),
  );
  const relatedIds = idsByKey(
    await inChunks(
      plan.relatedPlans.map((related, position) => ({
        actionPlanId,
        key: related.key,
        title: related.title,
        responsibilityText: related.responsibility?.text ?? null,
        position,
      })),
      (part) => tx.insert(t.relatedPlans).values(part).returning({ id: t.relatedPlans.id, key: t.relatedPlans.key }),
    ),
  );
  await insertMeasureStrategies(tx, ids, measures, measureIds);
  const indicatorIds = await insertOwned(tx, ids, plan, { measureIds, activityIds, relatedIds });
  await insertRelatedPlanLinks(tx, ids, plan, relatedIds);
  await insertStatusReports(tx, actionPlanId, plan, { measureIds, activityIds, indicatorIds });
}

/** Actors, funding sources, areas with their sub-goals and strategies, and the key registry. */
async function insertPlanLevel(tx: Transaction, actionPlanId: number, plan: PlanDocument): Promise<Ids> {
  const actors = await inChunks(
    plan.actors.map((a, position) => ({ actionPlanId, ...a, position })),
    (part) => tx.insert(t.actors).values(part).returning({ id: t.actors.id, key: t.actors.key }),
  );
  const sources = await inChunks(
    plan.fundingSources.map((s, position) => ({ actionPlanId, ...s, position })),
    (part) =>
      tx.insert(t.fundingSources).values(part).returning({ id: t.fundingSources.id, key: t.fundingSources.key }),
  );
  const areas = idsByKey(
    await inChunks(
      plan.focusAreas.map(({ key, kind, number, title, mainGoal }, position) => ({
        actionPlanId,
        key,
        kind,
        number,
        title,
        mainGoal,
        position,
      })),
      (part) => tx.insert(t.focusAreas).values(part).returning({ id: t.focusAreas.id, key: t.focusAreas.key }),
    ),
  );
  const numbered = (pick: "subGoals" | "strategies") =>
    plan.focusAreas.flatMap((area) =>
      area[pick].map((item, position) => ({
        actionPlanId,
        focusAreaId: lookup(areas, area.key, "focus area"),
        number: item.number,
        text: item.text,
        position,
      })),
    );
  const numberKey = (r: { id: number; focusAreaId: number; number: number }) =>
    [`${r.focusAreaId}:${r.number}`, r.id] as const;
  const subGoals = await inChunks(numbered("subGoals"), (part) =>
    tx
      .insert(t.subGoals)
      .values(part)
      .returning({ id: t.subGoals.id, focusAreaId: t.subGoals.focusAreaId, number: t.subGoals.number }),
  );
  const strategies = await inChunks(numbered("strategies"), (part) =>
    tx
      .insert(t.strategies)
      .values(part)
      .returning({ id: t.strategies.id, focusAreaId: t.strategies.focusAreaId, number: t.strategies.number }),
  );
  const itemKeys = plan.focusAreas.flatMap((area) =>
    area.measures.flatMap((m) => [
      { actionPlanId, key: m.key, kind: "measure" as const },
      ...m.activities.map((x) => ({ actionPlanId, key: x.key, kind: "activity" as const })),
    ]),
  );
  await insertChunks(itemKeys, (part) => tx.insert(t.itemKeys).values(part));
  return {
    actionPlanId,
    actors: idsByKey(actors),
    sources: idsByKey(sources),
    areas,
    subGoals: new Map(subGoals.map(numberKey)),
    strategies: new Map(strategies.map(numberKey)),
  };
}

type PlacedMeasure = { area: string; measure: Measure; position: number };

/** Flagships first (measures point at them), then the measures. */
async function insertMeasures(
  tx: Transaction,
  ids: Ids,
  plan: PlanDocument,
  measures: PlacedMeasure[],
): Promise<Map<string, number>> {
  const { actionPlanId } = ids;
  const flagships = idsByKey(
    await inChunks(
      plan.flagships.map((f, position) => ({
        actionPlanId,
        key: f.key,
        title: f.title,
        description: f.description,
        focusAreaId: f.focusAreaKey === null ? null : lookup(ids.areas, f.focusAreaKey, "focus area"),
        position,
      })),
      (part) => tx.insert(t.flagships).values(part).returning({ id: t.flagships.id, key: t.flagships.key }),
    ),
  );
  const rows = await inChunks(measures, (part) =>
    tx
      .insert(t.measures)
      .values(
        part.map(({ area, measure, position }) => ({
          actionPlanId,
          focusAreaId: lookup(ids.areas, area, "focus area"),
          key: measure.key,
          title: measure.title,
          description: measure.description,
          responsibilityText: measure.responsibility?.text ?? null,
          ...startFields(measure.start),
          flagshipId: measure.flagshipKey === null ? null : lookup(flagships, measure.flagshipKey, "flagship"),
          position,
        })),
      )
      .returning({ id: t.measures.id, key: t.measures.key }),
  );
  return idsByKey(rows);
}

function startFields(start: Start | null) {
  return {
    startKind: start?.kind ?? null,
    startYear: start?.year ?? null,
    startHalf: start?.half ?? null,
    startText: start?.text ?? null,
  };
}

async function insertMeasureStrategies(
  tx: Transaction,
  ids: Ids,
  measures: PlacedMeasure[],
  measureIds: ReadonlyMap<string, number>,
): Promise<void> {
  const rows = measures.flatMap(({ area, measure }) => {
    const focusAreaId = lookup(ids.areas, area, "focus area");
    return measure.strategyNumbers.map((ref, position) => ({
      actionPlanId: ids.actionPlanId,
      measureId: lookup(measureIds, measure.key, "measure"),
      strategyId: numberRefId(ids.strategies, focusAreaId, ref, `strategy in ${area}`),
      position,
    }));
  });
  await insertChunks(rows, (part) => tx.insert(t.measureStrategies).values(part));
}
