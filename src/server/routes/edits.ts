/**
 * Writing the plan: create, change, delete and reorder areas, measures, actors, funding sources,
 * flagships and related plans, and change the plan's settings. Every write but a create carries
 * the version it read (`409 version_conflict` with the current data when it is stale); a removal
 * that others point to is refused (`409 has_references`, listing them) unless `confirm` is set.
 */
import type { FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppContext } from "../../app/context.js";
import { editPlan } from "../../app/edit-plan.js";
import {
  AreaFieldsInput,
  createBody,
  OrderBody,
  PlanSettingsInput,
  Version,
  writeBody,
} from "../../domain/edit-schemas.js";
import type { PlanEdit, SimpleCollection } from "../../domain/plan-edits.js";
import { Actor, Flagship, FundingSource, Key, Measure, RelatedPlan } from "../../domain/plan-schema.js";
import { PLAN_EDIT } from "../access.js";
import { writerOf } from "../auth.js";
import { ErrorResponse } from "../schemas.js";
import { PlanParams } from "./plans.js";

const written = <T extends z.ZodType>(data: T) => z.object({ version: Version, data });
const errors = { 400: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse };

const DeleteQuery = z.object({
  version: Version,
  confirm: z
    .enum(["true", "false"])
    .default("false")
    .transform((v) => v === "true")
    .meta({ description: "Remove what points to the thing as well." }),
});

/** The lists edited one item at a time, by their address and their schema. */
const SIMPLE: Array<{ collection: SimpleCollection; segment: string; schema: z.ZodType; what: string }> = [
  { collection: "actors", segment: "actors", schema: Actor, what: "an actor (unit, political body or partner)" },
  { collection: "fundingSources", segment: "funding-sources", schema: FundingSource, what: "a funding source" },
  { collection: "flagships", segment: "flagships", schema: Flagship, what: "a flagship project" },
  { collection: "relatedPlans", segment: "related-plans", schema: RelatedPlan, what: "a related plan" },
];

const ORDERABLE = z.enum(["areas", "measures", "actors", "fundingSources", "flagships", "relatedPlans"]);

export const editRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  /**
   * The written data is typed per route by its response schema, which the serializer checks on
   * the way out; `never` lets the one shared result stand for each of them.
   */
  const run = async (
    planKey: string,
    edit: PlanEdit,
    version: string | null,
    confirm: boolean,
    request: FastifyRequest,
  ) =>
    (await editPlan(ctx, planKey, edit, { version, confirm }, writerOf(request))) as {
      version: string;
      data: never;
    };

  app.put(
    "/api/plans/:planKey/settings",
    {
      config: { access: PLAN_EDIT },
      schema: {
        tags: ["editing"],
        summary: "Change the plan's settings: title, period, introductions, level names, reporting calendar",
        params: PlanParams,
        body: writeBody(PlanSettingsInput),
        response: { 200: written(PlanSettingsInput), ...errors },
      },
    },
    async (request) => {
      const { version, data, confirm } = request.body;
      return run(request.params.planKey, { op: "updateSettings", data }, version, confirm, request);
    },
  );

  // Areas.
  const AreaParams = PlanParams.extend({ areaKey: Key });
  app.post(
    "/api/plans/:planKey/areas",
    {
      config: { access: PLAN_EDIT },
      schema: {
        tags: ["editing"],
        summary: "Add an area (focus area or strategic move) with its goals and strategies",
        params: PlanParams,
        body: createBody(AreaFieldsInput),
        response: { 201: written(AreaFieldsInput), ...errors },
      },
    },
    async (request, reply) => {
      const { data, position } = request.body;
      const edit: PlanEdit = { op: "create", collection: "areas", data, position };
      reply.code(201);
      return run(request.params.planKey, edit, null, false, request);
    },
  );
  app.put(
    "/api/plans/:planKey/areas/:areaKey",
    {
      config: { access: PLAN_EDIT },
      schema: {
        tags: ["editing"],
        summary: "Change an area: kind, number, title, main goal, sub-goals and strategies",
        params: AreaParams,
        body: writeBody(AreaFieldsInput),
        response: { 200: written(AreaFieldsInput), ...errors },
      },
    },
    async (request) => {
      const { version, data, confirm } = request.body;
      const edit: PlanEdit = { op: "update", collection: "areas", key: request.params.areaKey, data };
      return run(request.params.planKey, edit, version, confirm, request);
    },
  );
  app.post(
    "/api/plans/:planKey/areas/:areaKey/measures",
    {
      config: { access: PLAN_EDIT },
      schema: {
        tags: ["editing"],
        summary: "Add a measure to an area, with its activities, indicators and funding",
        params: AreaParams,
        body: createBody(Measure),
        response: { 201: written(Measure), ...errors },
      },
    },
    async (request, reply) => {
      const { data, position } = request.body;
      const edit: PlanEdit = { op: "create", collection: "measures", areaKey: request.params.areaKey, data, position };
      reply.code(201);
      return run(request.params.planKey, edit, null, false, request);
    },
  );
  app.put(
    "/api/plans/:planKey/measures/:measureKey",
    {
      config: { access: PLAN_EDIT },
      schema: {
        tags: ["editing"],
        summary: "Change a measure with its activities, indicators and funding; `areaKey` moves it",
        params: PlanParams.extend({ measureKey: Key }),
        body: writeBody(Measure).extend({
          areaKey: Key.optional().meta({ description: "Move the measure to the end of this area." }),
        }),
        response: { 200: written(Measure), ...errors },
      },
    },
    async (request) => {
      const { version, data, confirm, areaKey } = request.body;
      const edit: PlanEdit = { op: "update", collection: "measures", key: request.params.measureKey, data, areaKey };
      return run(request.params.planKey, edit, version, confirm, request);
    },
  );

  const deleteSchema = <P extends z.ZodObject>(what: string, params: P) => ({
    tags: ["editing"],
    summary: `Delete ${what}`,
    params,
    querystring: DeleteQuery,
    response: { 204: z.null(), ...errors },
  });
  app.delete(
    "/api/plans/:planKey/areas/:areaKey",
    { config: { access: PLAN_EDIT }, schema: deleteSchema("an area with its measures", AreaParams) },
    async (request, reply) => {
      await editPlan(
        ctx,
        request.params.planKey,
        { op: "delete", collection: "areas", key: request.params.areaKey },
        request.query,
        writerOf(request),
      );
      return reply.code(204).send(null);
    },
  );
  app.delete(
    "/api/plans/:planKey/measures/:measureKey",
    {
      config: { access: PLAN_EDIT },
      schema: deleteSchema("a measure with its activities and reports", PlanParams.extend({ measureKey: Key })),
    },
    async (request, reply) => {
      await editPlan(
        ctx,
        request.params.planKey,
        { op: "delete", collection: "measures", key: request.params.measureKey },
        request.query,
        writerOf(request),
      );
      return reply.code(204).send(null);
    },
  );

  for (const { collection, segment, schema, what } of SIMPLE) {
    app.post(
      `/api/plans/:planKey/${segment}`,
      {
        config: { access: PLAN_EDIT },
        schema: {
          tags: ["editing"],
          summary: `Add ${what}`,
          params: PlanParams,
          body: createBody(schema),
          response: { 201: written(schema), ...errors },
        },
      },
      async (request, reply) => {
        const { data, position } = request.body;
        // The body was checked against this collection's schema just above.
        const edit = { op: "create", collection, data, position } as PlanEdit;
        reply.code(201);
        return run(request.params.planKey, edit, null, false, request);
      },
    );
    app.put(
      `/api/plans/:planKey/${segment}/:key`,
      {
        config: { access: PLAN_EDIT },
        schema: {
          tags: ["editing"],
          summary: `Change ${what}`,
          params: PlanParams.extend({ key: Key }),
          body: writeBody(schema),
          response: { 200: written(schema), ...errors },
        },
      },
      async (request) => {
        const { version, data, confirm } = request.body;
        // As above: the data is of this collection's schema.
        const edit = { op: "update", collection, key: request.params.key, data } as PlanEdit;
        return run(request.params.planKey, edit, version, confirm, request);
      },
    );
    app.delete(
      `/api/plans/:planKey/${segment}/:key`,
      { config: { access: PLAN_EDIT }, schema: deleteSchema(what, PlanParams.extend({ key: Key })) },
      async (request, reply) => {
        await editPlan(
          ctx,
          request.params.planKey,
          { op: "delete", collection, key: request.params.key },
          request.query,
          writerOf(request),
        );
        return reply.code(204).send(null);
      },
    );
  }

  app.put(
    "/api/plans/:planKey/order/:collection",
    {
      config: { access: PLAN_EDIT },
      schema: {
        tags: ["editing"],
        summary: "Put a list in a new order (the measures of one area when `areaKey` is given)",
        params: PlanParams.extend({ collection: ORDERABLE }),
        body: OrderBody.extend({ areaKey: Key.optional() }),
        response: { 200: written(z.array(Key)), ...errors },
      },
    },
    async (request) => {
      const { version, data, areaKey } = request.body;
      const edit: PlanEdit = { op: "reorder", collection: request.params.collection, areaKey, keys: data };
      return run(request.params.planKey, edit, version, false, request);
    },
  );
};
