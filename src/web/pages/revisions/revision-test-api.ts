/**
 * The fixture's API with the revision routes, for the revisions pages' tests: revision 1 adopted
 * (a frozen copy that differs from today's plan), revision 2 the fixture plan as a draft. The
 * comparison is the real `compareRevisions` of the two; adopting makes revision 2 adopted.
 */
import { compareRevisions } from "../../../domain/compare-revisions.js";
import type { Measure, PlanDocument } from "../../../domain/plan-schema.js";
import { fixturePlan } from "../../../domain/test-fixtures.js";
import { versionOf } from "../../../domain/versions.js";
import { type ApiHandler, type ApiRequest, fixtureApi, PLAN } from "../../test/render-app.js";
import type { RevisionSummary } from "./revisions-api.js";

/** Revision 1: «Bedriftsbesøk» had another title, strategies and owner, «Gårdsbesøk» was not there yet, and «Gammelt tiltak» was. */
export function firstRevision(plan: PlanDocument): PlanDocument {
  const rev1 = structuredClone(plan);
  rev1.actionPlan.revision = { number: 1, adoptedOn: "2023-06-15", decisionRef: "PS 40/23" };
  const industri = rev1.focusAreas[0];
  if (industri === undefined) throw new Error("The fixture has no area");
  const visit = industri.measures[0] as Measure;
  visit.title = "Besøk hos bedrifter";
  visit.strategyNumbers = [1];
  visit.responsibility = { text: "Landbruk alene", responsibleActorKeys: ["landbruk"], partnerActorKeys: [] };
  industri.measures = industri.measures.filter((m) => m.key !== "industri-gardsbesok");
  industri.measures.push({
    ...structuredClone(industri.measures[1] as Measure),
    key: "gammelt-tiltak",
    title: "Gammelt tiltak",
  });
  return rev1;
}

export type RevisionsApi = {
  handler: ApiHandler;
  /** The writes made: method, path and body. */
  writes: Array<{ method: string; path: string; body: unknown }>;
  version: string;
};

export function revisionsApi(options: { adoptRefusal?: { status: number; code: string } } = {}): RevisionsApi {
  let plan = fixturePlan();
  const rev1 = firstRevision(plan);
  const version = versionOf(plan);
  let adopted = false;
  const writes: RevisionsApi["writes"] = [];
  const summaries = (): RevisionSummary[] => [
    {
      number: 1,
      status: "adopted",
      adoptedOn: "2023-06-15",
      decisionRef: "PS 40/23",
      adoptedAt: "2023-06-16T08:00:00Z",
      changes: null,
    },
    {
      number: 2,
      status: adopted ? "adopted" : "draft",
      adoptedOn: plan.actionPlan.revision.adoptedOn,
      decisionRef: plan.actionPlan.revision.decisionRef,
      adoptedAt: adopted ? "2025-03-13T08:00:00Z" : null,
      changes: compareRevisions(rev1, plan).counts,
    },
  ];
  const base = `/api/plans/${PLAN}`;
  const handler: ApiHandler = (path: string, request: ApiRequest) => {
    if (request.method !== "GET") writes.push({ method: request.method, path, body: request.body });
    if (path === base) return { status: 200, body: plan };
    if (path === `${base}/revisions`) return { status: 200, body: { revisions: summaries() } };
    if (path === `${base}/revisions/compare`) {
      const doc = (n: string | null) => (n === "1" ? rev1 : plan);
      return { status: 200, body: compareRevisions(doc(request.search.get("from")), doc(request.search.get("to"))) };
    }
    if (path === `${base}/revisions/1`) return { status: 200, body: rev1 };
    if (path === `${base}/revisions/2`) return { status: 200, body: plan };
    if (path === `${base}/revisions/adopt` && request.method === "POST") {
      if (options.adoptRefusal) {
        const { status, code } = options.adoptRefusal;
        return { status, body: { error: { code, message: `refused: ${code}` } } };
      }
      const body = request.body as { adoptedOn: string; decisionRef: string | null };
      plan = structuredClone(plan);
      plan.actionPlan.revision = { number: 2, adoptedOn: body.adoptedOn, decisionRef: body.decisionRef };
      adopted = true;
      return { status: 200, body: { version: versionOf(plan), revision: plan.actionPlan.revision } };
    }
    return fixtureApi(path, request);
  };
  return { handler, writes, version };
}
