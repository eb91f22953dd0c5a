/**
 * Keys for what a StratML file names but does not key: from the name, lower-case, æ/ø/å as
 * ae/o/a, other accents dropped, everything else a single hyphen, unique within its kind.
 */
import { keyFromText } from "../domain/keys.js";
import type { XmlElement } from "./stratml-read.js";
import { readPlanId } from "./stratml-xml.js";

const MAX_KEY = 80;

export function keyFromName(name: string, fallback: string): string {
  return keyFromText(name, { maxLength: MAX_KEY }) || fallback;
}

/**
 * The keys of one kind (areas; measures and activities, which share theirs; indicators; actors).
 * Keys a file gives in Planspor identifiers are reserved before any key is made from a name, so a
 * made-up key never takes one that an element further down the file carries.
 */
export class KeyPool {
  private readonly used = new Set<string>();
  private readonly reserved = new Set<string>();

  reserve(key: string): void {
    this.reserved.add(key);
  }

  /** The given key when it is free, else one made from the name. */
  claim(given: string | null, name: string, fallback: string): string {
    if (given !== null && !this.used.has(given)) {
      this.used.add(given);
      return given;
    }
    const base = keyFromName(name, fallback);
    let key = base;
    for (let n = 2; this.used.has(key) || this.reserved.has(key); n++) key = `${base}-${n}`;
    this.used.add(key);
    return key;
  }
}

export type Pools = { area: KeyPool; measure: KeyPool; indicator: KeyPool; actor: KeyPool };

/** Pools with every Planspor key found in the file's Identifier elements reserved. */
export function poolsFor(root: XmlElement): Pools {
  const pools: Pools = { area: new KeyPool(), measure: new KeyPool(), indicator: new KeyPool(), actor: new KeyPool() };
  const visit = (e: XmlElement) => {
    if (e.name === "Identifier") {
      const id = readPlanId(e.text);
      if (id?.kind === "area") pools.area.reserve(id.key);
      if (id?.kind === "measure" || id?.kind === "activity") pools.measure.reserve(id.key);
      if (id?.kind === "indicator") pools.indicator.reserve(id.key);
    }
    const actor = e.name === "Description" ? /planspor:.*\bactor=([a-z0-9-]+)/.exec(e.text)?.[1] : undefined;
    if (actor !== undefined) pools.actor.reserve(actor);
    for (const c of e.children) visit(c);
  };
  visit(root);
  return pools;
}
