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

/** A listing file checked and ready to read: its rows come one at a time, parsed as they are reached. */
export interface ListingFile {
  readonly path: string;
  /** Rows expected: exact for a JSON document; for NDJSON, one per non-blank line (a line may hold a page). */
  readonly expectedRows: number;
  entries(): Iterable<ListingEntry>;
}

function rowsOf(value: unknown): ListingEntry[] {
  if (Array.isArray(value)) return value.flatMap(rowsOf);
  if (value !== null && typeof value === "object" && Array.isArray((value as { rows?: unknown }).rows)) {
    return ((value as { rows: unknown[] }).rows ?? []).map((row) => ({ row }));
  }
  return [{ row: value }];
}

/** The NDJSON lines of `content` with their 1-based numbers, blank lines left out, without splitting it. */
function* linesOf(content: string): Generator<{ readonly line: string; readonly number: number }> {
  let start = 0;
  let number = 0;
  while (start < content.length) {
    const newline = content.indexOf("\n", start);
    const end = newline === -1 ? content.length : newline;
    number += 1;
    const line = content.slice(start, end > start && content.charCodeAt(end - 1) === 13 ? end - 1 : end);
    if (line.trim() !== "") yield { line, number };
    start = end + 1;
  }
}

/**
 * A listing file: one locator page `{ rows: [...] }`, an array of pages or rows, or NDJSON with one row
 * (or one page) per line. A line that is not JSON becomes a refused row, so one bad line costs one row.
 * The file is read and checked here; NDJSON lines are parsed only as the import reaches them, so the
 * import holds the file's text and one batch of rows rather than every row parsed at once.
 */
export function readListingFile(path: string): ListingFile {
  let content: string;
  try {
    content = readFileSync(path, "utf8");
  } catch (error) {
    throw new UsageError(
      `cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? "unreadable"}. ${USAGE}.`,
    );
  }
  const trimmed = content.trim();
  if (trimmed === "") throw new UsageError(`${path} is empty. ${USAGE}.`);
  let document: ListingEntry[] | undefined;
  try {
    document = rowsOf(JSON.parse(trimmed));
  } catch {
    // Not one JSON document: read it as NDJSON.
  }
  if (document !== undefined) {
    const entries = document;
    return { path, expectedRows: entries.length, entries: () => entries };
  }
  let lines = 0;
  let someLineIsJson = false;
  for (const { line } of linesOf(content)) {
    lines += 1;
    if (someLineIsJson) continue;
    try {
      JSON.parse(line);
      someLineIsJson = true;
    } catch {
      // Checked again, and refused, when the import reaches it.
    }
  }
  if (!someLineIsJson) throw new UsageError(`${path} is neither JSON nor NDJSON. ${USAGE}.`);
  return {
    path,
    expectedRows: lines,
    *entries() {
      for (const { line, number } of linesOf(content)) {
        let value: unknown;
        try {
          value = JSON.parse(line);
        } catch {
          yield { unreadable: `${path} line ${number}: not JSON` };
          continue;
        }
        yield* rowsOf(value);
      }
    },
  };
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
  let total = listings.reduce((sum, listing) => sum + listing.expectedRows, 0);
  let read = 0;
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
      for (const listing of listings) {
        const startedAt = run.seen;
        let rows: unknown[] = [];
        const hand = async () => {
          await run.add(rows);
          rows = [];
        };
        for (const entry of listing.entries()) {
          if ("unreadable" in entry) {
            await hand();
            run.refuse(entry.unreadable);
          } else rows.push(entry.row);
          if (rows.length === CHUNK_ROWS) {
            await hand();
            total = Math.max(total, run.seen);
            if (onTerminal) process.stdout.write(progressBar(run.seen, total));
          }
        }
        await hand();
        // An NDJSON line holding a whole page brings more rows than its one line promised.
        total += Math.max(0, run.seen - startedAt - listing.expectedRows);
        if (onTerminal) process.stdout.write(progressBar(run.seen, total));
        else {
          process.stdout.write(
            `${listing.path}: ${run.seen - startedAt} row(s), ${run.seen} of ${total} read\n`,
          );
        }
      }
      read = run.seen;
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
    process.stdout.write(summaryText(summary, read, listings.length));
    return 0;
  } finally {
    await database.close();
  }
}
