import { addDays } from "@stepwise/engine";
import type { FastifyInstance } from "fastify";
import { type Kysely, SqliteAdapter, sql } from "kysely";
import { z } from "zod";
import { signedIn } from "../access/policy.js";
import type { Principal } from "../access/principal.js";
import type { AuditEventsTable, DatabaseSchema } from "../database/schema.js";
import { HttpProblem } from "../problem.js";
import { addApiRoute } from "./api-route.js";

const DAY_OR_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?Z)?$/;

const when = (what: string) =>
  z
    .string({ error: `${what} must be a date (YYYY-MM-DD) or a UTC time (YYYY-MM-DDTHH:MM:SSZ).` })
    .regex(DAY_OR_TIME, {
      error: `${what} must be a date (YYYY-MM-DD) or a UTC time (YYYY-MM-DDTHH:MM:SSZ).`,
    })
    .refine((text) => !Number.isNaN(new Date(text.length === 10 ? `${text}T00:00:00Z` : text).getTime()), {
      error: `${what} must be a real date.`,
    });

const limit = (maximum: number, fallback: number) =>
  z.coerce
    .number({ error: `limit must be a whole number from 1 to ${maximum}.` })
    .int({ error: `limit must be a whole number from 1 to ${maximum}.` })
    .min(1, { error: `limit must be a whole number from 1 to ${maximum}.` })
    .max(maximum, { error: `limit must be a whole number from 1 to ${maximum}.` })
    .default(fallback)
    .describe(`How many events to return (1–${maximum}, default ${fallback}).`);

const filters = {
  cursor: z
    .string({ error: "cursor must be the nextCursor of an earlier page." })
    .regex(/^[A-Za-z0-9_-]{1,40}$/, { error: "cursor must be the nextCursor of an earlier page." })
    .optional()
    .describe("The nextCursor of the previous page; leave it out for the newest events."),
  clientId: z
    .uuid({ error: "clientId must be a client id." })
    .optional()
    .describe(
      "Events about this client or any of its records (assessments, decisions, episodes, consents, disclosures).",
    ),
  userId: z.uuid({ error: "userId must be a user id." }).optional().describe("Events done by this person."),
  action: z
    .string({ error: "action must be text." })
    .regex(/^[a-z0-9.-]{1,60}(\.\*)?$/, {
      error: "action must be an action such as client.read, or a family such as client.*",
    })
    .optional()
    .describe("One action (`client.read`) or a family of actions (`client.*`)."),
  from: when("from").optional().describe("Events at or after this date or UTC time."),
  to: when("to").optional().describe("Events up to this date (the whole day) or before this UTC time."),
};

export const auditQuery = z.strictObject({ limit: limit(1000, 200), ...filters });
export const auditExportQuery = z.strictObject({ limit: limit(50_000, 10_000), ...filters });
type AuditQuery = z.output<typeof auditQuery>;

const auditEventView = z.object({
  id: z.number().int().describe("Increases with every event."),
  occurredAt: z.string(),
  action: z.string().describe("What happened, e.g. `client.read`, `sign-in.password`."),
  outcome: z.string().describe("`success`, `failure`, `denied` or `not-found`."),
  actorUserId: z
    .string()
    .nullable()
    .describe("Who acted (a person's or a service account's id); null when no one was signed in."),
  actorName: z.string().nullable().describe("The display name of who acted, or the service account's name."),
  clientName: z
    .string()
    .nullable()
    .describe(
      "The name of the client the record belongs to (the client itself, or the client of an assessment, decision, episode, consent or disclosure); null for other records. Looking it up is not a read of the client's record.",
    ),
  organizationId: z.string().nullable(),
  recordType: z.string().nullable(),
  recordId: z.string().nullable(),
  ip: z.string().nullable(),
  requestId: z.string().nullable(),
  detail: z.string().nullable(),
});
type AuditEventView = z.output<typeof auditEventView>;

/** The table holding each kind of record that belongs to a client, and so names one. */
const CLIENT_RECORD_TABLES = {
  assessment: "assessments",
  decision: "level_of_care_decisions",
  episode: "care_episodes",
  consent: "consents",
  disclosure: "disclosures",
} as const;

/**
 * The client's name for each record id among the events, in a few queries per page. Only names are
 * looked up (no record is read), so the admin sees "assessment: Pat Lee" without the log itself writing
 * a `client.read` line for every client it names (docs/api.md, "The audit log").
 */
async function clientNamesOf(
  database: Kysely<DatabaseSchema>,
  organizationId: string,
  events: readonly { readonly record_type: string | null; readonly record_id: string | null }[],
): Promise<Map<string, string>> {
  const idsOf = (type: string) => [
    ...new Set(
      events.flatMap((event) =>
        event.record_type === type && event.record_id !== null ? [event.record_id] : [],
      ),
    ),
  ];
  const names = new Map<string, string>();
  const lookups: Promise<void>[] = [];
  const clientIds = idsOf("client");
  if (clientIds.length > 0) {
    lookups.push(
      database
        .selectFrom("clients")
        .select(["id", "name"])
        .where("organization_id", "=", organizationId)
        .where("id", "in", clientIds)
        .execute()
        .then((rows) => {
          for (const row of rows) names.set(row.id, row.name);
        }),
    );
  }
  for (const [type, table] of Object.entries(CLIENT_RECORD_TABLES)) {
    const ids = idsOf(type);
    if (ids.length === 0) continue;
    lookups.push(
      database
        // Every one of these tables has the columns used here (records-migration.ts); the alias lets
        // one typed query serve them all.
        .selectFrom(`${table} as owned` as "assessments as owned")
        .innerJoin("clients", "clients.id", "owned.client_id")
        .select(["owned.id as id", "clients.name as name"])
        .where("owned.organization_id", "=", organizationId)
        .where("owned.id", "in", ids)
        .execute()
        .then((rows) => {
          for (const row of rows) names.set(row.id, row.name);
        }),
    );
  }
  await Promise.all(lookups);
  return names;
}

function cursorOf(id: number): string {
  return Buffer.from(String(id), "utf8").toString("base64url");
}

function idOfCursor(cursor: string): number {
  const id = Number(Buffer.from(cursor, "base64url").toString("utf8"));
  if (!Number.isSafeInteger(id) || id < 1) {
    throw new HttpProblem(400, "Bad Request", "cursor: use the nextCursor of an earlier page.", [
      { field: "cursor", message: "Use the nextCursor of an earlier page." },
    ]);
  }
  return id;
}

/** The lower and upper bounds of `occurred_at` (ISO text compares in time order). */
function timeRange(query: Pick<AuditQuery, "from" | "to">): { from: string | null; before: string | null } {
  const from =
    query.from === undefined ? null : query.from.length === 10 ? `${query.from}T00:00:00.000Z` : query.from;
  const before =
    query.to === undefined
      ? null
      : query.to.length === 10
        ? `${addDays(query.to, 1)}T00:00:00.000Z`
        : query.to;
  if (from !== null && before !== null && before <= from) {
    throw new HttpProblem(400, "Bad Request", "to: use a time after from.", [
      { field: "to", message: "Use a time after from." },
    ]);
  }
  return { from, before };
}

/**
 * The lines a page reads: the organization's whole log, or for one client (`clientId`) the lines about
 * the client and about each of its records, found by record id (index `audit_events_by_record_id`).
 * The rest of the query sees a table named `audit_events` either way.
 *
 * The client's record ids drive the lookup (the CROSS JOIN: SQLite keeps its left side as the outer loop,
 * SQLite docs "The SQLite Query Optimizer Overview" §8; PostgreSQL plans it as an inner join). Asked as
 * `record_id in (…)` instead, SQLite without statistics (it has none unless ANALYZE runs; the app never
 * runs it) walked the organization's whole log newest first, testing each line, to fill a page of a client
 * with few lines. For the same reason the episodes' organization test carries SQLite's unary `+` (SQLite
 * docs, same page, "Disqualifying WHERE clause terms using unary-+"), so the client's episodes are found
 * by client, not by reading every episode of the organization.
 */
function auditLinesToRead(
  database: Kysely<DatabaseSchema>,
  principal: Principal,
  clientId: string | undefined,
) {
  if (clientId === undefined) return sql<AuditEventsTable>`audit_events`.as("audit_events");
  const organization = principal.organizationId;
  const byClientOnSqlite = sql.raw(database.getExecutor().adapter instanceof SqliteAdapter ? "+" : "");
  return sql<AuditEventsTable>`(select audit_events.* from (
      select ${clientId} as id
      union select id from assessments where client_id = ${clientId} and organization_id = ${organization}
      union select id from level_of_care_decisions where client_id = ${clientId} and organization_id = ${organization}
      union select id from care_episodes where client_id = ${clientId} and ${byClientOnSqlite}organization_id = ${organization}
      union select id from consents where client_id = ${clientId} and organization_id = ${organization}
      union select id from disclosures where client_id = ${clientId} and organization_id = ${organization}
    ) as of_client
    cross join audit_events
    where audit_events.organization_id = ${organization} and audit_events.record_id = of_client.id)`.as(
    "audit_events",
  );
}

/**
 * One page of an organization's audit log, newest first, filtered. Each filter is an equality or a
 * range on a column with an index that starts with the organization (migration 0300_e), and the page
 * walks the id downwards from the cursor, so a page costs the same however long the log grows.
 */
export async function auditEventPage(
  database: Kysely<DatabaseSchema>,
  principal: Principal,
  query: Omit<AuditQuery, "limit"> & { readonly limit: number },
): Promise<{ events: AuditEventView[]; nextCursor: string | null }> {
  const { from, before } = timeRange(query);
  let select = database
    .selectFrom(auditLinesToRead(database, principal, query.clientId))
    .leftJoin("users", "users.id", "audit_events.actor_user_id")
    // A service account acts under its own id (docs/service-accounts.md); its name is shown the same way.
    .leftJoin("service_accounts", "service_accounts.id", "audit_events.actor_user_id")
    .selectAll("audit_events")
    .select((eb) => eb.fn.coalesce("users.display_name", "service_accounts.name").as("actor_name"))
    .where("audit_events.organization_id", "=", principal.organizationId);
  if (query.cursor !== undefined) select = select.where("audit_events.id", "<", idOfCursor(query.cursor));
  if (query.userId !== undefined) select = select.where("audit_events.actor_user_id", "=", query.userId);
  if (query.action !== undefined) {
    select = query.action.endsWith(".*")
      ? select
          .where("audit_events.action", ">=", query.action.slice(0, -1))
          .where("audit_events.action", "<", `${query.action.slice(0, -1)}\u{10FFFF}`)
      : select.where("audit_events.action", "=", query.action);
  }
  if (from !== null) select = select.where("audit_events.occurred_at", ">=", from);
  if (before !== null) select = select.where("audit_events.occurred_at", "<", before);
  const rows = await select
    .orderBy("audit_events.id", "desc")
    .limit(query.limit + 1)
    .execute();
  const page = rows.slice(0, query.limit);
  const last = page[page.length - 1];
  const clientNames = await clientNamesOf(database, principal.organizationId, page);
  return {
    events: page.map((row) => ({
      id: Number(row.id),
      occurredAt: row.occurred_at,
      action: row.action,
      outcome: row.outcome,
      actorUserId: row.actor_user_id,
      actorName: row.actor_name ?? null,
      clientName: row.record_id === null ? null : (clientNames.get(row.record_id) ?? null),
      organizationId: row.organization_id,
      recordType: row.record_type,
      recordId: row.record_id,
      ip: row.ip,
      requestId: row.request_id,
      detail: row.detail,
    })),
    nextCursor: rows.length > query.limit && last !== undefined ? cursorOf(Number(last.id)) : null,
  };
}

const CSV_COLUMNS = [
  "id",
  "occurredAt",
  "action",
  "outcome",
  "actorUserId",
  "actorName",
  "clientName",
  "recordType",
  "recordId",
  "ip",
  "requestId",
  "detail",
] as const satisfies readonly (keyof AuditEventView)[];

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, quote or line break; a field a spreadsheet
 * would run as a formula (starting with = + - @, tab or carriage return) gets a leading apostrophe
 * (OWASP "CSV Injection").
 */
export function csvField(value: string | number | null): string {
  if (value === null) return "";
  let text = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function auditCsv(events: readonly AuditEventView[]): string {
  const lines = [CSV_COLUMNS.join(",")];
  for (const event of events) lines.push(CSV_COLUMNS.map((column) => csvField(event[column])).join(","));
  return `${lines.join("\r\n")}\r\n`;
}

/** The filters as a fixed phrase for the audit line of the read (never the values a person typed). */
function filtersUsed(query: Omit<AuditQuery, "limit">): string {
  const used = (["clientId", "userId", "action", "from", "to", "cursor"] as const).filter(
    (name) => query[name] !== undefined,
  );
  return used.length === 0 ? "no filters" : `filters: ${used.join(", ")}`;
}

/**
 * `GET /api/audit-events` and its CSV export: an admin examines their organization's audit log
 * (HIPAA 164.312(b): "record and examine activity"), page by page, filtered by client, person, action
 * and time. Looking at the log is itself recorded. Unknown parameters answer 400.
 */
export function registerAuditEventRoutes(
  app: FastifyInstance,
  options: { readonly database: Kysely<DatabaseSchema> },
): void {
  addApiRoute(app, {
    method: "GET",
    url: "/api/audit-events",
    operationId: "listAuditEvents",
    tag: "Audit log",
    summary: "Read your organization's audit log",
    description:
      "Newest first, in pages (`nextCursor`), filtered by client (its records included), person, action or family of actions (`client.*`) and time. Each event names who acted. Reading the log is itself an event (`audit-log.read`).",
    policy: signedIn("admin"),
    query: auditQuery,
    responses: {
      200: {
        description: "A page of events, newest first.",
        schema: z.object({
          events: z.array(auditEventView),
          nextCursor: z
            .string()
            .nullable()
            .describe("Pass as `cursor` for older events; null on the last page."),
        }),
      },
    },
    handle: async ({ request, principal, query }) => {
      const page = await auditEventPage(options.database, principal, query);
      await request.audit.record({
        action: "audit-log.read",
        outcome: "success",
        detail: filtersUsed(query),
      });
      return page;
    },
  });

  addApiRoute(app, {
    method: "GET",
    url: "/api/audit-events/client-names",
    operationId: "listAuditClientNames",
    tag: "Audit log",
    summary: "Name the clients the audit log can be filtered by",
    description:
      "Every client of your organization (merged and inactive ones too) as an id and a name, by name, for the audit log's client filter. Only names are looked up, so no client's record is read; the lookup is one `audit-log.read` event (detail `client names`), not a `client.read` per client.",
    policy: signedIn("admin"),
    query: z.strictObject({}),
    responses: {
      200: {
        description: "The organization's clients, by name.",
        schema: z.object({
          clients: z.array(z.object({ id: z.string(), name: z.string() })),
        }),
      },
    },
    handle: async ({ request, principal }) => {
      const clients = await options.database
        .selectFrom("clients")
        .select(["id", "name"])
        .where("organization_id", "=", principal.organizationId)
        .orderBy("name")
        .orderBy("id")
        .execute();
      await request.audit.record({ action: "audit-log.read", outcome: "success", detail: "client names" });
      return { clients };
    },
  });

  addApiRoute(app, {
    method: "GET",
    url: "/api/audit-events/export",
    operationId: "exportAuditEvents",
    tag: "Audit log",
    summary: "Export your organization's audit log as CSV",
    description:
      'The same filters as the list, up to 50,000 events per file (default 10,000), newest first; the `Link` header (rel="next") names the next file when there are more. Formula-like cells are neutralized with a leading apostrophe.',
    policy: signedIn("admin"),
    query: auditExportQuery,
    responses: {
      200: {
        description: "The events as CSV (RFC 4180), with a header row.",
        contentType: "text/csv",
        schema: z.string().describe(`CSV with the columns ${CSV_COLUMNS.join(", ")}.`),
      },
    },
    handle: async ({ request, reply, principal, query }) => {
      const page = await auditEventPage(options.database, principal, query);
      await request.audit.record({
        action: "audit-log.export",
        outcome: "success",
        detail: filtersUsed(query),
      });
      if (page.nextCursor !== null) {
        const next = new URLSearchParams(
          Object.entries({ ...query, cursor: page.nextCursor }).map(([key, value]) => [key, String(value)]),
        );
        reply.header("link", `</api/audit-events/export?${next.toString()}>; rel="next"`);
      }
      reply.header("content-disposition", 'attachment; filename="audit-events.csv"');
      return reply.type("text/csv; charset=utf-8").send(auditCsv(page.events));
    },
  });
}
