import { ASSESSMENT_MODEL_VERSION, type Assessment } from "@stepwise/engine";
import { describe, expect, it } from "vitest";
import {
  dimensionAsked,
  measuredScales,
  summariseAnswers,
  withoutUnmeasuredBands,
} from "./professional-summary.js";

const bare: Assessment = {
  modelVersion: ASSESSMENT_MODEL_VERSION,
  asOf: "2026-11-27",
  mode: "self-check",
  respondent: "family-or-friend",
};

describe("the page for the professional", () => {
  it("lists each answer given, each 'not sure', and every question never asked", () => {
    const summary = summariseAnswers({ age: "adult", "main-substance": "opioids", "overdose-history": null });
    expect(summary.given.map((answer) => [answer.question.id, answer.optionId])).toEqual([
      ["age", "adult"],
      ["main-substance", "opioids"],
    ]);
    expect(summary.notSure.map((question) => question.id)).toEqual(["overdose-history"]);
    expect(summary.notAsked.map((question) => question.id)).toContain("suicidal-thoughts");
    expect(summary.notAsked.map((question) => question.id)).toContain("readiness");
  });

  it("calls a dimension nobody asked about 'not asked', not 0", () => {
    const assessment: Assessment = { ...bare, environment: { housing: "stable" } };
    expect(dimensionAsked(assessment, "readiness")).toBe(false);
    expect(dimensionAsked(assessment, "environment")).toBe(true);
    expect(dimensionAsked({ ...bare, readiness: { stage: null } }, "readiness")).toBe(false);
  });

  it("drops a scale band from a rule statement when that scale was not given, and keeps it when it was", () => {
    const statement =
      "Moderate withdrawal now (CIWA-Ar 10–18 or COWS 13–36) can be managed as an outpatient with daily checks.";
    expect(withoutUnmeasuredBands(statement, new Set())).toBe(
      "Moderate withdrawal now can be managed as an outpatient with daily checks.",
    );
    expect(withoutUnmeasuredBands(statement, new Set(["cows"]))).toBe(statement);
    expect(withoutUnmeasuredBands("Daily use (every day) matters.", new Set())).toBe(
      "Daily use (every day) matters.",
    );
    expect(measuredScales({ ...bare, withdrawal: { pawssScore: 5 } }).has("pawss")).toBe(true);
  });
});
