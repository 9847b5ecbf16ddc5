import { describe, expect, it } from "vitest";
import { LEVEL_CROSSWALK, LEVELS_OF_CARE, levelRank } from "./level-of-care.js";

describe("levels of care", () => {
  it("orders the ladder from check-in to hospital care, with IOP below every inpatient level", () => {
    expect(levelRank("early-intervention")).toBe(0);
    expect(levelRank("medically-managed-inpatient")).toBe(LEVELS_OF_CARE.length - 1);
    for (const level of LEVELS_OF_CARE.filter((id) => LEVEL_CROSSWALK[id].inpatient)) {
      expect(levelRank(level)).toBeGreaterThan(levelRank("intensive-outpatient"));
    }
  });

  it("calls exactly the three 24-hour levels inpatient, as the seed article does", () => {
    const inpatient = LEVELS_OF_CARE.filter((id) => LEVEL_CROSSWALK[id].inpatient);
    expect(inpatient).toEqual([
      "residential",
      "medically-monitored-inpatient",
      "medically-managed-inpatient",
    ]);
  });

  it("crosswalks IOP to ASAM 2.1 and hospital care to 4 in both editions", () => {
    expect(LEVEL_CROSSWALK["intensive-outpatient"].asamThirdEdition).toEqual(["2.1"]);
    expect(LEVEL_CROSSWALK["medically-managed-inpatient"].asamFourthEdition).toEqual(["4"]);
  });
});
