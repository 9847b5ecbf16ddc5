import { describe, expect, it } from "vitest";
import {
  listLengthMismatches,
  missingSpanishKeys,
  stigmatizingTexts,
  untranslatedKeys,
} from "./catalog-quality.js";
import { guideCatalog, translatorFor } from "./language.js";

/** Texts that are the same word in both languages on purpose (a proper name). */
const SAME_IN_BOTH = new Set(["app.name"]);

describe("the guide's English and Spanish texts", () => {
  it("has a Spanish text for every English key", () => {
    expect(missingSpanishKeys(guideCatalog)).toEqual([]);
  });

  it("never leaves Spanish identical to the English", () => {
    expect(untranslatedKeys(guideCatalog, SAME_IN_BOTH)).toEqual([]);
  });

  it("keeps lists the same length in both languages, so no point is lost in translation", () => {
    expect(listLengthMismatches(guideCatalog)).toEqual([]);
  });

  it("uses person-first words, never stigmatizing labels", () => {
    expect(stigmatizingTexts(guideCatalog)).toEqual([]);
  });

  it("flags a stigmatizing word when one slips in", () => {
    const slipped = { en: { a: "Help for an addict" }, es: { a: "Ayuda" } };
    expect(stigmatizingTexts(slipped)).toEqual(["Help for an addict"]);
  });

  it("shows all three crisis lines in both languages", () => {
    for (const language of ["en", "es"] as const) {
      const t = translatorFor(guideCatalog, language);
      const crisis = [t.text("crisis.988"), t.text("crisis.911"), t.text("crisis.samhsa")].join(" ");
      expect(crisis).toContain("988");
      expect(crisis).toContain("911");
      expect(crisis).toContain("1-800-662-4357");
    }
  });

  it("fills placeholders from values and leaves unknown ones visible", () => {
    const catalog = {
      en: { greeting: "You said {answer}. {missing}" },
      es: { greeting: "Usted dijo {answer}." },
    };
    expect(translatorFor(catalog, "en").text("greeting", { answer: "daily" })).toBe(
      "You said daily. {missing}",
    );
  });
});
