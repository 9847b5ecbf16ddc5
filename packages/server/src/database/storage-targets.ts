import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { openDatabase, type StepwiseDatabase } from "./connection.js";

/**
 * The two databases every storage test runs against. Each opened database is fresh: SQLite in a new
 * temporary folder, PostgreSQL in a new schema that `dispose` drops, so test files can run side by side.
 */
export interface StorageTarget {
  readonly dialect: "sqlite" | "postgres";
  /** False when PostgreSQL is not reachable outside CI; the suite is then skipped (loudly, by global setup). */
  readonly available: boolean;
  open(): Promise<OpenedDatabase>;
}

export interface OpenedDatabase {
  readonly database: StepwiseDatabase;
  /** For PostgreSQL, the connection URL and schema, so a second server process can share them. */
  readonly postgres?: { readonly url: string; readonly schema: string };
  /** For SQLite, the database file. */
  readonly sqliteFile?: string;
  dispose(): Promise<void>;
}

export function storageTargets(postgresUrl: string | null): StorageTarget[] {
  return [
    {
      dialect: "sqlite",
      available: true,
      async open() {
        const folder = mkdtempSync(join(tmpdir(), "stepwise-test-"));
        const file = join(folder, "stepwise.sqlite");
        const database = openDatabase({ kind: "sqlite", file });
        return {
          database,
          sqliteFile: file,
          async dispose() {
            await database.close();
            rmSync(folder, { recursive: true, force: true });
          },
        };
      },
    },
    {
      dialect: "postgres",
      available: postgresUrl !== null,
      async open() {
        if (postgresUrl === null) throw new Error("PostgreSQL is not available for this test run.");
        const schema = `test_${randomBytes(6).toString("hex")}`;
        const admin = new pg.Client({ connectionString: postgresUrl });
        await admin.connect();
        await admin.query(`create schema ${schema}`);
        await admin.end();
        const database = openDatabase({ kind: "postgres", url: postgresUrl, schema, poolSize: 4 });
        return {
          database,
          postgres: { url: postgresUrl, schema },
          async dispose() {
            await database.close();
            const cleaner = new pg.Client({ connectionString: postgresUrl });
            await cleaner.connect();
            await cleaner.query(`drop schema if exists ${schema} cascade`);
            await cleaner.end();
          },
        };
      },
    },
  ];
}
