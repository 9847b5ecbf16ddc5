import { randomUUID } from "node:crypto";
import {
  AnswerOutOfRangeError,
  type Assessment,
  type PlacementResult,
  type ScaleResultInput,
  scoreInstrument,
  UnknownInstrumentError,
  UnknownItemError,
} from "@stepwise/engine";
import type { FastifyRequest } from "fastify";
import type { z } from "zod";
import { inOrganizationOf, organizationStamp } from "../access/organization-scope.js";
import { anyRole, signedIn } from "../access/policy.js";
import type { Principal } from "../access/principal.js";
import { HttpProblem } from "../problem.js";
import { afterPosition, decodeCursor, pageOf, pageQuery } from "./cursor-page.js";
import { answerWithEntityTag, staleVersion, versionFromIfMatch } from "./entity-tag.js";
import { problemResponses } from "./problem-responses.js";
import {
  clientOfOrganization,
  isUniqueViolation,
  missingRecord,
  parseJsonColumn,
  type RecordsOptions,
} from "./record-context.js";
import { recordReadRoute } from "./record-read-route.js";
import { type RecordRoute, recordRoute } from "./record-route.js";
import {
  assessmentBody,
  assessmentParams,
  assessmentView,
  clientParams,
  correctionBody,
  pageOfSchema,
  quickAssessmentBodyParser,
  type scaleAnswersSchema,
} from "./record-schemas.js";
import type { AssessmentsTable } from "./record-tables.js";

const quickAssessmentBody = quickAssessmentBodyParser(assessmentBody);
const quickCorrectionBody = quickAssessmentBodyParser(correctionBody);

/** An assessment with the longest answers still fits; anything larger is refused before parsing (413). */
export const ASSESSMENT_BODY_LIMIT = 256 * 1024;

export type StoredAssessment = AssessmentsTable & { readonly superseded_by_id: string | null };

/**
 * An assessment's ETag: the row never changes, but it can be corrected once, and the correction must
 * name the version it corrects (If-Match) so two people cannot both correct the same version.
 */
export function assessmentVersion(row: StoredAssessment): number {
  return row.superseded_by_id === null ? 1 : 2;
}

/** `parsed`: the answers and result already in memory (a new assessment), so they are not parsed back from JSON. */
export function viewOfAssessment(
  row: StoredAssessment,
  parsed?: { readonly answers: Assessment; readonly result: PlacementResult },
): z.output<typeof assessmentView> {
  return {
    id: row.id,
    clientId: row.client_id,
    supersedesId: row.supersedes_id,
    supersededById: row.superseded_by_id,
    correctionNote: row.correction_note,
    asOf: row.as_of,
    modelVersion: row.model_version,
    rulesetVersion: row.ruleset_version,
    recommendedLevel: row.recommended_level as z.output<typeof assessmentView>["recommendedLevel"],
    provisional: Number(row.provisional) === 1,
    answers: (parsed?.answers as unknown as Record<string, unknown>) ?? parseJsonColumn(row.answers) ?? {},
    result: (parsed?.result as unknown as Record<string, unknown>) ?? parseJsonColumn(row.result) ?? {},
    createdAt: row.created_at,
    createdBy: row.created_by,
  };
}

/** Scores each scale on the server (the total is never taken from the sender) and puts it in the answers. */
function withScoredScales(
  answers: Assessment,
  scaleAnswers: readonly z.output<typeof scaleAnswersSchema>[] | undefined,
  field: string,
): Assessment {
  if (scaleAnswers === undefined || scaleAnswers.length === 0) return answers;
  const scored: ScaleResultInput[] = scaleAnswers.map((scale, index) => {
    try {
      const result = scoreInstrument(scale.instrument, scale.answers);
      return {
        instrument: result.instrument,
        total: result.total,
        answeredTotal: result.answeredTotal,
        band: result.band,
        flags: result.flags,
        missingItems: result.missingItems,
        itemScores: result.itemScores,
      };
    } catch (error) {
      if (error instanceof AnswerOutOfRangeError || error instanceof UnknownItemError) {
        const where = `${field}[${index}].answers.${error.itemId}`;
        throw new HttpProblem(400, "Bad Request", `${where}: ${error.message}`, [
          { field: where, message: error.message },
        ]);
      }
      if (error instanceof UnknownInstrumentError) {
        const where = `${field}[${index}].instrument`;
        throw new HttpProblem(400, "Bad Request", `${where}: ${error.message}`, [
          { field: where, message: error.message },
        ]);
      }
      throw error;
    }
  });
  const replaced = new Set(scored.map((scale) => scale.instrument));
  const kept = (answers.scales ?? []).filter((scale) => !replaced.has(scale.instrument));
  return { ...answers, scales: [...kept, ...scored] };
}

/** Selects assessments with the id of the version that corrects each (null for a current version). */
export function assessmentsQuery(options: RecordsOptions, principal: Principal) {
  return options.database
    .selectFrom("assessments")
    .selectAll("assessments")
    .select((eb) =>
      eb
        .selectFrom("assessments as correction")
        .select("correction.id")
        .whereRef("correction.supersedes_id", "=", "assessments.id")
        .as("superseded_by_id"),
    )
    .where(inOrganizationOf(principal, "assessments.organization_id"));
}

async function assessmentOfOrganization(
  options: RecordsOptions,
  request: FastifyRequest,
  principal: Principal,
  assessmentId: string,
  action: string,
): Promise<StoredAssessment> {
  const row = await assessmentsQuery(options, principal)
    .where("assessments.id", "=", assessmentId)
    .executeTakeFirst();
  if (row === undefined || row.organization_id !== principal.organizationId) {
    throw await missingRecord(request, "assessment", assessmentId, action);
  }
  return row;
}

/**
 * Assessments: the answers, the engine's result and the rule-set version that produced it, stored
 * once and never edited. A correction is a new version that names the one it corrects.
 */
export function assessmentRoutes(options: RecordsOptions): RecordRoute[] {
  const { database, clock, assess, writes } = options;
  const writers = signedIn("admin", "clinician");

  /** Validate (zod, in the route), score, place, then persist with its audit line in one transaction. */
  async function storeAssessment(input: {
    request: FastifyRequest;
    principal: Principal;
    clientId: string;
    answers: Assessment;
    scaleAnswers: readonly z.output<typeof scaleAnswersSchema>[] | undefined;
    supersedes: StoredAssessment | null;
    correctionNote: string | null;
  }): Promise<{ stored: StoredAssessment; answers: Assessment; result: PlacementResult }> {
    const answers = withScoredScales(input.answers, input.scaleAnswers, "scaleAnswers");
    const result: PlacementResult = assess(answers);
    const row: AssessmentsTable = {
      id: randomUUID(),
      ...organizationStamp(input.principal),
      client_id: input.clientId,
      supersedes_id: input.supersedes?.id ?? null,
      correction_note: input.correctionNote,
      as_of: answers.asOf,
      model_version: answers.modelVersion,
      ruleset_version: result.rulesetVersion,
      answers: JSON.stringify(answers),
      result: JSON.stringify(result),
      recommended_level: result.level,
      provisional: result.provisional ? 1 : 0,
      created_at: clock.now().toISOString(),
      created_by: input.principal.userId,
    };
    try {
      await writes.insertAudited(
        "assessments",
        row,
        input.request.audit.rowOf({
          action: input.supersedes === null ? "assessment.create" : "assessment.correct",
          outcome: "success",
          recordType: "assessment",
          recordId: row.id,
        }),
      );
    } catch (error) {
      // Someone else corrected the same version first.
      if (isUniqueViolation(error)) throw staleVersion();
      throw error;
    }
    return { stored: { ...row, superseded_by_id: null }, answers, result };
  }

  return [
    recordRoute({
      method: "POST",
      url: "/api/clients/:clientId/assessments",
      operationId: "createAssessment",
      tag: "Assessments",
      summary: "Record an assessment",
      description:
        "Validates the answers, scores any scales on the server, runs the placement engine and stores the answers, the result and the rule-set version.",
      policy: writers,
      params: clientParams,
      body: assessmentBody,
      quickBody: quickAssessmentBody,
      bodyLimit: ASSESSMENT_BODY_LIMIT,
      responses: {
        201: {
          description: "The stored assessment with the engine's result.",
          schema: assessmentView,
          etag: true,
        },
        ...problemResponses(400, 401, 403, 404, 413),
      },
      handle: async ({ request, reply, principal, params, body }) => {
        const client = await clientOfOrganization(
          database,
          request,
          principal,
          params.clientId,
          "assessment.create",
        );
        const { stored, ...parsed } = await storeAssessment({
          request,
          principal,
          clientId: client.id,
          answers: body.answers,
          scaleAnswers: body.scaleAnswers,
          supersedes: null,
          correctionNote: null,
        });
        reply.code(201).header("location", `/api/assessments/${stored.id}`);
        return answerWithEntityTag(
          request,
          reply,
          assessmentVersion(stored),
          viewOfAssessment(stored, parsed),
        );
      },
    }),

    recordRoute({
      method: "GET",
      url: "/api/clients/:clientId/assessments",
      operationId: "listAssessments",
      tag: "Assessments",
      summary: "List a client's assessments",
      description: "Every version, oldest first; a corrected version names the version that corrects it.",
      policy: anyRole,
      params: clientParams,
      query: pageQuery,
      responses: {
        200: { description: "A page of assessments.", schema: pageOfSchema(assessmentView) },
        ...problemResponses(400, 401, 403, 404),
      },
      handle: async ({ request, principal, params, query }) => {
        const client = await clientOfOrganization(
          database,
          request,
          principal,
          params.clientId,
          "assessment.list",
        );
        const rows = await assessmentsQuery(options, principal)
          .where("assessments.client_id", "=", client.id)
          .where(afterPosition("assessments.created_at", decodeCursor(query.cursor)))
          .orderBy("assessments.created_at")
          .orderBy("assessments.id")
          .limit(query.limit + 1)
          .execute();
        const page = pageOf(
          rows,
          query.limit,
          (row) => row.created_at,
          (row) => viewOfAssessment(row),
        );
        await request.audit.record({
          action: "assessment.list",
          outcome: "success",
          recordType: "client",
          recordId: client.id,
        });
        return page;
      },
    }),

    recordReadRoute({
      url: "/api/assessments/:assessmentId",
      operationId: "readAssessment",
      tag: "Assessments",
      summary: "Read one assessment version",
      description: "Answers with an ETag; send it in If-Match to correct this version.",
      params: assessmentParams,
      record: "assessment",
      view: { description: "The assessment version.", schema: assessmentView },
      load: (request, principal, params, action) =>
        assessmentOfOrganization(options, request, principal, params.assessmentId, action),
      version: assessmentVersion,
      present: (row) => viewOfAssessment(row),
    }),

    recordRoute({
      method: "POST",
      url: "/api/assessments/:assessmentId/corrections",
      operationId: "correctAssessment",
      tag: "Assessments",
      summary: "Correct an assessment",
      description:
        "Stores a new version that names the one it corrects; the earlier version stays as it was. Needs If-Match with the earlier version's ETag; a version that was already corrected answers 412.",
      policy: writers,
      params: assessmentParams,
      body: correctionBody,
      quickBody: quickCorrectionBody,
      bodyLimit: ASSESSMENT_BODY_LIMIT,
      ifMatch: true,
      responses: {
        201: { description: "The new version.", schema: assessmentView, etag: true },
        ...problemResponses(400, 401, 403, 404, 412, 413, 428),
      },
      handle: async ({ request, reply, principal, params, body }) => {
        const earlier = await assessmentOfOrganization(
          options,
          request,
          principal,
          params.assessmentId,
          "assessment.correct",
        );
        if (versionFromIfMatch(request) !== assessmentVersion(earlier) || earlier.superseded_by_id !== null) {
          throw staleVersion();
        }
        const { stored, ...parsed } = await storeAssessment({
          request,
          principal,
          clientId: earlier.client_id,
          answers: body.answers,
          scaleAnswers: body.scaleAnswers,
          supersedes: earlier,
          correctionNote: body.correctionNote,
        });
        reply.code(201).header("location", `/api/assessments/${stored.id}`);
        return answerWithEntityTag(
          request,
          reply,
          assessmentVersion(stored),
          viewOfAssessment(stored, parsed),
        );
      },
    }),
  ];
}
