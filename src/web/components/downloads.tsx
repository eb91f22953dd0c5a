/**
 * Download buttons for a plan's files (the plan document, spreadsheets, StratML, the status
 * report). A file is made on the server, which may take a moment (a PDF of the whole plan about a
 * second): the button fetches it, says «Lager …» in a polite status with a spinner meanwhile, and
 * then saves it under the server's file name. Errors are said in the same status, in words.
 */
import { Button, Heading, Paragraph, Spinner } from "@digdir/designsystemet-react";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";

export type DownloadItem = {
  /** Stable id, e.g. «docx». */
  key: string;
  /** The button's text: «Word (DOCX)». */
  label: string;
  /** The file's address on the API. */
  href: string;
};

type State =
  | { kind: "idle" }
  | { kind: "working"; label: string }
  | { kind: "done"; fileName: string }
  | { kind: "failed"; label: string; message: string };

/** The file name from `Content-Disposition` (the UTF-8 form when given), else the address's last part. */
export function fileNameOf(disposition: string | null, href: string): string {
  const utf8 = disposition?.match(/filename\*=UTF-8''([^;]+)/i)?.[1];
  if (utf8 !== undefined) return decodeURIComponent(utf8);
  const plain = disposition?.match(/filename="([^"]+)"/i)?.[1];
  return plain ?? href.split("?")[0]?.split("/").pop() ?? "download";
}

async function errorMessage(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as { error?: { message?: string } };
    return body.error?.message ?? `HTTP ${response.status}`;
  } catch {
    return `HTTP ${response.status}`;
  }
}

function save(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the address is let go.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

type DownloadsProps = { heading: string; intro?: string; items: DownloadItem[]; headingLevel?: 2 | 3 };

export function Downloads({ heading, intro, items, headingLevel = 2 }: DownloadsProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const [state, setState] = useState<State>({ kind: "idle" });

  const download = async (item: DownloadItem) => {
    setState({ kind: "working", label: item.label });
    try {
      const response = await fetch(item.href);
      if (!response.ok) {
        setState({ kind: "failed", label: item.label, message: await errorMessage(response) });
        return;
      }
      const fileName = fileNameOf(response.headers.get("content-disposition"), item.href);
      save(await response.blob(), fileName);
      setState({ kind: "done", fileName });
    } catch (error) {
      setState({ kind: "failed", label: item.label, message: (error as Error).message });
    }
  };

  const isWorking = state.kind === "working";
  return (
    <section aria-labelledby={headingId} className="downloads stack-sm" aria-busy={isWorking}>
      <Heading level={headingLevel} data-size="xs" id={headingId}>
        {heading}
      </Heading>
      {intro ? <Paragraph data-size="sm">{intro}</Paragraph> : null}
      <ul className="downloads__list">
        {items.map((item) => (
          <li key={item.key}>
            <Button
              variant="secondary"
              data-size="sm"
              disabled={isWorking}
              aria-label={t("downloads.button", { what: heading, format: item.label })}
              onClick={() => void download(item)}
            >
              {item.label}
            </Button>
          </li>
        ))}
      </ul>
      <div role="status" className="downloads__status">
        {state.kind === "working" ? (
          <Paragraph data-size="sm">
            <Spinner aria-hidden="true" data-size="xs" /> {t("downloads.working", { format: state.label })}
          </Paragraph>
        ) : null}
        {state.kind === "done" ? (
          <Paragraph data-size="sm">{t("downloads.done", { file: state.fileName })}</Paragraph>
        ) : null}
        {state.kind === "failed" ? (
          <Paragraph data-size="sm" data-color="danger">
            {t("downloads.failed", { format: state.label, message: state.message })}
          </Paragraph>
        ) : null}
      </div>
    </section>
  );
}

/** The formats offered for a whole plan, for one area, and for a status report. */
export const PLAN_FORMATS = ["docx", "pdf", "xlsx", "csv", "stratml", "stratml-performance", "json"] as const;
export const AREA_FORMATS = ["docx", "pdf", "xlsx", "csv"] as const;
export const REPORT_FORMATS = ["docx", "pdf"] as const;
type Format = (typeof PLAN_FORMATS)[number];

const LABEL_KEYS = {
  docx: "downloads.formats.docx",
  pdf: "downloads.formats.pdf",
  xlsx: "downloads.formats.xlsx",
  csv: "downloads.formats.csv",
  stratml: "downloads.formats.stratml",
  "stratml-performance": "downloads.formats.stratmlPerformance",
  json: "downloads.formats.json",
} as const satisfies Record<Format, string>;

/** The download items for `formats`, each with its label in the reader's language and its address. */
export function useDownloadItems(formats: readonly Format[], hrefOf: (format: Format) => string): DownloadItem[] {
  const { t } = useTranslation();
  return formats.map((format) => ({ key: format, label: t(LABEL_KEYS[format]), href: hrefOf(format) }));
}
