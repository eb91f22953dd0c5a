import type { Locale } from "../domain/format.js";
import type { ComparedRevisions } from "./revision-changes-content.js";

/** What every document needs besides its data: the language of the words around the plan's own. */
export type DocumentOptions = {
  locale: Locale;
  /** When the document is made (YYYY-MM-DD), printed in its header or footer; the domain reads no clock. */
  madeOn: string;
  /**
   * The action plan document only: the comparison with the revision before, for the section that
   * tells the council what changed; absent for a first revision (or a document of one area).
   */
  changesSince?: ComparedRevisions;
};
