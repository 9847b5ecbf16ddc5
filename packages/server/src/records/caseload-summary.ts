import { type Kysely, sql } from "kysely";
import { z } from "zod";
import type { DatabaseSchema } from "../database/schema.js";
import { currentLevelOfEpisode } from "./client-search.js";
import { clientView, levelOfCare } from "./record-schemas.js";

/**
 * What a caseload row shows beside a client's identifiers: the open episode and its level now, when a
 * reassessment is due, the latest assessment, and how many of its urgent items still wait for a
 * decision. Found for a whole page in four queries, never one per client.
 */
export const caseloadSummary = z.object({
  openEpisodeId: z.uuid().nullable().describe("The client's open episode of care, if any."),
  currentLevel: levelOfCare.nullable().describe("The open episode's level now (derived from its events)."),
  reassessmentDueOn: z.string().nullable().describe("When the open episode's reassessment is due."),
  lastAssessmentId: z.uuid().nullable().describe("The latest current assessment (not a corrected version)."),
  lastAssessmentOn: z.string().nullable().describe("Its date (YYYY-MM-DD)."),
  urgentItemsOpen: z
    .number()
    .int()
    .min(0)
    .describe("Urgent items of the latest assessment when no decision has been recorded on it yet; else 0."),
});
export type CaseloadSummary = z.output<typeof caseloadSummary>;

export const clientListItem = clientView.extend({ caseload: caseloadSummary });

const EMPTY: CaseloadSummary = {
  openEpisodeId: null,
  currentLevel: null,
  reassessmentDueOn: null,
  lastAssessmentId: null,
  lastAssessmentOn: null,
  urgentItemsOpen: 0,
};

function urgentCount(result: string): number {
  try {
    const parsed = JSON.parse(result) as { urgent?: unknown };
    return Array.isArray(parsed.urgent) ? parsed.urgent.length : 0;
  } catch {
    return 0;
  }
}

export async function caseloadSummaries(
  database: Kysely<DatabaseSchema>,
  organizationId: string,
  clientIds: readonly string[],
): Promise<Map<string, CaseloadSummary>> {
  const summaries = new Map<string, CaseloadSummary>(clientIds.map((id) => [id, { ...EMPTY }]));
  if (clientIds.length === 0) return summaries;
  const ids = [...clientIds];
  const episodes = await database
    .selectFrom("care_episodes")
    .select([
      "care_episodes.id",
      "care_episodes.client_id",
      "care_episodes.reassessment_due_on",
      sql<string | null>`${currentLevelOfEpisode("care_episodes.id")}`.as("level"),
    ])
    .where("care_episodes.organization_id", "=", organizationId)
    .where("care_episodes.client_id", "in", ids)
    .where("care_episodes.status", "=", "open")
    .execute();
  for (const episode of episodes) {
    const summary = summaries.get(episode.client_id);
    if (summary === undefined) continue;
    summaries.set(episode.client_id, {
      ...summary,
      openEpisodeId: episode.id,
      currentLevel: levelOfCare.safeParse(episode.level).data ?? null,
      reassessmentDueOn: episode.reassessment_due_on,
    });
  }
  const current = await database
    .selectFrom("assessments as version")
    .select(["version.id", "version.client_id", "version.as_of", "version.created_at"])
    .where("version.organization_id", "=", organizationId)
    .where("version.client_id", "in", ids)
    .where(
      sql<boolean>`not exists (select 1 from assessments correction where correction.supersedes_id = version.id)`,
    )
    .execute();
  const latest = new Map<string, (typeof current)[number]>();
  for (const row of current) {
    const known = latest.get(row.client_id);
    const later =
      known === undefined ||
      row.as_of > known.as_of ||
      (row.as_of === known.as_of && row.created_at > known.created_at);
    if (later) latest.set(row.client_id, row);
  }
  const latestIds = [...latest.values()].map((row) => row.id);
  if (latestIds.length === 0) return summaries;
  const [results, decided] = await Promise.all([
    database
      .selectFrom("assessments")
      .select(["id", "result"])
      .where("organization_id", "=", organizationId)
      .where("id", "in", latestIds)
      .execute(),
    database
      .selectFrom("level_of_care_decisions")
      .select("assessment_id")
      .where("organization_id", "=", organizationId)
      .where("assessment_id", "in", latestIds)
      .execute(),
  ]);
  const resultOf = new Map(results.map((row) => [row.id, row.result]));
  const decidedIds = new Set(decided.map((row) => row.assessment_id));
  for (const [clientId, row] of latest) {
    const summary = summaries.get(clientId);
    if (summary === undefined) continue;
    summaries.set(clientId, {
      ...summary,
      lastAssessmentId: row.id,
      lastAssessmentOn: row.as_of.slice(0, 10),
      urgentItemsOpen: decidedIds.has(row.id) ? 0 : urgentCount(resultOf.get(row.id) ?? "{}"),
    });
  }
  return summaries;
}
