import type { InstrumentDefinition } from "./instrument-definition.js";
import { PHQ_9 } from "./phq-9.js";
import { PFIZER_LICENCE } from "./phq-answer-options.js";

const KROENKE_2003 = "Kroenke K, Spitzer RL, Williams JB. Med Care 2003;41:1284 (PHQ-2 cut-off ≥3)";

/** PHQ-2: PHQ-9 items 1–2 (docs/design/instruments.md §1.7). A positive screen leads to the full PHQ-9. */
export const PHQ_2: InstrumentDefinition = {
  id: "phq-2",
  title: "Patient Health Questionnaire-2 (PHQ-2)",
  citation: KROENKE_2003,
  instructions: PHQ_9.instructions,
  timeframe: "last 2 weeks",
  loinc: { panel: "55757-9", total: "55758-7" },
  items: PHQ_9.items.slice(0, 2).map((item, index) => ({ ...item, id: `phq-2.${index + 1}` })),
  totalRule: "sum",
  totalRange: { min: 0, max: 6 },
  bands: [
    { name: "negative", min: 0, max: 2, label: "Negative screen", citation: KROENKE_2003 },
    {
      name: "positive",
      min: 3,
      max: 6,
      label: "Positive screen: give the full PHQ-9",
      citation: KROENKE_2003,
    },
  ],
  itemFlags: [],
  licence: PFIZER_LICENCE,
};
