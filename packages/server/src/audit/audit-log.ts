import type { Kysely } from "kysely";
import type { AuditEventsTable, DatabaseSchema } from "../database/schema.js";
import { appendSealedRow, appendSealedRows } from "./audit-chain.js";

export type AuditOutcome = AuditEventsTable["outcome"];

/**
 * One line of the audit log: who (actor and organization), what (action and outcome), when, which
 * record, and from where (IP and request id). HIPAA 164.312(b) audit controls; ASVS 5.0 16.2.1 and
 * 16.3.1–16.3.2; 42 CFR Part 2's accounting of disclosures builds on it.
 *
 * `detail` is a short fixed phrase chosen by the code ("wrong password", "recovery code"), never
 * anything a person typed: the audit log says that a record was read, not what it says.
 */
export interface AuditEvent {
  readonly action: string;
  readonly outcome: AuditOutcome;
  readonly actorUserId?: string | null | undefined;
  readonly organizationId?: string | null | undefined;
  readonly recordType?: string | null | undefined;
  readonly recordId?: string | null | undefined;
  readonly ip?: string | null | undefined;
  readonly requestId?: string | null | undefined;
  readonly detail?: string | null | undefined;
}

/**
 * Appends one event. Pass the transaction (`trx`) that makes the change, so the change and its audit
 * line commit together or not at all (ASVS 5.0 2.3.3). The table accepts INSERT only: triggers reject
 * UPDATE, DELETE and REPLACE (migrations 0001 and 0201), and each row is sealed into its
 * organization's HMAC chain (audit-chain.ts).
 */
export async function appendAuditEvent(
  executor: Kysely<DatabaseSchema>,
  at: Date,
  event: AuditEvent,
): Promise<void> {
  await appendSealedRow(executor, auditEventRow(at, event));
}

/** Appends events in order, as `appendAuditEvent` each, in one INSERT per chain (audit-chain.ts). */
export async function appendAuditEvents(
  executor: Kysely<DatabaseSchema>,
  at: Date,
  events: readonly AuditEvent[],
): Promise<void> {
  await appendSealedRows(
    executor,
    events.map((event) => auditEventRow(at, event)),
  );
}

/** Appends a row made by `auditEventRow` (`request.audit.rowOf`), sealed into its chain like any other. */
export async function appendAuditRow(executor: Kysely<DatabaseSchema>, row: AuditEventRow): Promise<void> {
  await appendSealedRow(executor, row);
}

/** The content of one audit row, before it is sealed into its chain; a missing field is stored as null. */
export type AuditEventRow = Pick<AuditEventsTable, "occurred_at" | "action" | "outcome"> &
  Partial<
    Pick<
      AuditEventsTable,
      "actor_user_id" | "organization_id" | "record_type" | "record_id" | "ip" | "request_id" | "detail"
    >
  >;

export function auditEventRow(at: Date, event: AuditEvent): AuditEventRow {
  return {
    occurred_at: at.toISOString(),
    action: event.action,
    outcome: event.outcome,
    actor_user_id: event.actorUserId ?? null,
    organization_id: event.organizationId ?? null,
    record_type: event.recordType ?? null,
    record_id: event.recordId ?? null,
    ip: event.ip ?? null,
    request_id: event.requestId ?? null,
    detail: event.detail ?? null,
  };
}

export interface AuditEntry {
  readonly id: number;
  readonly occurredAt: string;
  readonly action: string;
  readonly outcome: AuditOutcome;
  readonly actorUserId: string | null;
  readonly organizationId: string | null;
  readonly recordType: string | null;
  readonly recordId: string | null;
  readonly ip: string | null;
  readonly requestId: string | null;
  readonly detail: string | null;
}

/** The newest events of one organization, newest first. */
export async function auditEventsOf(
  executor: Kysely<DatabaseSchema>,
  organizationId: string,
  limit: number,
): Promise<AuditEntry[]> {
  const rows = await executor
    .selectFrom("audit_events")
    .selectAll()
    .where("organization_id", "=", organizationId)
    .orderBy("id", "desc")
    .limit(limit)
    .execute();
  return rows.map((row) => ({
    id: Number(row.id),
    occurredAt: row.occurred_at,
    action: row.action,
    outcome: row.outcome,
    actorUserId: row.actor_user_id,
    organizationId: row.organization_id,
    recordType: row.record_type,
    recordId: row.record_id,
    ip: row.ip,
    requestId: row.request_id,
    detail: row.detail,
  }));
}
