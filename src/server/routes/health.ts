import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { checkHealth } from "../../app/check-health.js";
import type { AppContext } from "../../app/context.js";
import { PUBLIC } from "../access.js";
import { ErrorResponse } from "../schemas.js";

const Health = z.object({ status: z.literal("ok"), database: z.enum(["pglite", "postgres"]) });

export const healthRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    "/api/health",
    {
      config: { access: PUBLIC },
      schema: {
        tags: ["system"],
        summary: "Whether the server and its database answer",
        description: "503 `unavailable` when the database does not answer, so a load balancer stops sending here.",
        response: { 200: Health, 503: ErrorResponse },
      },
    },
    async () => checkHealth(ctx),
  );
};
