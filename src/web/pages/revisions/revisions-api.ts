/**
 * The revision routes from the web: the revisions on a line, one year's evaluations, the
 * comparison of two revisions (each loaded once and shared, `useResource`), and the writes —
 * evaluate, adopt, roll — after which the plan and these lists are fetched again.
 */
import type { PlanDocument, Revision } from "../../../domain/plan-schema.js";
import type {
  Evaluation,
  EvaluationTarget,
  Judgement,
  Recommendation,
  RevisionComparison,
  RevisionSummary,
  RollResult,
} from "../../../domain/revision-model.js";
import { getJson } from "../../api/api-client.js";
import { refreshResource, useResource } from "../../api/use-resource.js";
import { send } from "../../api/write-client.js";

export type {
  Evaluation,
  EvaluationTarget,
  Judgement,
  Recommendation,
  RevisionComparison,
  RevisionSummary,
  RollResult,
};

export type RevisionCounts = RevisionComparison["counts"];

const base = (planKey: string) => `/api/plans/${encodeURIComponent(planKey)}`;
const revisionsKey = (planKey: string) => `revisions:${planKey}`;
const evaluationsKey = (planKey: string, year: number) => `evaluations:${planKey}:${year}`;
const comparisonPrefix = (planKey: string) => `comparison:${planKey}:`;

export function useRevisions(planKey: string) {
  return useResource(revisionsKey(planKey), async () => {
    const body = (await getJson(`${base(planKey)}/revisions`)) as { revisions: RevisionSummary[] };
    return body.revisions;
  });
}

export function useEvaluations(planKey: string, year: number) {
  return useResource(evaluationsKey(planKey, year), async () => {
    const body = (await getJson(`${base(planKey)}/evaluations?year=${year}`)) as { evaluations: Evaluation[] };
    return body.evaluations;
  });
}

/**
 * What changed between two revisions. The draft's comparison changes with every edit, so the cache
 * key carries the plan's version: a comparison is fetched again once the plan has changed.
 */
export function useComparison(planKey: string, from: number, to: number, planVersion: string) {
  return useResource(`${comparisonPrefix(planKey)}${from}:${to}:${planVersion}`, async () => {
    return (await getJson(`${base(planKey)}/revisions/compare?from=${from}&to=${to}`)) as RevisionComparison;
  });
}

/** One revision's document: the frozen copy as adopted, or the live plan for the draft. */
export function useRevisionDocument(planKey: string, number: number, planVersion: string) {
  return useResource(`revision:${planKey}:${number}:${planVersion}`, async () => {
    return (await getJson(`${base(planKey)}/revisions/${number}`)) as PlanDocument;
  });
}

export type EvaluationData = { judgement: Judgement; text: string; recommendation: Recommendation | null };

/** Puts one year's evaluation of a measure or an area (last write wins). */
export async function putEvaluation(
  planKey: string,
  year: number,
  target: EvaluationTarget,
  data: EvaluationData,
): Promise<Evaluation> {
  const path = `${base(planKey)}/evaluations/${year}/${target.type}/${encodeURIComponent(target.key)}`;
  const written = await send<{ data: Evaluation }>(planKey, "PUT", path, { data });
  refreshResource(evaluationsKey(planKey, year));
  return written.data;
}

/** Adopts the current revision (the council's decision); it becomes read-only. */
export async function adoptRevision(
  planKey: string,
  input: { version: string; adoptedOn: string; decisionRef: string | null },
): Promise<{ version: string; revision: Revision }> {
  const adopted = await send<{ version: string; revision: Revision }>(
    planKey,
    "POST",
    `${base(planKey)}/revisions/adopt`,
    input,
  );
  refreshResource(revisionsKey(planKey));
  return adopted;
}

/** Rolls the adopted revision into the next one (a draft) with the year's evaluations. */
export async function rollRevision(
  planKey: string,
  input: { version: string; year: number },
): Promise<RollResult & { version: string }> {
  const rolled = await send<RollResult & { version: string }>(
    planKey,
    "POST",
    `${base(planKey)}/revisions/roll`,
    input,
  );
  refreshResource(revisionsKey(planKey));
  return rolled;
}
