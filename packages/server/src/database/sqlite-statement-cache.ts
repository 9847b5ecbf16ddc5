import type SQLite from "better-sqlite3";
import type { SqliteDatabase, SqliteStatement } from "kysely";

/** How many distinct SQL texts stay prepared; the app issues a few hundred at most, so this is rarely reached. */
export const STATEMENT_CACHE_SIZE = 500;

/** The SQLite handle as Kysely's SqliteDialect sees it, plus how the cache is doing (for tests). */
export interface CachingSqliteDatabase extends SqliteDatabase {
  /** How many `prepare` calls were answered from the cache, and how many compiled a new statement. */
  readonly statistics: { readonly reused: number; readonly prepared: number; readonly cached: number };
}

/**
 * Prepares each distinct SQL text once. Kysely's SQLite driver calls `prepare(sql)` for every query it
 * runs, and better-sqlite3 compiles the statement anew each time (sqlite3_prepare_v3 parses and plans
 * the SQL: 11% of the records API bench server's time before this cache, bench/README.md). Kysely
 * builds the same text for the same query shape with the values as parameters, so the texts repeat,
 * and a prepared statement runs again with new parameters (SQLite docs, "Prepared Statement Object":
 * sqlite3_reset and rebind).
 *
 * The map is bounded so a stream of distinct texts (ad-hoc SQL, `IN` lists of varying length) cannot
 * grow it without limit: when full it drops the text prepared longest ago (a Map iterates in insertion
 * order). Not least-recently-used: moving an entry on every hit (delete and set) cost 1.3 µs against
 * 0.07 µs for the lookup, and the app's few hundred texts fit anyway.
 *
 * A statement that is still iterating (`busy`, a streamed query) cannot run a second time at once, so
 * such a call gets a fresh statement of its own. A schema change (a migration) needs nothing here:
 * SQLite re-prepares a statement whose schema changed the next time it runs.
 */
export function cachingStatements(
  handle: SQLite.Database,
  capacity: number = STATEMENT_CACHE_SIZE,
): CachingSqliteDatabase {
  const statements = new Map<string, SQLite.Statement<unknown[]>>();
  let reused = 0;
  let prepared = 0;
  return {
    prepare(sql: string): SqliteStatement {
      const cached = statements.get(sql);
      if (cached !== undefined && !cached.busy) {
        reused += 1;
        return cached;
      }
      const statement = handle.prepare(sql);
      prepared += 1;
      if (cached === undefined) {
        statements.set(sql, statement);
        if (statements.size > capacity) {
          const oldest = statements.keys().next();
          if (oldest.done !== true) statements.delete(oldest.value);
        }
      }
      return statement;
    },
    close(): void {
      statements.clear();
      handle.close();
    },
    get statistics() {
      return { reused, prepared, cached: statements.size };
    },
  };
}
