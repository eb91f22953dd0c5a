import type { Locale } from "../domain/format.js";

/** What every document needs besides its data: the language of the words around the plan's own. */
export type DocumentOptions = {
  locale: Locale;
  /** When the document is made (YYYY-MM-DD), printed in its header or footer; the domain reads no clock. */
  madeOn: string;
};
