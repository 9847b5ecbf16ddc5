import { describe, expect, it } from "vitest";
import { en } from "./messages-en.js";
import { es } from "./messages-es.js";

/** Texts that are the same word in both languages on purpose (a proper name). */
const SAME_IN_BOTH = new Set(["app.name"]);

describe("English and Spanish texts", () => {
  it("has a Spanish text for every English key, and no Spanish key without English", () => {
    expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort());
  });

  it("never leaves Spanish identical to the English", () => {
    const untranslated = Object.keys(en).filter(
      (key) =>
        !SAME_IN_BOTH.has(key) &&
        JSON.stringify(en[key as keyof typeof en]) === JSON.stringify(es[key as keyof typeof en]),
    );
    expect(untranslated).toEqual([]);
  });

  it("keeps lists the same length in both languages, so no point is lost in translation", () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      const english = en[key];
      const spanish = es[key];
      if (Array.isArray(english))
        expect(Array.isArray(spanish) ? spanish.length : -1, key).toBe(english.length);
    }
  });

  it("uses person-first words, never stigmatizing labels", () => {
    const stigmatizing =
      /\b(addicts?|abusers?|junkies?|alcoholics?|drunks?|clean|dirty|adict[oa]s?|drogadict[oa]s?)\b/i;
    const offenders = [...Object.values(en), ...Object.values(es)]
      .flat()
      .filter((text) => stigmatizing.test(text));
    expect(offenders).toEqual([]);
  });

  it("shows all three crisis lines in both languages", () => {
    for (const catalog of [en, es]) {
      const crisis = [catalog["crisis.988"], catalog["crisis.911"], catalog["crisis.samhsa"]].join(" ");
      expect(crisis).toContain("988");
      expect(crisis).toContain("911");
      expect(crisis).toContain("1-800-662-4357");
    }
  });
});
