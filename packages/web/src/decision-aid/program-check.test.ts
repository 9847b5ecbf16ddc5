import { describe, expect, it } from "vitest";
import { emptyProgram, warningSigns } from "./program-check.js";

describe("warning signs for a program", () => {
  it("flags nothing for a program with good answers", () => {
    const program = { ...emptyProgram(), answers: { medications: "yes", assessment: "yes" } as const };
    expect(warningSigns(program)).toEqual([]);
  });

  it("flags admission before assessment, upfront cash and paid travel when the person marks them", () => {
    const program = {
      ...emptyProgram("residential"),
      reported: ["paidTravel", "admissionBeforeAssessment"] as const,
    };
    expect(warningSigns(program)).toEqual(["admissionBeforeAssessment", "paidTravel"]);
  });

  it("flags a program without medications for opioid use disorder, or without a full assessment", () => {
    const program = {
      ...emptyProgram(),
      answers: { medications: "no", assessment: "no" } as const,
      reported: ["upfrontCash"] as const,
    };
    expect(warningSigns(program)).toEqual(["upfrontCash", "noMedications", "noAssessment"]);
  });

  it("does not flag an answer the person is not sure about", () => {
    expect(warningSigns({ ...emptyProgram(), answers: { medications: "unsure" } })).toEqual([]);
  });

  it("flags a program that is not licensed or accredited, has no plan for after, or will not say what insurance covers", () => {
    const program = {
      ...emptyProgram("residential"),
      answers: { license: "no", after: "no", insurance: "no" } as const,
    };
    expect(warningSigns(program)).toEqual(["notLicensed", "noAftercare", "insuranceUnclear"]);
  });
});
