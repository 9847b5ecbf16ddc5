import { join, resolve } from "node:path";
import { backUpSqliteDatabase, readServerConfig, SQLITE_FILE_NAME } from "@stepwise/server";
import { UsageError } from "../usage-error.js";

/**
 * `stepwise backup <file>`: a consistent copy of the embedded SQLite database, safe while the server
 * runs (SQLite's online backup). PostgreSQL has its own tool for this: pg_dump (see README).
 */
export async function backup(
  args: string[],
  environment: NodeJS.ProcessEnv,
  workingDirectory: string,
): Promise<number> {
  const [file, ...extra] = args;
  if (file === undefined || extra.length > 0)
    throw new UsageError("give one file to write the backup to: stepwise backup <file>.");
  const config = readServerConfig(environment, workingDirectory);
  if (config.databaseUrl !== undefined) {
    throw new UsageError(
      'this backs up the embedded SQLite database; with DATABASE_URL set, use PostgreSQL\'s own tool: pg_dump --format=custom --file=stepwise.dump "$DATABASE_URL".',
      1,
    );
  }
  const result = await backUpSqliteDatabase(
    join(config.dataDirectory, SQLITE_FILE_NAME),
    resolve(workingDirectory, file),
  );
  if (result.integrity !== "ok")
    throw new UsageError(`the copy failed its integrity check (${result.integrity}).`, 1);
  process.stdout.write(
    `Backed up ${result.pages} pages to ${file} (integrity check: ok). Keep it as safe as the database.\n`,
  );
  return 0;
}
