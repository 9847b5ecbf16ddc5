/**
 * Test support: a fully answered adult assessment with no need in any dimension, and a way to change
 * some answers. Cases start from `WELL` so each case's answers show only what matters to it.
 */
import type { Assessment } from "../../assessment/assessment.js";

export const WELL: Assessment = {
  modelVersion: "1",
  asOf: "2026-11-27",
  mode: "clinician",
  respondent: "professional",
  age: 35,
  substances: [
    { substance: "alcohol", frequency: "monthly", amount: "light", route: "swallowed", useDisorder: "none" },
  ],
  useDisorder: "none",
  intoxicatedNow: false,
  overdose: { signsNow: false, pastYear: false, ever: false },
  withdrawal: {
    over: true,
    signsNow: "none",
    seizureOrConfusionNow: false,
    history: { seizures: false, delirium: false, hallucinations: false },
    pawssScore: 0,
  },
  medical: { condition: "none", pregnant: false, medications: [] },
  mentalHealth: {
    conditions: [],
    stability: "stable",
    suicidalThoughts: false,
    suicidalIntentOrPlan: false,
    psychosisNow: false,
    dangerToSelfOrOthers: false,
    inCare: false,
  },
  readiness: { stage: "ready", willingToAttendAllAppointments: true },
  history: {
    treatments: [],
    returnsToUseAfterTreatment: 0,
    longestAbstinenceMonths: 12,
    cravings: "none",
    copingSkills: "good",
    canStayAbstinentAtHome: true,
  },
  environment: {
    housing: "stable",
    homeSafe: true,
    othersUseAtHome: false,
    supportNetwork: "strong",
    reliableTransport: true,
  },
  obligations: { work: false, school: false, caregiving: false },
  preferences: { setting: "no-preference", medication: "unsure", spanishSpeakingProgram: false },
  access: { coverage: "private" },
};

type Patch = {
  [Key in keyof Assessment]?: Assessment[Key] extends infer Group
    ? Group extends readonly unknown[] | string | number | boolean | null | undefined
      ? Group
      : Partial<NonNullable<Group>> | null
    : never;
};

/** Returns `base` with each answer group in `patch` merged in (arrays and plain values replace). */
export function withAnswers(patch: Patch, base: Assessment = WELL): Assessment {
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(patch)) {
    const current = merged[key];
    merged[key] =
      value !== null &&
      typeof value === "object" &&
      !Array.isArray(value) &&
      current !== null &&
      typeof current === "object" &&
      !Array.isArray(current)
        ? { ...current, ...value }
        : value;
  }
  return merged as unknown as Assessment;
}

export const dailyAlcohol = (useDisorder: "mild" | "moderate" | "severe" = "moderate") =>
  [{ substance: "alcohol", frequency: "daily", amount: "heavy", route: "swallowed", useDisorder }] as const;
