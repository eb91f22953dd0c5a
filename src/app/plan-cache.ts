/**
 * Loaded plan documents, kept in memory with their serialized JSON, so that reading a plan does not
 * rebuild it from a dozen tables on every request (STACK.md: too slow under load on PGlite).
 * Every write through a use case invalidates the plan it touched, in this process at once and in
 * the other processes on the same database through the change feed (`db/change-feed.ts`).
 */
import { createHash } from "node:crypto";
import type { PlanDocument } from "../domain/plan-schema.js";

/** A body ready to send: the bytes and their strong ETag. */
export type SerializedBody = { readonly bytes: Buffer; readonly etag: string };

export type CachedPlan = {
  readonly plan: PlanDocument;
  /** `JSON.stringify(plan)`, made once. */
  readonly json: string;
  /** The same JSON as bytes with its ETag, for members of the plan's organization. */
  readonly full: SerializedBody;
  /** Another view of the plan (the public one, say), serialized once per view and kept with the plan. */
  view(name: string, make: (plan: PlanDocument) => unknown): SerializedBody;
};

export function serializedBody(json: string): SerializedBody {
  const bytes = Buffer.from(json, "utf8");
  const hash = createHash("sha256").update(bytes).digest("base64url").slice(0, 27);
  return { bytes, etag: `"${hash}"` };
}

function cachedPlan(plan: PlanDocument): CachedPlan {
  const json = JSON.stringify(plan);
  const views = new Map<string, SerializedBody>();
  return {
    plan,
    json,
    full: serializedBody(json),
    view(name, make) {
      let body = views.get(name);
      if (body === undefined) {
        body = serializedBody(JSON.stringify(make(plan)));
        views.set(name, body);
      }
      return body;
    },
  };
}

export class PlanCache {
  private readonly entries = new Map<string, Promise<CachedPlan | null>>();
  /** Reads answered from memory, and reads that had to load the plan: for the metrics. */
  hits = 0;
  misses = 0;
  /**
   * Whether what is kept can be trusted: false while the change feed from other instances is lost,
   * and then every read loads afresh and nothing is kept.
   */
  private live = true;

  /** The cached plan, or the result of `load` (shared by concurrent callers; failures are not kept). */
  get(key: string, load: () => Promise<PlanDocument | null>): Promise<CachedPlan | null> {
    if (!this.live) {
      this.misses++;
      return load().then((plan) => (plan === null ? null : cachedPlan(plan)));
    }
    const cached = this.entries.get(key);
    if (cached !== undefined) {
      this.hits++;
      return cached;
    }
    this.misses++;
    const loading = load().then((plan) => (plan === null ? null : cachedPlan(plan)));
    this.entries.set(key, loading);
    // Forget a missing plan or a failure, unless the entry has been replaced meanwhile.
    const forget = () => {
      if (this.entries.get(key) === loading) this.entries.delete(key);
    };
    loading.then((entry) => {
      if (entry === null) forget();
    }, forget);
    return loading;
  }

  invalidate(key: string): void {
    this.entries.delete(key);
  }

  clear(): void {
    this.entries.clear();
  }

  /** Trust the cache again (the feed is back: forget everything, something may have been missed) or stop trusting it. */
  setLive(live: boolean): void {
    this.live = live;
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}
