/**
 * The history of changes, read-only: there is no route that changes or removes an event. Each
 * viewer reads only their own organizations' part: the events of their organizations' plans, and
 * the account events (logins, users, roles) of the organizations they administer; installation
 * admins read it all.
 */
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppContext } from "../../app/context.js";
import { listAuditEvents } from "../../app/list-audit-events.js";
import { auditScope } from "../../app/visible-plans.js";
import { Key } from "../../domain/plan-schema.js";
import { FILTERED } from "../access.js";
import { ErrorResponse } from "../schemas.js";

const AuditEvent = z
  .object({
    id: z.number().int(),
    occurredAt: z.iso.datetime({ offset: true }),
    actor: z.string().nullable().meta({ description: "Who made the change; null when nobody was named." }),
    action: z.string().meta({ description: "created, updated, deleted, reordered or reported." }),
    planKey: Key.nullable().meta({ description: "The plan changed; null for an account event (a login, a user)." }),
    organizationKey: z
      .string()
      .nullable()
      .meta({ description: "The organization an account event concerns; null for plan events and logins." }),
    entityType: z.string(),
    entityKey: z.string(),
    measureKey: Key.nullable(),
    before: z.unknown().meta({ description: "The entity before the change; null when it was created." }),
    after: z.unknown().meta({ description: "The entity after the change; null when it was deleted." }),
  })
  .meta({ id: "AuditEvent" });

const AuditQuery = z.object({
  plan: Key.optional().meta({ description: "The action plan's key." }),
  entityType: z
    .enum([
      "plan",
      "settings",
      "area",
      "measure",
      "actor",
      "fundingSource",
      "flagship",
      "relatedPlan",
      "statusReport",
      "order",
      "user",
    ])
    .optional(),
  entityKey: z.string().max(300).optional(),
  measure: Key.optional().meta({ description: "A measure's own history: its edits and its reports." }),
  actor: z.string().max(200).optional().meta({ description: "Who made the change." }),
  from: z.iso.datetime({ offset: true }).optional().meta({ description: "From this instant (inclusive)." }),
  to: z.iso.datetime({ offset: true }).optional().meta({ description: "Until this instant (inclusive)." }),
  before: z.coerce.number().int().positive().optional().meta({ description: "Events older than this id (next page)." }),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export const auditRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    "/api/audit",
    {
      config: { access: FILTERED },
      schema: {
        tags: ["history"],
        summary: "The history of changes, newest first, filtered by plan, entity, measure, who and time",
        description:
          "Only the viewer's part: the events of their organizations' plans, and the account events of the " +
          "organizations they administer (all for an installation admin; nothing for nobody signed in).",
        querystring: AuditQuery,
        response: { 200: z.object({ events: z.array(AuditEvent) }), 400: ErrorResponse },
      },
    },
    async (request) => {
      const { plan, measure, ...rest } = request.query;
      const scope = await auditScope(ctx, request.viewer);
      const events = await listAuditEvents(ctx, { ...rest, planKey: plan, measureKey: measure, scope });
      return { events };
    },
  );
};
