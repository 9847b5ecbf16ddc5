import { type Insertable, type Kysely, SqliteAdapter } from "kysely";
import { type AuditEventRow, appendAuditRow } from "../audit/audit-log.js";
import type { DatabaseSchema } from "../database/schema.js";

type TableName = keyof DatabaseSchema & string;

/** Runs one request's writes as one transaction; the promise settles only after COMMIT. */
export interface WriteTransactions {
  run<T>(work: (trx: Kysely<DatabaseSchema>) => Promise<T>): Promise<T>;
  /**
   * Inserts one row and its audit line, both or neither, settling after COMMIT. The audit line is
   * sealed into its organization's HMAC chain (audit/audit-chain.ts), which reads the chain's end in
   * the same transaction; on SQLite the write joins the grouped commit.
   */
  insertAudited<Table extends TableName>(
    table: Table,
    row: Insertable<DatabaseSchema[Table]>,
    audit: AuditEventRow,
  ): Promise<void>;
}

/** Most writes one grouped commit carries; a bigger group would make the first writer wait longer. */
export const COMMIT_GROUP_LIMIT = 64;

interface PendingWrite {
  readonly work: (trx: Kysely<DatabaseSchema>) => Promise<unknown>;
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: unknown) => void;
}

/**
 * Group commit for SQLite. With synchronous=FULL every COMMIT waits for an fsync (milliseconds on a
 * virtual disk; docs/design/engineering.md §2.3: single-row commits are ~10× slower than NORMAL, batched
 * ones under 2×), and better-sqlite3 holds the event loop while it waits. So writes that arrive while
 * a commit is in progress, or that the event loop reads in the same turn, are gathered and committed
 * together; a group with a failing write is rolled back and replayed one write at a time, so the
 * failing one fails alone. Every promise settles only after its COMMIT returns — an acknowledged write
 * is a committed write, as the durability test checks. PostgreSQL gets plain transactions: its pool
 * runs them side by side and the server groups WAL flushes itself.
 */
export function writeTransactionsFor(database: Kysely<DatabaseSchema>): WriteTransactions {
  if (!(database.getExecutor().adapter instanceof SqliteAdapter)) {
    return {
      run: (work) => database.transaction().execute(work),
      insertAudited: (table, row, audit) =>
        database.transaction().execute(async (trx) => {
          await trx
            .insertInto(table)
            .values(row as never)
            .execute();
          // Sealed into the organization's audit chain, which reads the chain's end first.
          await appendAuditRow(trx, audit);
        }),
    };
  }
  const queue: PendingWrite[] = [];
  let flushing = false;

  /** One write alone in its own transaction. */
  async function commitAlone(pending: PendingWrite): Promise<void> {
    try {
      pending.resolve(await database.transaction().execute(pending.work));
    } catch (error) {
      pending.reject(error);
    }
  }

  /**
   * All writes of the group in one transaction and one COMMIT. Failures are rare (a conflict, a stale
   * If-Match), so the group is optimistic: if any write fails, the whole transaction is rolled back and
   * each write of the group runs again alone, so only the failing one fails. (Savepoints would isolate
   * them too, at two extra statements for every write.)
   */
  async function commitGroup(group: readonly PendingWrite[]): Promise<void> {
    if (group.length === 1 && group[0] !== undefined) return commitAlone(group[0]);
    const values: unknown[] = [];
    const trx = await database.startTransaction().execute();
    try {
      for (const pending of group) values.push(await pending.work(trx));
      await trx.commit().execute();
    } catch {
      await trx
        .rollback()
        .execute()
        .catch(() => {});
      for (const pending of group) await commitAlone(pending);
      return;
    }
    for (const [index, pending] of group.entries()) pending.resolve(values[index]);
  }

  async function flush(): Promise<void> {
    try {
      while (queue.length > 0) await commitGroup(queue.splice(0, COMMIT_GROUP_LIMIT));
    } finally {
      flushing = false;
    }
  }

  function run<T>(work: (trx: Kysely<DatabaseSchema>) => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      queue.push({ work, resolve: resolve as (value: unknown) => void, reject });
      if (flushing) return;
      flushing = true;
      // Start the group after the event loop has read every request that is already waiting: each
      // request's handler runs up to here in its own I/O callback, so starting at once would commit
      // the first write alone (one fsync each) while the others are still unread in their sockets.
      setImmediate(() => void flush());
    });
  }

  return {
    run,
    insertAudited: (table, row, audit) =>
      run(async (trx) => {
        await trx
          .insertInto(table)
          .values(row as never)
          .execute();
        await appendAuditRow(trx, audit);
      }),
  };
}
