/**
 * Moving and deleting saved things from a list page: up/down send the new order at once; delete
 * asks first in a dialog that lists what points to the thing (found on the plan with the delete
 * applied) and, when the person confirms, sends `confirm: true` so those references go too.
 */
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useLocation } from "react-router";
import { applyEdit, type Collection, currentVersion, type PlanEdit } from "../../domain/plan-edits.js";
import type { PlanDocument } from "../../domain/plan-schema.js";
import { lostReferences, type Reference } from "../../domain/references.js";
import { refreshPlan } from "../api/use-resource.js";
import { planWrites, WriteError } from "../api/write-client.js";
import { ConflictAlert, FailureAlert } from "./conflict-alert.js";
import { moved } from "./form-values.js";
import "./forms.css";
import { ConfirmDialog } from "./references-dialog.js";
import { SavedNotice, type SavedState } from "./saved-notice.js";

type Deleting = { collection: Collection; key: string; label: string; references: Reference[] };

export function useCollectionActions(plan: PlanDocument) {
  const { t } = useTranslation();
  const planKey = plan.actionPlan.key;
  const location = useLocation();
  // The message of the save that led here, until the next action replaces it.
  const [status, setStatus] = useState<string | null>(() => (location.state as SavedState | null)?.saved ?? null);
  const [conflict, setConflict] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<Deleting | null>(null);

  const handle = (error: unknown, retry?: Deleting) => {
    if (error instanceof WriteError && error.isConflict) setConflict(true);
    else if (error instanceof WriteError && error.hasReferences && retry)
      setDeleting({ ...retry, references: error.references });
    else setFailure(error instanceof Error ? error.message : String(error));
  };

  async function move(
    collection: Collection,
    keys: string[],
    index: number,
    step: -1 | 1,
    label: string,
    areaKey?: string,
  ) {
    const edit: PlanEdit = { op: "reorder", collection, keys, areaKey };
    const version = currentVersion(plan, edit);
    if (version === null) return;
    setStatus(null);
    setFailure(null);
    try {
      await planWrites.reorder(planKey, collection, version, moved(keys, index, step), areaKey);
      setStatus(t(step < 0 ? "edit.list.movedUp" : "edit.list.movedDown", { name: label }));
    } catch (error) {
      handle(error);
    }
  }

  function askDelete(collection: Collection, key: string, label: string) {
    const edit = { op: "delete", collection, key } as PlanEdit;
    setStatus(null);
    setFailure(null);
    setDeleting({ collection, key, label, references: lostReferences(plan, applyEdit(plan, edit).plan) });
  }

  async function confirmDelete() {
    const target = deleting;
    setDeleting(null);
    if (target === null) return;
    const version = currentVersion(plan, { op: "delete", collection: target.collection, key: target.key } as PlanEdit);
    if (version === null) return;
    try {
      await planWrites.deleteItem(planKey, target.collection, target.key, version, target.references.length > 0);
      setStatus(t("edit.list.deleted", { name: target.label }));
    } catch (error) {
      handle(error, target);
    }
  }

  const elements = (
    <>
      <SavedNotice message={status} />
      {conflict ? (
        <ConflictAlert
          onReload={() => {
            setConflict(false);
            refreshPlan(planKey);
          }}
        />
      ) : null}
      <FailureAlert message={failure} />
      <ConfirmDialog
        plan={plan}
        open={deleting !== null}
        heading={t("edit.dialog.deleteHeading", { name: deleting?.label ?? "" })}
        question={t("edit.dialog.deleteQuestion")}
        references={deleting?.references ?? []}
        confirmLabel={t("edit.dialog.confirmDelete")}
        onConfirm={() => void confirmDelete()}
        onCancel={() => setDeleting(null)}
      />
    </>
  );
  return { move, askDelete, elements, announce: setStatus };
}
