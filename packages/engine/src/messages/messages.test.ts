import readability from "text-readability";
import { describe, expect, it } from "vitest";
import { OVERRIDE_REASONS } from "../assessment/assessment.js";
import { assess } from "../placement/assess.js";
import { PLACEMENT_CASES } from "../placement/testing/placement-cases.js";
import { FACTS } from "../rules/facts.js";
import { RULES } from "../rules/ruleset.js";
import { TRANSITION_RULES } from "../rules/transition-rules.js";
import { CHANGE_TEXTS } from "./change-texts.js";
import { describePlacement } from "./describe-placement.js";
import { FINDING_TEXTS } from "./finding-texts.js";
import { type MessageText, renderText } from "./message-text.js";
import { OVERRIDE_REASON_NAMES } from "./name-texts.js";
import { QUESTION_TEXTS } from "./question-texts.js";

const STIGMATIZING =
  /\b(addicts?|abusers?|junkies?|alcoholics?|drunks?|clean|dirty|substance abuse|adict[oa]s?|drogadict[oa]s?|abuso de sustancias)\b/i;

const ALL_TEXTS: MessageText[] = [
  ...Object.values(FINDING_TEXTS),
  ...Object.values(QUESTION_TEXTS),
  ...Object.values(CHANGE_TEXTS),
  ...RULES.map((rule) => rule.statement),
  ...TRANSITION_RULES.map((rule) => rule.statement),
];

describe("result messages", () => {
  it("have words for every rule, in both languages", () => {
    const missing = [...RULES, ...TRANSITION_RULES]
      .map((rule) => rule.id)
      .filter((id) => !(id in FINDING_TEXTS));
    expect(missing).toEqual([]);
  });

  it("have a question for every answer a fact reads, and words for every change wouldChange can name", () => {
    const paths = new Set(Object.values(FACTS).flatMap((fact) => fact.paths));
    expect([...paths].filter((path) => !(path in QUESTION_TEXTS))).toEqual([]);
    const changes = Object.values(FACTS).flatMap((fact) => fact.relief ?? []);
    expect(
      changes
        .map((change) => `${change.path}=${String(change.value)}`)
        .filter((key) => !(key in CHANGE_TEXTS)),
    ).toEqual([]);
    expect(OVERRIDE_REASONS.filter((reason) => !(reason in OVERRIDE_REASON_NAMES))).toEqual([]);
  });

  it("are translated, not copied, and use person-first words", () => {
    for (const text of ALL_TEXTS) {
      expect(text.es).not.toBe(text.en);
      expect(STIGMATIZING.test(text.en) || STIGMATIZING.test(text.es), text.en).toBe(false);
    }
  });

  it("speak to the person or about them", () => {
    const text = FINDING_TEXTS["readiness-unwilling-to-attend"] as MessageText;
    expect(renderText(text, "en", "second-person")).toMatch(/^You said you may not/);
    expect(renderText(text, "en", "third-person")).toMatch(/^They said they may not/);
    expect(renderText(text, "es", "second-person")).toMatch(/^Usted dijo/);
    expect(renderText(text, "es", "third-person")).toMatch(/^La persona dijo/);
  });

  it("in Spanish, write a name placed inside a sentence in lower case, and keep acronyms and sentence starts", () => {
    const frame: MessageText = {
      en: "{level} was considered.",
      es: "Se consideró {level}. {level} no basta.",
    };
    expect(renderText(frame, "es", "second-person", { level: "Consejería ambulatoria" })).toBe(
      "Se consideró consejería ambulatoria. Consejería ambulatoria no basta.",
    );
    expect(renderText(frame, "es", "second-person", { level: "IOP de día" })).toBe(
      "Se consideró IOP de día. IOP de día no basta.",
    );
    expect(renderText(frame, "en", "second-person", { level: "Outpatient counseling" })).toBe(
      "Outpatient counseling was considered.",
    );
    const considered = PLACEMENT_CASES.map((testCase) => describePlacement(assess(testCase.assessment), "es"))
      .flatMap((described) => (described.nextLowerLevel === null ? [] : [described.nextLowerLevel.text]))
      .map((text) => /^Se consideró (\S)/.exec(text)?.[1] ?? "");
    expect(considered.length).toBeGreaterThan(0);
    for (const letter of considered) expect(letter).toMatch(/^[a-záéíóúñ]$/);
  });

  it("render every case's result fully in both languages with no token left", () => {
    for (const testCase of PLACEMENT_CASES) {
      const result = assess(testCase.assessment);
      for (const language of ["en", "es"] as const)
        for (const voice of ["second-person", "third-person"] as const) {
          const words = JSON.stringify(describePlacement(result, language, voice));
          expect(words).not.toMatch(/\{[a-zA-Z-]+\}/);
        }
    }
  });

  it("read at about a 6th–8th grade level in English (Flesch-Kincaid, findings and questions)", () => {
    const plain = [...Object.values(FINDING_TEXTS), ...Object.values(QUESTION_TEXTS)]
      .map((text) => renderText(text, "en", "second-person"))
      .join(" ");
    expect(readability.fleschKincaidGrade(plain)).toBeLessThanOrEqual(8);
  });
});
