import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import {
  type DirectoryImportSummary,
  migrateToLatest,
  openDatabase,
  prepareDataDirectory,
  readServerConfig,
  sqliteTargetIn,
  startDirectoryImport,
} from "@stepwise/server";
import { parseCommandLine } from "../command-line.js";
import { UsageError } from "../usage-error.js";

const USAGE =
  "use `stepwise programs import <listing.json|listing.ndjson>…` (FindTreatment.gov locator pages, or one row per line)";

/** Rows handed to the importer at a time, so the progress bar moves and memory stays flat. */
const CHUNK_ROWS = 2_000;

type ListingEntry = { readonly row: unknown } | { readonly unreadable: string };

/**
 * A listing file: one locator page `{ rows: [...] }`, an array of pages or rows, or NDJSON with one row
 * (or one page) per line. A line that is not JSON becomes a refused row, so one bad line costs one row.
 */
export function readListingFile(path: string): ListingEntry[] {
  let content: string;
  try {
    content = readFileSync(path, "utf8");
  } catch (error) {
    throw new UsageError(
      `cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? "unreadable"}. ${USAGE}.`,
    );
  }
  const rowsOf = (value: unknown): ListingEntry[] => {
    if (Array.isArray(value)) return value.flatMap(rowsOf);
    if (value !== null && typeof value === "object" && Array.isArray((value as { rows?: unknown }).rows)) {
      return ((value as { rows: unknown[] }).rows ?? []).map((row) => ({ row }));
    }
    return [{ row: value }];
  };
  const trimmed = content.trim();
  if (trimmed === "") throw new UsageError(`${path} is empty. ${USAGE}.`);
  try {
    return rowsOf(JSON.parse(trimmed));
  } catch {
    // Not one JSON document: read it as NDJSON.
  }
  const entries: ListingEntry[] = [];
  const lines = content.split(/\r?\n/);
  for (const [index, line] of lines.entries()) {
    if (line.trim() === "") continue;
    try {
      entries.push(...rowsOf(JSON.parse(line)));
    } catch {
      entries.push({ unreadable: `${path} line ${index + 1}: not JSON` });
    }
  }
  if (entries.every((entry) => "unreadable" in entry)) {
    throw new UsageError(`${path} is neither JSON nor NDJSON. ${USAGE}.`);
  }
  return entries;
}

function progressBar(done: number, total: number): string {
  const width = 30;
  const filled = total === 0 ? width : Math.round((done / total) * width);
  return `\r[${"#".repeat(filled)}${".".repeat(width - filled)}] ${done.toLocaleString("en-US")} / ${total.toLocaleString("en-US")} rows`;
}

export function summaryText(summary: DirectoryImportSummary, rows: number, files: number): string {
  const lines = [
    `Read ${rows.toLocaleString("en-US")} row(s) from ${files} file(s).`,
    `  added      ${summary.added}`,
    `  updated    ${summary.updated}`,
    `  unchanged  ${summary.unchanged}`,
    `  refused    ${summary.refused.length}`,
    ...summary.refused.map(
      (row) => `    row ${row.position}${row.frid === null ? "" : ` (frid ${row.frid})`}: ${row.reason}`,
    ),
  ];
  if (summary.unmapped.length === 0) {
    lines.push("Every service value was mapped.");
  } else {
    lines.push(`Service values not mapped (${summary.unmapped.length}; see docs/programs.md):`);
    for (const value of summary.unmapped) {
      lines.push(`  ${value.category} "${value.value}": ${value.rows} row(s)`);
    }
  }
  lines.push(
    `${summary.substanceUseFacilities} of the rows stored offer substance use treatment and can be found by search.`,
    `Directory version ${summary.directoryVersion}.`,
  );
  return `${lines.join("\n")}\n`;
}

/**
 * `stepwise programs import <file…>`: loads SAMHSA treatment-locator listings into the program directory
 * (docs/programs.md). Upserts by `frid`, so running it again with the same files changes nothing.
 */
export async function programs(
  args: string[],
  environment: NodeJS.ProcessEnv,
  workingDirectory: string,
): Promise<number> {
  const [action, ...rest] = args;
  if (action !== "import") throw new UsageError(`${USAGE}.`);
  const { positionals } = parseCommandLine(`${USAGE}.`, () =>
    parseArgs({ args: rest, options: {}, allowPositionals: true, strict: true }),
  );
  if (positionals.length === 0) throw new UsageError(`name at least one listing file; ${USAGE}.`);
  // Every file is read before the database is touched: a typo in the last name imports nothing.
  const listings = positionals.map((path) => readListingFile(path));
  const total = listings.reduce((sum, entries) => sum + entries.length, 0);
  const config = readServerConfig(environment, workingDirectory);
  const database = openDatabase(
    config.databaseUrl === undefined
      ? sqliteTargetIn(prepareDataDirectory(config.dataDirectory))
      : { kind: "postgres", url: config.databaseUrl },
  );
  const onTerminal = process.stdout.isTTY === true;
  try {
    await migrateToLatest(database);
    const importAll = async (kysely: typeof database.kysely) => {
      const run = startDirectoryImport(kysely, new Date());
      for (const [fileIndex, entries] of listings.entries()) {
        for (let start = 0; start < entries.length; start += CHUNK_ROWS) {
          const rows: unknown[] = [];
          for (const entry of entries.slice(start, start + CHUNK_ROWS)) {
            if ("unreadable" in entry) {
              if (rows.length > 0) await run.add(rows.splice(0));
              run.refuse(entry.unreadable);
            } else rows.push(entry.row);
          }
          await run.add(rows);
          if (onTerminal) process.stdout.write(progressBar(run.seen, total));
        }
        if (!onTerminal) {
          process.stdout.write(
            `${positionals[fileIndex]}: ${entries.length} row(s), ${run.seen} of ${total} read\n`,
          );
        }
      }
      return run.finish();
    };
    // PostgreSQL: the whole import in one transaction — one commit, and other instances see all of it or
    // none of it. SQLite: each batch commits on its own, because one long write transaction would hold
    // SQLite's single write lock for the whole import and a running server's writes would time out.
    const summary =
      database.dialect === "postgres"
        ? await database.kysely.transaction().execute((transaction) => importAll(transaction))
        : await importAll(database.kysely);
    if (onTerminal) process.stdout.write("\n");
    process.stdout.write(summaryText(summary, total, listings.length));
    return 0;
  } finally {
    await database.close();
  }
}
