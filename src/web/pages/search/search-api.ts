/**
 * The search page's talk with `GET /api/search`. Results are not shared between pages or kept, unlike
 * plans (`api/use-resource.ts`): each query is asked once, and a newer query cancels an older one.
 */
import { useCallback, useEffect, useState } from "react";
import type { SearchResponse } from "../../../domain/search-model.js";
import { ApiError } from "../../api/api-client.js";

export type {
  SearchEntityType,
  SearchHit,
  SearchPlan,
  SearchResponse,
  TextSegment,
} from "../../../domain/search-model.js";

/** How many hits the page shows at most; the count says how many there are in all. */
export const PAGE_LIMIT = 50;

export async function fetchSearch(q: string, plan: string | null, signal?: AbortSignal): Promise<SearchResponse> {
  const params = new URLSearchParams({ q, limit: String(PAGE_LIMIT) });
  if (plan !== null) params.set("plan", plan);
  const response = await fetch(`/api/search?${params}`, { headers: { accept: "application/json" }, signal });
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const error = errorOf(body);
    throw new ApiError(response.status, error.code, error.message || `HTTP ${response.status}`);
  }
  if (typeof body !== "object" || body === null || !("hits" in body)) {
    throw new ApiError(500, "bad_response", "Expected search results");
  }
  return body as SearchResponse;
}

function errorOf(body: unknown): { code: string; message: string } {
  const error = typeof body === "object" && body !== null && "error" in body ? body.error : null;
  if (typeof error !== "object" || error === null) return { code: "http_error", message: "" };
  return {
    code: "code" in error && typeof error.code === "string" ? error.code : "http_error",
    message: "message" in error && typeof error.message === "string" ? error.message : "",
  };
}

export type SearchState =
  | { status: "idle" }
  | { status: "loading" }
  | { status: "error"; error: unknown; retry: () => void }
  | { status: "ready"; data: SearchResponse };

/** The results for a query (idle while there is none); a retry asks again. */
export function useSearch(q: string, plan: string | null): SearchState {
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<SearchState>({ status: "idle" });
  const retry = useCallback(() => setAttempt((n) => n + 1), []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: attempt forces a new request for the same query
  useEffect(() => {
    if (q.trim() === "") {
      setState({ status: "idle" });
      return;
    }
    const controller = new AbortController();
    setState({ status: "loading" });
    fetchSearch(q, plan, controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setState({ status: "ready", data });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ status: "error", error, retry });
      },
    );
    return () => controller.abort();
  }, [q, plan, attempt, retry]);

  return state;
}
