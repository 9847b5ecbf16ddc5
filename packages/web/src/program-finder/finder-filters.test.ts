import { assess, type PlacementResult } from "@stepwise/engine";
import { describe, expect, it } from "vitest";
import { buildAssessment } from "../self-check/questions.js";
import { ANY_PROGRAM, filtersFromResult, searchPath } from "./finder-filters.js";

function resultFor(responses: Record<string, string | null>): PlacementResult {
  return assess(buildAssessment(responses, "self", "2026-11-27"));
}

const OPIOIDS_ON_BUPRENORPHINE = {
  age: "adult",
  "overdose-now": "no",
  "suicidal-thoughts": "no",
  "danger-now": "no",
  "withdrawal-emergency": "no",
  "main-substance": "opioids",
  frequency: "daily",
  "also-sedatives": "no",
  "use-signs": "severe",
  "overdose-history": "never",
  "opioid-medication": "buprenorphine",
};

describe("the finder's filters from a result", () => {
  it("presets the result's level and the medicine the person already takes, and lets them search anywhere", () => {
    const result = resultFor(OPIOIDS_ON_BUPRENORPHINE);
    const filters = filtersFromResult(result, {
      levelSuggested: true,
      medicineTaken: "buprenorphine",
      language: "en",
    });
    expect(filters.level).toBe(result.level === "early-intervention" ? "outpatient" : result.level);
    expect(filters.medication).toBe("buprenorphine");
    expect(filters.language).toBe("");
  });

  it("presets no level when the result cannot suggest one yet", () => {
    const filters = filtersFromResult(resultFor(OPIOIDS_ON_BUPRENORPHINE), {
      levelSuggested: false,
      medicineTaken: null,
      language: "es",
    });
    expect(filters.level).toBe("");
    expect(filters.withdrawal).toBe("");
    expect(filters.language).toBe("es");
  });

  it("presets nothing without a result", () => {
    expect(filtersFromResult(null, { levelSuggested: false, medicineTaken: null, language: "en" })).toEqual(
      ANY_PROGRAM,
    );
  });
});

describe("the search request", () => {
  it("holds the place and the filters set, and nothing else", () => {
    const path = searchPath(
      " 22902 ",
      { ...ANY_PROGRAM, level: "intensive-outpatient", language: "es" },
      "en",
    );
    const url = new URL(path, "http://localhost");
    expect(url.pathname).toBe("/api/programs");
    expect(Object.fromEntries(url.searchParams)).toEqual({
      near: "22902",
      level: "intensive-outpatient",
      language: "es",
      radius: "25",
      textLanguage: "en",
    });
  });
});
