import type { Assess } from "@stepwise/engine";
import type { FastifyRequest } from "fastify";
import type { Kysely } from "kysely";
import { inOrganizationOf } from "../access/organization-scope.js";
import type { Principal } from "../access/principal.js";
import type { Clock } from "../clock.js";
import type { DatabaseSchema } from "../database/schema.js";
import { HttpProblem, notFound } from "../problem.js";
import type { ClientsTable } from "./record-tables.js";
import type { WriteTransactions } from "./write-transactions.js";

/** What the records routes need from the app. */
export interface RecordsOptions {
  readonly database: Kysely<DatabaseSchema>;
  readonly clock: Clock;
  /** The placement engine (packages/engine `assess`); injected so the route table stays testable. */
  readonly assess: Assess;
  /** Every write transaction goes through here (grouped commits on SQLite). */
  readonly writes: WriteTransactions;
}

/** The kinds of record the audit log names (`recordType`). */
export type RecordType = "client" | "assessment" | "decision" | "episode" | "consent" | "disclosure";

const NOUNS: Record<RecordType, string> = {
  client: "client",
  assessment: "assessment",
  decision: "level-of-care decision",
  episode: "episode of care",
  consent: "consent",
  disclosure: "disclosure",
};

/**
 * A record that is missing or belongs to another organization: the same 404 either way, so its
 * existence does not leak (ASVS 5.0 8.4.1), and the attempt is in the audit log.
 */
export async function missingRecord(request: FastifyRequest, type: RecordType, id: string, action: string) {
  await request.audit.record({ action, outcome: "not-found", recordType: type, recordId: id });
  return notFound(NOUNS[type]);
}

/** The client, if it belongs to the caller's organization; else 404 (audited). */
export async function clientOfOrganization(
  database: Kysely<DatabaseSchema>,
  request: FastifyRequest,
  principal: Principal,
  clientId: string,
  action: string,
): Promise<ClientsTable> {
  const client = await database
    .selectFrom("clients")
    .selectAll()
    .where("id", "=", clientId)
    .where(inOrganizationOf(principal))
    .executeTakeFirst();
  if (client === undefined || client.organization_id !== principal.organizationId) {
    throw await missingRecord(request, "client", clientId, action);
  }
  // A merged duplicate keeps its records for reading; anything new goes to the surviving client.
  if (client.status === "merged" && !/\.(read|list|compare)$/.test(action)) {
    throw conflict(
      "clientId",
      `This client was merged into ${client.merged_into_id}; record it there (or undo the merge first).`,
    );
  }
  return client;
}

/**
 * The client and every duplicate merged into it: a merge shows the duplicate's records under the
 * surviving client without rewriting them, so the merge can be undone.
 */
export async function clientAndMergedIds(
  database: Kysely<DatabaseSchema>,
  principal: Principal,
  clientId: string,
): Promise<string[]> {
  const merged = await database
    .selectFrom("clients")
    .select("id")
    .where("merged_into_id", "=", clientId)
    .where("status", "=", "merged")
    .where(inOrganizationOf(principal))
    .execute();
  return [clientId, ...merged.map((row) => row.id)];
}

/** A request that is well formed but breaks a rule of the record; names the field (RFC 9457). */
export function unprocessable(field: string, message: string): HttpProblem {
  return new HttpProblem(422, "Unprocessable Content", `${field}: ${message}`, [{ field, message }]);
}

/** Every broken rule at once, so a form can mark all the fields to fix in one answer. */
export function unprocessableAll(problems: readonly { field: string; message: string }[]): HttpProblem {
  return new HttpProblem(
    422,
    "Unprocessable Content",
    problems.map((problem) => `${problem.field}: ${problem.message}`).join(" "),
    problems,
  );
}

export function conflict(field: string, message: string): HttpProblem {
  return new HttpProblem(409, "Conflict", `${field}: ${message}`, [{ field, message }]);
}

/** Unique-constraint failures on both databases (SQLite and PostgreSQL 23505). */
export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return code === "SQLITE_CONSTRAINT_UNIQUE" || code === "23505";
}

export function parseJsonColumn<T>(text: string | null): T | null {
  return text === null ? null : (JSON.parse(text) as T);
}
