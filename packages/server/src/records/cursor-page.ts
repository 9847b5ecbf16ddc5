import { type Expression, type SqlBool, sql } from "kysely";
import { z } from "zod";
import { HttpProblem } from "../problem.js";

export const PAGE_LIMIT_DEFAULT = 50;
export const PAGE_LIMIT_MAX = 200;

/** `?limit=&cursor=` on every list. */
export const pageQuery = z.strictObject({
  limit: z.coerce
    .number({ error: `limit must be a whole number from 1 to ${PAGE_LIMIT_MAX}.` })
    .int({ error: `limit must be a whole number from 1 to ${PAGE_LIMIT_MAX}.` })
    .min(1, { error: `limit must be a whole number from 1 to ${PAGE_LIMIT_MAX}.` })
    .max(PAGE_LIMIT_MAX, { error: `limit must be a whole number from 1 to ${PAGE_LIMIT_MAX}.` })
    .default(PAGE_LIMIT_DEFAULT)
    .describe(`How many records to return, 1–${PAGE_LIMIT_MAX} (default ${PAGE_LIMIT_DEFAULT}).`),
  cursor: z
    .string({ error: "cursor must be the nextCursor of an earlier page." })
    .max(400, { error: "cursor must be the nextCursor of an earlier page." })
    .optional()
    .describe("The nextCursor of the previous page; leave it out for the first page."),
});
export type PageQuery = z.output<typeof pageQuery>;

/** Where a page starts: after the row with this sort key and id. */
export interface PagePosition {
  readonly key: string;
  readonly id: string;
}

/**
 * Cursor pagination in a stable order (sort key, then id): a record added while someone pages is
 * neither skipped nor shown twice, which offset pagination cannot promise. The cursor is opaque to
 * clients (base64url JSON); a cursor that does not decode answers 400 naming `cursor`.
 */
export function decodeCursor(cursor: string | undefined): PagePosition | null {
  if (cursor === undefined) return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (
      Array.isArray(parsed) &&
      parsed.length === 2 &&
      typeof parsed[0] === "string" &&
      typeof parsed[1] === "string" &&
      parsed[0].length <= 64 &&
      parsed[1].length <= 64 &&
      // Only the characters our keys use (ISO times, UUIDs): a NUL byte, for one, would reach PostgreSQL.
      /^[0-9A-Za-z:.+-]*$/.test(parsed[0]) &&
      /^[0-9A-Za-z-]*$/.test(parsed[1])
    ) {
      return { key: parsed[0], id: parsed[1] };
    }
  } catch {
    // fall through to the problem below
  }
  throw new HttpProblem(400, "Bad Request", "cursor: use the nextCursor of an earlier page.", [
    { field: "cursor", message: "Use the nextCursor of an earlier page." },
  ]);
}

export function encodeCursor(position: PagePosition): string {
  return Buffer.from(JSON.stringify([position.key, position.id]), "utf8").toString("base64url");
}

/** Rows strictly after the position in (key, id) order. */
export function afterPosition(keyColumn: string, position: PagePosition | null): Expression<SqlBool> {
  if (position === null) return sql<SqlBool>`1 = 1`;
  return sql<SqlBool>`(${sql.ref(keyColumn)} > ${position.key} or (${sql.ref(keyColumn)} = ${position.key} and ${sql.ref("id")} > ${position.id}))`;
}

/** Splits the `limit + 1` rows fetched into the page and the cursor of the next one. */
export function pageOf<Row extends { readonly id: string }, Item>(
  rows: readonly Row[],
  limit: number,
  keyOf: (row: Row) => string,
  view: (row: Row) => Item,
): { items: Item[]; nextCursor: string | null } {
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return {
    items: page.map(view),
    nextCursor:
      rows.length > limit && last !== undefined ? encodeCursor({ key: keyOf(last), id: last.id }) : null,
  };
}
