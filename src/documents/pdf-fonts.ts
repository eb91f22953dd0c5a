/**
 * The one place that sets pdfmake up on the server: its fonts and its access policies, and a
 * function from a document definition to the PDF's bytes. Every PDF of ours (the plan, the status
 * report) goes through `createPdfBuffer`, so all of them embed the same fonts.
 *
 * The fonts are the Roboto TrueType files that ship inside the `pdfmake` package itself (regular,
 * italic, medium as bold, medium italic), read from disk by pdfkit and embedded as subsets: nothing
 * is fetched at run time, Roboto covers æøå and the rest of Latin-1 and Latin Extended, and the text
 * extracts right (pdfkit writes a ToUnicode map). pdfmake is a module-level singleton, so the setup
 * is done once, lazily, and is idempotent; nobody else should call `setFonts` on it.
 */
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import pdfmake from "pdfmake";
import type { TDocumentDefinitions, TFontDictionary } from "pdfmake/interfaces.js";

/** The font family name to use in document definitions (`defaultStyle: { font: PDF_FONT }`). */
export const PDF_FONT = "Roboto";

let fontDirectory: string | undefined;

/** Where pdfmake's own Roboto files lie: `<pdfmake package>/fonts/Roboto`. */
function robotoDirectory(): string {
  if (fontDirectory === undefined) {
    const require = createRequire(import.meta.url);
    fontDirectory = join(dirname(require.resolve("pdfmake/package.json")), "fonts", "Roboto");
  }
  return fontDirectory;
}

/** The font dictionary pdfmake is given: file paths, read by pdfkit when a document is made. */
export function pdfFonts(): TFontDictionary {
  const dir = robotoDirectory();
  return {
    [PDF_FONT]: {
      normal: join(dir, "Roboto-Regular.ttf"),
      bold: join(dir, "Roboto-Medium.ttf"),
      italics: join(dir, "Roboto-Italic.ttf"),
      bolditalics: join(dir, "Roboto-MediumItalic.ttf"),
    },
  };
}

let configured = false;

function configure(): void {
  if (configured) return;
  const dir = robotoDirectory();
  pdfmake.setFonts(pdfFonts());
  // A document definition built from plan data must never make the server read other files or
  // fetch URLs (an image URL in a text would be an SSRF); only our font files may be read.
  pdfmake.setLocalAccessPolicy((path: string) => path.startsWith(dir));
  pdfmake.setUrlAccessPolicy(() => false);
  configured = true;
}

/** Lays out a document definition and returns the PDF's bytes, with the fonts embedded. */
export async function createPdfBuffer(definition: TDocumentDefinitions): Promise<Buffer> {
  configure();
  const output = pdfmake.createPdf({ defaultStyle: { font: PDF_FONT }, ...definition });
  return output.getBuffer();
}
