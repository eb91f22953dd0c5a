/**
 * Loaded plan documents, kept in memory with their serialized JSON, so that reading a plan does not
 * rebuild it from a dozen tables on every request (STACK.md: too slow under load on PGlite).
 *
 * Each entry carries the version of the plan's row it was read at (every write raises it). A write
 * through a use case replaces the entry with the plan it wrote (a report) or forgets it (any other
 * write); other instances on the same PostgreSQL are told by the change feed (`follow-changes.ts`),
 * with the new version, and forget what is older.
 */
import { createHash } from "node:crypto";
import type { VersionedPlan } from "../db/load-plan.js";
import type { PlanDocument } from "../domain/plan-schema.js";

/** A body ready to send: the bytes and their strong ETag. */
export type SerializedBody = { readonly bytes: Buffer; readonly etag: string };

export type CachedPlan = {
  readonly plan: PlanDocument;
  /** The version of the plan's row this is. */
  readonly version: number;
  /** `JSON.stringify(plan)`, made once, when first asked for. */
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

/** Serialized lazily: a writer that reads the plan only to check a report never pays for it. */
function cachedPlan({ plan, version }: VersionedPlan): CachedPlan {
  let json: string | undefined;
  let full: SerializedBody | undefined;
  const views = new Map<string, SerializedBody>();
  return {
    plan,
    version,
    get json() {
      json ??= JSON.stringify(plan);
      return json;
    },
    get full() {
      full ??= serializedBody(this.json);
      return full;
    },
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

/**
 * How many plans are kept at most, the least recently read dropped first: an installation with
 * every municipality's plans would otherwise keep them all (about 1 MB each with their JSON).
 */
export const DEFAULT_PLAN_CACHE_SIZE = 100;

export class PlanCache {
  /** In order of use: the first is the least recently read. */
  private readonly entries = new Map<string, Promise<CachedPlan | null>>();
  /** The entries whose load has finished, for `peek` and the version checks. */
  private readonly settled = new Map<string, CachedPlan>();
  /** Reads answered from memory, and reads that had to load the plan: for the metrics. */
  hits = 0;
  misses = 0;
  /**
   * Whether what is kept can be trusted: false while the change feed from other instances is lost,
   * and then every read loads afresh and nothing is kept.
   */
  private live = true;

  constructor(private readonly maxEntries: number = DEFAULT_PLAN_CACHE_SIZE) {}

  /** The cached plan, or the result of `load` (shared by concurrent callers; failures are not kept). */
  get(key: string, load: () => Promise<VersionedPlan | null>): Promise<CachedPlan | null> {
    if (!this.live) {
      this.misses++;
      return load().then((loaded) => (loaded === null ? null : cachedPlan(loaded)));
    }
    const cached = this.entries.get(key);
    if (cached !== undefined) {
      this.hits++;
      // Most recently used last.
      this.entries.delete(key);
      this.entries.set(key, cached);
      return cached;
    }
    this.misses++;
    const loading = load().then((loaded) => (loaded === null ? null : cachedPlan(loaded)));
    this.setEntry(key, loading);
    // Keep what was loaded unless the entry has been replaced or forgotten meanwhile; forget a
    // missing plan or a failure.
    loading.then(
      (entry) => {
        if (this.entries.get(key) !== loading) return;
        if (entry === null) this.entries.delete(key);
        else this.settled.set(key, entry);
      },
      () => {
        if (this.entries.get(key) === loading) this.entries.delete(key);
      },
    );
    return loading;
  }

  /** The plan as loaded, if it is here and loaded (no waiting, no counting). */
  peek(key: string): CachedPlan | undefined {
    return this.live ? this.settled.get(key) : undefined;
  }

  /** Keeps a plan just written at `version`, unless a newer one is here already. */
  put(key: string, loaded: VersionedPlan): void {
    if (!this.live) return;
    const current = this.settled.get(key);
    if (current !== undefined && current.version >= loaded.version) return;
    const entry = cachedPlan(loaded);
    this.setEntry(key, Promise.resolve(entry));
    this.settled.set(key, entry);
  }

  private setEntry(key: string, entry: Promise<CachedPlan | null>): void {
    this.entries.delete(key);
    this.entries.set(key, entry);
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next();
      if (oldest.done === true) break;
      this.entries.delete(oldest.value);
      this.settled.delete(oldest.value);
    }
  }

  /** Forgets the plan; given the version a change made, only if what is here is older. */
  invalidate(key: string, version: number | null = null): void {
    const current = this.settled.get(key);
    if (version !== null && current !== undefined && current.version >= version) return;
    this.entries.delete(key);
    this.settled.delete(key);
  }

  clear(): void {
    this.entries.clear();
    this.settled.clear();
  }

  /** Trust the cache again (the feed is back: forget everything, something may have been missed) or stop trusting it. */
  setLive(live: boolean): void {
    this.live = live;
    this.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}
