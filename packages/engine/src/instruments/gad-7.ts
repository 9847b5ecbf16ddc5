import type { InstrumentDefinition } from "./instrument-definition.js";
import { PFIZER_LICENCE, PHQ_FREQUENCY_OPTIONS } from "./phq-answer-options.js";

const SPITZER_2006 =
  "Spitzer RL, Kroenke K, Williams JBW, Löwe B. Arch Intern Med 2006;166:1092 (GAD-7 bands)";

const items: readonly [string, string][] = [
  ["Feeling nervous, anxious, or on edge", "69725-0"],
  ["Not being able to stop or control worrying", "68509-9"],
  ["Worrying too much about different things", "69733-4"],
  ["Trouble relaxing", "69734-2"],
  ["Being so restless that it is hard to sit still", "69735-9"],
  ["Becoming easily annoyed or irritable", "69689-8"],
  ["Feeling afraid, as if something awful might happen", "69736-7"],
];

/** GAD-7 (docs/design/instruments.md §1.8). */
export const GAD_7: InstrumentDefinition = {
  id: "gad-7",
  title: "Generalized Anxiety Disorder-7 (GAD-7)",
  citation: SPITZER_2006,
  instructions: "Over the last 2 weeks, how often have you been bothered by the following problems?",
  timeframe: "last 2 weeks",
  loinc: { panel: "69737-5", total: "70274-6" },
  items: items.map(([text, loinc], index) => ({
    id: `gad-7.${index + 1}`,
    number: String(index + 1),
    text,
    loinc: [loinc],
    options: PHQ_FREQUENCY_OPTIONS,
    countsTowardTotal: true,
    required: true,
  })),
  totalRule: "sum",
  totalRange: { min: 0, max: 21 },
  bands: [
    { name: "minimal", min: 0, max: 4, label: "Minimal anxiety", citation: SPITZER_2006 },
    { name: "mild", min: 5, max: 9, label: "Mild anxiety", citation: SPITZER_2006 },
    { name: "moderate", min: 10, max: 14, label: "Moderate anxiety", citation: SPITZER_2006 },
    { name: "severe", min: 15, max: 21, label: "Severe anxiety", citation: SPITZER_2006 },
  ],
  itemFlags: [],
  licence: PFIZER_LICENCE,
};
