/**
 * `edit/import`: a file in, a preview of what it changes, then the import. The format comes from
 * the file's extension. «Forhåndsvis» sends the file to the preview route (busy and a polite
 * status meanwhile); a refused file shows every problem by row and column; a preview shows the
 * counts and the changes per area, and «Importer» applies the same file with the preview's version.
 */
import { Alert, Button, Field, Label, Paragraph, Spinner } from "@digdir/designsystemet-react";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { refreshPlan } from "../../api/use-resource.js";
import { AppLink } from "../../components/app-link.js";
import { PageHeader } from "../../components/page-header.js";
import { PlanBreadcrumbs } from "../../components/plan-breadcrumbs.js";
import { paths } from "../../components/plan-paths.js";
import { usePlanDocument } from "../../components/plan-route.js";
import { usePageTitle } from "../../components/use-page-title.js";
import {
  ACCEPT,
  applyFile,
  type FileFormat,
  formatOfFile,
  type ImportProblem,
  ImportRefused,
  type PreviewAnswer,
  previewFile,
} from "./import-api.js";
import { PreviewView } from "./import-preview-view.js";
import { ProblemList } from "./import-problems.js";

type State =
  | { kind: "idle" }
  | { kind: "previewing" }
  | { kind: "preview"; answer: PreviewAnswer }
  | { kind: "applying"; answer: PreviewAnswer }
  | { kind: "problems"; problems: ImportProblem[] }
  | { kind: "failed"; message: string }
  | { kind: "done" };

export function ImportPage() {
  const { t } = useTranslation();
  const plan = usePlanDocument();
  const planKey = plan.actionPlan.key;
  usePageTitle(t("imports.heading"), plan.actionPlan.title);
  const inputId = useId();
  const descriptionId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [state, setState] = useState<State>({ kind: "idle" });

  const refused = (error: unknown): State => {
    if (!(error instanceof ImportRefused)) return { kind: "failed", message: (error as Error).message };
    if (error.status === 413) return { kind: "failed", message: t("imports.tooLarge") };
    if (error.code === "version_conflict") return { kind: "failed", message: t("imports.conflict") };
    if (error.code === "revision_adopted") return { kind: "failed", message: t("edit.form.revisionAdopted") };
    if (error.problems.length > 0) return { kind: "problems", problems: error.problems };
    return { kind: "failed", message: t("imports.failed", { message: error.message }) };
  };

  const format: FileFormat | null = file === null ? null : formatOfFile(file.name);
  const preview = async () => {
    if (file === null || format === null) return;
    setState({ kind: "previewing" });
    try {
      setState({ kind: "preview", answer: await previewFile(planKey, format, file) });
    } catch (error) {
      setState(refused(error));
    }
  };
  const apply = async (answer: PreviewAnswer) => {
    if (file === null) return;
    setState({ kind: "applying", answer });
    try {
      await applyFile(planKey, answer.format, file, answer.version);
      refreshPlan(planKey);
      setState({ kind: "done" });
    } catch (error) {
      setState(refused(error));
    }
  };

  const busy = state.kind === "previewing" || state.kind === "applying";
  const answer = state.kind === "preview" || state.kind === "applying" ? state.answer : null;
  return (
    <div className="stack" aria-busy={busy}>
      <PlanBreadcrumbs
        crumbs={[
          { label: plan.actionPlan.title, to: paths.plan(planKey) },
          { label: t("edit.hub.heading"), to: paths.edit(planKey) },
        ]}
      />
      <PageHeader eyebrow={t("imports.eyebrow")} title={t("imports.heading")} intro={t("imports.intro")} />
      <form
        className="stack-sm"
        onSubmit={(event) => {
          event.preventDefault();
          void preview();
        }}
      >
        <Field>
          <Label htmlFor={inputId}>{t("imports.fileLabel")}</Label>
          <Paragraph data-size="sm" id={descriptionId}>
            {t("imports.fileDescription")}
          </Paragraph>
          <input
            id={inputId}
            type="file"
            accept={ACCEPT}
            aria-describedby={descriptionId}
            onChange={(event) => {
              setFile(event.target.files?.[0] ?? null);
              setState({ kind: "idle" });
            }}
          />
        </Field>
        {file !== null && format === null ? (
          <Alert data-color="warning">{t("imports.unknownFormat", { name: file.name })}</Alert>
        ) : null}
        <div className="button-row">
          <Button type="submit" variant="secondary" disabled={busy || format === null}>
            {t("imports.preview")}
          </Button>
        </div>
      </form>

      <div role="status" aria-live="polite">
        {busy ? (
          <Paragraph>
            <Spinner aria-hidden="true" data-size="xs" />{" "}
            {state.kind === "applying" ? t("imports.applying") : t("imports.working")}
          </Paragraph>
        ) : null}
        {state.kind === "done" ? (
          <Alert data-color="success">
            <Paragraph>{t("imports.done")}</Paragraph>
            <AppLink to={paths.plan(planKey)}>{t("imports.toPlan")}</AppLink>
          </Alert>
        ) : null}
        {state.kind === "failed" ? <Alert data-color="danger">{state.message}</Alert> : null}
      </div>

      {state.kind === "problems" ? <ProblemList problems={state.problems} /> : null}
      {answer !== null ? (
        <>
          <PreviewView preview={answer.preview} changes={answer.changes} />
          {answer.changes ? (
            <div className="button-row">
              <Button type="button" disabled={busy} onClick={() => void apply(answer)}>
                {t("imports.confirm")}
              </Button>
            </div>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
