import { describe, expect, it } from "vitest";
import type { Assessment } from "../assessment/assessment.js";
import { describePlacement } from "../messages/describe-placement.js";
import { assess } from "./assess.js";
import { dailyAlcohol, withAnswers } from "./testing/assessment-builders.js";

/**
 * What a person reads about withdrawal and medicines, written from the sources: ASAM 2020 alcohol
 * withdrawal guideline (II.5, III.1, VII.8), the CIWA-Ar form (Sullivan 1989), ACOG Committee Opinion 711,
 * the FDA opioid–benzodiazepine warning, CDC/SAMHSA fentanyl test strip guidance, APA 2018 (alcohol use
 * disorder medicines) and CALM (lethal means).
 */
const words = (assessment: Assessment, language: "en" | "es" = "en") => {
  const result = assess(assessment);
  const described = describePlacement(result, language);
  return {
    result,
    all: [
      ...described.urgent.flatMap((item) => [item.text, ...item.actions]),
      ...described.reasons,
      ...described.medications,
    ].join(" "),
  };
};

describe("no withdrawal without signs or a pattern that produces it", () => {
  it("a CIWA-Ar of 0 in a weekly drinker with an unsafe home calls for no withdrawal care", () => {
    const { result } = words(
      withAnswers({
        substances: [{ substance: "alcohol", frequency: "weekly", amount: "moderate", useDisorder: "mild" }],
        withdrawal: { over: false, signsNow: "none" },
        environment: { homeSafe: false },
        scales: [{ instrument: "ciwa-ar", total: 0, flags: ["alcohol-withdrawal-mild"] }],
      }),
    );
    expect(result.withdrawalManagement).toBe("none");
    expect(result.ratings.withdrawal.rating).toBe(0);
    expect(result.reasons.map((reason) => reason.ruleId)).not.toContain("withdrawal-unsupported-at-home");
  });

  it("a CIWA-Ar of 6 with daily heavy drinking still counts as mild withdrawal", () => {
    const { result } = words(
      withAnswers({
        substances: dailyAlcohol("moderate"),
        withdrawal: { over: false },
        scales: [{ instrument: "ciwa-ar", total: 6, flags: ["alcohol-withdrawal-mild"] }],
      }),
    );
    expect(result.withdrawalManagement).toBe("ambulatory");
    expect(result.ratings.withdrawal.facts.map((fact) => fact.ruleId)).toContain("withdrawal-mild-now");
  });
});

describe("pregnancy", () => {
  const pregnantUsingOpioids = withAnswers({
    substances: [{ substance: "opioids", specific: "heroin", frequency: "daily", useDisorder: "severe" }],
    withdrawal: { over: false },
    medical: { pregnant: true },
  });

  it("with opioid use: medication the same day, never withdrawal care as the plan, never naltrexone to start", () => {
    const { result, all } = words(pregnantUsingOpioids);
    expect(result.urgent.map((item) => item.ruleId)).toContain("safety-pregnancy-opioid-medication-today");
    expect(result.withdrawalManagement).toBe("none");
    expect(result.medications.flatMap((note) => note.medications)).not.toContain("naltrexone");
    expect(all).toMatch(/methadone or buprenorphine|buprenorphine or methadone/);
    expect(all).toMatch(/today|same day/);
  });

  it("with alcohol: the words never read as 'keep drinking'", () => {
    for (const language of ["en", "es"] as const) {
      const { all } = words(
        withAnswers({
          substances: dailyAlcohol("moderate"),
          withdrawal: { over: false },
          medical: { pregnant: true },
        }),
        language,
      );
      expect(all).not.toMatch(/stopping[^.]*can harm|keep drinking|dejarlos de golpe puede dañar/i);
    }
  });
});

describe("dangerous combinations", () => {
  it("methadone with benzodiazepines: an overdose warning and naloxone, never 'stop methadone'", () => {
    const { result, all } = words(
      withAnswers({
        substances: [
          { substance: "benzodiazepines", frequency: "daily", amount: "moderate", useDisorder: "moderate" },
        ],
        medical: { medications: ["methadone"] },
      }),
    );
    expect(result.medications.map((note) => note.code)).toContain("opioid-sedative-overdose-risk");
    expect(result.medications.flatMap((note) => note.medications)).toContain("naloxone");
    expect(all.replace(/do not stop methadone/gi, "")).not.toMatch(
      /stop (taking )?(methadone|buprenorphine)/i,
    );
  });

  it("stimulant use: naloxone and fentanyl test strips", () => {
    const { all } = words(
      withAnswers({
        substances: [
          { substance: "stimulants", specific: "methamphetamine", frequency: "monthly", useDisorder: "none" },
        ],
      }),
    );
    expect(all).toMatch(/naloxone/i);
    expect(all).toMatch(/fentanyl test strips/i);
  });

  it("fentanyl with moderate withdrawal: start medication the same day", () => {
    const { result, all } = words(
      withAnswers({
        substances: [
          { substance: "opioids", specific: "fentanyl", frequency: "daily", useDisorder: "severe" },
        ],
        withdrawal: { over: false, signsNow: "moderate" },
      }),
    );
    expect(result.urgent).toContainEqual(
      expect.objectContaining({ tier: "same-day", ruleId: "safety-fentanyl-withdrawal-start-medication" }),
    );
    expect(all).toMatch(/start buprenorphine or methadone/i);
  });
});

describe("suicide risk", () => {
  it("a positive PHQ-9 item 9 brings lethal-means counselling", () => {
    const { result } = words(
      withAnswers({ scales: [{ instrument: "phq-9", total: 11, flags: ["suicide-risk-follow-up"] }] }),
    );
    expect(result.reasons.map((reason) => reason.ruleId)).toContain("consideration-lethal-means");
  });
});
