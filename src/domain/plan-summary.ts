import { z } from "zod";
import { Key } from "./plan-schema.js";

/** An action plan as the list of plans shows it. */
export const PlanSummary = z
  .object({
    key: Key,
    title: z.string(),
    organization: z.object({ key: Key, name: z.string() }),
    firstYear: z.number().int(),
    lastYear: z.number().int(),
    revisionNumber: z.number().int(),
    focusAreaCount: z.number().int(),
    measureCount: z.number().int(),
  })
  .meta({ id: "PlanSummary" });
export type PlanSummary = z.infer<typeof PlanSummary>;

/** A plan in the list of plans, with whether anyone may read it (published) and since when. */
export const PlanListItem = PlanSummary.extend({
  published: z.boolean().meta({ description: "Anyone may read it (without internal comments)." }),
  publishedAt: z.iso.datetime({ offset: true }).nullable().meta({ description: "Since when; null: not published." }),
}).meta({ id: "PlanListItem" });
export type PlanListItem = z.infer<typeof PlanListItem>;
