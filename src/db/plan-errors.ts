/** The errors the plan store throws for a document it cannot take; the callers map them to messages. */
export class PlanExistsError extends Error {
  override readonly name = "PlanExistsError";
  constructor(readonly key: string) {
    super(`A plan with the key «${key}» exists already`);
  }
}

/** A reference inside the document that points nowhere; `checkPlanReferences` catches these first. */
export class PlanReferenceError extends Error {
  override readonly name = "PlanReferenceError";
}
