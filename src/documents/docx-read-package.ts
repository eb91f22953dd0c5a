/**
 * Opening a DOCX safely: it is a zip of XML parts, and a file from a user may be anything — a PDF,
 * an old binary .doc, a zip bomb, XML declaring entities. Everything is checked from the zip's
 * central directory before a single byte is inflated, and only the few parts we read are inflated.
 */
import { unzipSync } from "fflate";
import type { ImportProblem } from "./import-result.js";

/** The parts of the package the import reads, as text. */
export type DocxParts = { document: string; styles: string | null; core: string | null };

/** Limits: a real action plan's document.xml is well under a megabyte, its whole package a few. */
export const DOCX_LIMITS = {
  /** Sum of the declared uncompressed sizes of every entry. */
  totalUncompressed: 200 * 1024 * 1024,
  /** Any one XML part we inflate. */
  partUncompressed: 40 * 1024 * 1024,
  /** Compression ratio above which a large entry is taken for a bomb (XML reaches 10–30). */
  ratio: 200,
  /** Entries under this size are not judged by their ratio (tiny parts compress oddly). */
  ratioFloor: 1024 * 1024,
  entries: 5000,
} as const;

type Fail = { ok: false; problem: ImportProblem };
const fail = (code: string, message: string): Fail => ({ ok: false, problem: { code, message } });

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

function decode(bytes: Uint8Array): string {
  // Word writes UTF-8; a UTF-16 part announces itself with a byte order mark.
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  return new TextDecoder("utf-8").decode(bytes);
}

/**
 * XML with a document type declaration can define entities (billion laughs, external files); no
 * part of a DOCX needs one, so any declaration refuses the file rather than being half-handled.
 */
export function hasDtd(xml: string): boolean {
  return /<!DOCTYPE|<!ENTITY/i.test(xml);
}

/** The main document part named by the package relationships (usually `word/document.xml`). */
function mainPartName(rels: string | null): string {
  const target = rels?.match(/<Relationship\b[^>]*Type="[^"]*\/officeDocument"[^>]*>/)?.[0]?.match(/Target="([^"]+)"/);
  const name = target?.[1]?.replace(/^\//, "");
  return name ?? "word/document.xml";
}

/** Opens the package, or says why it cannot be opened, without inflating anything unsafe. */
export function readDocxPackage(bytes: Uint8Array): { ok: true; parts: DocxParts } | Fail {
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    return fail(
      "not_a_docx",
      "This is an old Word file (.doc) or an encrypted document; save it as .docx without a password",
    );
  }
  if (bytes.length < 22 || !startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    return fail("not_a_docx", "The file is not a Word document (.docx): it is not a zip package");
  }
  const entries: { name: string; size: number; originalSize: number }[] = [];
  try {
    // A first pass reads the central directory only: the filter refuses every entry.
    unzipSync(bytes, {
      filter: (f) => {
        entries.push({ name: f.name, size: f.size, originalSize: f.originalSize });
        return false;
      },
    });
  } catch {
    return fail("not_a_docx", "The file is not a Word document (.docx): its zip directory cannot be read");
  }
  if (entries.length > DOCX_LIMITS.entries) return fail("too_large", `The package holds ${entries.length} files`);
  const total = entries.reduce((sum, e) => sum + e.originalSize, 0);
  if (total > DOCX_LIMITS.totalUncompressed) {
    return fail("too_large", `The document would unpack to ${Math.round(total / 1048576)} MB; the limit is 200 MB`);
  }
  const bomb = entries.find(
    (e) => e.originalSize > DOCX_LIMITS.ratioFloor && e.originalSize > DOCX_LIMITS.ratio * Math.max(e.size, 1),
  );
  if (bomb !== undefined) {
    return fail("too_large", `The part ${bomb.name} is compressed suspiciously well (a zip bomb?); it is not opened`);
  }
  const names = new Set(entries.map((e) => e.name));
  if (!names.has("[Content_Types].xml")) {
    return fail("not_a_docx", "The file is a zip package but not a Word document (no [Content_Types].xml)");
  }

  const inflate = (wanted: ReadonlySet<string>): { ok: true; files: Record<string, string> } | Fail => {
    for (const e of entries) {
      if (wanted.has(e.name) && e.originalSize > DOCX_LIMITS.partUncompressed) {
        return fail(
          "too_large",
          `The part ${e.name} is ${Math.round(e.originalSize / 1048576)} MB; the limit is 40 MB`,
        );
      }
    }
    try {
      // fflate inflates into a buffer of the declared size, so a lying directory cannot make it grow.
      const files = unzipSync(bytes, { filter: (f) => wanted.has(f.name) });
      const out: Record<string, string> = {};
      for (const [name, data] of Object.entries(files)) out[name] = decode(data);
      return { ok: true, files: out };
    } catch {
      return fail("not_a_docx", "A part of the document cannot be unpacked (damaged or unsupported compression)");
    }
  };

  const relsPart = inflate(new Set(["_rels/.rels"]));
  if (!relsPart.ok) return relsPart;
  const rels = relsPart.files;
  const main = mainPartName(rels["_rels/.rels"] ?? null);
  const stylesName = main.replace(/[^/]*$/, "styles.xml");
  const mainParts = inflate(new Set([main, stylesName, "docProps/core.xml"]));
  if (!mainParts.ok) return mainParts;
  const files = mainParts.files;
  const document = files[main];
  if (document === undefined) return fail("not_a_docx", `The package has no main document part (${main})`);
  for (const [name, xml] of Object.entries({ ...rels, ...files })) {
    if (hasDtd(xml)) {
      return fail("unsafe_xml", `The part ${name} declares a document type or entities, which Word never writes`);
    }
  }
  return { ok: true, parts: { document, styles: files[stylesName] ?? null, core: files["docProps/core.xml"] ?? null } };
}
