import type { z } from "zod";
import type { Assessment } from "./assessment.js";
import { assessmentSchema } from "./assessment-schema.js";
import { compileValidator } from "./compiled-validator.js";

const isValidAssessment = compileValidator(assessmentSchema);

/** One bad field: where it is (`environment.housing`, `substances[0].frequency`) and what was expected. */
export interface AssessmentProblem {
  readonly path: string;
  readonly message: string;
}

export type AssessmentValidation =
  | { readonly ok: true; readonly assessment: Assessment }
  | { readonly ok: false; readonly problems: readonly AssessmentProblem[] };

export function formatPath(path: readonly PropertyKey[]): string {
  let text = "";
  for (const part of path) {
    if (typeof part === "number") text += `[${part}]`;
    else text += text === "" ? String(part) : `.${String(part)}`;
  }
  return text === "" ? "(the whole assessment)" : text;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === "unrecognized_keys")
    return `unknown field(s) ${issue.keys.map((key) => `"${key}"`).join(", ")}`;
  return issue.message;
}

/** Checks any value against the assessment model and reports the path of each bad field. */
export function validateAssessment(input: unknown): AssessmentValidation {
  // The schema has no defaults or transforms, so valid input is its own parsed value.
  if (isValidAssessment(input)) return { ok: true, assessment: input as Assessment };
  const parsed = assessmentSchema.safeParse(input);
  if (parsed.success) return { ok: true, assessment: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues.map((issue) => ({
      path: formatPath(issue.path),
      message: describeIssue(issue),
    })),
  };
}
