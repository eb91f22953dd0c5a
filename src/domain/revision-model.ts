/**
 * The yearly evaluation, the roll into the next revision and the comparison of two revisions, as
 * zod schemas: the API validates and describes with them; the pure functions that compute them
 * (`roll-plan.ts`, `compare-revisions.ts`) take their types from here with `import type`.
 */
import { z } from "zod";
import { IsoDate, Key, PlanDocument, Revision } from "./plan-schema.js";

/**
 * How well a measure or area reached its goals over the year. In the council's words: `good` «god
 * måloppnåelse», `partly` «delvis måloppnåelse», `poor` «svak måloppnåelse».
 */
export const Judgement = z.enum(["good", "partly", "poor"]).meta({ id: "Judgement" });
export type Judgement = z.infer<typeof Judgement>;

/**
 * What should become of a measure in the next revision: `continue` carries it over unchanged,
 * `change` carries it over and opens it for editing, `complete` and `stop` close it (done, or
 * given up — the difference is for the council's record; both leave the next revision).
 */
export const Recommendation = z.enum(["continue", "change", "complete", "stop"]).meta({ id: "Recommendation" });
export type Recommendation = z.infer<typeof Recommendation>;

export const EvaluationTarget = z
  .object({ type: z.enum(["area", "measure"]), key: Key })
  .meta({ id: "EvaluationTarget" });
export type EvaluationTarget = z.infer<typeof EvaluationTarget>;

/**
 * One year's evaluation of a measure or an area. The recommendation is required for a measure and
 * must be null for an area: an area is not closed or carried by the roll (its measures are), so a
 * recommendation there would promise something the roll does not do.
 */
export const Evaluation = z
  .object({
    year: z.number().int().min(1900).max(2200),
    target: EvaluationTarget,
    judgement: Judgement,
    /** The evaluation as written; may be empty while the judgement alone is given. */
    text: z.string().trim().max(20000),
    recommendation: Recommendation.nullable().default(null),
  })
  .superRefine((e, ctx) => {
    if (e.target.type === "measure" && e.recommendation === null) {
      ctx.addIssue({
        code: "custom",
        path: ["recommendation"],
        message: "A measure's evaluation needs a recommendation",
      });
    }
    if (e.target.type === "area" && e.recommendation !== null) {
      ctx.addIssue({ code: "custom", path: ["recommendation"], message: "An area's evaluation has no recommendation" });
    }
  })
  .meta({ id: "Evaluation" });
export type Evaluation = z.infer<typeof Evaluation>;

/** An evaluation the roll could not use; it is left out and the roll goes on without it. */
export const RollProblem = z
  .object({
    code: z.enum(["unknown_target", "wrong_year", "duplicate_evaluation", "recommendation_mismatch"]),
    message: z.string(),
    /** The evaluation's index in the list given. */
    index: z.number().int().min(0),
    target: EvaluationTarget,
  })
  .meta({ id: "RollProblem" });
export type RollProblem = z.infer<typeof RollProblem>;

export const RollResult = z
  .object({
    /** The next revision, a draft: number + 1, not adopted. */
    plan: PlanDocument,
    /** Measures recommended `complete` or `stop`: not in the next revision. */
    closed: z.array(Key),
    /** Measures recommended `change`: carried over, to be edited before adoption. */
    toEdit: z.array(Key),
    /** Measures recommended `continue`, or not (usably) evaluated: carried over as they are. */
    carried: z.array(Key),
    problems: z.array(RollProblem),
  })
  .meta({ id: "RollResult" });
export type RollResult = z.infer<typeof RollResult>;

/** One field of a thing in two revisions, as JSON values. */
export const FieldChange = z
  .object({ field: z.string(), before: z.json(), after: z.json() })
  .meta({ id: "FieldChange" });
export type FieldChange = z.infer<typeof FieldChange>;

/** `added`: only in the later revision; `closed`: only in the earlier; `changed`: in both, differing. */
export const RevisionChangeKind = z.enum(["added", "closed", "changed"]);
export type RevisionChangeKind = z.infer<typeof RevisionChangeKind>;

export const ActivityComparison = z.object({
  key: Key,
  title: z.string(),
  change: RevisionChangeKind,
  /** The fields that differ (for `changed` only). */
  fields: z.array(FieldChange),
});
export type ActivityComparison = z.infer<typeof ActivityComparison>;

export const MeasureComparison = ActivityComparison.extend({
  /** Activities added, closed or changed; a changed measure may differ in its activities alone. */
  activities: z.array(ActivityComparison),
});
export type MeasureComparison = z.infer<typeof MeasureComparison>;

export const AreaComparison = z.object({
  key: Key,
  number: z.number().int(),
  title: z.string(),
  /** `unchanged` when the area's own fields are the same and it is listed for its measures. */
  change: z.enum(["added", "closed", "changed", "unchanged"]),
  fields: z.array(FieldChange),
  measures: z.array(MeasureComparison),
});
export type AreaComparison = z.infer<typeof AreaComparison>;

const Count = z.number().int().min(0);
export const RevisionCounts = z.object({ added: Count, closed: Count, changed: Count });
export type RevisionCounts = z.infer<typeof RevisionCounts>;

export const RevisionComparison = z
  .object({
    before: Revision,
    after: Revision,
    /** The plan's own fields (title, period, introductions, …) and other parts (actors, flagships, …). */
    plan: z.array(FieldChange),
    /** Only the areas that differ or hold measures that differ, in the later revision's order, closed last. */
    areas: z.array(AreaComparison),
    counts: z.object({
      planFields: Count,
      areas: RevisionCounts,
      measures: RevisionCounts,
      activities: RevisionCounts,
    }),
  })
  .meta({
    id: "RevisionComparison",
    description: "What changed between two revisions, per area, measure and activity, with before and after.",
  });
export type RevisionComparison = z.infer<typeof RevisionComparison>;

/** One revision on the plan's line (the history view), with what changed against the one before. */
export const RevisionSummary = z
  .object({
    number: z.number().int().positive(),
    status: z.enum(["adopted", "draft"]),
    adoptedOn: IsoDate.nullable(),
    decisionRef: z.string().nullable(),
    adoptedAt: z.string().nullable().meta({ description: "When the adoption was stored; null for the draft." }),
    changes: RevisionComparison.shape.counts
      .nullable()
      .meta({ description: "What changed against the revision before it; null for the first." }),
  })
  .meta({ id: "RevisionSummary" });
export type RevisionSummary = z.infer<typeof RevisionSummary>;
