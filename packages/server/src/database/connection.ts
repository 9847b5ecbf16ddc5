import { mkdirSync } from "node:fs";
import { join } from "node:path";
import SQLite from "better-sqlite3";
import { Kysely, type MigrationProvider, Migrator, PostgresDialect, SqliteDialect, sql } from "kysely";
import pg from "pg";
import { migrations } from "./migrations.js";
import type { DatabaseSchema } from "./schema.js";
import { cachingStatements } from "./sqlite-statement-cache.js";

export type DatabaseDialect = "sqlite" | "postgres";

export interface StepwiseDatabase {
  readonly kysely: Kysely<DatabaseSchema>;
  readonly dialect: DatabaseDialect;
  /** Where the data lives, without credentials, for start-up messages. */
  readonly location: string;
  /** The PostgreSQL schema this connection works in (via search_path), when not the default. */
  readonly postgresSchema?: string | undefined;
  /** The SQLite handle, for online backup; `undefined` on PostgreSQL. */
  readonly sqlite: SQLite.Database | undefined;
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

export type DatabaseTarget =
  | { readonly kind: "sqlite"; readonly file: string }
  | { readonly kind: "postgres"; readonly url: string; readonly schema?: string; readonly poolSize?: number };

export class DatabaseStartupError extends Error {
  override readonly name = "DatabaseStartupError";
}

export const SQLITE_FILE_NAME = "stepwise.sqlite";

export function sqliteTargetIn(dataDirectory: string): DatabaseTarget {
  mkdirSync(dataDirectory, { recursive: true });
  return { kind: "sqlite", file: join(dataDirectory, SQLITE_FILE_NAME) };
}

/**
 * Opens SQLite with write-ahead logging and `synchronous=FULL`, and checks that the setting took:
 * in WAL mode NORMAL can lose the last commits on power loss, FULL cannot (SQLite docs, "PRAGMA
 * synchronous"; docs/design/engineering.md §2.3 and §3.4).
 */
function openSqlite(file: string): StepwiseDatabase {
  let handle: SQLite.Database;
  try {
    handle = new SQLite(file);
  } catch (error) {
    throw new DatabaseStartupError(`Could not open the SQLite database ${file}: ${(error as Error).message}`);
  }
  handle.pragma("journal_mode = WAL");
  handle.pragma("synchronous = FULL");
  handle.pragma("foreign_keys = ON");
  // A REPLACE that removes a row then runs its DELETE triggers, so append-only tables refuse it
  // (SQLite docs, "The ON CONFLICT Clause"; migration 0201 also refuses it by key).
  handle.pragma("recursive_triggers = ON");
  handle.pragma("busy_timeout = 5000");
  const synchronous = handle.pragma("synchronous", { simple: true });
  if (synchronous !== 2) {
    handle.close();
    throw new DatabaseStartupError(`SQLite refused synchronous=FULL (it reports ${String(synchronous)}).`);
  }
  const journal = handle.pragma("journal_mode", { simple: true });
  if (journal !== "wal" && file !== ":memory:") {
    handle.close();
    throw new DatabaseStartupError(
      `SQLite refused write-ahead logging (journal mode is ${String(journal)}).`,
    );
  }
  // Each distinct SQL text is prepared once (sqlite-statement-cache.ts); the raw handle stays for backup.
  const kysely = new Kysely<DatabaseSchema>({
    dialect: new SqliteDialect({ database: cachingStatements(handle) }),
  });
  let closed = false;
  return {
    kysely,
    dialect: "sqlite",
    location: file,
    sqlite: handle,
    ping: () => (closed ? Promise.resolve(false) : answersQuery(kysely)),
    async close() {
      if (closed) return;
      closed = true;
      await kysely.destroy();
    },
  };
}

async function answersQuery(kysely: Kysely<DatabaseSchema>): Promise<boolean> {
  try {
    await sql`select 1`.execute(kysely);
    return true;
  } catch {
    return false;
  }
}

function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.password = parsed.password ? "***" : "";
    return parsed.toString();
  } catch {
    return "postgres";
  }
}

function openPostgres(url: string, schema: string | undefined, poolSize: number): StepwiseDatabase {
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    ...(schema === undefined ? {} : { options: `-c search_path=${schema}` }),
  });
  // An idle client that loses its connection must not crash the process; the next query reconnects.
  pool.on("error", () => {});
  const kysely = new Kysely<DatabaseSchema>({ dialect: new PostgresDialect({ pool }) });
  let closed = false;
  return {
    kysely,
    dialect: "postgres",
    location: redactUrl(url) + (schema ? ` (schema ${schema})` : ""),
    postgresSchema: schema,
    sqlite: undefined,
    ping: () => (closed ? Promise.resolve(false) : answersQuery(kysely)),
    async close() {
      if (closed) return;
      closed = true;
      await kysely.destroy();
    },
  };
}

export function openDatabase(target: DatabaseTarget): StepwiseDatabase {
  return target.kind === "sqlite"
    ? openSqlite(target.file)
    : openPostgres(target.url, target.schema, target.poolSize ?? 10);
}

const inCodeMigrations: MigrationProvider = {
  getMigrations: async () => migrations,
};

/** Brings the schema up to date; throws with the failing migration's name. */
export async function migrateToLatest(database: StepwiseDatabase): Promise<string[]> {
  // Kysely looks for its bookkeeping tables across all schemas unless told which one: name it, so
  // databases that share a PostgreSQL server in separate schemas (tests, tenants) do not confuse it.
  const migrator = new Migrator({
    db: database.kysely,
    provider: inCodeMigrations,
    ...(database.postgresSchema === undefined ? {} : { migrationTableSchema: database.postgresSchema }),
  });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((result) => result.status === "Error");
  if (error !== undefined) {
    const cause = error instanceof Error ? error.message : String(error);
    throw new DatabaseStartupError(
      `Database migration ${failed?.migrationName ?? ""} failed on ${database.dialect}: ${cause}`.replace(
        "  ",
        " ",
      ),
    );
  }
  return (results ?? [])
    .filter((result) => result.status === "Success")
    .map((result) => result.migrationName);
}
