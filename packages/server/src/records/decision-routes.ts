import { randomUUID } from "node:crypto";
import type { LevelOfCare, OverrideReason } from "@stepwise/engine";
import type { z } from "zod";
import { inOrganizationOf, organizationStamp } from "../access/organization-scope.js";
import { signedIn } from "../access/policy.js";
import { assessmentsQuery } from "./assessment-routes.js";
import { clientRecordsListRoute } from "./client-records-list-route.js";
import { answerWithEntityTag } from "./entity-tag.js";
import { problemResponses } from "./problem-responses.js";
import {
  clientOfOrganization,
  conflict,
  missingRecord,
  parseJsonColumn,
  type RecordsOptions,
  unprocessable,
} from "./record-context.js";
import { recordReadRoute } from "./record-read-route.js";
import { type RecordRoute, recordRoute } from "./record-route.js";
import { clientParams, decisionBody, decisionParams, decisionView } from "./record-schemas.js";
import type { LevelOfCareDecisionsTable } from "./record-tables.js";

export function viewOfDecision(row: LevelOfCareDecisionsTable): z.output<typeof decisionView> {
  return {
    id: row.id,
    clientId: row.client_id,
    assessmentId: row.assessment_id,
    recommendedLevel: row.recommended_level as LevelOfCare | null,
    availableLevels: parseJsonColumn<LevelOfCare[]>(row.available_levels),
    chosenLevel: row.chosen_level as LevelOfCare,
    differs: row.chosen_level !== row.recommended_level,
    reason: row.reason as OverrideReason | null,
    reasonText: row.reason_text,
    createdAt: row.created_at,
    createdBy: row.created_by,
  };
}

/**
 * The rule of a level-of-care decision (docs/design.md "Recommended, available, chosen"; docs/design/domain.md §5.6,
 * after San Diego's DMC-ODS form F104c): a chosen level that differs from the recommended one needs
 * a coded reason, and the code `other` needs the reason in words. Answers the field to fix.
 */
export function decisionProblem(input: {
  recommended: string | null;
  chosen: string;
  reason: OverrideReason | null;
  reasonText: string | null;
}): { field: "reason" | "reasonText"; message: string } | null {
  const differs = input.chosen !== input.recommended;
  if (differs && input.reason === null) {
    return {
      field: "reason",
      message:
        input.recommended === null
          ? "There is no recommended level to follow, so give a coded reason for the chosen level."
          : `The chosen level differs from the recommended level (${input.recommended}); give a coded reason.`,
    };
  }
  if (input.reason === "other" && input.reasonText === null) {
    return { field: "reasonText", message: "The reason is 'other'; say what it is in your words." };
  }
  return null;
}

export function decisionRoutes(options: RecordsOptions): RecordRoute[] {
  const { database, clock, writes } = options;
  return [
    recordRoute({
      method: "POST",
      url: "/api/clients/:clientId/decisions",
      operationId: "recordDecision",
      tag: "Level-of-care decisions",
      summary: "Record a level-of-care decision",
      description:
        "Records the recommended level (from the assessment), the levels available and the chosen level. A chosen level that differs from the recommendation is refused (422, field `reason`) without a coded reason.",
      policy: signedIn("admin", "clinician"),
      params: clientParams,
      body: decisionBody,
      responses: {
        201: { description: "The decision.", schema: decisionView, etag: true },
        ...problemResponses(400, 401, 403, 404, 409, 413, 422),
      },
      handle: async ({ request, reply, principal, params, body }) => {
        const client = await clientOfOrganization(
          database,
          request,
          principal,
          params.clientId,
          "decision.create",
        );
        const assessment = await assessmentsQuery(options, principal)
          .where("assessments.id", "=", body.assessmentId)
          .where("assessments.client_id", "=", client.id)
          .executeTakeFirst();
        if (assessment === undefined) {
          await missingRecord(request, "assessment", body.assessmentId, "decision.create");
          throw unprocessable("assessmentId", "There is no such assessment of this client.");
        }
        if (assessment.superseded_by_id !== null) {
          throw conflict(
            "assessmentId",
            `This assessment was corrected; decide on the current version (${assessment.superseded_by_id}).`,
          );
        }
        const reason = body.reason ?? null;
        const reasonText = body.reasonText ?? null;
        const problem = decisionProblem({
          recommended: assessment.recommended_level,
          chosen: body.chosenLevel,
          reason,
          reasonText,
        });
        if (problem !== null) throw unprocessable(problem.field, problem.message);
        const row: LevelOfCareDecisionsTable = {
          id: randomUUID(),
          ...organizationStamp(principal),
          client_id: client.id,
          assessment_id: assessment.id,
          recommended_level: assessment.recommended_level,
          available_levels:
            body.availableLevels === undefined || body.availableLevels === null
              ? null
              : JSON.stringify(body.availableLevels),
          chosen_level: body.chosenLevel,
          reason,
          reason_text: reasonText,
          created_at: clock.now().toISOString(),
          created_by: principal.userId,
        };
        await writes.run(async (trx) => {
          await trx.insertInto("level_of_care_decisions").values(row).execute();
          await request.audit.record(
            {
              action: "decision.create",
              outcome: "success",
              recordType: "decision",
              recordId: row.id,
              detail:
                row.chosen_level === row.recommended_level
                  ? "recommendation accepted"
                  : `override: ${reason}`,
            },
            trx,
          );
        });
        reply.code(201).header("location", `/api/decisions/${row.id}`);
        return answerWithEntityTag(request, reply, 1, viewOfDecision(row));
      },
    }),

    clientRecordsListRoute(options, {
      url: "/api/clients/:clientId/decisions",
      operationId: "listDecisions",
      tag: "Level-of-care decisions",
      summary: "List a client's level-of-care decisions",
      description: "Oldest first, in pages.",
      record: "decision",
      table: "level_of_care_decisions",
      orderedBy: "created_at",
      item: decisionView,
      itemsDescription: "A page of decisions.",
      present: () => viewOfDecision,
    }),

    recordReadRoute({
      url: "/api/decisions/:decisionId",
      operationId: "readDecision",
      tag: "Level-of-care decisions",
      summary: "Read a level-of-care decision",
      description: "Decisions are never changed; a new decision is recorded instead.",
      params: decisionParams,
      record: "decision",
      view: { description: "The decision.", schema: decisionView },
      load: async (request, principal, params, action) => {
        const row = await database
          .selectFrom("level_of_care_decisions")
          .selectAll()
          .where("id", "=", params.decisionId)
          .where(inOrganizationOf(principal))
          .executeTakeFirst();
        if (row === undefined || row.organization_id !== principal.organizationId) {
          throw await missingRecord(request, "decision", params.decisionId, action);
        }
        return row;
      },
      // Decisions are never changed, so every one is at its first version.
      version: () => 1,
      present: viewOfDecision,
    }),
  ];
}
