import type { FastifyReply, FastifyRequest } from "fastify";
import { HttpProblem } from "../problem.js";

/**
 * The key of `Authorization: Bearer <key>` (RFC 6750 §2.1; the scheme name is case-insensitive, RFC 9110
 * §11.1), or undefined when the request has no Authorization header. Any other Authorization answers 401
 * naming the header, rather than being ignored: a caller who sent credentials should learn they were not
 * understood. Keys are never taken from the query string (RFC 6750 §2.3 would put them in logs and history).
 */
export function bearerKeyOf(request: FastifyRequest, reply: FastifyReply): string | undefined {
  const header = request.headers.authorization;
  if (header === undefined) return undefined;
  const match = /^Bearer +([A-Za-z0-9._~+/-]+=*) *$/i.exec(header);
  if (match?.[1] === undefined) {
    reply.header("www-authenticate", 'Bearer realm="stepwise", error="invalid_request"');
    throw new HttpProblem(
      401,
      "Unauthorized",
      "Authorization: use the form Authorization: Bearer <service account key>.",
      [{ field: "Authorization", message: "Use the form Authorization: Bearer <service account key>." }],
    );
  }
  return match[1];
}
