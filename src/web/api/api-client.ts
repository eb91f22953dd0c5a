/**
 * The web's only door to the server: the JSON API on the same origin.
 * Errors come back as `{ "error": { "code", "message" } }`; they become an `ApiError`.
 */
import type { PlanDocument } from "../../domain/plan-schema.js";
import type { PlanListItem } from "../../domain/plan-summary.js";

export type { PlanListItem };

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "ApiError";
  }

  get isNotFound(): boolean {
    return this.status === 404;
  }
}

function readErrorBody(body: unknown): { code: string; message: string } | null {
  if (typeof body !== "object" || body === null || !("error" in body)) return null;
  const error = body.error;
  if (typeof error !== "object" || error === null) return null;
  const code = "code" in error && typeof error.code === "string" ? error.code : "unknown";
  const message = "message" in error && typeof error.message === "string" ? error.message : "";
  return { code, message };
}

/** GETs JSON from the API; a refusal becomes an `ApiError`. */
export async function getJson(path: string, signal?: AbortSignal): Promise<unknown> {
  const response = await fetch(path, { headers: { accept: "application/json" }, signal });
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const error = readErrorBody(body);
    throw new ApiError(response.status, error?.code ?? "http_error", error?.message || `HTTP ${response.status}`);
  }
  return body;
}

export async function fetchPlans(signal?: AbortSignal): Promise<PlanListItem[]> {
  const body = await getJson("/api/plans", signal);
  if (!Array.isArray(body)) throw new ApiError(500, "bad_response", "Expected a list of plans");
  return body as PlanListItem[];
}

export async function fetchPlan(key: string, signal?: AbortSignal): Promise<PlanDocument> {
  // Our own API validates and fills in every default, so the web trusts its shape (and loads no zod).
  const body = await getJson(`/api/plans/${encodeURIComponent(key)}`, signal);
  if (typeof body !== "object" || body === null || !("actionPlan" in body)) {
    throw new ApiError(500, "bad_response", "Expected a plan document");
  }
  return body as PlanDocument;
}
