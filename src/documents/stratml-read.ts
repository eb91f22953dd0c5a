/**
 * Reading a StratML file into a small element tree: bytes to text, a refusal of any DOCTYPE
 * (so no entity, internal or external, is ever expanded), a well-formedness check, and elements
 * by local name, so that `stratml:Goal`, `sp:Goal` and an unprefixed `Goal` under a default
 * namespace all read the same.
 */
import { XMLParser, XMLValidator } from "fast-xml-parser";
import type { ImportProblem } from "./import-result.js";

/** An element: its local name, attributes, child elements, its own text, and where it is in the file. */
export type XmlElement = {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
  path: string;
};

const MAX_BYTES = 20 * 1024 * 1024;

/** The file's text in the encoding it declares (UTF-8 unless it says otherwise). */
function decode(bytes: Uint8Array): string | ImportProblem {
  if (bytes.length > MAX_BYTES) return { code: "too_large", message: "The file is larger than 20 MB" };
  // Some Windows tools write UTF-16 with a byte order mark; the BOM decides over any declaration.
  const bom =
    bytes[0] === 0xff && bytes[1] === 0xfe ? "utf-16le" : bytes[0] === 0xfe && bytes[1] === 0xff ? "utf-16be" : null;
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 200));
  const declared = bom ?? /^(?:\uFEFF|ï»¿)?<\?xml[^>]*encoding=["']([A-Za-z0-9._-]+)["']/.exec(head)?.[1] ?? "utf-8";
  try {
    return new TextDecoder(declared.toLowerCase(), { fatal: true }).decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    return { code: "not_xml", message: `The file is not readable text in its encoding (${declared})` };
  }
}

/** Where the root element starts, after the XML declaration, comments and processing instructions. */
function prologEnd(text: string): number {
  let at = 0;
  for (;;) {
    while (at < text.length && /\s/.test(text.charAt(at))) at++;
    if (text.startsWith("<?", at)) at = skipTo(text, "?>", at);
    else if (text.startsWith("<!--", at)) at = skipTo(text, "-->", at);
    else return at;
  }
}

function skipTo(text: string, end: string, from: number): number {
  const found = text.indexOf(end, from);
  return found < 0 ? text.length : found + end.length;
}

const ENTITY = /&(?:#x([0-9a-fA-F]+)|#([0-9]+)|(amp|lt|gt|quot|apos));/g;
const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** The five predefined entities and character references; nothing else can occur once a DOCTYPE is refused. */
function decodeEntities(raw: string): string {
  return raw.replace(ENTITY, (_, hex: string | undefined, dec: string | undefined, named: string | undefined) => {
    if (named !== undefined) return NAMED[named] ?? "";
    const code = hex !== undefined ? Number.parseInt(hex, 16) : Number(dec);
    return code <= 0x10ffff ? String.fromCodePoint(code) : "";
  });
}

type Ordered = Record<string, unknown>;

function toElement(name: string, node: Ordered, path: string): XmlElement {
  const rawAttrs = (node[":@"] ?? {}) as Record<string, string>;
  const attrs = Object.fromEntries(Object.entries(rawAttrs).map(([k, v]) => [k, decodeEntities(String(v))]));
  const children: XmlElement[] = [];
  const counts = new Map<string, number>();
  let text = "";
  for (const child of (node[name] ?? []) as Ordered[]) {
    if ("#text" in child) text += decodeEntities(String(child["#text"]));
    else if ("#cdata" in child) {
      for (const part of child["#cdata"] as Ordered[]) text += String(part["#text"] ?? "");
    } else {
      const childName = Object.keys(child).find((k) => k !== ":@");
      if (childName === undefined) continue;
      const n = (counts.get(childName) ?? 0) + 1;
      counts.set(childName, n);
      children.push(toElement(childName, child, `${path}/${childName}[${n}]`));
    }
  }
  return { name, attrs, children, text, path };
}

/** The root element, or the problem that stops the file from being read at all. */
export function readXml(bytes: Uint8Array): XmlElement | ImportProblem {
  const decoded = decode(bytes);
  if (typeof decoded !== "string") return decoded;
  // The XML spec has parsers turn every line break into \n before anything else; a `&#13;` stays.
  const text = decoded.replace(/\r\n?/g, "\n");
  const start = prologEnd(text);
  if (/^<!DOCTYPE/i.test(text.slice(start, start + 9)) || /<!ENTITY/i.test(text)) {
    return {
      code: "doctype_refused",
      message:
        "The file declares a DOCTYPE or entities; StratML needs neither, and they are refused so that no entity (and no external file) is ever read. Remove the DOCTYPE and import again.",
      path: "/",
    };
  }
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    return {
      code: "not_xml",
      message: `The file is not well-formed XML: ${valid.err.msg} (line ${valid.err.line}, column ${valid.err.col})`,
      row: valid.err.line,
    };
  }
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: "",
    removeNSPrefix: true,
    trimValues: false,
    parseTagValue: false,
    parseAttributeValue: false,
    processEntities: false,
    ignoreDeclaration: true,
    ignorePiTags: true,
    cdataPropName: "#cdata",
  });
  let nodes: Ordered[];
  try {
    nodes = parser.parse(text) as Ordered[];
  } catch (error) {
    // The validator let it through but the parser did not: still the file's fault, not ours.
    return { code: "not_xml", message: `The file is not readable XML: ${(error as Error).message}` };
  }
  const root = nodes.find((n) => Object.keys(n).some((k) => k !== ":@" && !k.startsWith("#")));
  const name = root === undefined ? undefined : Object.keys(root).find((k) => k !== ":@");
  if (root === undefined || name === undefined) return { code: "not_xml", message: "The file has no root element" };
  return toElement(name, root, `/${name}`);
}

/**
 * Walks a tree and notes what it did not understand: every child element a reader does not ask
 * for (through `take`/`all`) is listed as skipped when the reader calls `done`.
 */
export class ElementReader {
  readonly skipped: string[] = [];
  private readonly seen = new Set<XmlElement>();

  /** The first child of that name (further ones are listed as skipped). */
  take(parent: XmlElement, name: string): XmlElement | null {
    const found = parent.children.find((c) => c.name === name) ?? null;
    if (found !== null) this.seen.add(found);
    return found;
  }

  /** All children of that name. */
  all(parent: XmlElement, name: string): XmlElement[] {
    const found = parent.children.filter((c) => c.name === name);
    for (const f of found) this.seen.add(f);
    return found;
  }

  /** The trimmed text of the first child of that name; null when absent or empty. */
  text(parent: XmlElement, name: string): string | null {
    const found = this.take(parent, name);
    if (found === null) return null;
    const value = found.text.trim();
    return value === "" ? null : value;
  }

  /** The untrimmed text of the first child of that name, for values whose spaces matter; null when blank. */
  raw(parent: XmlElement, name: string): string | null {
    const found = this.take(parent, name);
    return found === null || found.text.trim() === "" ? null : found.text;
  }

  /** Notes that an element was read but something in it was left out. */
  skip(element: XmlElement, why: string): void {
    this.seen.add(element);
    this.skipped.push(`${element.path}: ${why}`);
  }

  /** Lists the children of `parent` nobody asked for. */
  done(parent: XmlElement): void {
    for (const child of parent.children) {
      if (!this.seen.has(child)) {
        this.seen.add(child);
        this.skipped.push(`${child.path}: element <${child.name}> is not understood and was skipped`);
      }
    }
  }
}
