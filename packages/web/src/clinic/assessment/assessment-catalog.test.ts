import { describe, expect, it } from "vitest";
import {
  listLengthMismatches,
  missingSpanishKeys,
  stigmatizingTexts,
  untranslatedKeys,
} from "../../i18n/catalog-quality.js";
import { FORM_SECTIONS, SUBSTANCE_FIELDS } from "./assessment-fields.js";
import { assessmentCatalog } from "./assessment-messages.js";
import { ENGINE_NAMED_SETS, optionLabelCatalog, SAME_IN_BOTH } from "./option-labels.js";

describe("the assessment screens' English and Spanish texts", () => {
  it("has a Spanish text for every English key, each really translated", () => {
    expect(missingSpanishKeys(assessmentCatalog)).toEqual([]);
    expect(untranslatedKeys(assessmentCatalog, new Set(["form.no", "result.provisional"]))).toEqual([]);
    expect(listLengthMismatches(assessmentCatalog)).toEqual([]);
    expect(missingSpanishKeys(optionLabelCatalog)).toEqual([]);
    expect(untranslatedKeys(optionLabelCatalog, SAME_IN_BOTH)).toEqual([]);
  });

  it("uses person-first words", () => {
    expect(stigmatizingTexts(assessmentCatalog)).toEqual([]);
    expect(stigmatizingTexts(optionLabelCatalog)).toEqual([]);
  });

  it("names every answer choice of the form", () => {
    const fields = [...FORM_SECTIONS.flatMap((section) => section.fields), ...SUBSTANCE_FIELDS];
    const missing = fields.flatMap((field) =>
      field.optionSet === undefined || ENGINE_NAMED_SETS.has(field.optionSet)
        ? []
        : (field.options ?? [])
            .map((value) => `${field.optionSet}.${value}`)
            .filter((key) => !(key in optionLabelCatalog.en)),
    );
    expect(missing).toEqual([]);
  });
});
