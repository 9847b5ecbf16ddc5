import readability from "text-readability";
import { describe, expect, it } from "vitest";
import {
  listLengthMismatches,
  missingSpanishKeys,
  stigmatizingTexts,
  untranslatedKeys,
} from "../i18n/catalog-quality.js";
import { programFinderCatalog } from "./program-finder-messages.js";

/** The same in both languages on purpose: program names of public insurance. */
const SAME_IN_BOTH = new Set(["payment.medicaid", "payment.medicare"]);

describe("the program finder's English and Spanish texts", () => {
  it("has every key in Spanish, translated, with the same placeholders", () => {
    expect(missingSpanishKeys(programFinderCatalog)).toEqual([]);
    expect(untranslatedKeys(programFinderCatalog, SAME_IN_BOTH)).toEqual([]);
    expect(listLengthMismatches(programFinderCatalog)).toEqual([]);
    const placeholders = (text: unknown) =>
      [...JSON.stringify(text).matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
    for (const [key, english] of Object.entries(programFinderCatalog.en))
      expect(placeholders(programFinderCatalog.es[key as keyof typeof programFinderCatalog.en]), key).toEqual(
        placeholders(english),
      );
  });

  it("uses person-first words only", () => {
    expect(stigmatizingTexts(programFinderCatalog)).toEqual([]);
  });

  it("says what is sent to search and that it is not kept, and names the helpline", () => {
    for (const language of ["en", "es"] as const) {
      const texts = programFinderCatalog[language];
      expect(texts.privacy).toMatch(/Stepwise/);
      expect(texts.helpline).toContain("1-800-662-4357");
    }
  });

  it("says what the FindTreatment.gov link carries: a ZIP code and the kind of care, never the answers", () => {
    expect(programFinderCatalog.en.locatorSends).toMatch(
      /only your ZIP code.*kind of care.*never gives your answers/,
    );
    expect(programFinderCatalog.es.locatorSends).toMatch(
      /solo su código postal.*tipo de atención.*Nunca le da sus respuestas/,
    );
  });

  it("reads at a 6th–8th grade level in English (Flesch-Kincaid, docs/design/consumer.md §5.2)", () => {
    const prose = Object.values(programFinderCatalog.en)
      .flatMap((text) => (typeof text === "string" ? [text] : [...text]))
      .map((text) => text.replace(/\{\w+\}/g, "it"))
      .map((text) => (/[.?!:…]$/.test(text) ? text : `${text}.`))
      .join(" ");
    expect(readability.fleschKincaidGrade(prose)).toBeLessThanOrEqual(8);
  });
});
