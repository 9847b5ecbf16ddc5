import { describe, expect, it } from "vitest";
import { withAnswers } from "../placement/testing/assessment-builders.js";
import { viewAssessment } from "./answers.js";
import { compileCondition } from "./compiled-condition.js";
import { emptyRatings } from "./evaluate-rules.js";
import { FactTable } from "./fact-table.js";
import type { Condition } from "./rule.js";

// Pregnant: true; housing: unknown; intoxicated now: false (facts.ts reads each straight from the answers).
const assessment = withAnswers({
  medical: { pregnant: true },
  environment: { housing: null },
  intoxicatedNow: false,
});
const facts = () => new FactTable(assessment, viewAssessment(assessment)).values;
const judge = (condition: Condition, ratings = emptyRatings()) =>
  compileCondition(condition)(facts(), ratings);

const yes: Condition = { fact: "pregnant" };
const unknown: Condition = { fact: "housing-unstable" };
const no: Condition = { fact: "intoxicated-now" };

describe("compiled conditions (three-valued, rule.ts)", () => {
  it("read a fact as true, false or unknown", () => {
    expect([judge(yes), judge(no), judge(unknown)]).toEqual([true, false, null]);
  });

  it("'all' is false once a part is false, unknown if a part is unknown, else true", () => {
    expect(judge({ all: [yes, yes] })).toBe(true);
    expect(judge({ all: [unknown, no] })).toBe(false);
    expect(judge({ all: [yes, unknown] })).toBe(null);
    expect(judge({ all: [] })).toBe(true);
  });

  it("'any' is true once a part is true, unknown if a part is unknown, else false", () => {
    expect(judge({ any: [no, yes] })).toBe(true);
    expect(judge({ any: [unknown, yes] })).toBe(true);
    expect(judge({ any: [unknown, no] })).toBe(null);
    expect(judge({ any: [no, unknown] })).toBe(null);
    expect(judge({ any: [no, no] })).toBe(false);
    expect(judge({ any: [] })).toBe(false);
  });

  it("compare a rating with its threshold, and 'always' holds", () => {
    const ratings = { ...emptyRatings(), environment: 2 as const };
    expect(judge({ rating: "environment", atLeast: 2 }, ratings)).toBe(true);
    expect(judge({ rating: "environment", atLeast: 3 }, ratings)).toBe(false);
    expect(judge({ rating: "withdrawal", atLeast: 1 }, ratings)).toBe(false);
    expect(judge({ always: true })).toBe(true);
  });

  it("give a nested 'all' in an 'all' (or 'any' in an 'any') the same answer as the flat one", () => {
    expect(judge({ all: [{ all: [yes, unknown] }, no] })).toBe(false);
    expect(judge({ all: [{ all: [yes, unknown] }, yes] })).toBe(null);
    expect(judge({ all: [{ all: [yes, yes] }, { any: [no, yes] }] })).toBe(true);
    expect(judge({ any: [{ any: [no, unknown] }, no] })).toBe(null);
    expect(judge({ any: [{ any: [no, no] }, { all: [yes, yes] }] })).toBe(true);
    const ratings = { ...emptyRatings(), emotional: 2 as const };
    expect(judge({ all: [yes, { rating: "emotional", atLeast: 2 }] }, ratings)).toBe(true);
    expect(judge({ all: [unknown, { rating: "emotional", atLeast: 3 }] }, ratings)).toBe(false);
    expect(judge({ any: [unknown, { rating: "emotional", atLeast: 3 }] }, ratings)).toBe(null);
  });

  it("nest, and give the same answer every time the same condition is compiled", () => {
    const nested: Condition = { any: [{ all: [yes, unknown] }, { all: [no, yes] }] };
    expect(judge(nested)).toBe(null);
    expect(compileCondition(nested)).toBe(compileCondition(nested));
  });
});
