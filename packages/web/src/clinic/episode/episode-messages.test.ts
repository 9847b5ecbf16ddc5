import { LEVEL_NAMES, LEVELS_OF_CARE, OVERRIDE_REASON_NAMES, OVERRIDE_REASONS } from "@stepwise/engine";
import { describe, expect, it } from "vitest";
import {
  listLengthMismatches,
  missingSpanishKeys,
  stigmatizingTexts,
  untranslatedKeys,
} from "../../i18n/catalog-quality.js";
import { episodeCatalog } from "./episode-messages.js";

describe("the decision, episode and print screens' English and Spanish texts", () => {
  it("has a Spanish text for every English key, each really translated", () => {
    expect(missingSpanishKeys(episodeCatalog)).toEqual([]);
    expect(
      untranslatedKeys(
        episodeCatalog,
        new Set([
          "level.withCode",
          "tier.crisis",
          "decision.acknowledgementFor",
          "decision.earlierItem",
          "scales.seriesSummary",
        ]),
      ),
    ).toEqual([]);
    expect(listLengthMismatches(episodeCatalog)).toEqual([]);
  });

  it("uses person-first words", () => {
    expect(stigmatizingTexts(episodeCatalog)).toEqual([]);
  });

  it("names the levels and reasons as the engine does", () => {
    for (const level of LEVELS_OF_CARE) {
      expect(episodeCatalog.en[`level.${level}`]).toBe(LEVEL_NAMES[level].en);
      expect(episodeCatalog.es[`level.${level}`]).toBe(LEVEL_NAMES[level].es);
    }
    for (const reason of OVERRIDE_REASONS) {
      expect(episodeCatalog.en[`reason.${reason}`]).toBe(OVERRIDE_REASON_NAMES[reason].en);
      expect(episodeCatalog.es[`reason.${reason}`]).toBe(OVERRIDE_REASON_NAMES[reason].es);
    }
  });

  it("shows 988, 911 and the SAMHSA helpline in both languages", () => {
    for (const language of ["en", "es"] as const) {
      const lines = (episodeCatalog[language]["safety.lines"] as readonly string[]).join(" ");
      expect(lines).toContain("988");
      expect(lines).toContain("911");
      expect(lines).toContain("1-800-662-4357");
    }
  });
});
