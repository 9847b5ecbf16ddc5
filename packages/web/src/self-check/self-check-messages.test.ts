import { URGENT_ACTIONS, URGENT_TIERS } from "@stepwise/engine";
import { describe, expect, it } from "vitest";
import {
  listLengthMismatches,
  missingSpanishKeys,
  stigmatizingTexts,
  untranslatedKeys,
} from "../i18n/catalog-quality.js";
import { type CatalogEntry, LANGUAGES, translatorFor } from "../i18n/language.js";
import { QUESTIONS } from "./questions.js";
import { type SelfCheckKey, selfCheckCatalog } from "./self-check-messages.js";

/** The same in both languages on purpose: the scale names, "No", and the numbers people dial. */
const SAME_IN_BOTH = new Set<string>([
  "q.overdose-now.o.no",
  "q.suicidal-thoughts.o.no",
  "q.danger-now.o.no",
  "q.withdrawal-emergency.o.no",
  "q.also-sedatives.o.no",
  "q.seizure-history.o.no",
  "q.delirium-history.o.no",
  "q.hallucination-history.o.no",
  "q.opioid-medication.o.no",
  "q.pregnant.o.no",
  "q.mental-health-condition.o.none",
  "q.psychosis-now.o.no",
  "q.attend.o.no",
  "q.stay-off-at-home.o.no",
  "q.home-safe.o.no",
  "q.others-use.o.no",
  "q.transport.o.no",
  "q.main-substance.o.alcohol",
]);

const keys = Object.keys(selfCheckCatalog.en) as SelfCheckKey[];

describe("the self-check's English and Spanish texts", () => {
  it("has a Spanish text for every English key", () => {
    expect(missingSpanishKeys(selfCheckCatalog)).toEqual([]);
  });

  it("never leaves Spanish identical to the English, except words that are the same in both", () => {
    expect(untranslatedKeys(selfCheckCatalog, SAME_IN_BOTH)).toEqual([]);
  });

  it("keeps lists the same length in both languages", () => {
    expect(listLengthMismatches(selfCheckCatalog)).toEqual([]);
  });

  it("uses person-first words, never stigmatizing labels", () => {
    expect(stigmatizingTexts(selfCheckCatalog)).toEqual([]);
  });

  it("has every question in both voices, with why it is asked and every option, in both languages", () => {
    const missing: string[] = [];
    for (const question of QUESTIONS) {
      const needed = ["self", "other", "why", ...question.options.map((option) => `o.${option.id}`)];
      if (question.withList === true) needed.push("list");
      for (const suffix of needed) {
        const key = `q.${question.id}.${suffix}`;
        if (!(key in selfCheckCatalog.en) || !(key in selfCheckCatalog.es)) missing.push(key);
      }
    }
    expect(missing).toEqual([]);
  });

  it("speaks to the person in one voice and about their loved one in the other", () => {
    for (const question of QUESTIONS) {
      if (question.id === "pregnant") continue;
      const about = selfCheckCatalog.en[`q.${question.id}.other` as SelfCheckKey] as string;
      expect(about, question.id).toMatch(/your loved one|they /i);
      const own = selfCheckCatalog.en[`q.${question.id}.self` as SelfCheckKey] as string;
      expect(own, question.id).not.toMatch(/loved one/i);
    }
  });

  it("says what to do for every urgent tier and action the engine can raise, in both voices", () => {
    for (const language of LANGUAGES) {
      const texts = selfCheckCatalog[language] as Readonly<Record<string, CatalogEntry>>;
      for (const tier of URGENT_TIERS) expect(texts[`urgent.title.${tier}`], tier).toBeDefined();
      for (const action of URGENT_ACTIONS) {
        expect(texts[`urgent.action.${action}.self`], action).toBeDefined();
        expect(texts[`urgent.action.${action}.other`], action).toBeDefined();
      }
    }
  });

  it("gives the crisis and help lines with their numbers in both languages", () => {
    for (const language of LANGUAGES) {
      const t = translatorFor(selfCheckCatalog, language);
      expect(t.text("urgent.action.call-or-text-988.self")).toContain("988");
      expect(t.text("urgent.action.call-911.other")).toContain("911");
      expect(t.text("urgent.helpline")).toContain("1-800-662-4357");
      expect(t.text("results.next.helpline")).toContain("1-800-662-4357");
    }
  });

  it("uses only keys that exist (no key typed twice with different spelling)", () => {
    expect(new Set(keys).size).toBe(keys.length);
  });
});
