import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Assessment } from "../assessment/assessment.js";
import { validateAssessment } from "../assessment/validate-assessment.js";
import { assessWithRules } from "../placement/assess.js";
import type { PlacementResult } from "../placement/placement-result.js";
import { MEASURED_SIGNAL_CASES } from "../placement/testing/measured-signal-cases.js";
import { PLACEMENT_CASES } from "../placement/testing/placement-cases.js";
import { REVIEW_LIST_CASES } from "../placement/testing/review-list-cases.js";
import { RULES } from "./ruleset.js";

const examplesFolder = new URL("../../../../docs/examples/", import.meta.url);

function exampleAssessments(): Assessment[] {
  return readdirSync(examplesFolder)
    .filter((name) => name.endsWith(".json"))
    .map((name) => validateAssessment(JSON.parse(readFileSync(new URL(name, examplesFolder), "utf8"))))
    .flatMap((validation) => (validation.ok ? [validation.assessment] : []));
}

/** What a person or clinician would notice: the decision, its safety items, ratings and notes. */
function decision(result: PlacementResult) {
  return {
    level: result.level,
    withdrawalManagement: result.withdrawalManagement,
    coOccurringEnhanced: result.coOccurringEnhanced,
    urgent: result.urgent.map((item) => item.ruleId),
    medications: result.medications.map((note) => note.code),
    ratings: Object.values(result.ratings).map((rating) => rating.rating),
    considerations: result.reasons
      .filter((reason) => reason.kind === "consideration")
      .map((reason) => reason.ruleId),
    hasReasons: result.reasons.length > 0,
    adolescent: result.adolescent !== null,
  };
}

describe("every rule earns its place", { timeout: 60_000 }, () => {
  const corpus = [
    ...PLACEMENT_CASES.map((testCase) => testCase.assessment),
    ...MEASURED_SIGNAL_CASES.map((testCase) => testCase.assessment),
    ...REVIEW_LIST_CASES.map((testCase) => testCase.assessment),
    ...exampleAssessments(),
  ];
  const baseline = corpus.map((assessment) => decision(assessWithRules(assessment, RULES)));

  it.each(RULES.map((rule) => rule.id))("removing %s changes the decision in some case", (ruleId) => {
    const without = RULES.filter((rule) => rule.id !== ruleId);
    const changed = corpus.some(
      (assessment, index) =>
        JSON.stringify(decision(assessWithRules(assessment, without))) !== JSON.stringify(baseline[index]),
    );
    expect(changed).toBe(true);
  });
});
