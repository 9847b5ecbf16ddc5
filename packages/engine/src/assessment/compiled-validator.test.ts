import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  arbitraryAdultAssessment,
  NEED_LADDERS,
  setAnswer,
} from "../placement/testing/arbitrary-assessment.js";
import { assessmentSchema } from "./assessment-schema.js";
import { compileValidator } from "./compiled-validator.js";

const isValid = compileValidator(assessmentSchema);

const WRONG_VALUES = [
  -1,
  1.5,
  200,
  "",
  "sometimes",
  true,
  false,
  null,
  [],
  {},
  ["x"],
  { extra: 1 },
  "2026-02-30",
];

// Property runs on a busy machine need more than the default 5 s.
describe("the compiled validator", { timeout: 120_000 }, () => {
  it("agrees with zod on valid assessments", () => {
    fc.assert(
      fc.property(arbitraryAdultAssessment, (assessment) => {
        expect(isValid(assessment)).toBe(true);
        expect(assessmentSchema.safeParse(assessment).success).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it("agrees with zod when any answer is replaced by a wrong value, or an unknown field is added", () => {
    const paths = [
      ...NEED_LADDERS.map((ladder) => ladder.path),
      "asOf",
      "modelVersion",
      "age",
      "access.waitlistDays",
      "choice.reasonText",
      "enviroment",
      "withdrawal.history.seizure",
    ];
    fc.assert(
      fc.property(
        arbitraryAdultAssessment,
        fc.constantFrom(...paths),
        fc.constantFrom(...WRONG_VALUES),
        (assessment, path, value) => {
          const changed = setAnswer(assessment, path, value);
          expect(isValid(changed)).toBe(assessmentSchema.safeParse(changed).success);
        },
      ),
      { numRuns: 400 },
    );
  });
});
