import type { FastifyRequest } from "fastify";
import { type Expression, type SqlBool, sql } from "kysely";
import { notFound } from "../problem.js";
import { principalOf } from "./access-control.js";
import type { Principal } from "./principal.js";

/**
 * Tenant isolation (ASVS 5.0 8.2.2 and 8.4.1; docs/design/engineering.md §3.6). Every query for a
 * protected record carries the caller's organization, and a record of another organization answers
 * 404 exactly like one that does not exist, so its existence does not leak.
 */
export function inOrganizationOf(principal: Principal, column = "organization_id"): Expression<SqlBool> {
  return sql<SqlBool>`${sql.ref(column)} = ${principal.organizationId}`;
}

/** The organization stamp for a new row; whatever the client sent is ignored. */
export function organizationStamp(principal: Principal): { organization_id: string } {
  return { organization_id: principal.organizationId };
}

/**
 * Loads one protected record of the caller's organization, records the read in the audit log, and
 * answers 404 when it is missing or belongs to another organization. `find` should already filter
 * with `inOrganizationOf`; the row's organization is checked again here as a second line of defence.
 */
export async function readOwnRecord<Row extends { readonly organization_id: string }>(
  request: FastifyRequest,
  record: { readonly type: string; readonly id: string; readonly noun: string },
  find: (principal: Principal) => Promise<Row | undefined>,
): Promise<Row> {
  const principal = principalOf(request);
  const row = await find(principal);
  if (row === undefined || row.organization_id !== principal.organizationId) {
    await request.audit.record({
      action: `${record.type}.read`,
      outcome: "not-found",
      recordType: record.type,
      recordId: record.id,
    });
    throw notFound(record.noun);
  }
  await request.audit.record({
    action: `${record.type}.read`,
    outcome: "success",
    recordType: record.type,
    recordId: record.id,
  });
  return row;
}
