import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Assessment } from "../assessment/assessment.js";
import { arbitraryAdultAssessment } from "../placement/testing/arbitrary-assessment.js";
import { WELL } from "../placement/testing/assessment-builders.js";
import { PLACEMENT_CASES } from "../placement/testing/placement-cases.js";
import { type Tri, viewAssessment } from "./answers.js";
import { FactTable, factPosition } from "./fact-table.js";
import { FACT_IDS, FACT_LIST, FACTS, type FactId, workOutFacts } from "./facts.js";

// Property runs take seconds on a busy machine; the default 5-second limit would make them flaky.
describe("the fact table", { timeout: 120_000 }, () => {
  it("works out every fact of facts.ts exactly once, at its own position", () => {
    const check = (assessment: Assessment) => {
      const writes: number[] = [];
      const recorder = new Proxy([] as Tri[], {
        set(target, key, value) {
          if (typeof key === "string" && /^\d+$/.test(key)) writes.push(Number(key));
          return Reflect.set(target, key, value);
        },
      });
      const positions = Object.fromEntries(FACT_IDS.map((id) => [id, factPosition(id)])) as Record<
        FactId,
        number
      >;
      workOutFacts(assessment, viewAssessment(assessment), positions, recorder);
      const missing = FACT_IDS.filter((id) => !writes.includes(factPosition(id)));
      const twice = FACT_IDS.filter((id) => writes.filter((at) => at === factPosition(id)).length > 1);
      expect({ missing, twice }).toEqual({ missing: [], twice: [] });
      // The table holds what the lines wrote, read by id and by position alike.
      const table = new FactTable(assessment, viewAssessment(assessment));
      for (const id of FACT_IDS) {
        expect(table.value(id), id).toBe(recorder[factPosition(id)]);
        expect(table.at(factPosition(id)), id).toBe(table.value(id));
      }
    };
    for (const testCase of PLACEMENT_CASES) check(testCase.assessment);
    fc.assert(fc.property(arbitraryAdultAssessment, check), { numRuns: 100 });
  });

  it("holds every fact of facts.ts, each once, in the order facts.ts lists them", () => {
    expect(FACT_LIST.map(([id]) => id)).toEqual(Object.keys(FACTS));
    expect(new Set(FACT_IDS.map(factPosition)).size).toBe(FACT_IDS.length);
  });

  it("keeps each assessment's facts apart: a second table changes nothing in the first", () => {
    const firstTable = new FactTable(WELL, viewAssessment(WELL));
    const before = [...firstTable.values];
    for (const testCase of PLACEMENT_CASES)
      new FactTable(testCase.assessment, viewAssessment(testCase.assessment));
    expect(firstTable.values).toEqual(before);
  });

  it("refuses a position that holds no fact, and a name that is no fact", () => {
    const table = new FactTable(WELL, viewAssessment(WELL));
    expect(() => table.at(FACT_LIST.length)).toThrow(RangeError);
    expect(() => factPosition("no-such-fact" as FactId)).toThrow(RangeError);
  });
});
