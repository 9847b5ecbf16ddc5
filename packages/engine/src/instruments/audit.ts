import type { AnswerOption, InstrumentDefinition, InstrumentItem } from "./instrument-definition.js";

const BABOR_2001 =
  "Babor TF, Higgins-Biddle JC, Saunders JB, Monteiro MG. AUDIT: Guidelines for Use in Primary Care, " +
  "2nd ed. WHO/MSD/MSB/01.6a, 2001 (risk zones I–IV)";

/** AUDIT question 1 answers, LOINC answer list LL2179-1 (docs/design/instruments.md §1.2). */
export const AUDIT_HOW_OFTEN_OPTIONS: readonly AnswerOption[] = [
  { code: "never", label: "Never", points: 0, loinc: "LA6270-8" },
  { code: "monthly-or-less", label: "Monthly or less", points: 1, loinc: "LA18926-8" },
  { code: "2-4-times-a-month", label: "2 to 4 times a month", points: 2, loinc: "LA18927-6" },
  { code: "2-3-times-a-week", label: "2 to 3 times a week", points: 3, loinc: "LA18928-4" },
  { code: "4-or-more-times-a-week", label: "4 or more times a week", points: 4, loinc: "LA18929-2" },
];

/** AUDIT question 2 answers, LOINC answer list LL2180-9. */
export const AUDIT_HOW_MANY_OPTIONS: readonly AnswerOption[] = [
  { code: "1-or-2", label: "1 or 2", points: 0, loinc: "LA15694-5" },
  { code: "3-or-4", label: "3 or 4", points: 1, loinc: "LA15695-2" },
  { code: "5-or-6", label: "5 or 6", points: 2, loinc: "LA18930-0" },
  { code: "7-to-9", label: "7, 8, or 9", points: 3, loinc: "LA18931-8" },
  { code: "10-or-more", label: "10 or more", points: 4, loinc: "LA18932-6" },
];

/** AUDIT question 3 answers, LOINC answer list LL2181-7. */
export const AUDIT_FREQUENCY_OPTIONS: readonly AnswerOption[] = [
  { code: "never", label: "Never", points: 0, loinc: "LA6270-8" },
  { code: "less-than-monthly", label: "Less than monthly", points: 1, loinc: "LA18933-4" },
  { code: "monthly", label: "Monthly", points: 2, loinc: "LA18876-5" },
  { code: "weekly", label: "Weekly", points: 3, loinc: "LA18891-4" },
  { code: "daily-or-almost-daily", label: "Daily or almost daily", points: 4, loinc: "LA18934-2" },
];

/**
 * Questions 4–8 use the same words and points as question 3. Their LOINC answer codes are not verified
 * for these items (docs/design/instruments.md §1.1), so they carry only our own codes.
 */
const LAST_YEAR_FREQUENCY_OPTIONS: readonly AnswerOption[] = AUDIT_FREQUENCY_OPTIONS.map(
  ({ code, label, points }) => ({ code, label, points }),
);

/** Questions 9 and 10 score 0, 2 or 4 — never 1 or 3 (WHO manual; docs/design/instruments.md §4 pitfall 10). */
const INJURY_CONCERN_OPTIONS: readonly AnswerOption[] = [
  { code: "no", label: "No", points: 0 },
  { code: "yes-not-in-the-last-year", label: "Yes, but not in the last year", points: 2 },
  { code: "yes-during-the-last-year", label: "Yes, during the last year", points: 4 },
];

const lastYearQuestions = [
  "How often during the last year have you found that you were not able to stop drinking once you had started?",
  "How often during the last year have you failed to do what was normally expected from you because of drinking?",
  "How often during the last year have you needed a first drink in the morning to get yourself going after a heavy drinking session?",
  "How often during the last year have you had a feeling of guilt or remorse after drinking?",
  "How often during the last year have you been unable to remember what happened the night before because you had been drinking?",
];

/**
 * Item codes for questions 4–10 in HL7 Portugal's "CPE - AUDIT Observation" ValueSet; their English designations
 * match the AUDIT items but they are not confirmed as members of panel 72110-0 (docs/design/instruments.md §1.1), so
 * they are recognized on import and never exported.
 */
const UNCONFIRMED_ITEM_CODES: Readonly<Record<number, string>> = {
  4: "97734-8",
  5: "97735-5",
  6: "97736-3",
  7: "97737-1",
  8: "97738-9",
  9: "97739-7",
  10: "97740-5",
};

function item(
  number: number,
  text: string,
  options: readonly AnswerOption[],
  loinc: readonly string[],
): InstrumentItem {
  const importCode = UNCONFIRMED_ITEM_CODES[number];
  return {
    id: `audit.${number}`,
    number: String(number),
    text,
    loinc,
    ...(importCode === undefined ? {} : { importCodes: [importCode] }),
    options,
    countsTowardTotal: true,
    required: true,
  };
}

export const WHO_AUDIT_LICENCE = {
  holder: "World Health Organization",
  statement:
    "Copyright © World Health Organization, 2001. The AUDIT may be freely reviewed, abstracted, reproduced " +
    "and translated, in part or in whole, but not for sale or for use in conjunction with commercial purposes.",
  wordingReproduced: true,
  use: "non-commercial",
  note:
    "Reproduced for non-commercial use. Any commercial distribution needs WHO permission " +
    "(docs/design/instruments.md §1.1).",
} as const;

/**
 * AUDIT, 10 items (docs/design/instruments.md §1.1). Item LOINC codes for questions 1–3 are verified;
 * those for 4–10 are not, so they are left out. Total LOINC 75624-7 (not 75626-2, which is AUDIT-C).
 */
export const AUDIT: InstrumentDefinition = {
  id: "audit",
  title: "Alcohol Use Disorders Identification Test (AUDIT)",
  citation: `${BABOR_2001}; Saunders JB et al. Addiction 1993;88:791`,
  instructions:
    "These questions are about your use of alcoholic beverages during the past year. A drink means one " +
    "standard drink (for example, a can of beer, a glass of wine, or a shot of liquor).",
  timeframe: "past year",
  loinc: { panel: "72110-0", total: "75624-7" },
  items: [
    item(1, "How often do you have a drink containing alcohol?", AUDIT_HOW_OFTEN_OPTIONS, ["68518-0"]),
    item(
      2,
      "How many drinks containing alcohol do you have on a typical day when you are drinking?",
      AUDIT_HOW_MANY_OPTIONS,
      ["68519-8"],
    ),
    item(3, "How often do you have six or more drinks on one occasion?", AUDIT_FREQUENCY_OPTIONS, [
      "68520-6",
    ]),
    ...lastYearQuestions.map((text, index) => item(index + 4, text, LAST_YEAR_FREQUENCY_OPTIONS, [])),
    item(
      9,
      "Have you or someone else been injured as a result of your drinking?",
      INJURY_CONCERN_OPTIONS,
      [],
    ),
    item(
      10,
      "Has a relative or friend or a doctor or another health worker been concerned about your drinking or " +
        "suggested you cut down?",
      INJURY_CONCERN_OPTIONS,
      [],
    ),
  ],
  totalRule: "sum",
  totalRange: { min: 0, max: 40 },
  bands: [
    { name: "low-risk", min: 0, max: 7, label: "Zone I: low risk — alcohol education", citation: BABOR_2001 },
    {
      name: "hazardous",
      min: 8,
      max: 15,
      label: "Zone II: hazardous use — simple advice",
      citation: BABOR_2001,
    },
    {
      name: "harmful",
      min: 16,
      max: 19,
      label: "Zone III: harmful use — advice, brief counselling and monitoring",
      citation: BABOR_2001,
    },
    {
      name: "possible-dependence",
      min: 20,
      max: 40,
      label: "Zone IV: possible dependence — referral for specialist evaluation",
      citation: BABOR_2001,
    },
  ],
  itemFlags: [],
  licence: WHO_AUDIT_LICENCE,
};
