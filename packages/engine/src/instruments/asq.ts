import type { AnswerOption, InstrumentDefinition, InstrumentItem } from "./instrument-definition.js";

const NIMH_ASQ =
  "NIMH Ask Suicide-Screening Questions (ASQ) toolkit, information sheet and tool (2017); NIMH news 2018 " +
  "(docs/design/instruments.md §1.10a)";

/** A refusal to answer counts as a positive answer (NIMH ASQ scoring). */
const YES_NO_DECLINED: readonly AnswerOption[] = [
  { code: "no", label: "No", points: 0, loinc: "LA32-8" },
  { code: "yes", label: "Yes", points: 1, loinc: "LA33-6" },
  { code: "declined", label: "Declined to answer", points: 1 },
];

const screeningQuestions = [
  "In the past few weeks, have you wished you were dead?",
  "In the past few weeks, have you felt that you or your family would be better off if you were dead?",
  "In the past week, have you been having thoughts about killing yourself?",
  "Have you ever tried to kill yourself? (If yes: how, and when?)",
];

const screeningItems: InstrumentItem[] = screeningQuestions.map((text, index) => ({
  id: `asq.${index + 1}`,
  number: String(index + 1),
  text,
  loinc: [],
  options: YES_NO_DECLINED,
  countsTowardTotal: true,
  required: true,
}));

/**
 * ASQ (docs/design/instruments.md §1.10a), NIMH's public-domain suicide risk screen, used instead of licensed
 * suicide scales. The total counts positive answers to questions 1–4 (0–4). Any positive answer makes the
 * acuity question (5) required; its answer splits the positive screen into acute and non-acute.
 */
export const ASQ: InstrumentDefinition = {
  id: "asq",
  title: "Ask Suicide-Screening Questions (ASQ)",
  citation: NIMH_ASQ,
  instructions: "Ask the person these questions directly.",
  timeframe: "past few weeks (question 3: past week; question 5: right now)",
  loinc: {},
  items: [
    ...screeningItems,
    {
      id: "asq.5",
      number: "5",
      text: "Are you having thoughts of killing yourself right now? (If yes, please describe.)",
      loinc: [],
      options: YES_NO_DECLINED,
      countsTowardTotal: false,
      required: true,
      shownWhen: { anyOf: screeningItems.map((item) => ({ item: item.id, minPoints: 1 })) },
    },
  ],
  totalRule: "sum",
  totalRange: { min: 0, max: 4 },
  bands: [
    {
      name: "negative",
      min: 0,
      max: 0,
      label: "Negative screen: no intervention needed now",
      citation: NIMH_ASQ,
    },
    {
      name: "non-acute-positive",
      min: 1,
      max: 4,
      label: "Non-acute positive: a brief suicide safety assessment is needed before the person leaves",
      citation: NIMH_ASQ,
    },
    {
      name: "acute-positive",
      min: 1,
      max: 4,
      label: "Acute positive: imminent risk — emergency evaluation now; the person is not left alone",
      citation: NIMH_ASQ,
    },
  ],
  itemFlags: [
    {
      id: "asq.acuity-yes",
      flag: "asq-positive-acute",
      item: "asq.5",
      minPoints: 1,
      statement:
        "Thoughts of suicide right now (or a refusal to answer) is an acute positive screen, whatever the other answers.",
      citation: NIMH_ASQ,
    },
  ],
  licence: {
    holder: "National Institute of Mental Health (US government work)",
    statement: "The ASQ toolkit is a free NIMH resource, a work of the US government in the public domain.",
    wordingReproduced: true,
    use: "free",
    note: "Public domain; NIMH also publishes translations, including Spanish.",
  },
};
