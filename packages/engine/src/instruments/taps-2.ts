import type { InstrumentDefinition, InstrumentItem } from "./instrument-definition.js";
import { YES_SCORES_ONE } from "./yes-no-options.js";

const NIDA_TAPS_2 =
  "NIDA TAPS tool part 2 scoring, per substance: 0 no use in the past 3 months, 1 problem use, 2 or more " +
  "higher risk (McNeely J et al. Ann Intern Med 2016;165:690)";

/** Per substance: the use question first, then the follow-ups asked only after a "yes". */
const substances: readonly [string, string, readonly string[]][] = [
  [
    "tobacco",
    "In the past 3 months, did you smoke a cigarette containing tobacco?",
    [
      "Did you usually smoke more than 10 cigarettes each day?",
      "Did you usually smoke within 30 minutes after waking?",
    ],
  ],
  [
    "alcohol",
    "In the past 3 months, did you have a drink containing alcohol?",
    [
      "Did you have 4 or more drinks containing alcohol in a day (women), or 5 or more (men)?",
      "Have you tried and failed to control, cut down or stop drinking?",
      "Has anyone expressed concern about your drinking?",
    ],
  ],
  [
    "marijuana",
    "In the past 3 months, did you use marijuana (hash, weed)?",
    [
      "Have you had a strong desire or urge to use marijuana at least once a week or more often?",
      "Has anyone expressed concern about your use of marijuana?",
    ],
  ],
  [
    "cocaine-methamphetamine",
    "In the past 3 months, did you use cocaine, crack, or methamphetamine (crystal meth)?",
    [
      "Did you use cocaine, crack, or methamphetamine (crystal meth) at least once a week or more often?",
      "Has anyone expressed concern about your use of cocaine, crack, or methamphetamine (crystal meth)?",
    ],
  ],
  [
    "heroin",
    "In the past 3 months, did you use heroin?",
    [
      "Have you tried and failed to control, cut down or stop using heroin?",
      "Has anyone expressed concern about your use of heroin?",
    ],
  ],
  [
    "prescription-opioids",
    "In the past 3 months, did you use a prescription opioid pain reliever (for example, Percocet or " +
      "Vicodin) not as prescribed or that was not prescribed for you?",
    [
      "Have you tried and failed to control, cut down or stop using an opioid pain reliever?",
      "Has anyone expressed concern about your use of an opioid pain reliever?",
    ],
  ],
  [
    "sedatives",
    "In the past 3 months, did you use medication for anxiety or sleep (for example, Xanax, Ativan, or " +
      "Klonopin) not as prescribed or that was not prescribed for you?",
    [
      "Have you had a strong desire or urge to use medications for anxiety or sleep at least once a week or more often?",
      "Has anyone expressed concern about your use of medication for anxiety or sleep?",
    ],
  ],
  [
    "prescription-stimulants",
    "In the past 3 months, did you use medication for ADHD (for example, Adderall or Ritalin) not as " +
      "prescribed or that was not prescribed for you?",
    [
      "Did you use a medication for ADHD (for example, Adderall or Ritalin) at least once a week or more often?",
      "Has anyone expressed concern about your use of medication for ADHD (for example, Adderall or Ritalin)?",
    ],
  ],
  [
    "other-drugs",
    "In the past 3 months, did you use any other illegal or recreational drug (for example, ecstasy or " +
      "molly, GHB, poppers, LSD, mushrooms, special K, bath salts, synthetic marijuana, or whip-its)?",
    [],
  ],
];

const items: InstrumentItem[] = substances.flatMap(([substance, useQuestion, followUps], index) => {
  const number = index + 1;
  const stem: InstrumentItem = {
    id: `taps-2.${substance}`,
    number: String(number),
    text: useQuestion,
    loinc: [],
    options: YES_SCORES_ONE,
    countsTowardTotal: true,
    required: true,
    substance,
  };
  return [
    stem,
    ...followUps.map(
      (text, followUp): InstrumentItem => ({
        id: `taps-2.${substance}.${String.fromCharCode(97 + followUp)}`,
        number: `${number}${String.fromCharCode(97 + followUp)}`,
        text,
        loinc: [],
        options: YES_SCORES_ONE,
        countsTowardTotal: true,
        required: true,
        substance,
        shownWhen: { anyOf: [{ item: stem.id, minPoints: 1 }] },
      }),
    ),
  ];
});

/**
 * TAPS-2 (docs/design/instruments.md §1.9): yes/no questions about the past 3 months, scored per substance
 * (each "yes" is a point, the use question included, so 0 means no use). Each substance is reported on its
 * own; the total is the highest substance score and the band is that substance's risk level. No LOINC codes
 * were found for TAPS-2. The item wording follows the NIDA TAPS tool part 2.
 */
export const TAPS_2: InstrumentDefinition = {
  id: "taps-2",
  title: "TAPS-2: substance-specific questions (past 3 months)",
  citation: NIDA_TAPS_2,
  instructions: "These questions are about the past 3 months.",
  timeframe: "past 3 months",
  loinc: {},
  items,
  totalRule: "highest-substance",
  totalRange: { min: 0, max: 4 },
  bands: [
    { name: "no-use", min: 0, max: 0, label: "No use in the past 3 months", citation: NIDA_TAPS_2 },
    { name: "problem-use", min: 1, max: 1, label: "Problem use", citation: NIDA_TAPS_2 },
    {
      name: "higher-risk",
      min: 2,
      max: 4,
      label: "Higher risk (probable substance use disorder)",
      citation: NIDA_TAPS_2,
    },
  ],
  itemFlags: [],
  licence: {
    holder: "National Institute on Drug Abuse (NIDA)",
    statement: "Developed by NIDA with federal (NIH) funding; US public domain.",
    wordingReproduced: true,
    use: "free",
    note:
      "TAPS-1 is stated as public domain in US Core; TAPS-2 comes from the same NIDA tool. The wording here " +
      "follows NIDA's printed part 2 and should be checked against the current NIDA form before print use.",
  },
};
