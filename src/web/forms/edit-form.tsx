/**
 * The frame of every editing form: the error summary at the top, a conflict or failure alert,
 * the fields (each showing its own problems), the dialog that asks before references go, and
 * the buttons.
 */
import { Button } from "@digdir/designsystemet-react";
import { type ReactNode, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { PlanDocument } from "../../domain/plan-schema.js";
import { refreshPlan } from "../api/use-resource.js";
import { AppLink } from "../components/app-link.js";
import "./forms.css";
import { ConflictAlert, FailureAlert } from "./conflict-alert.js";
import { FormProblems } from "./form-context.js";
import { FormErrorSummary } from "./form-summary.js";
import { SavedKeysProvider, savedKeysOf } from "./plan-fields.js";
import { ConfirmDialog } from "./references-dialog.js";
import type { SaveState } from "./use-save.js";

/**
 * After a conflict: fetch the plan again and, once it has come, give the form a new key so it
 * starts over from the data as it is now. Until then the person's draft stays.
 */
export function useReload(plan: PlanDocument) {
  const [formKey, setFormKey] = useState(0);
  const waiting = useRef<PlanDocument | null>(null);
  useEffect(() => {
    if (waiting.current !== null && waiting.current !== plan) {
      waiting.current = null;
      setFormKey((k) => k + 1);
    }
  }, [plan]);
  return {
    formKey,
    reload: () => {
      waiting.current = plan;
      refreshPlan(plan.actionPlan.key);
    },
  };
}

export function EditForm<T>({
  plan,
  save,
  draft,
  onReload,
  cancelTo,
  children,
}: {
  plan: PlanDocument;
  save: SaveState<T>;
  draft: unknown;
  onReload: () => void;
  cancelTo: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const [savedKeys] = useState(() => savedKeysOf(plan));
  return (
    <SavedKeysProvider value={savedKeys}>
      <FormProblems problems={save.problems}>
        <form
          noValidate
          className="stack edit-form"
          onSubmit={(event) => {
            event.preventDefault();
            void save.submit(draft);
          }}
        >
          <FormErrorSummary problems={save.problems} focusKey={save.focusKey} summaryRef={save.summaryRef} />
          {save.conflict ? <ConflictAlert onReload={onReload} /> : null}
          <FailureAlert message={save.failure} />
          {children}
          <div className="button-row">
            <Button type="submit" disabled={save.saving}>
              {save.saving ? t("edit.form.saving") : t("edit.form.save")}
            </Button>
            <AppLink to={cancelTo}>{t("edit.form.cancel")}</AppLink>
          </div>
        </form>
        <ConfirmDialog
          plan={plan}
          open={save.pending !== null}
          heading={t("edit.dialog.saveHeading")}
          references={save.pending?.references ?? []}
          confirmLabel={t("edit.dialog.confirmSave")}
          onConfirm={() => void save.confirm()}
          onCancel={save.cancel}
        />
      </FormProblems>
    </SavedKeysProvider>
  );
}

/** A reload that also forgets the conflict. */
export function reloadHandler(save: { clearConflict: () => void }, reload: () => void) {
  return () => {
    save.clearConflict();
    reload();
  };
}
