import type { AnswerOption } from "./instrument-definition.js";

/**
 * The four answers shared by PHQ-9, PHQ-2 and GAD-7, with LOINC answer list LL358-3 codes
 * (docs/design/instruments.md §1.6). GAD-7 must say "Not at all", never "Not at all sure" (Zorowitz 2021).
 */
export const PHQ_FREQUENCY_OPTIONS: readonly AnswerOption[] = [
  { code: "not-at-all", label: "Not at all", points: 0, loinc: "LA6568-5" },
  { code: "several-days", label: "Several days", points: 1, loinc: "LA6569-3" },
  {
    code: "more-than-half-the-days",
    label: "More than half the days",
    points: 2,
    loinc: "LA6570-1",
    // Penn Cobalt's GAD-7 export codes this answer LA18938-3 (docs/design/instruments.md §1.8, §4 pitfall 7).
    aliases: ["LA18938-3"],
  },
  { code: "nearly-every-day", label: "Nearly every day", points: 3, loinc: "LA6571-9" },
];

export const PFIZER_LICENCE = {
  holder: "Pfizer Inc.",
  statement:
    "Copyright © Pfizer Inc. All rights reserved. Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, " +
    "Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc. No permission required to " +
    "reproduce, translate, display or distribute.",
  wordingReproduced: true,
  use: "free",
  note: "Free to use and display (phqscreeners.com, as quoted in the LHC-Forms PHQ-9 Questionnaire and CamCOPS).",
} as const;
