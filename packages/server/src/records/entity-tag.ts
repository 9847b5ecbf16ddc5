import type { FastifyReply, FastifyRequest } from "fastify";
import { HttpProblem } from "../problem.js";

/**
 * Optimistic concurrency for records that change (RFC 9110 §8.8.3 ETag, §13.1.1 If-Match; RFC 6585
 * §3 428 Precondition Required). A read answers with the record's ETag; an update must send it back
 * in If-Match, so two people editing the same record cannot silently overwrite each other: the second
 * save answers 412 and they reload. The tag is the row's version number; it says nothing about the record.
 */
export function entityTag(version: number): string {
  return `"v${version}"`;
}

/** Sets the ETag of a read; answers 304 when the client already holds this version (If-None-Match). */
export function answerWithEntityTag(
  request: FastifyRequest,
  reply: FastifyReply,
  version: number,
  body: unknown,
): unknown {
  const tag = entityTag(version);
  reply.header("etag", tag);
  const held = request.headers["if-none-match"];
  if (
    typeof held === "string" &&
    listedTags(held).some((candidate) => candidate === tag || candidate === "*")
  ) {
    return reply.code(304).send();
  }
  return body;
}

function listedTags(header: string): string[] {
  return header
    .split(",")
    .map((part) => part.trim().replace(/^W\//, ""))
    .filter((part) => part.length > 0);
}

/** The version an update names in If-Match; 428 when it names none. */
export function versionFromIfMatch(request: FastifyRequest): number {
  const header = request.headers["if-match"];
  if (typeof header !== "string" || header.trim() === "") {
    throw new HttpProblem(
      428,
      "Precondition Required",
      "Send the record's ETag in the If-Match header, so a change made by someone else is not overwritten.",
      [{ field: "If-Match", message: "Required: the ETag from your last read of this record." }],
    );
  }
  const match = /^"v(\d{1,9})"$/.exec(header.trim());
  // A tag we never issued cannot match any version.
  return match?.[1] === undefined ? -1 : Number(match[1]);
}

export const staleVersion = () =>
  new HttpProblem(
    412,
    "Precondition Failed",
    "This record changed since you read it. Reload it, check the changes, and try again.",
    [{ field: "If-Match", message: "Does not match the record's current ETag." }],
  );
