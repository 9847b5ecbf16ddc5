import { describe, expect, it } from "vitest";
import { FINDING_TEXTS } from "../messages/finding-texts.js";
import { renderText } from "../messages/message-text.js";
import { assess } from "./assess.js";
import { REVIEW_LIST_CASES } from "./testing/review-list-cases.js";

describe("judgement calls on the clinical review list", () => {
  it.each(REVIEW_LIST_CASES)("$name", (testCase) => {
    const result = assess(testCase.assessment);
    const codes = result.medications.map((note) => note.code);
    for (const code of testCase.medications ?? []) expect(codes).toContain(code);
    for (const code of testCase.notMedications ?? []) expect(codes).not.toContain(code);
    expect(result.adolescent !== null).toBe(testCase.adolescent);
  });

  it("says in English and Spanish that methadone under 18 has extra rules and names buprenorphine", () => {
    const first = REVIEW_LIST_CASES[0];
    if (first === undefined) throw new Error("no review-list case");
    const result = assess(first.assessment);
    const note = result.medications.find((item) => item.code === "methadone-under-18");
    expect(note?.medications).toEqual(["buprenorphine", "methadone"]);
    expect(note?.availableAtEveryLevel).toBe(false);
    const text = FINDING_TEXTS[note?.ruleId ?? ""];
    expect(text).toBeDefined();
    if (text === undefined) return;
    expect(renderText(text, "en", "third-person")).toMatch(/under 18.*methadone.*parent.*buprenorphine/is);
    expect(renderText(text, "es", "third-person")).toMatch(/menores de 18.*metadona.*padres.*buprenorfina/is);
  });
});
