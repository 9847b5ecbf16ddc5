import {
  ASSESSMENT_MODEL_VERSION,
  type Assessment,
  type LevelOfCare,
  type Medication,
  type Substance,
  type TreatmentEpisode,
} from "@stepwise/engine";
import type { ResponseValue, Voice } from "../session/answers-store.js";

/**
 * The self-check's own plain-language questions: each one sets fields of the assessment
 * model, and "I'm not sure" leaves them unknown (null), which the engine never reads as "no problem".
 * Order is safety first (docs/design.md "Safety first"): crisis, overdose and withdrawal emergencies, then
 * use and withdrawal risk, then the other dimensions (docs/design/consumer.md §1.1 consumer labels).
 * The adaptive flow (adaptive-flow.ts) skips any question whose answer could not change the result.
 */

export const SECTIONS = ["age", "safety", "use", "health", "readiness", "recovery", "home"] as const;
export type Section = (typeof SECTIONS)[number];

/** One answer to one field: `path` in dot/[index] notation into the assessment. */
export interface FieldAnswer {
  readonly path: string;
  readonly value: unknown;
}

export interface QuestionOption {
  readonly id: string;
  readonly answers: readonly FieldAnswer[];
}

export interface Question {
  readonly id: string;
  readonly section: Section;
  readonly options: readonly QuestionOption[];
  /** The fields this question sets; "I'm not sure" sets them all to null (unknown). */
  readonly paths: readonly string[];
  /** True when the question shows a short list of examples (use-signs). */
  readonly withList?: boolean;
  /**
   * Asked even when its answer alone cannot change the result: it opens the questions that can (the
   * main substance makes frequency and withdrawal history matter). Asking more is always allowed;
   * only skipping must be proven harmless.
   */
  readonly alwaysAsk?: boolean;
  /** Questions this one decides whether to ask: it is asked whenever one of them would be, before it. */
  readonly opens?: readonly string[];
}

/**
 * Whether a question can apply given the answers so far: pregnancy does not when the sex at birth is
 * male (its answer is then left out of the assessment, so it can never change the result).
 */
export function questionApplies(question: Pick<Question, "id">, responses: Responses): boolean {
  return !(question.id === "pregnant" && responses.sex === "male");
}

const yesNo = (path: string): QuestionOption[] => [
  { id: "yes", answers: [{ path, value: true }] },
  { id: "no", answers: [{ path, value: false }] },
];

const each = <Value>(path: string, values: readonly Value[]): QuestionOption[] =>
  values.map((value) => ({ id: String(value), answers: [{ path, value }] }));

const treatment = (level: LevelOfCare, outcome: TreatmentEpisode["outcome"]): TreatmentEpisode[] => [
  { level, outcome },
];

/** Where the person's main substance lives in the model; the flow writes it as substances[0]. */
const MAIN = "main";
const ALSO = "also";

export const QUESTIONS: readonly Question[] = [
  {
    id: "age",
    section: "age",
    alwaysAsk: true,
    paths: ["age"],
    // Only "under 18" matters to the engine (adolescent redirect, docs/design.md "Adults"); we never ask the exact age.
    options: [
      { id: "adult", answers: [{ path: "age", value: 18 }] },
      { id: "under-18", answers: [{ path: "age", value: 17 }] },
    ],
  },
  {
    id: "overdose-now",
    section: "safety",
    paths: ["overdose.signsNow"],
    options: yesNo("overdose.signsNow"),
  },
  {
    id: "suicidal-thoughts",
    section: "safety",
    paths: ["mentalHealth.suicidalThoughts", "mentalHealth.suicidalIntentOrPlan"],
    // One question with a plan option, so nobody is asked about a plan after saying "no thoughts".
    options: [
      {
        id: "no",
        answers: [
          { path: "mentalHealth.suicidalThoughts", value: false },
          { path: "mentalHealth.suicidalIntentOrPlan", value: false },
        ],
      },
      {
        id: "thoughts",
        answers: [
          { path: "mentalHealth.suicidalThoughts", value: true },
          { path: "mentalHealth.suicidalIntentOrPlan", value: false },
        ],
      },
      {
        id: "plan",
        answers: [
          { path: "mentalHealth.suicidalThoughts", value: true },
          { path: "mentalHealth.suicidalIntentOrPlan", value: true },
        ],
      },
    ],
  },
  {
    id: "danger-now",
    section: "safety",
    paths: ["mentalHealth.dangerToSelfOrOthers"],
    options: yesNo("mentalHealth.dangerToSelfOrOthers"),
  },
  {
    id: "withdrawal-emergency",
    section: "safety",
    paths: ["withdrawal.seizureOrConfusionNow"],
    options: yesNo("withdrawal.seizureOrConfusionNow"),
  },
  {
    id: "main-substance",
    section: "use",
    alwaysAsk: true,
    paths: [`${MAIN}.substance`],
    options: each(`${MAIN}.substance`, [
      "alcohol",
      "opioids",
      "benzodiazepines",
      "stimulants",
      "cannabis",
      "other",
    ] satisfies Substance[]),
  },
  {
    id: "frequency",
    section: "use",
    paths: [`${MAIN}.frequency`],
    options: each(`${MAIN}.frequency`, [
      "daily",
      "several-times-a-week",
      "weekly",
      "monthly",
      "less-than-monthly",
      "not-in-past-3-months",
    ]),
  },
  {
    id: "also-sedatives",
    section: "use",
    paths: [`${ALSO}.substance`],
    options: [
      { id: "alcohol", answers: [{ path: `${ALSO}.substance`, value: "alcohol" }] },
      { id: "pills", answers: [{ path: `${ALSO}.substance`, value: "benzodiazepines" }] },
      { id: "no", answers: [{ path: `${ALSO}.substance`, value: "none" }] },
    ],
  },
  {
    id: "seizure-history",
    section: "use",
    paths: ["withdrawal.history.seizures"],
    options: yesNo("withdrawal.history.seizures"),
  },
  {
    id: "delirium-history",
    section: "use",
    paths: ["withdrawal.history.delirium"],
    options: yesNo("withdrawal.history.delirium"),
  },
  {
    id: "withdrawal-signs",
    section: "use",
    paths: ["withdrawal.signsNow"],
    options: each("withdrawal.signsNow", ["none", "mild", "moderate", "severe"]),
  },
  {
    id: "last-use",
    section: "use",
    paths: ["withdrawal.over"],
    // Withdrawal from most substances is over within about two weeks (TIP 45); earlier we do not assume it.
    options: [
      { id: "this-week", answers: [{ path: "withdrawal.over", value: false }] },
      { id: "one-to-two-weeks", answers: [{ path: "withdrawal.over", value: false }] },
      { id: "over-two-weeks", answers: [{ path: "withdrawal.over", value: true }] },
    ],
  },
  {
    id: "hallucination-history",
    section: "use",
    paths: ["withdrawal.history.hallucinations"],
    options: yesNo("withdrawal.history.hallucinations"),
  },
  {
    id: "use-signs",
    section: "use",
    paths: ["useDisorder"],
    withList: true,
    // Counting signs follows the DSM-5 severity steps (2–3 mild, 4–5 moderate, 6+ severe), in our words.
    options: [
      { id: "none", answers: [{ path: "useDisorder", value: "none" }] },
      { id: "mild", answers: [{ path: "useDisorder", value: "mild" }] },
      { id: "moderate", answers: [{ path: "useDisorder", value: "moderate" }] },
      { id: "severe", answers: [{ path: "useDisorder", value: "severe" }] },
    ],
  },
  {
    id: "overdose-history",
    section: "use",
    paths: ["overdose.pastYear", "overdose.ever"],
    options: [
      {
        id: "past-year",
        answers: [
          { path: "overdose.pastYear", value: true },
          { path: "overdose.ever", value: true },
        ],
      },
      {
        id: "longer-ago",
        answers: [
          { path: "overdose.pastYear", value: false },
          { path: "overdose.ever", value: true },
        ],
      },
      {
        id: "never",
        answers: [
          { path: "overdose.pastYear", value: false },
          { path: "overdose.ever", value: false },
        ],
      },
    ],
  },
  {
    id: "opioid-medication",
    section: "use",
    paths: ["medical.medications"],
    options: [
      {
        id: "buprenorphine",
        answers: [{ path: "medical.medications", value: ["buprenorphine"] satisfies Medication[] }],
      },
      {
        id: "methadone",
        answers: [{ path: "medical.medications", value: ["methadone"] satisfies Medication[] }],
      },
      { id: "no", answers: [{ path: "medical.medications", value: [] }] },
    ],
  },
  {
    // Asked before pregnancy, and whenever the pregnancy question would be (it opens it): pregnancy is asked
    // only when it can apply, that is when the sex at birth is female or not known.
    id: "sex",
    section: "health",
    paths: ["sex"],
    opens: ["pregnant"],
    options: [
      { id: "female", answers: [{ path: "sex", value: "female" }] },
      { id: "male", answers: [{ path: "sex", value: "male" }] },
    ],
  },
  {
    id: "pregnant",
    section: "health",
    paths: ["medical.pregnant"],
    options: [
      { id: "yes", answers: [{ path: "medical.pregnant", value: true }] },
      { id: "no", answers: [{ path: "medical.pregnant", value: false }] },
      { id: "does-not-apply", answers: [{ path: "medical.pregnant", value: false }] },
    ],
  },
  {
    id: "physical-health",
    section: "health",
    paths: ["medical.condition"],
    options: each("medical.condition", [
      "none",
      "stable",
      "needs-follow-up",
      "needs-24-hour-monitoring",
      "unstable",
    ]),
  },
  {
    id: "mental-health",
    section: "health",
    paths: ["mentalHealth.stability"],
    options: each("mentalHealth.stability", ["stable", "some-symptoms", "unstable", "needs-24-hour-care"]),
  },
  {
    id: "mental-health-condition",
    section: "health",
    paths: ["mentalHealth.conditions"],
    options: [
      { id: "none", answers: [{ path: "mentalHealth.conditions", value: [] }] },
      { id: "depression-or-anxiety", answers: [{ path: "mentalHealth.conditions", value: ["depression"] }] },
      { id: "bipolar", answers: [{ path: "mentalHealth.conditions", value: ["bipolar"] }] },
      { id: "psychosis", answers: [{ path: "mentalHealth.conditions", value: ["psychotic-disorder"] }] },
      { id: "other", answers: [{ path: "mentalHealth.conditions", value: ["other"] }] },
    ],
  },
  {
    id: "psychosis-now",
    section: "health",
    paths: ["mentalHealth.psychosisNow"],
    options: yesNo("mentalHealth.psychosisNow"),
  },
  {
    id: "readiness",
    section: "readiness",
    paths: ["readiness.stage"],
    options: each("readiness.stage", ["not-ready", "unsure", "ready", "taking-action"]),
  },
  {
    id: "attend",
    section: "readiness",
    paths: ["readiness.willingToAttendAllAppointments"],
    options: yesNo("readiness.willingToAttendAllAppointments"),
  },
  {
    id: "treatment-before",
    section: "recovery",
    paths: ["history.treatments"],
    options: [
      { id: "never", answers: [{ path: "history.treatments", value: [] }] },
      {
        id: "outpatient-not-enough",
        answers: [{ path: "history.treatments", value: treatment("outpatient", "not-enough") }],
      },
      {
        id: "intensive-not-enough",
        answers: [{ path: "history.treatments", value: treatment("intensive-outpatient", "not-enough") }],
      },
      {
        id: "helped",
        answers: [{ path: "history.treatments", value: treatment("outpatient", "completed") }],
      },
    ],
  },
  {
    id: "returns",
    section: "recovery",
    paths: ["history.returnsToUseAfterTreatment"],
    options: [
      { id: "none", answers: [{ path: "history.returnsToUseAfterTreatment", value: 0 }] },
      { id: "once", answers: [{ path: "history.returnsToUseAfterTreatment", value: 1 }] },
      { id: "more", answers: [{ path: "history.returnsToUseAfterTreatment", value: 2 }] },
    ],
  },
  {
    id: "cravings",
    section: "recovery",
    paths: ["history.cravings"],
    options: each("history.cravings", ["none", "mild", "strong"]),
  },
  {
    id: "coping",
    section: "recovery",
    paths: ["history.copingSkills"],
    options: each("history.copingSkills", ["good", "some", "few"]),
  },
  {
    id: "stay-off-at-home",
    section: "recovery",
    paths: ["history.canStayAbstinentAtHome"],
    options: yesNo("history.canStayAbstinentAtHome"),
  },
  {
    id: "housing",
    section: "home",
    paths: ["environment.housing"],
    options: each("environment.housing", ["stable", "unstable", "homeless"]),
  },
  {
    id: "home-safe",
    section: "home",
    paths: ["environment.homeSafe"],
    options: yesNo("environment.homeSafe"),
  },
  {
    id: "others-use",
    section: "home",
    paths: ["environment.othersUseAtHome"],
    options: yesNo("environment.othersUseAtHome"),
  },
  {
    id: "support",
    section: "home",
    paths: ["environment.supportNetwork"],
    options: each("environment.supportNetwork", ["strong", "some", "none"]),
  },
  {
    id: "transport",
    section: "home",
    paths: ["environment.reliableTransport"],
    options: yesNo("environment.reliableTransport"),
  },
];

export const QUESTION_BY_ID: ReadonlyMap<string, Question> = new Map(
  QUESTIONS.map((question) => [question.id, question]),
);

export function questionById(id: string): Question {
  const question = QUESTION_BY_ID.get(id);
  if (question === undefined) throw new Error(`Unknown self-check question "${id}"`);
  return question;
}

export type Responses = Readonly<Record<string, ResponseValue>>;

type Node = Record<string, unknown>;

function setPath(target: Node, path: string, value: unknown): void {
  const parts = path.split(".");
  let node = target;
  for (const part of parts.slice(0, -1)) {
    const next = node[part];
    if (typeof next !== "object" || next === null) node[part] = {};
    node = node[part] as Node;
  }
  const last = parts.at(-1);
  if (last !== undefined) node[last] = value;
}

/**
 * The assessment these responses describe. An unanswered question and "I'm not sure" both leave its
 * fields unknown. The person's main substance becomes substances[0]; daily alcohol or sedative pills
 * on top of it become substances[1] (they carry their own withdrawal risk, TIP 45). Frequency and the
 * second substance need the main one named first.
 */
export function buildAssessment(responses: Responses, voice: Voice | null, asOf: string): Assessment {
  const draft: Node = { modelVersion: ASSESSMENT_MODEL_VERSION, asOf, mode: "self-check", respondent: voice };
  const use: Node = {};
  const also: Node = {};
  for (const question of QUESTIONS) {
    if (!(question.id in responses) || !questionApplies(question, responses)) continue;
    const chosen = responses[question.id];
    const option = question.options.find((candidate) => candidate.id === chosen);
    const answers: readonly FieldAnswer[] =
      option?.answers ?? question.paths.map((path) => ({ path, value: null }));
    for (const { path, value } of answers) {
      if (path.startsWith(`${MAIN}.`)) use[path.slice(MAIN.length + 1)] = value;
      else if (path.startsWith(`${ALSO}.`)) also[path.slice(ALSO.length + 1)] = value;
      else setPath(draft, path, value);
    }
  }
  const substances: Node[] = [];
  // Without a named main substance there is no entry at all: the model reads a substance list as
  // complete, so a guessed "other" would wrongly say there is no alcohol or sedative use.
  if (typeof use.substance === "string") {
    substances.push({ substance: use.substance, frequency: use.frequency ?? null });
    if (typeof also.substance === "string" && also.substance !== "none" && also.substance !== use.substance) {
      substances.push({ substance: also.substance, frequency: "daily" });
    }
  }
  if (substances.length > 0) draft.substances = substances;
  return draft as unknown as Assessment;
}
