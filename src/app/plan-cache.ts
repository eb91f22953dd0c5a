/**
 * Loaded plan documents, kept in memory with their serialized JSON, so that reading a plan does not
 * rebuild it from a dozen tables on every request (STACK.md: too slow under load on PGlite).
 * Every write through a use case invalidates the plan it touched.
 */
import type { PlanDocument } from "../domain/plan-schema.js";

export type CachedPlan = {
  readonly plan: PlanDocument;
  /** `JSON.stringify(plan)`, made once. */
  readonly json: string;
};

export class PlanCache {
  private readonly entries = new Map<string, Promise<CachedPlan | null>>();

  /** The cached plan, or the result of `load` (shared by concurrent callers; failures are not kept). */
  get(key: string, load: () => Promise<PlanDocument | null>): Promise<CachedPlan | null> {
    const cached = this.entries.get(key);
    if (cached !== undefined) return cached;
    const loading = load().then((plan) => (plan === null ? null : { plan, json: JSON.stringify(plan) }));
    this.entries.set(key, loading);
    loading.then(
      (entry) => {
        if (entry === null) this.entries.delete(key);
      },
      () => this.entries.delete(key),
    );
    return loading;
  }

  invalidate(key: string): void {
    this.entries.delete(key);
  }

  clear(): void {
    this.entries.clear();
  }
}
