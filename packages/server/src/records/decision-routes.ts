import { randomUUID } from "node:crypto";
import type { Language, LevelOfCare, OverrideReason, PlacementResult } from "@stepwise/engine";
import type { z } from "zod";
import { inOrganizationOf, organizationStamp } from "../access/organization-scope.js";
import { signedIn } from "../access/policy.js";
import { assessmentsQuery } from "./assessment-routes.js";
import { clientRecordsListRoute } from "./client-records-list-route.js";
import { answerWithEntityTag } from "./entity-tag.js";
import { explainDecision, languageOf, languageQuery } from "./explanation.js";
import { problemResponses } from "./problem-responses.js";
import {
  clientAndMergedIds,
  clientOfOrganization,
  conflict,
  missingRecord,
  parseJsonColumn,
  type RecordsOptions,
  unprocessable,
  unprocessableAll,
} from "./record-context.js";
import { recordReadRoute } from "./record-read-route.js";
import { type RecordRoute, recordRoute } from "./record-route.js";
import { clientParams, decisionBody, decisionParams, decisionView } from "./record-schemas.js";
import type { LevelOfCareDecisionsTable } from "./record-tables.js";
import { decisionProblems, type StoredSafetyAcknowledgement, storedAcknowledgements } from "./safety-gate.js";

export function viewOfDecision(
  row: LevelOfCareDecisionsTable,
  language: Language = "en",
): z.output<typeof decisionView> {
  const acknowledgements = parseJsonColumn<StoredSafetyAcknowledgement[]>(row.safety_acknowledgements) ?? [];
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
    safetyAcknowledgements: acknowledgements,
    explanation: explainDecision(
      {
        recommended: row.recommended_level as LevelOfCare | null,
        chosen: row.chosen_level as LevelOfCare,
        reason: row.reason as OverrideReason | null,
        acknowledgements,
      },
      language,
    ),
    createdAt: row.created_at,
    createdBy: row.created_by,
  };
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
        "Records the recommended level (from the assessment), the levels available and the chosen level. Refused with 422 naming each missing field: `reason` when the chosen level differs from the recommendation, `reasonText` when it is below it (or the reason is `other`), `safetyAcknowledgements` when an urgent item of the assessment (any tier, whatever level is chosen) has no acknowledgement.",
      policy: signedIn("admin", "clinician"),
      params: clientParams,
      query: languageQuery,
      body: decisionBody,
      responses: {
        201: { description: "The decision.", schema: decisionView, etag: true },
        ...problemResponses(400, 401, 403, 404, 409, 413, 422),
      },
      handle: async ({ request, reply, principal, params, query, body }) => {
        const client = await clientOfOrganization(
          database,
          request,
          principal,
          params.clientId,
          "decision.create",
        );
        const assessment = await assessmentsQuery(options, principal)
          .where("assessments.id", "=", body.assessmentId)
          .where("assessments.client_id", "in", await clientAndMergedIds(database, principal, client.id))
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
        const urgent = (
          parseJsonColumn<Pick<PlacementResult, "urgent">>(assessment.result)?.urgent ?? []
        ).filter((item) => typeof item?.ruleId === "string");
        const acknowledgements = (body.safetyAcknowledgements ?? []).map((acknowledgement) => ({
          ruleId: acknowledgement.ruleId,
          code: acknowledgement.code,
          text: acknowledgement.text ?? null,
        }));
        const problems = decisionProblems({
          recommended: assessment.recommended_level as LevelOfCare | null,
          chosen: body.chosenLevel,
          reason,
          reasonText,
          urgent,
          acknowledgements,
        });
        if (problems.length > 0) throw unprocessableAll(problems);
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
          safety_acknowledgements: JSON.stringify(storedAcknowledgements(urgent, acknowledgements)),
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
        return answerWithEntityTag(
          request,
          reply,
          1,
          viewOfDecision(row, languageOf(request, query.language)),
        );
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
      present: (_page, _principal, language) => (row) => viewOfDecision(row, language),
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
      present: (row, _principal, language) => viewOfDecision(row, language),
    }),
  ];
}
