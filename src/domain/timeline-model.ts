/**
 * The shape of the timeline — every measure and activity on the plan period's time axis, grouped by
 * area — as zod schemas, for the API's validation and OpenAPI. The function that computes it
 * (`timeline.ts`) takes its types from here with `import type`, so the web can use it without zod.
 */
import { z } from "zod";
import { FocusAreaKind, IsoDate, Key, MeasureStatus, StartKind } from "./plan-schema.js";

/** Where an item's start comes from: its own, its measure's (an activity), or its activities' earliest (a measure). */
export const TimelineStartSource = z.enum(["own", "measure", "activities", "none"]);
export type TimelineStartSource = z.infer<typeof TimelineStartSource>;

export const TimelineStart = z.object({
  /** The kind of start; null when neither the item nor what it falls back to has one. */
  kind: StartKind.nullable(),
  /** The start as the plan writes it («Første halvår 2025», «Pågår», «Må avklares med …»); null for none. */
  text: z.string().nullable(),
  /** The day the item is placed from on the axis; null when it is not placed (a condition, or no start). */
  date: IsoDate.nullable(),
  /** «Pågår», «Fortløpende» or a year before the period: the item runs from before the axis begins. */
  isBeforePeriod: z.boolean(),
  source: TimelineStartSource,
});
export type TimelineStart = z.infer<typeof TimelineStart>;

/** Why an item ends when it does. */
export const TimelineEndSource = z.enum(["indicatorDeadline", "periodEnd", "completed", "cancelled"]);
export type TimelineEndSource = z.infer<typeof TimelineEndSource>;

export const TimelineEnd = z.object({ date: IsoDate, source: TimelineEndSource });
export type TimelineEnd = z.infer<typeof TimelineEnd>;

export const TimelineItem = z.object({
  type: z.enum(["measure", "activity"]),
  /** The measure's or the activity's key. */
  key: Key,
  measureKey: Key,
  title: z.string(),
  areaKey: Key,
  start: TimelineStart,
  end: TimelineEnd,
  /** Placed on the axis: false for a start by condition or no start at all. */
  isScheduled: z.boolean(),
  /** The responsible actors, the activity's own or else its measure's. */
  responsibleActorKeys: z.array(Key),
  /** The measure's flagship (an activity has its measure's). */
  flagshipKey: Key.nullable(),
  /** The status of the item's latest report, by period; null when it has none. */
  status: MeasureStatus.nullable(),
  /** A measure kept only to give its matching activities context: it does not match the unit filter itself. */
  isContext: z.boolean(),
});
export type TimelineItem = z.infer<typeof TimelineItem>;

export const TimelineArea = z.object({
  areaKey: Key,
  kind: FocusAreaKind,
  number: z.number().int(),
  title: z.string(),
  /** The area's measures and activities on the axis, in plan order (a measure, then its activities). */
  items: z.array(TimelineItem),
  /** Those not placed in time (a condition, or no start), in plan order: listed apart. */
  unscheduled: z.array(TimelineItem),
  /** The area has items, but the filters left none of them. */
  isEmptiedByFilter: z.boolean(),
});
export type TimelineArea = z.infer<typeof TimelineArea>;

export const PlanTimeline = z
  .object({
    /** The plan period's first day, `${firstYear}-01-01`. */
    from: IsoDate,
    /** The plan period's last day, `${lastYear}-12-31`. */
    to: IsoDate,
    years: z.array(z.number().int()),
    areas: z.array(TimelineArea),
    /** Items shown that match the filters (context measures not counted), scheduled or not. */
    itemCount: z.number().int(),
    /** Every measure and activity of the plan, unfiltered. */
    totalCount: z.number().int(),
    /** Matching items not placed in time. */
    unscheduledCount: z.number().int(),
    filters: z.object({ unit: Key.nullable(), flagship: Key.nullable() }),
  })
  .meta({
    id: "PlanTimeline",
    description: "Every measure and activity on the plan period's time axis, from its start to its deadline, by area.",
  });
export type PlanTimeline = z.infer<typeof PlanTimeline>;
