/**
 * The version of a part of a plan, for optimistic locking: a hash of its content. A client sends
 * back the version of what it read; the server recomputes the version of what is there now and
 * refuses the write when they differ. Being a function of the content alone, the web and the
 * server compute the same version from the same data, and nothing needs storing or bumping.
 *
 * The hash is 64-bit FNV-1a over canonical JSON (keys sorted, so key order does not matter).
 * It guards against lost updates between people, not against an adversary.
 */

/** JSON with object keys sorted at every level; `undefined` members are left out as JSON.stringify does. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "null";
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? "null" : canonicalJson(v))).join(",")}]`;
  const entries = Object.entries(value)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
}

const FNV_OFFSET = 0xcbf29ce484222325n;
const FNV_PRIME = 0x100000001b3n;
const MASK = 0xffffffffffffffffn;

/** A 16-hex-digit version of any JSON value; equal content gives an equal version. */
export function versionOf(value: unknown): string {
  const text = canonicalJson(value);
  let hash = FNV_OFFSET;
  for (let i = 0; i < text.length; i++) {
    // UTF-16 code units, two bytes each, so that every character counts.
    const unit = text.charCodeAt(i);
    hash = ((hash ^ BigInt(unit & 0xff)) * FNV_PRIME) & MASK;
    hash = ((hash ^ BigInt(unit >> 8)) * FNV_PRIME) & MASK;
  }
  return hash.toString(16).padStart(16, "0");
}
