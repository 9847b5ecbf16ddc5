import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import readability from "text-readability";
import { describe, expect, it } from "vitest";
import {
  listLengthMismatches,
  missingSpanishKeys,
  stigmatizingTexts,
  untranslatedKeys,
} from "../i18n/catalog-quality.js";
import { type Catalog, translatorFor } from "../i18n/language.js";
import { decisionAidCatalog } from "./decision-aid-catalog.js";
import { decisionAidEntryCatalog } from "./entry-messages.js";
import { EVIDENCE_SOURCES } from "./evidence-sources.js";
import { FACTOR_IDS } from "./factors.js";
import { PROGRAM_QUESTIONS, WARNING_SIGNS } from "./program-check.js";

/** Words that are the same in both languages on purpose: program names, "No", a bare placeholder. */
const SAME_IN_BOTH = new Set([
  "coverage.medicaid",
  "coverage.medicare",
  "coverage.tricare",
  "sure.no",
  "programs.answer.no",
  "cost.option",
  "urgent.tier.crisis",
]);

describe("the decision aid's English and Spanish texts", () => {
  function checkCatalog<Key extends string>(name: string, catalog: Catalog<Key>): void {
    it(`${name}: has every key in Spanish, translated, with lists the same length`, () => {
      expect(missingSpanishKeys(catalog)).toEqual([]);
      expect(untranslatedKeys(catalog, SAME_IN_BOTH)).toEqual([]);
      expect(listLengthMismatches(catalog)).toEqual([]);
    });

    it(`${name}: uses person-first words only`, () => {
      expect(stigmatizingTexts(catalog)).toEqual([]);
    });
  }
  checkCatalog("decision aid", decisionAidCatalog);
  checkCatalog("guide entry", decisionAidEntryCatalog);

  it("keeps the same placeholders in both languages, so no value is lost", () => {
    const placeholders = (text: unknown) =>
      [...JSON.stringify(text).matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
    const english = decisionAidCatalog.en as Record<string, unknown>;
    const spanish = decisionAidCatalog.es as Record<string, unknown>;
    const mismatched = Object.keys(english).filter(
      (key) => JSON.stringify(placeholders(english[key])) !== JSON.stringify(placeholders(spanish[key])),
    );
    expect(mismatched).toEqual([]);
  });

  it("has words for every factor, question, warning sign and conversation prompt", () => {
    for (const language of ["en", "es"] as const) {
      const t = translatorFor(decisionAidCatalog, language);
      for (const factor of FACTOR_IDS) {
        expect(t.text(`factor.${factor}`)).not.toBe("");
        expect(t.text(`prompt.${factor}`)).toMatch(/\?$/);
        for (const column of ["iop", "inpatient", "day"] as const)
          expect(t.text(`row.${factor}.${column}`)).not.toBe("");
      }
      for (const question of PROGRAM_QUESTIONS) expect(t.text(`question.${question}.listen`)).not.toBe("");
      for (const sign of WARNING_SIGNS) expect(t.text(`warning.${sign}`)).not.toBe("");
    }
  });

  it("gives both options about the same number of words in every comparison row (IPDAS equal detail)", () => {
    for (const language of ["en", "es"] as const) {
      const t = translatorFor(decisionAidCatalog, language);
      for (const factor of FACTOR_IDS) {
        const iop = t.text(`row.${factor}.iop`).split(/\s+/).length;
        const inpatient = t.text(`row.${factor}.inpatient`).split(/\s+/).length;
        expect(Math.abs(iop - inpatient), `${language} ${factor}`).toBeLessThanOrEqual(6);
      }
    }
  });

  it("reads at a 6th–8th grade level in English (Flesch-Kincaid, docs/design/consumer.md §5.2)", () => {
    const prose = Object.entries(decisionAidCatalog.en)
      .filter(([key]) => !key.startsWith("use.") && !key.startsWith("published."))
      .flatMap(([, text]) => (typeof text === "string" ? [text] : [...text]))
      .map((text) => text.replace(/\{\w+\}/g, "it"))
      .map((text) => (/[.?!:]$/.test(text) ? text : `${text}.`))
      .join(" ");
    expect(readability.fleschKincaidGrade(prose)).toBeLessThanOrEqual(8);
  });
});

describe("the methods page and docs/methods.md", () => {
  it("list the same sources with the same dates", () => {
    const methods = readFileSync(
      fileURLToPath(new URL("../../../../docs/methods.md", import.meta.url)),
      "utf8",
    );
    for (const source of EVIDENCE_SOURCES) {
      expect(methods, source.id).toContain(source.citation);
      expect(methods, source.id).toContain(source.date);
    }
    expect(methods).toMatch(/no funding/i);
    expect(methods).toMatch(/no conflicts of interest/i);
  });
});
