import type { Language } from "@stepwise/engine";
import type { FastifyRequest } from "fastify";
import { sql } from "kysely";
import type { z } from "zod";
import { inOrganizationOf } from "../access/organization-scope.js";
import { anyRole } from "../access/policy.js";
import type { Principal } from "../access/principal.js";
import type { DatabaseSchema } from "../database/schema.js";
import { HttpProblem } from "../problem.js";
import { afterPosition, decodeCursor, pageOf, pageQuery } from "./cursor-page.js";
import { languageField, languageOf } from "./explanation.js";
import { problemResponses } from "./problem-responses.js";
import {
  clientAndMergedIds,
  clientOfOrganization,
  type RecordsOptions,
  type RecordType,
} from "./record-context.js";
import { type RecordRoute, recordRoute } from "./record-route.js";
import { clientParams, isoDate, pageOfSchema } from "./record-schemas.js";

/** `?from=&to=`: days, both included, on the column that orders the list (UTC dates of ISO times). */
const dayRange = {
  from: isoDate.optional().describe("Only records on or after this day (YYYY-MM-DD, UTC)."),
  to: isoDate.optional().describe("Only records on or before this day (YYYY-MM-DD, UTC)."),
};

function dayAfter(day: string): string {
  const next = new Date(`${day}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}

/** A table whose rows each belong to one client of one organization. */
type ClientRecordTable = {
  [Table in keyof DatabaseSchema]: DatabaseSchema[Table] extends {
    id: string;
    organization_id: string;
    client_id: string;
  }
    ? Table
    : never;
}[keyof DatabaseSchema];

/** A text column of the table (an ISO time) that orders its rows. */
type TimeColumn<Table extends ClientRecordTable> = {
  [Column in keyof DatabaseSchema[Table]]: DatabaseSchema[Table][Column] extends string ? Column : never;
}[keyof DatabaseSchema[Table]] &
  string;

export interface ClientRecordsList<Table extends ClientRecordTable, Item extends z.ZodType> {
  readonly url: `/api/clients/:clientId/${string}`;
  readonly operationId: string;
  readonly tag: string;
  readonly summary: string;
  readonly description: string;
  /** The kind of record, for the audit line `<record>.list`. */
  readonly record: Exclude<RecordType, "client">;
  readonly table: Table;
  /** Oldest first by this column, then by id (cursor-page.ts). */
  readonly orderedBy: TimeColumn<Table>;
  readonly item: Item;
  readonly itemsDescription: string;
  /** Whether the list takes `from` and `to` days on `orderedBy` (an accounting for a period). */
  readonly byDays?: boolean;
  /**
   * How each row of a page is shown; may first load what the page's rows need (an episode's events)
   * or fix what is the same for all (today's date for a consent's status).
   */
  readonly present: (
    page: readonly DatabaseSchema[Table][],
    principal: Principal,
    language: Language,
  ) =>
    | ((row: DatabaseSchema[Table]) => z.output<Item>)
    | Promise<(row: DatabaseSchema[Table]) => z.output<Item>>;
}

/**
 * A list read in the audit log: the listing itself, and one `<record>.read` line per record returned
 * (HIPAA 164.312(b): the log must show which records a person saw, not only that a list was opened).
 */
export async function auditListRead(
  options: RecordsOptions,
  request: FastifyRequest,
  action: string,
  clientId: string,
  record: RecordType,
  items: readonly unknown[],
): Promise<void> {
  await options.writes.run((trx) =>
    request.audit.recordAll(
      [
        { action, outcome: "success", recordType: "client", recordId: clientId },
        ...items.map((item) => ({
          action: `${record}.read`,
          outcome: "success" as const,
          recordType: record,
          recordId: (item as { id: string }).id,
          detail: "listed",
        })),
      ],
      trx,
    ),
  );
}

/**
 * `GET /api/clients/:clientId/<records>`: one client's records of one kind, oldest first, in cursor
 * pages. The client must be of the caller's organization (404 otherwise, audited), every row is
 * filtered by organization as well, and the listing is written to the audit log.
 */
export function clientRecordsListRoute<Table extends ClientRecordTable, Item extends z.ZodType>(
  options: RecordsOptions,
  list: ClientRecordsList<Table, Item>,
): RecordRoute {
  const { database } = options;
  const action = `${list.record}.list`;
  return recordRoute({
    method: "GET",
    url: list.url,
    operationId: list.operationId,
    tag: list.tag,
    summary: list.summary,
    description: list.description,
    policy: anyRole,
    params: clientParams,
    query:
      list.byDays === true
        ? pageQuery.extend(languageField).extend(dayRange)
        : pageQuery.extend(languageField),
    responses: {
      200: { description: list.itemsDescription, schema: pageOfSchema(list.item) },
      ...problemResponses(400, 401, 403, 404),
    },
    handle: async ({ request, principal, params, query }) => {
      const { from, to } = query as { from?: string; to?: string };
      if (from !== undefined && to !== undefined && to < from) {
        throw new HttpProblem(400, "Bad Request", "to: use a day on or after from.", [
          { field: "to", message: "Use a day on or after from." },
        ]);
      }
      const client = await clientOfOrganization(database, request, principal, params.clientId, action);
      // Kysely cannot follow a table chosen by a type parameter, so the query names its columns by
      // reference; ClientRecordTable and TimeColumn guarantee they exist with these types.
      const rows = (await database
        .selectFrom(list.table as ClientRecordTable)
        .selectAll()
        .where(inOrganizationOf(principal))
        .where(sql.ref("client_id"), "in", await clientAndMergedIds(database, principal, client.id))
        .where(afterPosition(list.orderedBy, decodeCursor(query.cursor)))
        .$if(from !== undefined, (rows) => rows.where(sql.ref(list.orderedBy), ">=", from))
        .$if(to !== undefined, (rows) => rows.where(sql.ref(list.orderedBy), "<", dayAfter(to ?? "")))
        .orderBy(sql.ref(list.orderedBy))
        .orderBy(sql.ref("id"))
        .limit(query.limit + 1)
        .execute()) as unknown as DatabaseSchema[Table][];
      const view = await list.present(
        rows.slice(0, query.limit),
        principal,
        languageOf(request, query.language),
      );
      const page = pageOf(rows, query.limit, (row) => row[list.orderedBy] as string, view);
      await auditListRead(options, request, action, client.id, list.record, page.items);
      return page;
    },
  });
}
