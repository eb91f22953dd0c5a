/**
 * Keys made from what people write, wherever a key is needed and none is given: the editing forms'
 * suggestion, and the importers (spreadsheet, Word, StratML) for things a file names but does not key.
 */

/**
 * «Bedriftsbesøk i Øst» → `bedriftsbesok-i-ost`: lower case, æ → ae, ø and œ → o, å → a, other
 * accents dropped, anything else one hyphen, cut to `maxWords` words and `maxLength` characters
 * (never ending in a hyphen). Empty when nothing is left.
 */
export function keyFromText(text: string, options: { maxLength?: number; maxWords?: number } = {}): string {
  const { maxLength = 100, maxWords = Number.POSITIVE_INFINITY } = options;
  const words = text
    .toLowerCase()
    .replace(/æ/g, "ae")
    .replace(/[øœ]/g, "o")
    .replace(/å/g, "a")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== "")
    .slice(0, maxWords);
  return words.join("-").slice(0, maxLength).replace(/-+$/, "");
}
