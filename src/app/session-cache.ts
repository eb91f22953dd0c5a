/**
 * Sessions kept in memory for a few seconds, so that a signed-in read does not cost two queries
 * (the session with its user, and the memberships) on every request. Kept per database, like the
 * plans' access, so that every context on one database shares them. Exact all the same: every
 * account write in this process forgets them (`users.ts`, `sessions.ts`), other instances tell
 * through the change feed (`follow-changes.ts`), and while that feed is lost nothing is kept.
 */
import type { Database } from "../db/connection.js";
import type { SessionInfo } from "./sessions.js";

/** The longest a session is trusted without reading it again (the feed makes it exact before that). */
export const SESSION_CACHE_MS = 5_000;
/** More sessions than this at once and the oldest are dropped rather than memory growing. */
const MAX_ENTRIES = 10_000;

export type CachedSession = {
  info: SessionInfo;
  createdAt: number;
  expiresAt: number;
  /** When the database last recorded the session as seen (touches update it here too). */
  lastSeenAt: number;
  /** When it was read from the database. */
  readAt: number;
};

type Cache = { entries: Map<string, CachedSession>; live: boolean };
const caches = new WeakMap<Database, Cache>();

function cacheOf(database: Database): Cache {
  let cache = caches.get(database);
  if (cache === undefined) {
    cache = { entries: new Map(), live: true };
    caches.set(database, cache);
  }
  return cache;
}

export function cachedSession(database: Database, tokenHash: string, now: number): CachedSession | undefined {
  const cache = cacheOf(database);
  const entry = cache.entries.get(tokenHash);
  if (entry === undefined) return undefined;
  if (now - entry.readAt >= SESSION_CACHE_MS) {
    cache.entries.delete(tokenHash);
    return undefined;
  }
  return entry;
}

export function keepSession(database: Database, tokenHash: string, entry: CachedSession): void {
  const cache = cacheOf(database);
  if (!cache.live) return;
  if (cache.entries.size >= MAX_ENTRIES) {
    // Maps keep insertion order: the first key is the oldest read.
    const oldest = cache.entries.keys().next();
    if (oldest.done !== true) cache.entries.delete(oldest.value);
  }
  cache.entries.set(tokenHash, entry);
}

export function forgetSessions(database: Database): void {
  cacheOf(database).entries.clear();
}

/** false while the change feed is lost: nothing is kept until it is back. */
export function setSessionsLive(database: Database, live: boolean): void {
  const cache = cacheOf(database);
  cache.live = live;
  cache.entries.clear();
}
