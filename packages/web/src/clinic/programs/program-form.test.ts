import { describe, expect, it } from "vitest";
import {
  listLengthMismatches,
  missingSpanishKeys,
  stigmatizingTexts,
  untranslatedKeys,
} from "../../i18n/catalog-quality.js";
import { type OrganizationProgram, programDraft, programProblems, programRequest } from "./program-form.js";
import { programSearchPath } from "./program-search.js";
import { programsCatalog, SAME_IN_BOTH } from "./programs-messages.js";

const stored: OrganizationProgram = {
  id: "7d1c8c1e-0000-4000-8000-000000000001",
  name: "Lakeside IOP",
  street1: null,
  city: "Charlottesville",
  state: "VA",
  zip: "22902",
  phone: null,
  website: null,
  levels: ["intensive-outpatient"],
  withdrawal: [],
  medications: ["buprenorphine"],
  payment: ["medicaid"],
  languages: ["en", "es"],
  ageGroups: ["adults"],
  coOccurringCare: true,
  openings: 0,
  waitlistDays: null,
  availabilityUpdatedOn: "2026-03-02",
  version: 3,
};

describe("the program form", () => {
  it("starts empty and checked today for a new program, and from the stored one for an edit", () => {
    expect(programDraft(undefined, "2026-04-01")).toMatchObject({
      name: "",
      openings: "",
      availabilityUpdatedOn: "2026-04-01",
    });
    expect(programDraft(stored, "2026-04-01")).toMatchObject({
      name: "Lakeside IOP",
      languages: "es",
      openings: "0",
      waitlistDays: "",
      availabilityUpdatedOn: "2026-03-02",
    });
  });

  it("names a missing name, a ZIP code that is not 5 digits, a count that is not whole, a bad language code", () => {
    expect(programProblems(programDraft(undefined, "2026-04-01"))).toEqual({
      name: "programs.missing.name",
      zip: "programs.missing.zip",
    });
    expect(
      programProblems({
        ...programDraft(stored, "2026-04-01"),
        openings: "2.5",
        waitlistDays: "-1",
        languages: "es, Spanish",
      }),
    ).toEqual({
      openings: "programs.missing.count",
      waitlistDays: "programs.missing.count",
      languages: "programs.missing.languages",
    });
  });

  it("sends what the API expects: empty text as null, counts as numbers, language codes once each", () => {
    const request = programRequest({
      ...programDraft(stored, "2026-04-01"),
      languages: "ES, es vi",
      waitlistDays: " 12 ",
    });
    expect(request).toMatchObject({
      street1: null,
      city: "Charlottesville",
      languages: ["es", "vi"],
      openings: 0,
      waitlistDays: 12,
      levels: ["intensive-outpatient"],
    });
  });
});

describe("the programs screen's English and Spanish texts", () => {
  it("has a Spanish text for every English key, each really translated, in person-first words", () => {
    expect(missingSpanishKeys(programsCatalog)).toEqual([]);
    expect(untranslatedKeys(programsCatalog, SAME_IN_BOTH)).toEqual([]);
    expect(listLengthMismatches(programsCatalog)).toEqual([]);
    expect(stigmatizingTexts(programsCatalog)).toEqual([]);
  });
});

describe("the search for programs near the client", () => {
  it("sends the ZIP code, the kind of care and the screen's language only", () => {
    expect(programSearchPath("22902", "intensive-outpatient", "en")).toBe(
      "/api/programs?near=22902&level=intensive-outpatient&limit=10&textLanguage=en",
    );
    expect(programSearchPath("22902", "residential", "es", "residential")).toBe(
      "/api/programs?near=22902&level=residential&limit=10&textLanguage=es&withdrawal=residential",
    );
  });
});
