/**
 * The roll: the next revision of an action plan made from the current one and the year's
 * evaluations, in one step. Pure: no clock, no I/O; the given plan is never changed, so the
 * previous revision stays exactly as it was adopted.
 *
 * The rules:
 * - The next revision is a draft: `revision.number + 1`, `adoptedOn` and `decisionRef` null. The
 *   plan keeps its key, title, period, areas, actors and everything else; only measures close.
 * - A measure recommended `complete` or `stop` is closed: it leaves the next revision, and so do
 *   the references to it and its activities and indicators (`lostReferences`/`withoutReferences`),
 *   which are its own status reports. Those reports are not lost: they stay in the previous
 *   revision's frozen copy, which is where the council reads how a closed measure ended.
 * - A measure recommended `change` is carried over as it is and listed in `toEdit`, to be opened
 *   for editing before the revision is adopted.
 * - A measure recommended `continue`, or with no usable evaluation, is carried over as it is —
 *   key, fields, activities and status reports — so its history and reports follow it. Carrying is
 *   the default because closing a measure is the council's decision and must be asked for.
 * - Evaluations of areas are checked but change nothing: an area's measures are what roll.
 * - An evaluation the roll cannot use is listed in `problems` and left out: another year than
 *   `options.year`, an unknown area or measure, a recommendation on an area or none on a measure,
 *   or a second evaluation of the same target (then every evaluation of that target is left out,
 *   as we cannot tell which one holds, and a measure is carried).
 * Rolling does not check that the current revision was adopted; the use case decides whether a
 * draft may be rolled.
 */
import type { PlanDocument } from "./plan-schema.js";
import { lostReferences, targetId, withoutReferences } from "./references.js";
import type { Evaluation, Recommendation, RollProblem, RollResult } from "./revision-model.js";

export type RollOptions = {
  /** The year evaluated; evaluations of other years are problems. */
  year: number;
};

const targetName = (e: Evaluation) => `${e.target.type} "${e.target.key}"`;

/** The usable recommendation per measure key, and the problems of the rest. */
function usableEvaluations(
  plan: PlanDocument,
  evaluations: Evaluation[],
  year: number,
): { recommendations: Map<string, Recommendation>; problems: RollProblem[] } {
  const areaKeys = new Set(plan.focusAreas.map((a) => a.key));
  const measureKeys = new Set(plan.focusAreas.flatMap((a) => a.measures.map((m) => m.key)));
  const problems: RollProblem[] = [];
  const byTarget = new Map<string, number[]>();
  /** Why an evaluation cannot be used, or null when it can. */
  const problemOf = (e: Evaluation): [RollProblem["code"], string] | null => {
    if (e.year !== year) return ["wrong_year", `The evaluation of ${targetName(e)} is for ${e.year}, not ${year}`];
    const known = e.target.type === "area" ? areaKeys.has(e.target.key) : measureKeys.has(e.target.key);
    if (!known) return ["unknown_target", `The plan has no ${targetName(e)}`];
    if (e.target.type === "measure" && e.recommendation === null) {
      return ["recommendation_mismatch", `The evaluation of ${targetName(e)} has no recommendation`];
    }
    if (e.target.type === "area" && e.recommendation !== null) {
      return ["recommendation_mismatch", `The evaluation of ${targetName(e)} has a recommendation; areas take none`];
    }
    return null;
  };
  for (const [index, e] of evaluations.entries()) {
    const problem = problemOf(e);
    if (problem !== null) {
      problems.push({ code: problem[0], message: problem[1], index, target: e.target });
      continue;
    }
    const id = `${e.target.type}:${e.target.key}`;
    byTarget.set(id, [...(byTarget.get(id) ?? []), index]);
  }

  const recommendations = new Map<string, Recommendation>();
  for (const indices of byTarget.values()) {
    const first = evaluations[indices[0] as number] as Evaluation;
    if (indices.length > 1) {
      for (const index of indices) {
        problems.push({
          code: "duplicate_evaluation",
          message: `${targetName(first)} is evaluated ${indices.length} times for ${year}; none of them is used`,
          index,
          target: first.target,
        });
      }
    } else if (first.target.type === "measure" && first.recommendation !== null) {
      recommendations.set(first.target.key, first.recommendation);
    }
  }
  problems.sort((a, b) => a.index - b.index);
  return { recommendations, problems };
}

/** The next revision of `plan` by the year's evaluations. */
export function rollPlan(plan: PlanDocument, evaluations: Evaluation[], options: RollOptions): RollResult {
  const { recommendations, problems } = usableEvaluations(plan, evaluations, options.year);
  const closed: string[] = [];
  const toEdit: string[] = [];
  const carried: string[] = [];
  for (const area of plan.focusAreas) {
    for (const m of area.measures) {
      const recommendation = recommendations.get(m.key) ?? "continue";
      if (recommendation === "complete" || recommendation === "stop") closed.push(m.key);
      else if (recommendation === "change") toEdit.push(m.key);
      else carried.push(m.key);
    }
  }

  // A deep copy, so that nothing of the next revision is shared with (and editable through) the previous.
  const copy = structuredClone(plan);
  const gone = new Set(closed);
  const next: PlanDocument = {
    ...copy,
    actionPlan: {
      ...copy.actionPlan,
      revision: { number: plan.actionPlan.revision.number + 1, adoptedOn: null, decisionRef: null },
    },
    focusAreas: copy.focusAreas.map((area) => ({ ...area, measures: area.measures.filter((m) => !gone.has(m.key)) })),
  };
  // What pointed at the closed measures (their reports) goes with them.
  const lost = new Set(lostReferences(plan, next).map((ref) => targetId(ref.to)));
  return { plan: withoutReferences(next, lost), closed, toEdit, carried, problems };
}
