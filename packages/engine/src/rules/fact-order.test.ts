/**
 * The order of the FACTS table in facts.ts carries no meaning: the engine looks each fact's position up when
 * it loads, so a fact added, moved or removed there changes no placement by itself. Here the table is read in
 * reverse order, and every hand-written case must still be placed as it states.
 */
import { describe, expect, it, vi } from "vitest";
import { assess } from "../placement/assess.js";
import { PLACEMENT_CASES } from "../placement/testing/placement-cases.js";
import { FACT_LIST } from "./facts.js";

vi.mock("./facts.js", async (importOriginal) => {
  const original = await importOriginal<typeof import("./facts.js")>();
  const reversed = [...original.FACT_LIST].reverse();
  return {
    ...original,
    FACTS: Object.fromEntries(reversed),
    FACT_IDS: reversed.map(([id]) => id),
    FACT_LIST: reversed,
  };
});

describe("the order of the facts in facts.ts", () => {
  it("is read in reverse here", async () => {
    const original = await vi.importActual<typeof import("./facts.js")>("./facts.js");
    expect(FACT_LIST.map(([id]) => id)).toEqual(original.FACT_LIST.map(([id]) => id).reverse());
    expect(FACT_LIST.length).toBeGreaterThan(1);
  });

  it.each(PLACEMENT_CASES)("changes no placement: $name", (testCase) => {
    const result = assess(testCase.assessment);
    expect({ level: result.level, withdrawalManagement: result.withdrawalManagement }).toEqual({
      level: testCase.level,
      withdrawalManagement: testCase.withdrawalManagement,
    });
    for (const item of testCase.urgent ?? [])
      expect(result.urgent).toContainEqual(expect.objectContaining({ tier: item.tier, ruleId: item.ruleId }));
  });
});
