import { describe, expect, it } from "vitest";
import {
  listLengthMismatches,
  missingSpanishKeys,
  stigmatizingTexts,
  untranslatedKeys,
} from "../i18n/catalog-quality.js";
import { clinicCatalog } from "./clinic-catalog.js";

describe("the clinic's English and Spanish texts", () => {
  it("has a Spanish text for every English key, each really translated", () => {
    expect(missingSpanishKeys(clinicCatalog)).toEqual([]);
    expect(untranslatedKeys(clinicCatalog, new Set(["app.name"]))).toEqual([]);
    expect(listLengthMismatches(clinicCatalog)).toEqual([]);
  });

  it("uses person-first words", () => {
    expect(stigmatizingTexts(clinicCatalog)).toEqual([]);
  });

  it("states the same password rule the server enforces", () => {
    expect(clinicCatalog.en["link.hint"]).toContain("15 characters");
    expect(clinicCatalog.es["link.hint"]).toContain("15 caracteres");
  });
});
