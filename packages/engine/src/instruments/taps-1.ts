import { AUDIT_FREQUENCY_OPTIONS } from "./audit.js";
import type { InstrumentDefinition } from "./instrument-definition.js";

const MCNEELY_2016 =
  "McNeely J et al. Ann Intern Med 2016;165:690 (doi 10.7326/M16-0317); NIDA TAPS tool: any answer other " +
  "than Never is a positive screen for that substance";

const questions: readonly [string, string, readonly string[]][] = [
  [
    "tobacco",
    "In the past 12 months, how often have you used any tobacco product (for example, cigarettes, " +
      "e-cigarettes, cigars, pipes, or smokeless tobacco)?",
    ["96842-0"],
  ],
  [
    "alcohol",
    "In the past 12 months, how often have you had 5 or more drinks containing alcohol in one day (men), " +
      "or 4 or more drinks containing alcohol in one day (women)?",
    ["88037-7", "75889-6"],
  ],
  [
    "drugs",
    "In the past 12 months, how often have you used any drugs including marijuana, cocaine or crack, " +
      "heroin, methamphetamine (crystal meth), hallucinogens, or ecstasy/MDMA?",
    ["96843-8"],
  ],
  [
    "prescription-medications",
    "In the past 12 months, how often have you used any prescription medications just for the feeling, " +
      "more than prescribed, or that were not prescribed for you? (For example: opioid pain relievers, " +
      "medications for anxiety or sleep, medications for ADHD.)",
    ["96844-6"],
  ],
];

/**
 * TAPS-1 (docs/design/instruments.md §1.9): four frequency questions. Each substance is reported on its own
 * (`substances`); the total counts the substances screened positive (0–4). The alcohol question has a men's
 * (88037-7, 5 or more drinks) and a women's (75889-6, 4 or more) LOINC item; when both are answered, the
 * higher answer counts.
 */
export const TAPS_1: InstrumentDefinition = {
  id: "taps-1",
  title: "TAPS-1: Tobacco, Alcohol, Prescription medication, and other Substance use screen",
  citation: MCNEELY_2016,
  instructions: "These questions are about the past 12 months.",
  timeframe: "past 12 months",
  loinc: { panel: "96841-2" },
  items: questions.map(([substance, text, loinc], index) => ({
    id: `taps-1.${index + 1}`,
    number: String(index + 1),
    text,
    loinc,
    options: AUDIT_FREQUENCY_OPTIONS,
    countsTowardTotal: true,
    required: true,
    substance,
  })),
  totalRule: "count-positive",
  totalRange: { min: 0, max: 4 },
  bands: [
    { name: "negative", min: 0, max: 0, label: "No substance screened positive", citation: MCNEELY_2016 },
    {
      name: "positive",
      min: 1,
      max: 4,
      label: "At least one substance screened positive: ask the TAPS-2 questions for it",
      citation: MCNEELY_2016,
    },
  ],
  itemFlags: [],
  licence: {
    holder: "National Institute on Drug Abuse (NIDA)",
    statement:
      "Developed by NIDA. As a federally funded (NIH) tool, the TAPS-1 is considered public domain in the U.S. " +
      "(US Core 9.0.0 TAPS Questionnaire copyright).",
    wordingReproduced: true,
    use: "free",
    note: "US public domain (NIH-funded).",
  },
};
