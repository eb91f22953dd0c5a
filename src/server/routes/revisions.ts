/**
 * Revisions of an action plan: the yearly evaluations, adopting the current revision (then it is
 * read-only), rolling it into the next draft, the revisions on a line, one revision's document and
 * what changed between two. Adopt and roll carry the whole plan's version as read
 * (`409 version_conflict` when stale).
 */
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { adoptRevision } from "../../app/adopt-revision.js";
import { compareRevisions, getRevisionDocument } from "../../app/compare-revisions.js";
import type { AppContext } from "../../app/context.js";
import { listEvaluations, putEvaluation } from "../../app/evaluate.js";
import { listRevisions } from "../../app/list-revisions.js";
import { rollRevision } from "../../app/roll-revision.js";
import { Version } from "../../domain/edit-schemas.js";
import { IsoDate, Key, PlanDocument, Revision } from "../../domain/plan-schema.js";
import {
  Evaluation,
  EvaluationTarget,
  Judgement,
  Recommendation,
  RevisionComparison,
  RevisionSummary,
  RollResult,
} from "../../domain/revision-model.js";
import { PLAN_EDIT, PLAN_READ } from "../access.js";
import { writerOf } from "../auth.js";
import { ErrorResponse } from "../schemas.js";
import { PlanParams } from "./plans.js";

const errors = { 400: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse };
const RevisionNumber = z.coerce.number().int().positive().meta({ description: "A revision's number (1, 2, …)" });
const Year = z.coerce.number().int().min(1900).max(2200).meta({ description: "The year evaluated" });

const AdoptBody = z.object({
  version: Version,
  adoptedOn: IsoDate.meta({ description: "Date of the council's decision" }),
  decisionRef: z.string().trim().max(200).nullable().default(null).meta({ description: "The case number" }),
});

const EvaluationBody = z.object({
  data: z.object({
    judgement: Judgement,
    text: z.string().max(20000).default(""),
    recommendation: Recommendation.nullable().default(null),
  }),
});

export const revisionRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    "/api/plans/:planKey/revisions",
    {
      config: { access: PLAN_READ },
      schema: {
        tags: ["revisions"],
        summary: "The plan's revisions on a line: adopted ones and the current draft, each with what changed",
        params: PlanParams,
        response: { 200: z.object({ revisions: z.array(RevisionSummary) }), 404: ErrorResponse },
      },
    },
    async (request) => ({ revisions: await listRevisions(ctx, request.params.planKey) }),
  );

  app.get(
    "/api/plans/:planKey/revisions/compare",
    {
      config: { access: PLAN_READ },
      schema: {
        tags: ["revisions"],
        summary: "What changed between two revisions, per area, measure and activity",
        params: PlanParams,
        querystring: z.object({ from: RevisionNumber, to: RevisionNumber }),
        response: { 200: RevisionComparison, 400: ErrorResponse, 404: ErrorResponse },
      },
    },
    async (request) => compareRevisions(ctx, request.params.planKey, request.query.from, request.query.to),
  );

  app.get(
    "/api/plans/:planKey/revisions/:number",
    {
      config: { access: PLAN_READ },
      schema: {
        tags: ["revisions"],
        summary: "One revision's document: as adopted (frozen), or the live plan for the current draft",
        params: PlanParams.extend({ number: RevisionNumber }),
        response: { 200: PlanDocument, 400: ErrorResponse, 404: ErrorResponse },
      },
    },
    async (request) => getRevisionDocument(ctx, request.params.planKey, request.params.number),
  );

  app.post(
    "/api/plans/:planKey/revisions/adopt",
    {
      config: { access: PLAN_EDIT },
      schema: {
        tags: ["revisions"],
        summary: "Adopt the current revision (the council's decision); it becomes read-only",
        params: PlanParams,
        body: AdoptBody,
        response: { 200: z.object({ version: Version, revision: Revision }), ...errors },
      },
    },
    async (request) => adoptRevision(ctx, request.params.planKey, request.body, writerOf(request)),
  );

  app.post(
    "/api/plans/:planKey/revisions/roll",
    {
      config: { access: PLAN_EDIT },
      schema: {
        tags: ["revisions"],
        summary: "Roll the adopted revision into the next one (a draft) with the year's evaluations",
        params: PlanParams,
        body: z.object({ version: Version, year: Year }),
        response: { 200: RollResult.extend({ version: Version }), ...errors },
      },
    },
    async (request) => rollRevision(ctx, request.params.planKey, request.body, writerOf(request)),
  );

  app.get(
    "/api/plans/:planKey/evaluations",
    {
      config: { access: PLAN_READ },
      schema: {
        tags: ["revisions"],
        summary: "The evaluations of the plan's measures and areas for a year",
        params: PlanParams,
        querystring: z.object({ year: Year }),
        response: { 200: z.object({ evaluations: z.array(Evaluation) }), 400: ErrorResponse, 404: ErrorResponse },
      },
    },
    async (request) => ({ evaluations: await listEvaluations(ctx, request.params.planKey, request.query.year) }),
  );

  app.put(
    "/api/plans/:planKey/evaluations/:year/:targetType/:targetKey",
    {
      config: { access: PLAN_EDIT },
      schema: {
        tags: ["revisions"],
        summary: "Put the year's evaluation of a measure or an area (last write wins; the history keeps the old one)",
        params: PlanParams.extend({ year: Year, targetType: EvaluationTarget.shape.type, targetKey: Key }),
        body: EvaluationBody,
        response: { 200: z.object({ data: Evaluation }), ...errors },
      },
    },
    async (request) => {
      const { planKey, year, targetType, targetKey } = request.params;
      const target = { type: targetType, key: targetKey };
      const writer = writerOf(request);
      return { data: await putEvaluation(ctx, planKey, year, target, request.body.data, writer) };
    },
  );
};
