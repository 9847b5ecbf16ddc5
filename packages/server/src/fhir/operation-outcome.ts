import type { OperationOutcome, OperationOutcomeIssue } from "@medplum/fhirtypes";
import { z } from "zod";
import type { ProblemDocument } from "../problem.js";

/** The FHIR issue type for an HTTP status (FHIR R4 valueset-issue-type). */
function issueCode(status: number): OperationOutcomeIssue["code"] {
  if (status === 400 || status === 422) return "invalid";
  if (status === 401) return "login";
  if (status === 403) return "forbidden";
  if (status === 404) return "not-found";
  if (status === 405 || status === 406 || status === 415) return "not-supported";
  if (status === 409 || status === 412) return "conflict";
  if (status === 413) return "too-costly";
  if (status === 428) return "required";
  if (status === 429) return "throttled";
  return "exception";
}

/**
 * A problem document as a FHIR OperationOutcome (FHIR R4 operationoutcome.html): one issue per bad field,
 * naming it in `expression`, or one issue with the problem's detail. Same words, FHIR's shape.
 */
export function operationOutcomeOf(problem: ProblemDocument): OperationOutcome {
  const code = issueCode(problem.status);
  const issues: OperationOutcomeIssue[] =
    problem.errors !== undefined && problem.errors.length > 0
      ? problem.errors.map((error) => ({
          severity: "error",
          code,
          details: { text: error.message },
          ...(error.field === "" || error.field.startsWith("(") ? {} : { expression: [error.field] }),
        }))
      : [
          {
            severity: problem.status >= 500 ? "fatal" : "error",
            code,
            details: { text: problem.detail ?? problem.title },
          },
        ];
  return { resourceType: "OperationOutcome", issue: issues };
}

/** The OperationOutcome shape the API documents for FHIR errors (openapi/openapi-document.ts). */
export const operationOutcomeSchema = z
  .looseObject({
    resourceType: z.literal("OperationOutcome"),
    issue: z
      .array(
        z.looseObject({
          severity: z.enum(["fatal", "error", "warning", "information"]),
          code: z.string(),
          details: z.looseObject({ text: z.string() }).optional(),
          diagnostics: z.string().optional(),
          expression: z.array(z.string()).optional(),
        }),
      )
      .min(1),
  })
  .describe(
    "A FHIR R4 OperationOutcome: each issue says what is wrong and names the element in `expression`.",
  );
