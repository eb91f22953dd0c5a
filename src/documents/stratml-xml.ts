/**
 * Shared pieces of the StratML export and import: the namespaces, a small XML writer, the
 * Planspor identifiers and the «planspor:» line that carries keys and kinds.
 *
 * StratML has no place for most of Planspor's keys and enumerations. Where it has an `Identifier`
 * (an `xsd:ID`: unique in the document, starting with a letter) we put the key there, prefixed by
 * what it names (`area.industri`, `measure.industri-bedriftsbesok`) so that keys of different
 * things never collide. Where it has none (stakeholders, results) or for kinds and numbers, the
 * last line of a `Description` or `OtherInformation` reads `planspor: kind=focus_area; …`. Only
 * keys, enumerations, numbers and references go there: the texts live in StratML's own elements,
 * so that other tools see the plan, and we do not hide a second format inside the first.
 */

export const PART1_NAMESPACE = "urn:ISO:std:iso:17469:tech:xsd:stratml_core";
export const PART2_NAMESPACE = "urn:ISO:std:iso:17469:tech:xsd:PerformancePlanOrReport";

/** An element to write: children that are null, undefined or false are left out. */
export type XmlNode = {
  name: string;
  attrs?: Record<string, string>;
  text?: string;
  children?: ReadonlyArray<XmlNode | null | undefined | false>;
};

export function el(name: string, content?: string | ReadonlyArray<XmlNode | null | undefined | false>): XmlNode {
  if (content === undefined) return { name };
  return typeof content === "string" ? { name, text: content } : { name, children: content };
}

/** An element only when it has text: optional StratML elements are left out rather than empty. */
export function optional(name: string, text: string | null | undefined): XmlNode | null {
  return text === null || text === undefined || text === "" ? null : el(name, text);
}

// XML 1.0 cannot hold some characters at all, not even as character references (most control
// characters, lone surrogates, U+FFFE/U+FFFF); a plan text with one (pasted from elsewhere) loses
// it rather than making the whole file unreadable.
function xmlCharacters(text: string): string {
  let out = "";
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    if (
      c === 0x9 ||
      c === 0xa ||
      c === 0xd ||
      (c >= 0x20 && c <= 0xd7ff) ||
      (c >= 0xe000 && c <= 0xfffd) ||
      c > 0xffff
    ) {
      out += ch;
    }
  }
  return out;
}

/** Text as element content: `\r` as a reference, since a parser would otherwise turn it into `\n`. */
export function escapeText(text: string): string {
  return xmlCharacters(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\r/g, "&#13;");
}

function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, "&quot;").replace(/\n/g, "&#10;").replace(/\t/g, "&#9;");
}

function render(node: XmlNode, indent: string, out: string[]): void {
  const attrs = Object.entries(node.attrs ?? {})
    .map(([k, v]) => ` ${k}="${escapeAttribute(v)}"`)
    .join("");
  const children = (node.children ?? []).filter((c): c is XmlNode => c !== null && c !== undefined && c !== false);
  if (children.length === 0) {
    const text = node.text ?? "";
    out.push(`${indent}<${node.name}${attrs}>${escapeText(text)}</${node.name}>`);
    return;
  }
  out.push(`${indent}<${node.name}${attrs}>`);
  for (const child of children) render(child, `${indent}  `, out);
  out.push(`${indent}</${node.name}>`);
}

/** A whole document, UTF-8, indented by two spaces (text content is never indented, so never changed). */
export function xmlDocument(root: XmlNode): string {
  const out = ['<?xml version="1.0" encoding="UTF-8"?>'];
  render(root, "", out);
  return `${out.join("\n")}\n`;
}

/** The kinds of thing a Planspor identifier names. */
export type IdKind = "org" | "strategicplan" | "area" | "subgoal" | "strategy" | "measure" | "activity" | "indicator";

export function planId(kind: IdKind, ...parts: Array<string | number>): string {
  return [kind, ...parts].join(".");
}

const KEY = "[a-z0-9]+(?:-[a-z0-9]+)*";
const ID_PATTERN = new RegExp(
  `^(org|strategicplan|area|subgoal|strategy|measure|activity|indicator)\\.(${KEY})(?:\\.([1-9][0-9]*))?$`,
);

/** A Planspor identifier taken apart, or null for anyone else's identifier. */
export function readPlanId(id: string | null): { kind: IdKind; key: string; number: number | null } | null {
  if (id === null) return null;
  const match = ID_PATTERN.exec(id.trim());
  if (match === null) return null;
  return { kind: match[1] as IdKind, key: match[2] ?? "", number: match[3] === undefined ? null : Number(match[3]) };
}

const META_PREFIX = "planspor:";

/** Keys, kinds and numbers as the last line of a text: `planspor: kind=count; baseline=3`. */
export function withMeta(text: string | null, meta: Record<string, string | number | null | undefined>): string {
  const pairs = Object.entries(meta)
    .filter((e): e is [string, string | number] => e[1] !== null && e[1] !== undefined)
    .map(([k, v]) => `${k}=${encodeURIComponent(String(v))}`);
  // The line is written even when empty, so that a text whose own last line starts with
  // «planspor:» is never taken for ours.
  const line = `${META_PREFIX} ${pairs.join("; ")}`.trimEnd();
  return text === null || text === "" ? line : `${text}\n${line}`;
}

/** A text's own words and its «planspor:» line, if it has one. */
export function splitMeta(text: string | null): { text: string | null; meta: Map<string, string> } {
  const meta = new Map<string, string>();
  if (text === null) return { text: null, meta };
  const lines = text.split("\n");
  const last = lines.at(-1)?.trim() ?? "";
  if (!last.startsWith(META_PREFIX)) return { text: text.trim() === "" ? null : text, meta };
  for (const pair of last.slice(META_PREFIX.length).split(";")) {
    const at = pair.indexOf("=");
    if (at <= 0) continue;
    try {
      meta.set(pair.slice(0, at).trim(), decodeURIComponent(pair.slice(at + 1).trim()));
    } catch {
      // A malformed escape in someone's hand-edited file: that one value is not understood.
    }
  }
  const rest = lines.slice(0, -1).join("\n");
  return { text: rest.trim() === "" ? null : rest, meta };
}

/** A number as `xsd:decimal`, which has no exponent: 1e21 as 1000000000000000000000. */
export function decimal(n: number): string {
  const s = String(n);
  const match = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(s);
  if (match === null) return s;
  const [, sign, head, tail = "", exp] = match;
  const digits = `${head}${tail}`;
  const point = 1 + Number(exp);
  if (point <= 0) return `${sign}0.${"0".repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${"0".repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}
