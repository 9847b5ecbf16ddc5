import type { InstrumentDefinition, InstrumentItem } from "./instrument-definition.js";
import { PFIZER_LICENCE, PHQ_FREQUENCY_OPTIONS } from "./phq-answer-options.js";

const KROENKE_2001 =
  "Kroenke K, Spitzer RL, Williams JB. J Gen Intern Med 2001;16:606 (PHQ-9 severity bands)";

const symptoms: readonly [string, string][] = [
  ["Little interest or pleasure in doing things", "44250-9"],
  ["Feeling down, depressed, or hopeless", "44255-8"],
  ["Trouble falling or staying asleep, or sleeping too much", "44259-0"],
  ["Feeling tired or having little energy", "44254-1"],
  ["Poor appetite or overeating", "44251-7"],
  [
    "Feeling bad about yourself — or that you are a failure or have let yourself or your family down",
    "44258-2",
  ],
  ["Trouble concentrating on things, such as reading the newspaper or watching television", "44252-5"],
  [
    "Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety " +
      "or restless that you have been moving around a lot more than usual",
    "44253-3",
  ],
  ["Thoughts that you would be better off dead or of hurting yourself in some way", "44260-8"],
];

const scoredItems: InstrumentItem[] = symptoms.map(([text, loinc], index) => ({
  id: `phq-9.${index + 1}`,
  number: String(index + 1),
  text,
  loinc: [loinc],
  options: PHQ_FREQUENCY_OPTIONS,
  countsTowardTotal: true,
  required: true,
}));

/** PHQ-9 (docs/design/instruments.md §1.6). Item 10 (difficulty, LOINC 69722-7) is asked but never scored. */
export const PHQ_9: InstrumentDefinition = {
  id: "phq-9",
  title: "Patient Health Questionnaire-9 (PHQ-9)",
  citation: `${KROENKE_2001}; Spitzer RL et al. JAMA 1999;282:1737`,
  instructions: "Over the last 2 weeks, how often have you been bothered by any of the following problems?",
  timeframe: "last 2 weeks",
  loinc: { panel: "44249-1", total: "44261-6" },
  items: [
    ...scoredItems,
    {
      id: "phq-9.10",
      number: "10",
      text:
        "If you checked off any problems, how difficult have these problems made it for you to do your work, " +
        "take care of things at home, or get along with other people?",
      loinc: ["69722-7"],
      options: [
        { code: "not-difficult-at-all", label: "Not difficult at all", points: 0, loinc: "LA6572-7" },
        { code: "somewhat-difficult", label: "Somewhat difficult", points: 1, loinc: "LA6573-5" },
        { code: "very-difficult", label: "Very difficult", points: 2, loinc: "LA6575-0" },
        { code: "extremely-difficult", label: "Extremely difficult", points: 3, loinc: "LA6574-3" },
      ],
      countsTowardTotal: false,
      required: false,
    },
  ],
  totalRule: "sum",
  totalRange: { min: 0, max: 27 },
  bands: [
    { name: "minimal", min: 0, max: 4, label: "None or minimal", citation: KROENKE_2001 },
    { name: "mild", min: 5, max: 9, label: "Mild", citation: KROENKE_2001 },
    { name: "moderate", min: 10, max: 14, label: "Moderate", citation: KROENKE_2001 },
    { name: "moderately-severe", min: 15, max: 19, label: "Moderately severe", citation: KROENKE_2001 },
    { name: "severe", min: 20, max: 27, label: "Severe", citation: KROENKE_2001 },
  ],
  itemFlags: [
    {
      id: "phq-9.item-9-above-zero",
      flag: "suicide-risk-follow-up",
      item: "phq-9.9",
      minPoints: 1,
      statement:
        "Any answer other than 'Not at all' to item 9 calls for a suicide-risk assessment at the same visit, " +
        "whatever the total.",
      citation:
        "Simon GE et al. Psychiatr Serv 2013;64:1195; Louzon SA et al. Psychiatr Serv 2016 " +
        "(docs/design/instruments.md §1.6, item 9 rule)",
    },
  ],
  licence: PFIZER_LICENCE,
};
