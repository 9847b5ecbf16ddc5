import { LEVELS_OF_CARE } from "@stepwise/engine";
import { type Expression, type Kysely, type SqlBool, sql } from "kysely";
import { z } from "zod";
import type { DatabaseSchema } from "../database/schema.js";
import { pageQuery } from "./cursor-page.js";
import type { ClientsTable } from "./record-tables.js";

/**
 * A name's words folded for search: Unicode compatibility form without accents, lower case, split
 * on anything that is not a letter or digit ("María-José O'Neil" → maria, jose, o, neil), so "jose"
 * and "José" find the same person.
 */
export function nameWords(name: string): string[] {
  const folded = foldForSearch(name);
  return [...new Set(folded.split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 0))].slice(0, 20);
}

export function foldForSearch(text: string): string {
  return text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
}

/** The highest code point: every word starting with a prefix sorts below prefix + this (byte order). */
const AFTER_EVERY_WORD = "\u{10FFFF}";

/**
 * Client ids whose name has a word starting with `prefix`: one range of the word index
 * (organization, word), so the cost follows the matches, not the number of clients.
 */
export function nameWordPrefix(database: Kysely<DatabaseSchema>, organizationId: string, prefix: string) {
  return database
    .selectFrom("client_name_words")
    .select("client_name_words.client_id")
    .where("client_name_words.organization_id", "=", organizationId)
    .where("client_name_words.word", ">=", prefix)
    .where("client_name_words.word", "<", `${prefix}${AFTER_EVERY_WORD}`);
}

const flag = (what: string) =>
  z
    .enum(["true", "false"], { error: `${what} must be true or false.` })
    .transform((value) => value === "true")
    .optional();

export const clientListQuery = pageQuery.extend({
  q: z
    .string({ error: "q must be text." })
    .trim()
    .min(1, { error: "q needs at least one character." })
    .max(120, { error: "Use at most 120 characters for q." })
    .optional()
    .describe(
      "Search: a case-insensitive prefix of any word of the name (every word of q must match), the exact record number, or the exact birth date (YYYY-MM-DD).",
    ),
  assignedTo: z
    .uuid({ error: "assignedTo must be a user id." })
    .optional()
    .describe("Clients assigned to this clinician."),
  level: z
    .enum(LEVELS_OF_CARE, { error: `level must be one of: ${LEVELS_OF_CARE.join(", ")}.` })
    .optional()
    .describe("Clients whose open episode is at this level now (derived from its events)."),
  openEpisode: flag("openEpisode").describe("true: clients with an open episode; false: without one."),
  reassessmentDue: flag("reassessmentDue").describe(
    "true: clients whose open episode's reassessment is due today or earlier; false: not due.",
  ),
  status: z
    .enum(["active", "inactive", "merged", "all"], {
      error: "status must be active, inactive, merged or all.",
    })
    .default("active")
    .describe("Which clients: active (default), inactive, merged duplicates, or all."),
  sort: z
    .enum(["created", "reassessment-due"], { error: "sort must be created or reassessment-due." })
    .default("created")
    .describe(
      "created (default): oldest first. reassessment-due: the earliest reassessment date first, so overdue clients lead; clients without an open episode last.",
    ),
});
export type ClientListQuery = z.output<typeof clientListQuery>;

/**
 * The level an open episode is at now, in SQL: the last admission or transfer in effect (not voided),
 * as its latest correction says. The same rule as episode-history.ts `deriveEpisode`.
 */
export function currentLevelOfEpisode(episodeColumn: string): Expression<string | null> {
  return sql<string | null>`(
    select coalesce(
      (select correction.to_level from care_episode_event_amendments correction
        where correction.event_id = event.id and correction.kind = 'correction'
        order by correction.sequence desc limit 1),
      event.to_level)
    from care_episode_events event
    where event.episode_id = ${sql.ref(episodeColumn)}
      and event.kind in ('admission', 'transfer')
      and not exists (select 1 from care_episode_event_amendments void
        where void.event_id = event.id and void.kind = 'void')
    order by event.sequence desc limit 1)`;
}

/** A date after every real one: clients with no reassessment date sort last. */
export const NO_REASSESSMENT_DATE = "9999-12-31";

/** The open episode's reassessment date, or NO_REASSESSMENT_DATE: the key of `sort=reassessment-due`. */
export const reassessmentSortKey = sql<string>`coalesce((select due.reassessment_due_on from care_episodes due
  where due.client_id = clients.id and due.status = 'open'), ${NO_REASSESSMENT_DATE})`;

/**
 * The clients a list reads: for a search (`q`), the clients found by `searchCandidates`, each read by its
 * id; otherwise the organization's clients, in the order of its index. Either way the rest of the query
 * sees a table named `clients`.
 *
 * The found clients drive the search (the CROSS JOIN: SQLite keeps its left side as the outer loop,
 * SQLite docs "The SQLite Query Optimizer Overview" §8; PostgreSQL treats it as an inner join and plans
 * freely). Asked as `clients.id in (…)` instead, with no statistics (SQLite has none unless ANALYZE runs,
 * and the app never runs it), SQLite walked every client of the organization in list order and tested
 * each; so did PostgreSQL, which had statistics, when the name test was one side of an OR (bench/README.md,
 * "Records at scale": 25 ms a search at 100,000 clients, growing with them).
 */
export function clientsToList(
  database: Kysely<DatabaseSchema>,
  organizationId: string,
  q: string | undefined,
) {
  if (q === undefined) return "clients" as const;
  return sql<ClientsTable>`(select clients.* from ${searchCandidates(database, organizationId, q)} as found
    cross join clients where clients.id = found.client_id)`.as("clients");
}

/**
 * Ids of the organization's clients that a search finds, each once, every part looked up through an
 * index: clients with every word of `q` as the start of a word of their name (ranges of the name-word
 * index), then the client with exactly that record number and, for a date, those born that day.
 */
export function searchCandidates(database: Kysely<DatabaseSchema>, organizationId: string, q: string) {
  const exactly = (column: "record_number" | "birth_date") =>
    database
      .selectFrom("clients as exact")
      .select("exact.id as client_id")
      .where("exact.organization_id", "=", organizationId)
      .where(`exact.${column}`, "=", q);
  // Every word must match: the first word's range, kept where the next words' ranges hold the same client.
  const byName = nameWords(q)
    .map((word) => nameWordPrefix(database, organizationId, word))
    .reduce<ReturnType<typeof nameWordPrefix> | null>(
      (all, next) => (all === null ? next : all.where("client_name_words.client_id", "in", next)),
      null,
    );
  const recordNumber = exactly("record_number");
  const birthDate = /^\d{4}-\d{2}-\d{2}$/.test(q) ? exactly("birth_date") : null;
  // UNION, not UNION ALL: a client found by name and by record number is listed once.
  if (byName === null) return birthDate === null ? recordNumber : recordNumber.union(birthDate);
  return birthDate === null ? byName.union(recordNumber) : byName.union(recordNumber).union(birthDate);
}

/** The filters of a client list besides the search (`clientsToList`), as conditions on `clients`. */
export function clientFilters(query: ClientListQuery, today: string): Expression<SqlBool>[] {
  const conditions: Expression<SqlBool>[] = [];
  if (query.status !== "all") conditions.push(sql<SqlBool>`clients.status = ${query.status}`);
  if (query.assignedTo !== undefined) {
    conditions.push(sql<SqlBool>`clients.assigned_clinician_id = ${query.assignedTo}`);
  }
  const openEpisode = (extra: Expression<SqlBool>) =>
    sql<SqlBool>`exists (select 1 from care_episodes episode
      where episode.client_id = clients.id and episode.status = 'open' and ${extra})`;
  if (query.openEpisode !== undefined) {
    const exists = openEpisode(sql<SqlBool>`1 = 1`);
    conditions.push(query.openEpisode ? exists : sql<SqlBool>`not ${exists}`);
  }
  if (query.reassessmentDue !== undefined) {
    const due = openEpisode(sql<SqlBool>`episode.reassessment_due_on <= ${today}`);
    conditions.push(query.reassessmentDue ? due : sql<SqlBool>`not ${due}`);
  }
  if (query.level !== undefined) {
    conditions.push(openEpisode(sql<SqlBool>`${currentLevelOfEpisode("episode.id")} = ${query.level}`));
  }
  return conditions;
}
