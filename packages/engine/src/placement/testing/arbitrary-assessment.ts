/**
 * fast-check generators for assessments, and the "need ladders": for each answer that matters to
 * placement, its values from least to most need. Unknown (null) sits where it acts for placement: with
 * the least need, except where the engine treats unknown as the worse case (withdrawal not yet over,
 * use in the past 3 months), documented in rules/facts.ts.
 */
import fc from "fast-check";
import type { AnswerValue } from "../../assessment/answer-change.js";
import type { Assessment, ScaleResultInput } from "../../assessment/assessment.js";
import { WELL } from "./assessment-builders.js";

export interface NeedLadder {
  readonly path: string;
  readonly values: readonly unknown[];
}

const yesNo = [null, false, true] as const;
const noYes = [null, true, false] as const;

export const NEED_LADDERS: readonly NeedLadder[] = [
  { path: "useDisorder", values: [null, "none", "mild", "moderate", "severe"] },
  {
    path: "substances[0].frequency",
    values: [
      "not-in-past-3-months",
      null,
      "less-than-monthly",
      "monthly",
      "weekly",
      "several-times-a-week",
      "daily",
    ],
  },
  { path: "substances[0].useDisorder", values: [null, "none", "mild", "moderate", "severe"] },
  { path: "substances[0].route", values: [null, "swallowed", "injected"] },
  { path: "intoxicatedNow", values: yesNo },
  { path: "overdose.signsNow", values: yesNo },
  { path: "overdose.pastYear", values: yesNo },
  { path: "overdose.ever", values: yesNo },
  { path: "withdrawal.over", values: [true, null, false] },
  { path: "withdrawal.signsNow", values: [null, "none", "mild", "moderate", "severe"] },
  { path: "withdrawal.seizureOrConfusionNow", values: yesNo },
  { path: "withdrawal.history.seizures", values: yesNo },
  { path: "withdrawal.history.delirium", values: yesNo },
  { path: "withdrawal.history.hallucinations", values: yesNo },
  { path: "withdrawal.pawssScore", values: [null, 0, 3, 4, 9] },
  {
    path: "medical.condition",
    values: [null, "none", "stable", "needs-follow-up", "needs-24-hour-monitoring", "unstable"],
  },
  { path: "medical.pregnant", values: yesNo },
  { path: "mentalHealth.conditions", values: [null, [], ["depression"], ["depression", "bipolar"]] },
  {
    path: "mentalHealth.stability",
    values: [null, "stable", "some-symptoms", "unstable", "needs-24-hour-care"],
  },
  { path: "mentalHealth.suicidalThoughts", values: yesNo },
  { path: "mentalHealth.suicidalIntentOrPlan", values: yesNo },
  { path: "mentalHealth.psychosisNow", values: yesNo },
  { path: "mentalHealth.dangerToSelfOrOthers", values: yesNo },
  { path: "readiness.stage", values: [null, "taking-action", "ready", "unsure", "not-ready"] },
  { path: "readiness.willingToAttendAllAppointments", values: noYes },
  {
    path: "history.treatments",
    values: [
      null,
      [],
      [{ level: "outpatient", outcome: "not-enough" }],
      [
        { level: "outpatient", outcome: "not-enough" },
        { level: "intensive-outpatient", outcome: "not-enough" },
      ],
    ],
  },
  { path: "history.returnsToUseAfterTreatment", values: [null, 0, 1, 2, 6] },
  { path: "history.cravings", values: [null, "none", "mild", "strong"] },
  { path: "history.copingSkills", values: [null, "good", "some", "few"] },
  { path: "history.canStayAbstinentAtHome", values: noYes },
  { path: "environment.housing", values: [null, "stable", "unstable", "homeless"] },
  { path: "environment.homeSafe", values: noYes },
  { path: "environment.othersUseAtHome", values: yesNo },
  { path: "environment.supportNetwork", values: [null, "strong", "some", "none"] },
  { path: "environment.reliableTransport", values: noYes },
  {
    path: "scales",
    values: [
      [],
      [{ instrument: "ciwa-ar", total: 6, flags: ["alcohol-withdrawal-mild"] }],
      [{ instrument: "ciwa-ar", total: 12, flags: ["alcohol-withdrawal-moderate"] }],
      [{ instrument: "ciwa-ar", total: 25, flags: ["alcohol-withdrawal-severe"] }],
    ],
  },
];

const SUBSTANCE = fc.record({
  substance: fc.constantFrom("alcohol", "opioids", "benzodiazepines", "stimulants", "cannabis", "tobacco"),
  frequency: fc.constantFrom(
    null,
    "not-in-past-3-months",
    "less-than-monthly",
    "monthly",
    "weekly",
    "several-times-a-week",
    "daily",
  ),
  useDisorder: fc.constantFrom(null, "none", "mild", "moderate", "severe"),
  route: fc.constantFrom(null, "swallowed", "smoked-or-vaped", "injected"),
});

const SCALES = fc.subarray<ScaleResultInput>([
  { instrument: "phq-9", total: 17, flags: ["suicide-risk-follow-up"] },
  { instrument: "phq-9", total: 4, flags: [] },
  { instrument: "gad-7", total: 16, flags: [] },
  { instrument: "audit", total: 22, flags: [] },
  { instrument: "dast-10", total: 4, flags: [] },
  { instrument: "ciwa-ar", total: 12, flags: ["alcohol-withdrawal-moderate"] },
  { instrument: "cows", total: 15, flags: ["opioid-withdrawal-moderate"] },
  { instrument: "asq", total: 1, flags: ["asq-positive-non-acute"] },
]);

/** Sets the answer at `path` (test helper; the engine's own applyChanges copies the same way). */
export function setAnswer(assessment: Assessment, path: string, value: unknown): Assessment {
  const copy = structuredClone(assessment) as unknown as Record<string, unknown>;
  const parts = path
    .split(/\.|\[(\d+)\]/)
    .filter((part): part is string => part !== undefined && part !== "");
  let node = copy;
  for (const part of parts.slice(0, -1)) {
    if (node[part] === null || node[part] === undefined || typeof node[part] !== "object") node[part] = {};
    node = node[part] as Record<string, unknown>;
  }
  const last = parts[parts.length - 1];
  if (last !== undefined) node[last] = value;
  return copy as unknown as Assessment;
}

/** An adult assessment with each answer either random or unknown. */
export const arbitraryAdultAssessment: fc.Arbitrary<Assessment> = fc
  .record({
    substances: fc.array(SUBSTANCE, { minLength: 1, maxLength: 3 }),
    scales: SCALES,
    ladders: fc.array(fc.nat(), { minLength: NEED_LADDERS.length, maxLength: NEED_LADDERS.length }),
    blanks: fc.array(fc.boolean(), { minLength: NEED_LADDERS.length, maxLength: NEED_LADDERS.length }),
    mode: fc.constantFrom(null, "self-check", "clinician"),
    respondent: fc.constantFrom(null, "self", "family-or-friend", "professional"),
    chosenLevel: fc.constantFrom(null, "outpatient", "residential"),
  })
  .map(({ substances, scales, ladders, blanks, mode, respondent, chosenLevel }) => {
    let assessment: Assessment = { ...WELL, substances, scales, mode, respondent, age: 30 };
    NEED_LADDERS.forEach((ladder, index) => {
      if (ladder.path === "scales" || ladder.path.startsWith("substances")) return;
      const pick = ladders[index] ?? 0;
      const value = blanks[index] ? null : ladder.values[pick % ladder.values.length];
      assessment = setAnswer(assessment, ladder.path, value);
    });
    if (chosenLevel !== null) assessment = setAnswer(assessment, "choice.chosenLevel", chosenLevel);
    return assessment;
  });

export type { AnswerValue };
