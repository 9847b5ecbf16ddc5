/**
 * Measured signals outrank every other answer: once a scale's own numbers put an urgent item on a result,
 * no single other answer, set to any value, takes it away. The scales are sent the way imports send them:
 * item answers without flags, or a total with no flags, so the item must come from the numbers.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Assessment, ScaleResultInput } from "../assessment/assessment.js";
import { assess } from "./assess.js";
import { arbitraryAdultAssessment, NEED_LADDERS, setAnswer } from "./testing/arbitrary-assessment.js";
import { ciwaItems, phq9Items } from "./testing/measured-signal-cases.js";

interface MeasuredSignal {
  readonly name: string;
  readonly scale: ScaleResultInput;
  readonly ruleId: string;
  /** More urgent items for the same need that stand in its place (severe withdrawal for moderate). */
  readonly orMoreUrgent?: readonly string[];
}

const WORSE_WITHDRAWAL = [
  "safety-severe-alcohol-or-sedative-withdrawal",
  "safety-withdrawal-seizure-or-confusion",
];

/** Signals and the urgent item their numbers call for (CIWA-Ar, COWS, PHQ-9 item 9, ASQ bands). */
const SIGNALS: readonly MeasuredSignal[] = [
  {
    name: "CIWA-Ar items adding up to 19",
    scale: { instrument: "ciwa-ar", total: null, flags: [], itemScores: ciwaItems(19) },
    ruleId: "safety-severe-alcohol-or-sedative-withdrawal",
  },
  {
    name: "CIWA-Ar total 30",
    scale: { instrument: "ciwa-ar", total: 30, flags: [] },
    ruleId: "safety-severe-alcohol-or-sedative-withdrawal",
  },
  {
    name: "CIWA-Ar total 14",
    scale: { instrument: "ciwa-ar", total: 14, flags: [] },
    ruleId: "safety-moderate-alcohol-or-sedative-withdrawal",
    orMoreUrgent: WORSE_WITHDRAWAL,
  },
  {
    name: "COWS total 37",
    scale: { instrument: "cows", total: 37, flags: [] },
    ruleId: "safety-severe-opioid-withdrawal",
  },
  {
    name: "PHQ-9 item 9 at 1",
    scale: {
      instrument: "phq-9",
      total: null,
      flags: [],
      itemScores: phq9Items([0, 1, 0, 1, 0, 0, 0, 0], 1),
    },
    ruleId: "safety-phq-9-item-9",
  },
  {
    name: "PHQ-9 total 25",
    scale: { instrument: "phq-9", total: 25, flags: [] },
    ruleId: "safety-phq-9-item-9",
  },
  {
    name: "ASQ acuity yes",
    scale: {
      instrument: "asq",
      total: null,
      flags: [],
      itemScores: { "asq.1": 0, "asq.2": 0, "asq.3": 1, "asq.4": 0, "asq.5": 1 },
    },
    ruleId: "safety-asq-acute",
  },
  {
    name: "ASQ positive, acuity no",
    scale: {
      instrument: "asq",
      total: null,
      flags: [],
      itemScores: { "asq.1": 1, "asq.2": 0, "asq.3": 0, "asq.4": 0, "asq.5": 0 },
    },
    ruleId: "safety-asq-non-acute",
    orMoreUrgent: ["safety-asq-acute"],
  },
];

/** One other answer and the values it may take, "withdrawal is over" and "no signs now" among them. */
const OTHER_ANSWERS: readonly { readonly path: string; readonly values: readonly unknown[] }[] = [
  ...NEED_LADDERS.filter((ladder) => ladder.path !== "scales"),
  { path: "withdrawal.over", values: [true, false, null] },
  { path: "withdrawal.signsNow", values: ["none", "mild", null] },
  { path: "withdrawal", values: [null, { over: true, signsNow: "none" }] },
  { path: "substances", values: [null, [], [{ substance: "cannabis", frequency: "weekly" }]] },
  { path: "mode", values: ["self-check", "clinician", null] },
  { path: "respondent", values: ["self", "family-or-friend", "professional", null] },
  { path: "age", values: [15, 30, 72, null] },
  { path: "sex", values: ["female", "male", null] },
  { path: "mentalHealth", values: [null, { suicidalThoughts: false }] },
  { path: "mentalHealth.suicidalPlan", values: [false, true, null] },
  { path: "medical.pregnant", values: [true, false, null] },
];

const withSignal = fc
  .record({
    assessment: arbitraryAdultAssessment,
    signal: fc.constantFrom(...SIGNALS),
    keepOthers: fc.boolean(),
  })
  .map(({ assessment, signal, keepOthers }) => ({
    signal,
    assessment: {
      ...assessment,
      // The measured scale comes first; other scales of other instruments may follow.
      scales: [
        signal.scale,
        ...(keepOthers
          ? (assessment.scales ?? []).filter((s) => s.instrument !== signal.scale.instrument)
          : []),
      ],
    } as Assessment,
  }));

/** A change to one other answer: set a path to a value, or take one substance off the list. */
const oneOtherChange = fc.oneof(
  fc.record({ at: fc.nat(OTHER_ANSWERS.length - 1), pick: fc.nat() }).map(({ at, pick }) => {
    const answer = OTHER_ANSWERS[at] as (typeof OTHER_ANSWERS)[number];
    return { path: answer.path, value: answer.values[pick % answer.values.length], remove: -1 };
  }),
  fc.nat(2).map((remove) => ({ path: "substances", value: undefined as unknown, remove })),
);

function changed(assessment: Assessment, change: { path: string; value: unknown; remove: number }) {
  if (change.remove === -1) return setAnswer(assessment, change.path, change.value);
  const list = assessment.substances ?? [];
  return { ...assessment, substances: list.filter((_, index) => index !== change.remove) } as Assessment;
}

describe("measured signals outrank other answers", { timeout: 120_000 }, () => {
  it("an urgent item the numbers call for survives any single other answer, set to any value", () => {
    fc.assert(
      fc.property(withSignal, oneOtherChange, ({ assessment, signal }, change) => {
        const before = assess(assessment, { wouldChange: false });
        // Reported severe signs can put a more urgent item in place of the moderate one; the moderate one
        // is then checked where it stands on its own.
        fc.pre(before.urgent.some((item) => item.ruleId === signal.ruleId));
        const after = assess(changed(assessment, change), { wouldChange: false });
        const standing = after.urgent.some(
          (item) => item.ruleId === signal.ruleId || (signal.orMoreUrgent ?? []).includes(item.ruleId),
        );
        expect(standing, `${signal.name}; ${change.path}`).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it("never trusts a flag or total that its own numbers contradict", () => {
    fc.assert(
      fc.property(fc.constantFrom(...SIGNALS), fc.integer({ min: 0, max: 40 }), (signal, statedTotal) => {
        // Whatever total, band and flags are stated beside the item answers, the items decide.
        if (signal.scale.itemScores === undefined) return;
        const sent: ScaleResultInput = { ...signal.scale, total: statedTotal, band: "minimal", flags: [] };
        const result = assess(
          { modelVersion: "1", asOf: "2026-12-01", scales: [sent] },
          { wouldChange: false },
        );
        expect(result.urgent.map((item) => item.ruleId)).toContain(signal.ruleId);
      }),
      { numRuns: 100 },
    );
  });
});
