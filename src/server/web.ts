/**
 * The built web UI (dist/web): hashed assets cached for a year, index.html for every other
 * non-API path so the client-side router can take over. API paths that match no route get the
 * API's JSON 404.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";
import { errorBody } from "./errors.js";

export async function registerWeb(app: FastifyInstance, webRoot: string | null): Promise<void> {
  const hasWeb = webRoot !== null && existsSync(join(webRoot, "index.html"));
  if (hasWeb) {
    await app.register(fastifyStatic, {
      root: webRoot,
      wildcard: true,
      index: false,
      setHeaders(res, path) {
        const isHashedAsset = /[/\\]assets[/\\]/.test(path);
        res.header("cache-control", isHashedAsset ? "public, max-age=31536000, immutable" : "no-cache");
      },
    });
  }
  if (hasWeb) {
    // The static plugin refuses a directory request (403), so the root gets the UI explicitly.
    app.get("/", { schema: { hide: true } }, (_request, reply) =>
      reply.header("cache-control", "no-cache").sendFile("index.html"),
    );
  }
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split("?")[0] ?? "";
    if (path === "/api" || path.startsWith("/api/") || !hasWeb || request.method !== "GET") {
      return reply.code(404).send(errorBody("not_found", `No route ${request.method} ${path}`));
    }
    return reply.header("cache-control", "no-cache").sendFile("index.html");
  });
}
