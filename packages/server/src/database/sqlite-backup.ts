import { chmodSync, existsSync } from "node:fs";
import SQLite from "better-sqlite3";
import { DatabaseStartupError } from "./connection.js";

/**
 * A consistent copy of a live SQLite database through SQLite's online backup API (better-sqlite3
 * `backup()`): it copies page by page and restarts when another connection writes, so the copy is
 * one committed state even while the server keeps serving. The copy is then checked with
 * `PRAGMA integrity_check` and made readable by its owner only, since it holds health information.
 */
export async function backUpSqliteDatabase(
  sourceFile: string,
  targetFile: string,
): Promise<{ pages: number; integrity: string }> {
  if (!existsSync(sourceFile)) throw new DatabaseStartupError(`There is no database at ${sourceFile} yet.`);
  if (existsSync(targetFile)) {
    throw new DatabaseStartupError(
      `${targetFile} already exists. Choose a new file name; a backup never overwrites.`,
    );
  }
  const source = new SQLite(sourceFile, { fileMustExist: true });
  try {
    source.pragma("busy_timeout = 5000");
    const progress = await source.backup(targetFile);
    chmodSync(targetFile, 0o600);
    const copy = new SQLite(targetFile, { readonly: true });
    try {
      const integrity = String(copy.pragma("integrity_check", { simple: true }));
      return { pages: progress.totalPages, integrity };
    } finally {
      copy.close();
    }
  } finally {
    source.close();
  }
}
