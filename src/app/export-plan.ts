import type { AppContext } from "./context.js";
import { AppError } from "./errors.js";
import { getCachedPlan } from "./get-plan.js";

export const EXPORT_FORMATS = ["json"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export type ExportedFile = { bytes: Buffer; contentType: string; fileName: string };

export function parseExportFormat(format: string): ExportFormat {
  const known = EXPORT_FORMATS.find((f) => f === format);
  if (known === undefined) {
    throw new AppError(
      "unsupported_format",
      `Export format "${format}" is not supported; supported: ${EXPORT_FORMATS.join(", ")}`,
    );
  }
  return known;
}

/** A plan as a file in the given format (the interchange format as pretty-printed JSON). */
export async function exportPlan(ctx: AppContext, planKey: string, format: ExportFormat): Promise<ExportedFile> {
  const { plan } = await getCachedPlan(ctx, planKey);
  switch (format) {
    case "json":
      return {
        bytes: Buffer.from(`${JSON.stringify(plan, null, 2)}\n`, "utf8"),
        contentType: "application/json; charset=utf-8",
        fileName: `${planKey}.json`,
      };
  }
}
