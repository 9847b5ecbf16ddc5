import type { Language } from "@stepwise/engine";
import type { FastifyRequest } from "fastify";
import type { z } from "zod";
import { anyRole } from "../access/policy.js";
import type { Principal } from "../access/principal.js";
import { answerWithEntityTag } from "./entity-tag.js";
import { languageOf, languageQuery } from "./explanation.js";
import { problemResponses } from "./problem-responses.js";
import type { RecordType } from "./record-context.js";
import { type RecordRoute, recordRoute } from "./record-route.js";

export interface RecordRead<
  Params extends z.ZodType,
  Row extends { readonly id: string },
  View extends z.ZodType,
> {
  readonly url: string;
  readonly operationId: string;
  readonly tag: string;
  readonly summary: string;
  readonly description: string;
  readonly params: Params;
  /** The kind of record, for the audit line `<record>.read`. */
  readonly record: RecordType;
  readonly view: { readonly description: string; readonly schema: View };
  /**
   * Loads the record named by the path, of the caller's organization only; a record that is missing or
   * of another organization answers 404, audited with `action` (record-context.ts `missingRecord`).
   */
  readonly load: (
    request: FastifyRequest,
    principal: Principal,
    params: z.output<Params>,
    action: string,
  ) => Promise<Row>;
  /** The version its ETag names (records that are never changed have version 1). */
  readonly version: (row: Row) => number;
  /** How the record is shown; may first load what it needs (an episode's events). */
  readonly present: (
    row: Row,
    principal: Principal,
    language: Language,
  ) => z.output<View> | Promise<z.output<View>>;
}

/**
 * `GET /api/<records>/:<record>Id`: one record of the caller's organization, with an ETag to send back in
 * If-Match when changing it, and an audit line for the read. Any role may read.
 */
export function recordReadRoute<
  Params extends z.ZodType,
  Row extends { readonly id: string },
  View extends z.ZodType,
>(read: RecordRead<Params, Row, View>): RecordRoute {
  const action = `${read.record}.read`;
  return recordRoute({
    method: "GET",
    url: read.url,
    operationId: read.operationId,
    tag: read.tag,
    summary: read.summary,
    description: read.description,
    policy: anyRole,
    params: read.params,
    query: languageQuery,
    etag: true,
    responses: {
      200: read.view,
      ...problemResponses(400, 401, 403, 404),
    },
    handle: async ({ request, reply, principal, params, query }) => {
      const row = await read.load(request, principal, params, action);
      const view = await read.present(row, principal, languageOf(request, query.language));
      await request.audit.record({
        action,
        outcome: "success",
        recordType: read.record,
        recordId: row.id,
      });
      return answerWithEntityTag(request, reply, read.version(row), view);
    },
  });
}
