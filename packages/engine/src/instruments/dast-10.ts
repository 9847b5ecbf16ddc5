import type { InstrumentDefinition } from "./instrument-definition.js";
import { NO_SCORES_ONE, YES_SCORES_ONE } from "./yes-no-options.js";

const SKINNER_1982 =
  "Skinner HA. Addict Behav 1982;7:363; DAST-10 score bands as published by NIDA (CDE 3254089) and CAMH";

const questions = [
  "Have you used drugs other than those required for medical reasons?",
  "Do you abuse more than one drug at a time?",
  "Are you always able to stop using drugs when you want to?",
  'Have you had "blackouts" or "flashbacks" as a result of drug use?',
  "Do you ever feel bad or guilty about your drug use?",
  "Does your spouse (or parents) ever complain about your involvement with drugs?",
  "Have you neglected your family because of your use of drugs?",
  "Have you engaged in illegal activities in order to obtain drugs?",
  "Have you ever experienced withdrawal symptoms (felt sick) when you stopped taking drugs?",
  "Have you had medical problems as a result of your drug use (for example, memory loss, hepatitis, convulsions, bleeding)?",
];

/**
 * DAST-10 (docs/design/instruments.md §1.3). Item 3 is reverse-scored: "No" scores 1. The published wording
 * is kept exactly (including item 2's wording) because changing it changes the validated instrument.
 */
export const DAST_10: InstrumentDefinition = {
  id: "dast-10",
  title: "Drug Abuse Screening Test (DAST-10)",
  citation: SKINNER_1982,
  instructions:
    "These questions refer to the past 12 months. Drug use means prescribed or over-the-counter medicines " +
    "used in excess of the directions, and any non-medical use of drugs. It does not include alcohol or tobacco.",
  timeframe: "past 12 months",
  loinc: { panel: "82666-9", total: "82667-7" },
  items: questions.map((text, index) => ({
    id: `dast-10.${index + 1}`,
    number: String(index + 1),
    text,
    loinc: [],
    options: index === 2 ? NO_SCORES_ONE : YES_SCORES_ONE,
    countsTowardTotal: true,
    required: true,
  })),
  totalRule: "sum",
  totalRange: { min: 0, max: 10 },
  bands: [
    {
      name: "none",
      min: 0,
      max: 0,
      label: "No problems reported — none at this time",
      citation: SKINNER_1982,
    },
    { name: "low", min: 1, max: 2, label: "Low level — monitor and reassess", citation: SKINNER_1982 },
    {
      name: "moderate",
      min: 3,
      max: 5,
      label: "Moderate level — further investigation",
      citation: SKINNER_1982,
    },
    {
      name: "substantial",
      min: 6,
      max: 8,
      label: "Substantial level — intensive assessment",
      citation: SKINNER_1982,
    },
    { name: "severe", min: 9, max: 10, label: "Severe level — intensive assessment", citation: SKINNER_1982 },
  ],
  itemFlags: [],
  licence: {
    holder: "Harvey A. Skinner, PhD, and the Centre for Addiction and Mental Health, Toronto",
    statement:
      "Copyright 1982 by Harvey A. Skinner, PhD, and the Centre for Addiction and Mental Health, Toronto, " +
      "Canada. You may reproduce this instrument for non-commercial use (clinical, research, training " +
      "purposes) as long as you credit the author, Harvey A. Skinner, Department of Public Health Sciences, " +
      "University of Toronto.",
    wordingReproduced: true,
    use: "non-commercial",
    note: "Reproduced for non-commercial use with credit to Harvey A. Skinner; commercial use needs permission.",
  },
};
