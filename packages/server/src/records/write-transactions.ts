import { type Kysely, SqliteAdapter, sql } from "kysely";
import type { DatabaseSchema } from "../database/schema.js";

/** Runs one request's writes as one transaction; the promise settles only after COMMIT. */
export interface WriteTransactions {
  run<T>(work: (trx: Kysely<DatabaseSchema>) => Promise<T>): Promise<T>;
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
 * virtual disk; reference/engineering.md §2.3: single-row commits are ~10× slower than NORMAL, batched
 * ones under 2×), and better-sqlite3 holds the event loop while it waits. So writes that arrive while
 * a commit is in progress are gathered and committed together: each runs inside its own SAVEPOINT, so
 * one that fails (a conflict, a stale If-Match) is rolled back alone, and every promise settles only
 * after the shared COMMIT returns — an acknowledged write is a committed write, as the durability test
 * checks. PostgreSQL gets plain transactions: its pool runs them side by side and the server groups
 * WAL flushes itself.
 */
export function writeTransactionsFor(database: Kysely<DatabaseSchema>): WriteTransactions {
  if (!(database.getExecutor().adapter instanceof SqliteAdapter)) {
    return { run: (work) => database.transaction().execute(work) };
  }
  const queue: PendingWrite[] = [];
  let flushing = false;

  async function commitGroup(group: readonly PendingWrite[]): Promise<void> {
    const outcomes: ({ ok: true; value: unknown } | { ok: false; error: unknown })[] = [];
    const trx = await database.startTransaction().execute();
    try {
      for (const [index, pending] of group.entries()) {
        const savepoint = sql.raw(`write_${index}`);
        await sql`savepoint ${savepoint}`.execute(trx);
        try {
          const value = await pending.work(trx);
          await sql`release savepoint ${savepoint}`.execute(trx);
          outcomes.push({ ok: true, value });
        } catch (error) {
          await sql`rollback to savepoint ${savepoint}`.execute(trx);
          await sql`release savepoint ${savepoint}`.execute(trx);
          outcomes.push({ ok: false, error });
        }
      }
      await trx.commit().execute();
    } catch (error) {
      await trx
        .rollback()
        .execute()
        .catch(() => {});
      for (const pending of group) pending.reject(error);
      return;
    }
    for (const [index, pending] of group.entries()) {
      const outcome = outcomes[index];
      if (outcome?.ok) pending.resolve(outcome.value);
      else pending.reject(outcome?.error);
    }
  }

  async function flush(): Promise<void> {
    flushing = true;
    try {
      while (queue.length > 0) await commitGroup(queue.splice(0, COMMIT_GROUP_LIMIT));
    } finally {
      flushing = false;
    }
  }

  return {
    run<T>(work: (trx: Kysely<DatabaseSchema>) => Promise<T>): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        queue.push({ work, resolve: resolve as (value: unknown) => void, reject });
        if (!flushing) void flush();
      });
    },
  };
}
