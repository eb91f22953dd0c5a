/**
 * Saving a form: check the data with the same zod schema as the server and the plan's reference
 * rules on the plan with the edit applied, ask before references are removed, then send; show
 * what the server refused next to the fields, and a conflict when someone else saved first.
 */
import { useRef, useState } from "react";
import type { z } from "zod";
import { applyEdit, type PlanEdit } from "../../domain/plan-edits.js";
import type { PlanDocument } from "../../domain/plan-schema.js";
import { lostReferences, type Reference } from "../../domain/references.js";
import { WriteError } from "../api/write-client.js";
import { type Problem, referenceProblems, serverProblems, zodProblems } from "./problems.js";

export type SaveState<T> = {
  problems: Problem[];
  /** Changes each time a submit fails, for the summary to take the focus. */
  focusKey: number;
  summaryRef: React.RefObject<HTMLElement | null>;
  conflict: boolean;
  /** A failure that is neither a field's nor a conflict (the server down, …). */
  failure: string | null;
  saving: boolean;
  /** What would lose its reference, waiting for the person to confirm. */
  pending: { data: T; references: Reference[] } | null;
  submit: (draft: unknown) => Promise<void>;
  confirm: () => Promise<void>;
  cancel: () => void;
  clearConflict: () => void;
};

export function useSave<T>(options: {
  plan: PlanDocument;
  schema: z.ZodType<T>;
  toEdit: (data: T) => PlanEdit;
  send: (data: T, confirm: boolean) => Promise<unknown>;
  onSaved: (data: T) => void;
}): SaveState<T> {
  const [problems, setProblems] = useState<Problem[]>([]);
  const [focusKey, setFocusKey] = useState(0);
  const [conflict, setConflict] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [pending, setPending] = useState<{ data: T; references: Reference[] } | null>(null);
  const summaryRef = useRef<HTMLElement | null>(null);

  const fail = (list: Problem[]) => {
    setProblems(list);
    setFocusKey((k) => k + 1);
  };

  const send = async (data: T, confirm: boolean) => {
    setSaving(true);
    setFailure(null);
    try {
      await options.send(data, confirm);
      setProblems([]);
      options.onSaved(data);
    } catch (error) {
      if (!(error instanceof WriteError)) {
        setFailure(error instanceof Error ? error.message : String(error));
      } else if (error.isConflict) {
        setConflict(true);
      } else if (error.hasReferences) {
        setPending({ data, references: error.references });
      } else if (error.code === "key_taken") {
        fail([{ path: "key", code: "key_taken", message: error.message }]);
      } else if (error.problems.length > 0) {
        fail(serverProblems(error.problems));
      } else {
        setFailure(error.message);
      }
    } finally {
      setSaving(false);
    }
  };

  return {
    problems,
    focusKey,
    summaryRef,
    conflict,
    failure,
    saving,
    pending,
    async submit(draft) {
      setFailure(null);
      const parsed = options.schema.safeParse(draft);
      if (!parsed.success) return fail(zodProblems(parsed.error));
      const edit = options.toEdit(parsed.data);
      const local = referenceProblems(options.plan, edit);
      if (local.length > 0) return fail(local);
      setProblems([]);
      const lost = lostReferences(options.plan, applyEdit(options.plan, edit).plan);
      if (lost.length > 0) {
        setPending({ data: parsed.data, references: lost });
        return;
      }
      await send(parsed.data, false);
    },
    async confirm() {
      const waiting = pending;
      setPending(null);
      if (waiting !== null) await send(waiting.data, true);
    },
    cancel: () => setPending(null),
    clearConflict: () => setConflict(false),
  };
}
