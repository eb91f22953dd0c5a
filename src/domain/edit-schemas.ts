/**
 * The zod schemas of what a person edits: the same schemas check the web's forms and the server's
 * request bodies (and give the OpenAPI document its shapes). Each is cut from the plan's own
 * schemas, so there is no second definition of a field.
 */
import { z } from "zod";
import { ActionPlan, FocusArea, Key, StatusReport } from "./plan-schema.js";

export const PlanSettingsInput = ActionPlan.omit({ key: true, revision: true }).meta({ id: "PlanSettings" });
export const AreaFieldsInput = FocusArea.omit({ measures: true }).meta({ id: "AreaFields" });

/** A status report as a person gives it: the period, measure and activity come from the address. */
export const ReportInput = StatusReport.omit({
  measureKey: true,
  activityKey: true,
  period: true,
  reportedAt: true,
}).meta({ id: "ReportInput" });
export type ReportInput = z.infer<typeof ReportInput>;

/** A version as `versionOf` gives it. */
export const Version = z
  .string()
  .regex(/^[0-9a-f]{16}$/, "A version is 16 hexadecimal digits")
  .meta({ description: "The version of the data the write is based on, as read (see `versionOf`)." });

/** Every write but a create carries the version it read; `confirm` lets a removal drop references. */
export function writeBody<T extends z.ZodType>(data: T) {
  return z.object({
    version: Version,
    data,
    confirm: z.boolean().default(false).meta({ description: "Remove what points to anything removed." }),
  });
}

export function createBody<T extends z.ZodType>(data: T) {
  return z.object({
    data,
    position: z.number().int().min(0).optional().meta({ description: "Where to insert (0 = first); default last." }),
  });
}

/** A report's body: the version read, or null when there was no report for the period yet. */
export const ReportBody = z.object({ version: Version.nullable(), data: ReportInput });

export const OrderBody = z.object({
  version: Version,
  data: z.array(Key).max(1000).meta({ description: "Every key of the collection, in the new order." }),
});
