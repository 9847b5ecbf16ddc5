import {
  type Assessment,
  DIMENSIONS,
  type LevelOfCare,
  levelRank,
  type PlacementResult,
} from "@stepwise/engine";
import { z } from "zod";
import { anyRole } from "../access/policy.js";
import { assessmentsQuery, type StoredAssessment } from "./assessment-routes.js";
import { problemResponses } from "./problem-responses.js";
import {
  clientAndMergedIds,
  clientOfOrganization,
  parseJsonColumn,
  type RecordsOptions,
  unprocessable,
} from "./record-context.js";
import { type RecordRoute, recordRoute } from "./record-route.js";
import { clientParams, levelOfCare } from "./record-schemas.js";

const id = (what: string) => z.uuid({ error: `${what} must be an id of one of this client's assessments.` });

export const compareQuery = z.strictObject({
  from: id("from").optional().describe("The earlier assessment; by default the current version before `to`."),
  to: id("to").optional().describe("The later assessment; by default the client's latest current version."),
});

const side = z.object({
  id: z.uuid(),
  asOf: z.string(),
  recommendedLevel: levelOfCare.nullable(),
  withdrawalManagement: z.string().nullable(),
  provisional: z.boolean(),
});

export const comparisonView = z.object({
  from: side,
  to: side,
  level: z.object({
    from: levelOfCare.nullable(),
    to: levelOfCare.nullable(),
    change: z.enum(["same", "more-care", "less-care", "not-comparable"]),
  }),
  dimensions: z
    .array(
      z.object({
        dimension: z.string(),
        from: z.number().nullable(),
        to: z.number().nullable(),
        change: z.number().nullable().describe("`to` minus `from`: above 0 is a higher (worse) rating."),
      }),
    )
    .describe("Each dimension's rating (0–4) side by side."),
  scales: z
    .array(
      z.object({
        instrument: z.string(),
        from: z.number().nullable(),
        to: z.number().nullable(),
        change: z.number().nullable(),
      }),
    )
    .describe("Each scale's total side by side; null where that assessment has no result for it."),
});

function sideOf(row: StoredAssessment, result: PlacementResult | null): z.output<typeof side> {
  return {
    id: row.id,
    asOf: row.as_of,
    recommendedLevel: row.recommended_level as LevelOfCare | null,
    withdrawalManagement: result?.withdrawalManagement ?? null,
    provisional: Number(row.provisional) === 1,
  };
}

function totalsOf(answers: Assessment | null): Map<string, number | null> {
  return new Map((answers?.scales ?? []).map((scale) => [scale.instrument, scale.total]));
}

/** Two assessments of one client side by side: what changed between them, in numbers. */
export function compareAssessments(
  from: StoredAssessment,
  to: StoredAssessment,
): z.output<typeof comparisonView> {
  const fromResult = parseJsonColumn<PlacementResult>(from.result);
  const toResult = parseJsonColumn<PlacementResult>(to.result);
  const fromLevel = from.recommended_level as LevelOfCare | null;
  const toLevel = to.recommended_level as LevelOfCare | null;
  const fromTotals = totalsOf(parseJsonColumn<Assessment>(from.answers));
  const toTotals = totalsOf(parseJsonColumn<Assessment>(to.answers));
  const instruments = [...new Set([...fromTotals.keys(), ...toTotals.keys()])].sort();
  const difference = (a: number | null, b: number | null) => (a === null || b === null ? null : b - a);
  return {
    from: sideOf(from, fromResult),
    to: sideOf(to, toResult),
    level: {
      from: fromLevel,
      to: toLevel,
      change:
        fromLevel === null || toLevel === null
          ? "not-comparable"
          : levelRank(toLevel) === levelRank(fromLevel)
            ? "same"
            : levelRank(toLevel) > levelRank(fromLevel)
              ? "more-care"
              : "less-care",
    },
    dimensions: DIMENSIONS.map((dimension) => {
      const before = fromResult?.ratings?.[dimension]?.rating ?? null;
      const after = toResult?.ratings?.[dimension]?.rating ?? null;
      return { dimension, from: before, to: after, change: difference(before, after) };
    }),
    scales: instruments.map((instrument) => {
      const before = fromTotals.get(instrument) ?? null;
      const after = toTotals.get(instrument) ?? null;
      return { instrument, from: before, to: after, change: difference(before, after) };
    }),
  };
}

/** `GET /api/clients/{clientId}/assessments/compare?from=&to=`. Both reads are audited. */
export function assessmentCompareRoute(options: RecordsOptions): RecordRoute {
  const { database } = options;
  return recordRoute({
    method: "GET",
    url: "/api/clients/:clientId/assessments/compare",
    operationId: "compareAssessments",
    tag: "Assessments",
    summary: "Compare two of a client's assessments",
    description:
      "Each dimension's rating, the recommended level and the scale totals of two assessments side by side. Without `from` and `to`, compares the client's last two current versions.",
    policy: anyRole,
    params: clientParams,
    query: compareQuery,
    responses: {
      200: { description: "The two assessments side by side.", schema: comparisonView },
      ...problemResponses(400, 401, 403, 404, 422),
    },
    handle: async ({ request, principal, params, query }) => {
      const action = "assessment.compare";
      const client = await clientOfOrganization(database, request, principal, params.clientId, action);
      const rows = await assessmentsQuery(options, principal)
        .where("assessments.client_id", "in", await clientAndMergedIds(database, principal, client.id))
        .orderBy("assessments.as_of")
        .orderBy("assessments.created_at")
        .orderBy("assessments.id")
        .execute();
      const byId = new Map(rows.map((row) => [row.id, row]));
      const current = rows.filter((row) => row.superseded_by_id === null);
      const pick = (
        field: "from" | "to",
        wanted: string | undefined,
        fallback: StoredAssessment | undefined,
      ) => {
        const row = wanted === undefined ? fallback : byId.get(wanted);
        if (row === undefined) {
          throw unprocessable(
            field,
            wanted === undefined
              ? "The client needs two assessments to compare; name them with from and to."
              : "There is no such assessment of this client.",
          );
        }
        return row;
      };
      const to = pick("to", query.to, current[current.length - 1]);
      const position = rows.indexOf(to);
      const before = current.filter((row) => rows.indexOf(row) < position);
      const from = pick("from", query.from, before[before.length - 1]);
      for (const row of [from, to]) {
        await request.audit.record({
          action: "assessment.read",
          outcome: "success",
          recordType: "assessment",
          recordId: row.id,
          detail: "compared",
        });
      }
      return compareAssessments(from, to);
    },
  });
}
