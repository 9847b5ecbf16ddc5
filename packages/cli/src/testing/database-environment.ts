import { dirname } from "node:path";
import type { OpenedDatabase } from "../../../server/src/database/storage-targets.js";

/**
 * The environment that points the CLI at the test's own database (a temp folder, or a PostgreSQL schema),
 * plus whatever else the command under test reads.
 */
export function databaseEnvironment(opened: OpenedDatabase, more: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  if (opened.sqliteFile !== undefined) return { STEPWISE_DATA_DIR: dirname(opened.sqliteFile), ...more };
  const { url, schema } = opened.postgres ?? { url: "", schema: "" };
  const withSchema = new URL(url);
  withSchema.searchParams.set("options", `-c search_path=${schema}`);
  return { DATABASE_URL: withSchema.toString(), ...more };
}
