/**
 * Writing through the API. Every write but a create sends the version it read; the server answers
 * 409 `version_conflict` (with the data as it is now) when someone else changed it first, and
 * 409 `has_references` (with what points to it) before something others point to goes.
 * After a successful write the plan is fetched again (`refreshPlan`).
 */
import type { AreaFields, Collection, PlanSettings, SimpleCollection } from "../../domain/plan-edits.js";
import type { Actor, Flagship, FundingSource, Measure, PeriodKey, RelatedPlan } from "../../domain/plan-schema.js";
import type { Reference } from "../../domain/references.js";
import { i18n } from "../i18n/index.js";
import { ApiError } from "./api-client.js";
import { csrfHeaders, signalUnauthorized } from "./session.js";
import { refreshPlan, refreshResource } from "./use-resource.js";

export type FieldProblem = { path: string; message: string; code?: string };
export type Written<T> = { version: string; data: T };

/** A refused write, with what the server said about it. */
export class WriteError extends ApiError {
  constructor(
    status: number,
    code: string,
    message: string,
    /** `invalid_input`: each problem with its field, relative to the data sent. */
    readonly problems: FieldProblem[],
    /** `version_conflict`: the data as it is now; null when it was deleted meanwhile. */
    readonly current: Written<unknown> | null,
    /** `has_references`: what points at what the write would remove. */
    readonly references: Reference[],
  ) {
    super(status, code, message);
    this.name = "WriteError";
  }

  get isConflict(): boolean {
    return this.code === "version_conflict";
  }

  get hasReferences(): boolean {
    return this.code === "has_references";
  }
}

const SEGMENT: Record<SimpleCollection | "areas" | "measures", string> = {
  areas: "areas",
  measures: "measures",
  actors: "actors",
  fundingSources: "funding-sources",
  flagships: "flagships",
  relatedPlans: "related-plans",
};

function asRecord(value: unknown): Record<string, unknown> | null {
  return typeof value === "object" && value !== null ? (value as Record<string, unknown>) : null;
}

/** Sends a write to the API and fetches the plan again when it succeeds; a refusal becomes a `WriteError`. */
export async function send<T>(planKey: string, method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: "application/json" };
  if (body !== undefined) headers["content-type"] = "application/json";
  Object.assign(headers, await csrfHeaders());
  const response = await fetch(path, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json: unknown = response.status === 204 ? null : await response.json().catch(() => null);
  if (!response.ok) {
    const error = asRecord(asRecord(json)?.error) ?? {};
    const current = asRecord(error.current);
    const code = typeof error.code === "string" ? error.code : "http_error";
    if (response.status === 401) signalUnauthorized();
    // A session renewed elsewhere has another CSRF token: fetch it, so the next try goes through.
    if (code === "csrf_failed") refreshResource("session");
    throw new WriteError(
      response.status,
      code,
      // A refusal the person can act on is said in their language; others keep the server's words.
      response.status === 401
        ? i18n.t("access.write.loginNeeded")
        : response.status === 403
          ? i18n.t("access.write.forbidden")
          : code === "revision_adopted"
            ? i18n.t("edit.form.revisionAdopted")
            : code === "revision_not_adopted"
              ? i18n.t("edit.form.revisionNotAdopted")
              : typeof error.message === "string"
                ? error.message
                : `HTTP ${response.status}`,
      Array.isArray(error.problems) ? (error.problems as FieldProblem[]) : [],
      current === null ? null : { version: String(current.version), data: current.data },
      Array.isArray(error.references) ? (error.references as Reference[]) : [],
    );
  }
  refreshPlan(planKey);
  return json as T;
}

const base = (planKey: string) => `/api/plans/${encodeURIComponent(planKey)}`;
const seg = (key: string) => encodeURIComponent(key);

type Items = { actors: Actor; fundingSources: FundingSource; flagships: Flagship; relatedPlans: RelatedPlan };

export const planWrites = {
  updateSettings: (planKey: string, version: string, data: PlanSettings) =>
    send<Written<PlanSettings>>(planKey, "PUT", `${base(planKey)}/settings`, { version, data }),

  createArea: (planKey: string, data: AreaFields, position?: number) =>
    send<Written<AreaFields>>(planKey, "POST", `${base(planKey)}/areas`, { data, position }),

  updateArea: (planKey: string, areaKey: string, version: string, data: AreaFields, confirm = false) =>
    send<Written<AreaFields>>(planKey, "PUT", `${base(planKey)}/areas/${seg(areaKey)}`, { version, data, confirm }),

  createMeasure: (planKey: string, areaKey: string, data: Measure, position?: number) =>
    send<Written<Measure>>(planKey, "POST", `${base(planKey)}/areas/${seg(areaKey)}/measures`, { data, position }),

  updateMeasure: (
    planKey: string,
    measureKey: string,
    version: string,
    data: Measure,
    options: { areaKey?: string; confirm?: boolean } = {},
  ) =>
    send<Written<Measure>>(planKey, "PUT", `${base(planKey)}/measures/${seg(measureKey)}`, {
      version,
      data,
      areaKey: options.areaKey,
      confirm: options.confirm ?? false,
    }),

  createItem: <C extends SimpleCollection>(planKey: string, collection: C, data: Items[C], position?: number) =>
    send<Written<Items[C]>>(planKey, "POST", `${base(planKey)}/${SEGMENT[collection]}`, { data, position }),

  updateItem: <C extends SimpleCollection>(
    planKey: string,
    collection: C,
    key: string,
    version: string,
    data: Items[C],
    confirm = false,
  ) =>
    send<Written<Items[C]>>(planKey, "PUT", `${base(planKey)}/${SEGMENT[collection]}/${seg(key)}`, {
      version,
      data,
      confirm,
    }),

  /** Deletes an area, a measure or an item of the other lists. */
  deleteItem: (planKey: string, collection: Collection, key: string, version: string, confirm = false) =>
    send<null>(
      planKey,
      "DELETE",
      `${base(planKey)}/${SEGMENT[collection]}/${seg(key)}?version=${version}&confirm=${confirm}`,
    ),

  /** A new order of a list (of one area's measures when `areaKey` is given): every key once. */
  reorder: (planKey: string, collection: Collection, version: string, keys: string[], areaKey?: string) =>
    send<Written<string[]>>(planKey, "PUT", `${base(planKey)}/order/${collection}`, { version, data: keys, areaKey }),
};

export type ReportData = {
  status: "not_started" | "ongoing" | "completed" | "postponed" | "cancelled";
  assessment: "on_track" | "at_risk" | "off_track" | null;
  progressPercent: number | null;
  comment: string | null;
  /** The comment is for the organization only (left out of the published plan); false when not given. */
  commentInternal?: boolean;
  indicatorValues: Array<{ indicatorKey: string; value: number | boolean | string }>;
  reportedBy: string | null;
};

/** Reports a measure's (or an activity's) status for a period; `version` null for the period's first report. */
export function reportStatus(
  planKey: string,
  address: { measureKey: string; activityKey: string | null; period: PeriodKey },
  version: string | null,
  data: ReportData,
) {
  const activity = address.activityKey === null ? "" : `/activities/${seg(address.activityKey)}`;
  const path = `${base(planKey)}/measures/${seg(address.measureKey)}${activity}/reports/${address.period}`;
  return send<Written<unknown>>(planKey, "PUT", path, { version, data });
}

export type AuditEvent = {
  id: number;
  occurredAt: string;
  actor: string | null;
  action: string;
  /** Null for an account event (a login, a user). */
  planKey: string | null;
  organizationKey?: string | null;
  entityType: string;
  entityKey: string;
  measureKey: string | null;
  before: unknown;
  after: unknown;
};

/** The history, newest first. */
export async function fetchAudit(
  query: { plan?: string; measure?: string; entityType?: string; entityKey?: string; limit?: number },
  signal?: AbortSignal,
): Promise<AuditEvent[]> {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined) params.set(k, String(v));
  const response = await fetch(`/api/audit?${params}`, { headers: { accept: "application/json" }, signal });
  const body = asRecord(await response.json().catch(() => null));
  if (!response.ok || body === null || !Array.isArray(body.events)) {
    throw new ApiError(response.status, "http_error", `HTTP ${response.status}`);
  }
  return body.events as AuditEvent[];
}
