import { createHmac, timingSafeEqual } from "node:crypto";
import { type Kysely, SqliteAdapter, sql } from "kysely";
import type { AuditEventsTable, DatabaseSchema } from "../database/schema.js";
import { type AuditKey, auditKeyInUse } from "./audit-key.js";

/**
 * Tamper evidence for the audit log: every organization's events form a chain. Each row carries its
 * place in the chain (`chain_sequence`) and an HMAC-SHA256 over its content and the previous row's
 * HMAC (`chain_hmac`), keyed by a secret kept outside the database (audit-key.ts). Changing, removing
 * or inserting a row breaks every later link, and without the key nobody can compute new links
 * (the "hash chain with a keyed MAC" of Schneier and Kelsey, "Secure audit logs to support computer
 * forensics", ACM TISSEC 1999; NIST SP 800-92 §4.2.3). `stepwise audit verify` walks the chains.
 *
 * Events without an organization (a sign-in attempt for an unknown address) form one more chain, "".
 */
export const GENESIS = "stepwise audit chain start";

type SealedFields = Pick<
  AuditEventsTable,
  | "occurred_at"
  | "action"
  | "outcome"
  | "actor_user_id"
  | "organization_id"
  | "record_type"
  | "record_id"
  | "ip"
  | "request_id"
  | "detail"
>;

/** A row to append; fields left out are stored (and sealed) as null. */
export type RowToSeal = Pick<SealedFields, "occurred_at" | "action" | "outcome"> & Partial<SealedFields>;

export function chainOf(organizationId: string | null | undefined): string {
  return organizationId ?? "";
}

/** The HMAC of one row: its content, its place and the previous row's HMAC, in a fixed JSON form. */
export function sealOf(
  key: AuditKey,
  row: SealedFields,
  chain: string,
  sequence: number,
  previous: string,
): string {
  const content = JSON.stringify([
    chain,
    sequence,
    row.occurred_at,
    row.action,
    row.outcome,
    row.actor_user_id,
    row.organization_id,
    row.record_type,
    row.record_id,
    row.ip,
    row.request_id,
    row.detail,
    previous,
  ]);
  return createHmac("sha256", key.secret).update(content, "utf8").digest("hex");
}

/**
 * Appends one row to its organization's chain. The chain's end is read and the row inserted while
 * holding the chain (PostgreSQL: a transaction-scoped advisory lock per organization; SQLite: the one
 * writer), so two requests cannot fork it. Pass the transaction that makes the change being audited:
 * the line then commits with it or not at all.
 */
export async function appendSealedRow(executor: Kysely<DatabaseSchema>, given: RowToSeal): Promise<void> {
  await appendSealedRows(executor, [given]);
}

/** Most rows one INSERT carries: 13 columns each stays far below both databases' limit on parameters. */
const ROWS_PER_INSERT = 200;

/**
 * Appends rows like `appendSealedRow` for each, each chain's rows in the order given, but reads each
 * chain's end once and inserts its rows together. A list read writes one line per record it shows (HIPAA 164.312(b)); one
 * statement per line, each reading the chain's end again, kept the organization's chain held (the
 * PostgreSQL advisory lock) for dozens of round trips, so every other request of the organization
 * waited that long to write its own lines.
 */
export async function appendSealedRows(
  executor: Kysely<DatabaseSchema>,
  given: readonly RowToSeal[],
): Promise<void> {
  if (given.length === 0) return;
  const byChain = new Map<string, SealedFields[]>();
  for (const each of given) {
    const row: SealedFields = {
      occurred_at: each.occurred_at,
      action: each.action,
      outcome: each.outcome,
      actor_user_id: each.actor_user_id ?? null,
      organization_id: each.organization_id ?? null,
      record_type: each.record_type ?? null,
      record_id: each.record_id ?? null,
      ip: each.ip ?? null,
      request_id: each.request_id ?? null,
      detail: each.detail ?? null,
    };
    const chain = chainOf(row.organization_id);
    const rows = byChain.get(chain);
    if (rows === undefined) byChain.set(chain, [row]);
    else rows.push(row);
  }
  const append = async (trx: Kysely<DatabaseSchema>) => {
    // Chains in a fixed order, so two transactions that hold more than one cannot wait on each other.
    for (const chain of [...byChain.keys()].sort()) {
      const rows = byChain.get(chain) ?? [];
      if (!(trx.getExecutor().adapter instanceof SqliteAdapter)) {
        await sql`select pg_advisory_xact_lock(hashtext(${`stepwise audit chain:${chain}`}))`.execute(trx);
      }
      const last = await trx
        .selectFrom("audit_events")
        .select(["chain_sequence", "chain_hmac"])
        .where("chain", "=", chain)
        .orderBy("chain_sequence", "desc")
        .limit(1)
        .executeTakeFirst();
      let sequence = last === undefined ? 0 : Number(last.chain_sequence);
      let previous = last?.chain_hmac ?? GENESIS;
      const key = auditKeyInUse();
      const sealed = rows.map((row) => {
        sequence += 1;
        previous = sealOf(key, row, chain, sequence, previous);
        return { ...row, chain, chain_sequence: sequence, chain_hmac: previous };
      });
      for (let start = 0; start < sealed.length; start += ROWS_PER_INSERT) {
        await trx
          .insertInto("audit_events")
          .values(sealed.slice(start, start + ROWS_PER_INSERT))
          .execute();
      }
    }
  };
  if (executor.isTransaction) await append(executor);
  else await executor.transaction().execute(append);
}

export type ChainBreak = {
  readonly chain: string;
  readonly rowId: number;
  readonly sequence: number | null;
  readonly reason: string;
};

export interface ChainReport {
  readonly rows: number;
  readonly chains: number;
  /** The first broken link, or null when every chain verifies. */
  readonly broken: ChainBreak | null;
  /** Each chain's last position and the start of its last HMAC: note them to notice a cut-off end later. */
  readonly heads: ReadonlyArray<{ readonly chain: string; readonly sequence: number; readonly hmac: string }>;
}

function sameHex(a: string, b: string): boolean {
  const left = Buffer.from(a, "utf8");
  const right = Buffer.from(b, "utf8");
  return left.length === right.length && timingSafeEqual(left, right);
}

const PAGE = 1000;

/** Walks every chain (or one, by its organization id) from its start and reports the first broken link. */
export async function verifyAuditChains(
  db: Kysely<DatabaseSchema>,
  key: AuditKey,
  only: { readonly chain?: string } = {},
): Promise<ChainReport> {
  let unsealedQuery = db
    .selectFrom("audit_events")
    .select(["id", "chain"])
    .where((eb) => eb.or([eb("chain_hmac", "is", null), eb("chain_sequence", "is", null)]));
  let chainQuery = db.selectFrom("audit_events").select("chain").distinct();
  if (only.chain !== undefined) {
    unsealedQuery = unsealedQuery.where("chain", "=", only.chain);
    chainQuery = chainQuery.where("chain", "=", only.chain);
  }
  const unsealed = await unsealedQuery.orderBy("id").limit(1).executeTakeFirst();
  const chains = await chainQuery.orderBy("chain").execute();
  let rows = 0;
  let broken: ChainBreak | null = null;
  const heads: Array<{ chain: string; sequence: number; hmac: string }> = [];
  for (const { chain } of chains) {
    let previous = GENESIS;
    let expected = 1;
    let done = false;
    while (!done && broken === null) {
      const page = await db
        .selectFrom("audit_events")
        .selectAll()
        .where("chain", "=", chain)
        .where("chain_sequence", ">=", expected)
        .orderBy("chain_sequence")
        .limit(PAGE)
        .execute();
      for (const row of page) {
        rows += 1;
        const sequence = Number(row.chain_sequence);
        const at = { chain, rowId: Number(row.id), sequence };
        if (sequence !== expected) {
          broken = { ...at, reason: `position ${expected} is missing: a row was removed` };
          break;
        }
        if (chainOf(row.organization_id) !== chain) {
          broken = { ...at, reason: "the row was moved from another organization's chain" };
          break;
        }
        const seal = sealOf(key, row, chain, sequence, previous);
        if (row.chain_hmac === null || !sameHex(seal, row.chain_hmac)) {
          broken = {
            ...at,
            reason:
              "its HMAC does not match: the row, or the row before it, was changed (or another key is in use)",
          };
          break;
        }
        previous = row.chain_hmac;
        expected += 1;
      }
      if (page.length < PAGE) done = true;
    }
    if (broken !== null) break;
    if (expected > 1) heads.push({ chain, sequence: expected - 1, hmac: previous.slice(0, 16) });
  }
  if (broken === null && unsealed !== undefined) {
    broken = {
      chain: unsealed.chain,
      rowId: Number(unsealed.id),
      sequence: null,
      reason: "the row carries no seal: it was written around the application",
    };
  }
  return { rows, chains: chains.length, broken, heads };
}
