import type { Migration } from "kysely";

/**
 * Every schema change, in order. Keys sort lexically, so each starts with a zero-padded number.
 * A migration must work on both SQLite and PostgreSQL: use Kysely's schema builder and portable types.
 */
export const migrations: Record<string, Migration> = {};
