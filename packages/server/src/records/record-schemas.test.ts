import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assessmentBody, correctionBody, quickAssessmentBodyParser } from "./record-schemas.js";
import { alcoholAssessment, phq9Answers } from "./testing/records-fixtures.js";

const quickAssessment = quickAssessmentBodyParser(assessmentBody);
const quickCorrection = quickAssessmentBodyParser(correctionBody);

const validCorrection = {
  answers: alcoholAssessment,
  scaleAnswers: [phq9Answers],
  correctionNote: "  The age was wrong.  ",
};

/** Every place in a JSON value, as a path of keys and indexes. */
function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== "object") return [prefix];
  const entries = Array.isArray(value)
    ? value.map((item, index) => [index, item] as const)
    : Object.entries(value);
  return [prefix, ...entries.flatMap(([key, item]) => pathsOf(item, [...prefix, key]))];
}

function replacedAt(value: unknown, path: readonly (string | number)[], replacement: unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return replacement;
  const copy = structuredClone(value) as Record<string | number, unknown>;
  copy[head] = replacedAt(copy[head], rest, replacement);
  return copy;
}

const WRONG_VALUES = [
  null,
  undefined,
  "",
  "daily",
  "x".repeat(300),
  -1,
  1.5,
  9999,
  true,
  [],
  {},
  { extra: 1 },
];

describe("the quick assessment body parser", () => {
  it("gives exactly what zod gives for a valid body, trimmed correction note included", () => {
    const body = { answers: alcoholAssessment, scaleAnswers: [phq9Answers] };
    expect(quickAssessment(body)).toEqual(assessmentBody.parse(body));
    expect(quickCorrection(validCorrection)).toEqual(correctionBody.parse(validCorrection));
    expect(quickCorrection(validCorrection)?.correctionNote).toBe("The age was wrong.");
  });

  it("refuses what zod refuses, so zod names the bad field; accepts what zod accepts, with the same value", () => {
    const paths = pathsOf(validCorrection);
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.constantFrom(...WRONG_VALUES), (path, wrong) => {
        const body = replacedAt(validCorrection, path, wrong);
        const byZod = correctionBody.safeParse(body);
        const quick = quickCorrection(body);
        if (byZod.success) expect(quick).toEqual(byZod.data);
        else expect(quick).toBeUndefined();
      }),
      { numRuns: 600 },
    );
  });

  it("refuses unknown fields at the top and inside the answers", () => {
    expect(quickAssessment({ answers: alcoholAssessment, role: "admin" })).toBeUndefined();
    expect(quickAssessment({ answers: { ...alcoholAssessment, isAdmin: true } })).toBeUndefined();
    expect(quickAssessment({ scaleAnswers: [phq9Answers] })).toBeUndefined();
    expect(quickAssessment(undefined)).toBeUndefined();
  });
});
