/**
 * Loading data from the API once and sharing it: a small cache of promises by key, so a plan is
 * fetched once however many pages read it. A failed load is forgotten, so «try again» refetches.
 */
import { useCallback, useEffect, useState } from "react";
import type { PlanDocument } from "../../domain/plan-schema.js";
import { fetchPlan, fetchPlans, type PlanListItem } from "./api-client.js";

export type Resource<T> =
  | { status: "loading" }
  | { status: "error"; error: unknown; retry: () => void }
  | { status: "ready"; data: T };

const cache = new Map<string, Promise<unknown>>();
const loaded = new Map<string, unknown>();
/** The pages showing a resource, told when it must be fetched again. */
const listeners = new Map<string, Set<() => void>>();

/** Forget everything loaded (tests start from an empty cache). */
export function clearResourceCache(): void {
  cache.clear();
  loaded.clear();
}

/**
 * Fetches a resource again (after a write, or when a write was refused because someone else got
 * there first): the pages showing it keep showing the old data until the new has come.
 */
export function refreshResource(cacheKey: string): void {
  cache.delete(cacheKey);
  for (const listener of listeners.get(cacheKey) ?? []) listener();
}

/** Fetches the plan again after it was changed. */
export function refreshPlan(planKey: string): void {
  refreshResource(`plan:${planKey}`);
  refreshResource("plans");
}

/**
 * Forgets everything loaded and fetches again what the pages show (after logging in or out, when
 * what the viewer may read changes).
 */
export function refreshAllResources(): void {
  cache.clear();
  loaded.clear();
  for (const set of listeners.values()) for (const listener of set) listener();
}

/** Loads `loader`'s data once per `cacheKey` outside a component (shared with `useResource`). */
export function loadResource<T>(cacheKey: string, loader: () => Promise<T>): Promise<T> {
  return load(cacheKey, loader);
}

function load<T>(cacheKey: string, loader: () => Promise<T>): Promise<T> {
  const cached = cache.get(cacheKey) as Promise<T> | undefined;
  if (cached !== undefined) return cached;
  const promise = loader();
  cache.set(cacheKey, promise);
  promise.then(
    (data) => loaded.set(cacheKey, data),
    () => cache.delete(cacheKey),
  );
  return promise;
}

function initial<T>(cacheKey: string): Resource<T> {
  return loaded.has(cacheKey) ? { status: "ready", data: loaded.get(cacheKey) as T } : { status: "loading" };
}

/** Loads `loader`'s data once per `cacheKey`, shared by every page that asks; `refreshResource(cacheKey)` reloads it. */
export function useResource<T>(cacheKey: string, loader: () => Promise<T>): Resource<T> {
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<{ key: string; resource: Resource<T> }>(() => ({
    key: cacheKey,
    resource: initial<T>(cacheKey),
  }));
  const handleRetry = useCallback(() => setAttempt((n) => n + 1), []);

  useEffect(() => {
    let set = listeners.get(cacheKey);
    if (set === undefined) {
      set = new Set();
      listeners.set(cacheKey, set);
    }
    set.add(handleRetry);
    return () => {
      set.delete(handleRetry);
    };
  }, [cacheKey, handleRetry]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: the loader is derived from cacheKey; attempt forces a reload
  useEffect(() => {
    let isCurrent = true;
    if (!loaded.has(cacheKey)) setState({ key: cacheKey, resource: { status: "loading" } });
    load(cacheKey, loader).then(
      (data) => isCurrent && setState({ key: cacheKey, resource: { status: "ready", data } }),
      (error: unknown) =>
        isCurrent && setState({ key: cacheKey, resource: { status: "error", error, retry: handleRetry } }),
    );
    return () => {
      isCurrent = false;
    };
  }, [cacheKey, attempt, handleRetry]);

  return state.key === cacheKey ? state.resource : initial<T>(cacheKey);
}

export function usePlans(): Resource<PlanListItem[]> {
  return useResource("plans", () => fetchPlans());
}

export function usePlan(planKey: string): Resource<PlanDocument> {
  return useResource(`plan:${planKey}`, () => fetchPlan(planKey));
}
