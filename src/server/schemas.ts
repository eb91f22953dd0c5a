import { z } from "zod";

/** The one error shape of the API, for the OpenAPI document. */
export const ErrorResponse = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      problems: z
        .array(z.object({ path: z.string(), message: z.string(), code: z.string().optional() }))
        .optional()
        .meta({ description: "Every problem with the field it concerns (relative to `data` for writes)." }),
      current: z
        .object({ version: z.string(), data: z.unknown() })
        .nullable()
        .optional()
        .meta({ description: "`version_conflict`: the data as it is now (null: it was deleted)." }),
      references: z
        .array(z.object({ from: z.record(z.string(), z.unknown()), to: z.record(z.string(), z.unknown()) }))
        .optional()
        .meta({ description: "`has_references`: what points at what would be removed." }),
    }),
  })
  .meta({ id: "Error" });

/** 304: the reader's copy (its ETag sent as If-None-Match) is current; no body. */
export const NotModified = z.null().describe("Not modified: the copy with this ETag is current");
