import { describe, expect, it } from "vitest";
// The server's reading of the same listing values. A test may import it; the web bundle never does.
import { mappingOfService } from "../../../server/src/programs/locator-services.js";
import {
  ANY_PROGRAM,
  FINDER_LANGUAGES,
  FINDER_LEVELS,
  FINDER_MEDICATIONS,
  FINDER_PAYMENTS,
  FINDER_WITHDRAWAL,
  type FinderFilters,
} from "./finder-filters.js";
import {
  FIND_TREATMENT_LOCATOR_URL,
  findTreatmentLink,
  LOCATOR_LANGUAGE_CODES,
  LOCATOR_LEVEL_CODES,
  LOCATOR_MEDICATION_CODES,
  LOCATOR_PAYMENT_CODES,
  LOCATOR_WITHDRAWAL_CODES,
  type LocatorCode,
  zipCodeOf,
} from "./findtreatment-link.js";

/** The link's query, as the locator would read it. */
function query(place: string, filters: Partial<FinderFilters>): Record<string, string> {
  const url = new URL(findTreatmentLink(place, { ...ANY_PROGRAM, ...filters }).href);
  expect(`${url.origin}${url.pathname}`).toBe(FIND_TREATMENT_LOCATOR_URL);
  return Object.fromEntries(url.searchParams);
}

const NEAR_22902_WITHIN_25_MILES = { sType: "SA", sAddr: "22902", limitType: "2", limitValue: "40234" };

describe("the FindTreatment.gov link", () => {
  it("carries the ZIP code, the distance and substance use care when no filter is set", () => {
    expect(query("22902", {})).toEqual(NEAR_22902_WITHIN_25_MILES);
  });

  it.each([
    [10, "16093"],
    [25, "40234"],
    [50, "80467"],
    [100, "160934"],
  ] as const)("gives %i miles to the locator in metres (%s)", (radius, metres) => {
    expect(query("22902", { radius }).limitValue).toBe(metres);
  });

  it.each([
    ["outpatient", "OP"],
    ["intensive-outpatient", "OP"],
    ["partial-hospitalization", "OP"],
    ["residential", "RES"],
    ["medically-monitored-inpatient", "HI"],
    ["medically-managed-inpatient", "HI"],
  ] as const)("searches the level %s with the locator's type %s", (level, code) => {
    expect(query("22902", { level })).toEqual({ ...NEAR_22902_WITHIN_25_MILES, sCodes: code });
  });

  it.each(FINDER_WITHDRAWAL)("searches withdrawal care %s with the locator's Detox (DT)", (withdrawal) => {
    expect(query("22902", { withdrawal })).toEqual({ ...NEAR_22902_WITHIN_25_MILES, sCodes: "DT" });
  });

  it.each([
    ["methadone", "METH"],
    ["buprenorphine", "BU"],
    ["naltrexone", "NU"],
  ] as const)("searches the medicine %s with the locator's %s", (medication, code) => {
    expect(query("22902", { medication })).toEqual({ ...NEAR_22902_WITHIN_25_MILES, sCodes: code });
  });

  it("leaves acamprosate out (the locator has no filter for it) and says so", () => {
    const link = findTreatmentLink("22902", { ...ANY_PROGRAM, medication: "acamprosate" });
    expect(Object.fromEntries(new URL(link.href).searchParams)).toEqual(NEAR_22902_WITHIN_25_MILES);
    expect(link.gaps).toEqual([{ filter: "medication", value: "acamprosate" }]);
  });

  it.each([
    ["medicaid", "MD"],
    ["medicare", "MC"],
    ["private-insurance", "PI"],
    ["sliding-fee", "SS"],
    ["free", "NP"],
  ] as const)("searches the way to pay %s with the locator's %s", (payment, code) => {
    expect(query("22902", { payment })).toEqual({ ...NEAR_22902_WITHIN_25_MILES, sCodes: code });
  });

  it("searches Spanish with the locator's language value", () => {
    expect(query("22902", { language: "es" })).toEqual({
      ...NEAR_22902_WITHIN_25_MILES,
      sLanguages: "SP-Spanish",
    });
  });

  it("searches American Sign Language with the locator's services for the deaf and hard of hearing", () => {
    expect(query("22902", { language: "ase" })).toEqual({ ...NEAR_22902_WITHIN_25_MILES, sCodes: "AH" });
  });

  it("joins every filter set into one list of codes, in the locator's comma-separated form", () => {
    const link = findTreatmentLink("22902-1234", {
      level: "intensive-outpatient",
      withdrawal: "ambulatory",
      medication: "buprenorphine",
      payment: "medicaid",
      language: "es",
      radius: 50,
    });
    expect(link.href).toBe(
      "https://findtreatment.gov/locator?sType=SA&sAddr=22902&sCodes=OP%2CDT%2CBU%2CMD&sLanguages=SP-Spanish&limitType=2&limitValue=80467",
    );
    // What the locator searches more broadly than asked, for the page to say.
    expect(link.gaps).toEqual([
      { filter: "level", value: "intensive-outpatient" },
      { filter: "withdrawal", value: "ambulatory" },
    ]);
  });

  it("names no gap when the locator searches exactly what was asked", () => {
    expect(
      findTreatmentLink("22902", { ...ANY_PROGRAM, level: "residential", medication: "methadone" }).gaps,
    ).toEqual([]);
  });

  it("carries a ZIP code only: a town, an address or coordinates typed stay on the page", () => {
    for (const place of ["Charlottesville, VA", "1014 East Market Street 22902", "38.03,-78.48", "229", ""]) {
      expect(zipCodeOf(place)).toBeNull();
      expect(query(place, { level: "residential" })).toEqual({
        sType: "SA",
        sCodes: "RES",
        limitType: "2",
        limitValue: "40234",
      });
    }
    expect(zipCodeOf(" 22902 ")).toBe("22902");
    expect(zipCodeOf("22902-1234")).toBe("22902");
  });
});

describe("the link's codes agree with the server's reading of the locator's listing", () => {
  /** What the server's mapping (locator-services.ts) reads from the listing value a code finds. */
  function serverReading(code: LocatorCode) {
    const mapping = mappingOfService(code.listing.category, code.listing.value);
    expect(mapping, `${code.listing.category} "${code.listing.value}"`).toBeTypeOf("object");
    return mapping === "not-read" || mapping === undefined ? {} : mapping;
  }

  it.each(FINDER_LEVELS)("the level %s", (level) => {
    const code = LOCATOR_LEVEL_CODES[level];
    const reading = serverReading(code);
    const levels = [...(reading.levels ?? []), ...(reading.levelsToConfirm ?? [])];
    if (code.broader === true) {
      // Broader: the code finds outpatient programs, of which this level is one kind.
      expect(levels).toEqual(["outpatient"]);
      expect(levels).not.toContain(level);
    } else expect(levels).toContain(level);
  });

  it.each(FINDER_WITHDRAWAL)("withdrawal care %s", (withdrawal) => {
    const code = LOCATOR_WITHDRAWAL_CODES[withdrawal];
    expect(code.broader).toBe(true);
    expect(serverReading(code)).toEqual({ substanceUseCare: true, withdrawalSettingUnknown: true });
  });

  it.each(FINDER_MEDICATIONS.filter((medication) => LOCATOR_MEDICATION_CODES[medication] !== null))(
    "the medicine %s",
    (medication) => {
      const code = LOCATOR_MEDICATION_CODES[medication];
      expect(code?.broader).toBeUndefined();
      expect(serverReading(code as LocatorCode).medications).toEqual([medication]);
    },
  );

  it.each(FINDER_PAYMENTS)("the way to pay %s", (payment) => {
    expect(serverReading(LOCATOR_PAYMENT_CODES[payment]).payment).toEqual([payment]);
  });

  it.each(FINDER_LANGUAGES)("the language %s", (language) => {
    expect(serverReading(LOCATOR_LANGUAGE_CODES[language]).languages).toEqual([language]);
  });
});
