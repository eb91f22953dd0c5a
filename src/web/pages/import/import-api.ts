/**
 * The import routes from the web: the file goes as the raw body. A refused file comes back as
 * `400 invalid_input` with its problems by row and column; they become an `ImportRefused`.
 */
import type { ImportPreview, ImportProblem } from "../../../domain/import-model.js";

export type { ImportProblem };

import { csrfHeaders, signalUnauthorized } from "../../api/session.js";
import { i18n } from "../../i18n/index.js";

export const FILE_FORMATS = { xlsx: "xlsx", csv: "csv", json: "json", docx: "docx", xml: "stratml" } as const;
export type FileFormat = (typeof FILE_FORMATS)[keyof typeof FILE_FORMATS];
export const ACCEPT = Object.keys(FILE_FORMATS)
  .map((ext) => `.${ext}`)
  .join(",");

/** The import format of a file, from its extension; null when it is none we read. */
export function formatOfFile(name: string): FileFormat | null {
  const ext = name.toLowerCase().split(".").pop() ?? "";
  return Object.hasOwn(FILE_FORMATS, ext) ? FILE_FORMATS[ext as keyof typeof FILE_FORMATS] : null;
}

export type PreviewAnswer = {
  format: FileFormat;
  version: string;
  preview: ImportPreview;
  changes: boolean;
  skipped: string[];
};

export class ImportRefused extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly problems: ImportProblem[],
  ) {
    super(message);
    this.name = "ImportRefused";
  }
}

async function postFile<T>(url: string, file: Blob): Promise<T> {
  const headers: Record<string, string> = { "content-type": "application/octet-stream", accept: "application/json" };
  Object.assign(headers, await csrfHeaders());
  const response = await fetch(url, { method: "POST", headers, body: file });
  const json = (await response.json().catch(() => null)) as
    | (T & { error?: undefined })
    | { error?: { code?: string; message?: string; problems?: ImportProblem[] } }
    | null;
  if (!response.ok) {
    const error = json?.error;
    if (response.status === 401) signalUnauthorized();
    throw new ImportRefused(
      response.status,
      error?.code ?? "http_error",
      response.status === 401 ? i18n.t("access.write.loginNeeded") : (error?.message ?? `HTTP ${response.status}`),
      Array.isArray(error?.problems) ? error.problems : [],
    );
  }
  return json as T;
}

const base = (planKey: string) => `/api/plans/${encodeURIComponent(planKey)}/import`;

export function previewFile(planKey: string, format: FileFormat, file: Blob): Promise<PreviewAnswer> {
  return postFile(`${base(planKey)}/preview?format=${format}`, file);
}

export function applyFile(planKey: string, format: FileFormat, file: Blob, version: string) {
  return postFile<{ version: string }>(
    `${base(planKey)}?format=${format}&version=${encodeURIComponent(version)}`,
    file,
  );
}
