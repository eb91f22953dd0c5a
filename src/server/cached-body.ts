/**
 * Sending a body that is serialized already (a cached plan document) with its ETag: a reader who
 * sends the ETag it has (`If-None-Match`) gets 304 and no body while the plan is unchanged. Every
 * read revalidates (`no-cache`), so a change is seen at once; the body depends on who reads it
 * (members see internal comments), hence `Vary: Cookie` and `private` for members.
 */
import type { FastifyReply, FastifyRequest } from "fastify";
import type { SerializedBody } from "../app/plan-cache.js";

export function sendCachedJson(
  request: FastifyRequest,
  reply: FastifyReply,
  body: SerializedBody,
  audience: "public" | "private",
): FastifyReply {
  reply.header("etag", body.etag).header("cache-control", `${audience}, no-cache`).header("vary", "Cookie");
  if (matchesEtag(request.headers["if-none-match"], body.etag)) return reply.code(304).send();
  // A Buffer skips the serializer: the bytes go out as they are.
  return reply.type("application/json; charset=utf-8").send(body.bytes);
}

/** RFC 9110 §13.1.2: `*`, or a list of entity tags compared weakly (a `W/` prefix does not matter). */
export function matchesEtag(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  const bare = (tag: string) => tag.trim().replace(/^W\//, "");
  return header.split(",").some((tag) => tag.trim() === "*" || bare(tag) === etag);
}
