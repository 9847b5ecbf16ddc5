import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Assessment } from "../assessment/assessment.js";
import { arbitraryAdultAssessment } from "../placement/testing/arbitrary-assessment.js";
import { WELL } from "../placement/testing/assessment-builders.js";
import { PLACEMENT_CASES } from "../placement/testing/placement-cases.js";
import { viewAssessment } from "./answers.js";
import { FactTable, factPosition } from "./fact-table.js";
import { FACT_IDS, FACT_LIST, FACTS, type FactId } from "./facts.js";

// Property runs take seconds on a busy machine; the default 5-second limit would make them flaky.
describe("the fact table", { timeout: 120_000 }, () => {
  it("gives each fact the value its own definition in facts.ts gives, by id and by position", () => {
    const check = (assessment: Assessment) => {
      const table = new FactTable(assessment, viewAssessment(assessment));
      FACT_LIST.forEach(([id, definition], position) => {
        const expected = definition.evaluate(assessment, viewAssessment(assessment));
        expect(table.value(id), id).toBe(expected);
        expect(table.at(position), id).toBe(expected);
        expect(factPosition(id)).toBe(position);
      });
    };
    for (const testCase of PLACEMENT_CASES) check(testCase.assessment);
    fc.assert(fc.property(arbitraryAdultAssessment, check), { numRuns: 100 });
  });

  it("holds every fact of facts.ts, each once, in the order facts.ts lists them", () => {
    expect(FACT_LIST.map(([id]) => id)).toEqual(Object.keys(FACTS));
    expect(new Set(FACT_IDS.map(factPosition)).size).toBe(FACT_IDS.length);
  });

  it("refuses a position that holds no fact, and a name that is no fact", () => {
    const table = new FactTable(WELL, viewAssessment(WELL));
    expect(() => table.at(FACT_LIST.length)).toThrow(RangeError);
    expect(() => factPosition("no-such-fact" as FactId)).toThrow(RangeError);
  });
});
