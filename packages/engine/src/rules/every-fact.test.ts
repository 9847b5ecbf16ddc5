import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { arbitraryAdultAssessment } from "../placement/testing/arbitrary-assessment.js";
import { WELL } from "../placement/testing/assessment-builders.js";
import { PLACEMENT_CASES } from "../placement/testing/placement-cases.js";
import { viewAssessment } from "./answers.js";
import {
  evaluateEveryFact,
  GENERATED_FACT_COUNT,
  GENERATED_FACTS_FINGERPRINT,
} from "./every-fact.generated.js";
import { FactTable, factPosition } from "./fact-table.js";
import { FACT_LIST } from "./facts.js";
import { factsTableText, textFingerprint } from "./source-fingerprint.js";

describe("every fact, worked out in one run", { timeout: 60_000 }, () => {
  it("covers every fact there is (else run `npm run generate:engine`)", () => {
    expect(GENERATED_FACT_COUNT, "every-fact.generated.ts is out of date: run npm run generate:engine").toBe(
      FACT_LIST.length,
    );
  });

  it("was written from the facts as they are now (else run `npm run generate:engine`)", () => {
    const factsSource = readFileSync(new URL("./facts.ts", import.meta.url), "utf8");
    expect(
      GENERATED_FACTS_FINGERPRINT,
      "every-fact.generated.ts is out of date: run npm run generate:engine",
    ).toBe(textFingerprint(factsTableText(factsSource)));
  });

  it("gives each fact the value its own definition gives, in FACT_LIST order", () => {
    const check = (assessment: (typeof PLACEMENT_CASES)[number]["assessment"]) => {
      const values = evaluateEveryFact(assessment, viewAssessment(assessment));
      const table = new FactTable(assessment, viewAssessment(assessment));
      expect(values).toHaveLength(FACT_LIST.length);
      FACT_LIST.forEach(([id, definition], position) => {
        const expected = definition.evaluate(assessment, viewAssessment(assessment));
        expect(values[position], id).toBe(expected);
        expect(table.value(id), id).toBe(expected);
        expect(factPosition(id)).toBe(position);
      });
    };
    for (const testCase of PLACEMENT_CASES) check(testCase.assessment);
    fc.assert(fc.property(arbitraryAdultAssessment, check), { numRuns: 100 });
  });

  it("refuses a position that holds no fact", () => {
    const table = new FactTable(WELL, viewAssessment(WELL));
    expect(() => table.at(FACT_LIST.length)).toThrow(RangeError);
  });
});
