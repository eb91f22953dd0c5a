/** The OpenAPI document, generated from the routes' zod schemas, and the API docs page. */
import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import type { FastifyInstance } from "fastify";
import { jsonSchemaTransform, jsonSchemaTransformObject } from "fastify-type-provider-zod";

export async function registerOpenApi(app: FastifyInstance, version: string): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: "3.1.0",
      info: {
        title: "Planspor API",
        description:
          "Action plans as structured data: areas, goals, strategies, measures, indicators, funding and " +
          'responsibility. Errors are `{"error":{"code","message"}}`.',
        version,
        license: { name: "EUPL-1.2", identifier: "EUPL-1.2" },
      },
      tags: [
        { name: "system", description: "Health and the API description" },
        { name: "plans", description: "Action plans and their parts" },
      ],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(swaggerUi, { routePrefix: "/api/docs", uiConfig: { deepLinking: true } });
  app.get("/api/openapi.json", { schema: { hide: true }, config: { access: { kind: "public" } } }, async () =>
    app.swagger(),
  );
}
