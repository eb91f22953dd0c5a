import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { checkHealth } from "../../app/check-health.js";
import type { AppContext } from "../../app/context.js";
import { PUBLIC } from "../access.js";

const Health = z.object({ status: z.literal("ok"), database: z.enum(["pglite", "postgres"]) });

export const healthRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    "/api/health",
    {
      config: { access: PUBLIC },
      schema: {
        tags: ["system"],
        summary: "Whether the server and its database answer",
        response: { 200: Health },
      },
    },
    async () => checkHealth(ctx),
  );
};
