import {
  LEVELS_OF_CARE,
  URGENT_ACTIONS,
  URGENT_TIERS,
  WITHDRAWAL_MANAGEMENT_SETTINGS,
} from "@stepwise/engine";
import readability from "text-readability";
import { describe, expect, it } from "vitest";
import { translatorFor } from "../i18n/language.js";
import { QUESTIONS } from "./questions.js";
import { type SelfCheckKey, selfCheckCatalog } from "./self-check-messages.js";

/**
 * Each screen's English text reads at grade 8 or below by Flesch-Kincaid (
 * docs/design/consumer.md §5.2 asks 6th–8th grade). Exempt, because their words are fixed by others: the names of
 * services ("partial hospitalization", "medically monitored inpatient care") and of validated scales.
 */
export const EXEMPT_FROM_READABILITY: ReadonlySet<string> = new Set([
  ...LEVELS_OF_CARE.map((level) => `level.${level}.name`),
  "results.scales.list",
  "scales.phq9.title",
  "scales.phq9.source",
]);

const MAX_GRADE = 8;

const t = translatorFor(selfCheckCatalog, "en");

function sentences(keys: readonly string[]): string {
  return keys
    .filter((key) => !EXEMPT_FROM_READABILITY.has(key))
    .flatMap((key) => t.list(key as SelfCheckKey))
    .map((text) => text.replace(/\{\w+\}/g, "it"))
    .map((text) => (/[.?!:]$/.test(text) ? text : `${text}.`))
    .join(" ");
}

function screens(): Record<string, string> {
  const all = Object.keys(selfCheckCatalog.en);
  const byPrefix = (prefix: string) => all.filter((key) => key.startsWith(prefix));
  const list: Record<string, string> = {
    start: sentences([...byPrefix("start."), "nav.back"]),
    "flow end": sentences(byPrefix("flow.done.")),
    urgent: sentences([
      ...URGENT_TIERS.map((tier) => `urgent.title.${tier}`),
      ...URGENT_ACTIONS.flatMap((action) => [
        `urgent.action.${action}.self`,
        `urgent.action.${action}.other`,
      ]),
      "urgent.withdrawal.self",
      "urgent.withdrawal.other",
      "urgent.helpline",
      "urgent.afterwards",
      "urgent.continue",
      "urgent.result",
    ]),
    results: sentences([
      ...byPrefix("results."),
      ...byPrefix("scales."),
      ...LEVELS_OF_CARE.flatMap((level) => [`level.${level}.name`, `level.${level}.about`]),
      ...WITHDRAWAL_MANAGEMENT_SETTINGS.map((setting) => `withdrawal.${setting}`),
      ...byPrefix("dimension."),
    ]),
  };
  for (const question of QUESTIONS) {
    for (const voice of ["self", "other"] as const) {
      list[`question ${question.id} (${voice})`] = sentences([
        `q.${question.id}.${voice}`,
        `q.${question.id}.why`,
        ...(question.withList === true ? [`q.${question.id}.list`] : []),
        ...question.options.map((option) => `q.${question.id}.o.${option.id}`),
        "flow.progress",
        "flow.notSure",
        "flow.noTimeLimit",
        "nav.back",
      ]);
    }
  }
  return list;
}

describe("reading level of every self-check screen (English)", () => {
  for (const [screen, text] of Object.entries(screens())) {
    it(`${screen} reads at grade ${MAX_GRADE} or below`, () => {
      expect(readability.fleschKincaidGrade(text)).toBeLessThanOrEqual(MAX_GRADE);
    });
  }

  it("would catch a screen written above grade 8", () => {
    const dense =
      "Comprehensive multidimensional biopsychosocial evaluation necessitates interdisciplinary collaboration, considering pharmacological, environmental, and psychological determinants simultaneously.";
    expect(readability.fleschKincaidGrade(dense)).toBeGreaterThan(MAX_GRADE);
  });
});
