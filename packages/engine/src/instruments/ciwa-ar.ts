import type { AnswerOption, InstrumentDefinition, InstrumentItem } from "./instrument-definition.js";

const ASAM_2020 =
  "ASAM Clinical Practice Guideline on Alcohol Withdrawal Management, 2020, Table 1 " +
  "(CIWA-Ar under 10 mild, 10–18 moderate, 19 or more severe)";

/** Points 0…max; `anchors` gives the printed words for the anchored points, the others are unlabelled. */
function graded(max: number, anchors: Readonly<Record<number, string>>): AnswerOption[] {
  return Array.from({ length: max + 1 }, (_, points) => ({
    code: String(points),
    label: anchors[points] ?? null,
    points,
  }));
}

const hallucinationSteps = {
  4: "moderately severe hallucinations",
  5: "severe hallucinations",
  6: "extremely severe hallucinations",
  7: "continuous hallucinations",
};

const items: readonly [string, AnswerOption[]][] = [
  [
    'Nausea and vomiting. Ask "Do you feel sick to your stomach? Have you vomited?" Observation.',
    graded(7, {
      0: "no nausea and no vomiting",
      1: "mild nausea with no vomiting",
      4: "intermittent nausea with dry heaves",
      7: "constant nausea, frequent dry heaves and vomiting",
    }),
  ],
  [
    "Tremor. Arms extended and fingers spread apart. Observation.",
    graded(7, {
      0: "no tremor",
      1: "not visible, but can be felt fingertip to fingertip",
      4: "moderate, with patient's arms extended",
      7: "severe, even with arms not extended",
    }),
  ],
  [
    "Paroxysmal sweats. Observation.",
    graded(7, {
      0: "no sweat visible",
      1: "barely perceptible sweating, palms moist",
      4: "beads of sweat obvious on forehead",
      7: "drenching sweats",
    }),
  ],
  [
    'Anxiety. Ask "Do you feel nervous?" Observation.',
    graded(7, {
      0: "no anxiety, at ease",
      1: "mildly anxious",
      4: "moderately anxious, or guarded, so anxiety is inferred",
      7: "equivalent to acute panic states as seen in severe delirium or acute schizophrenic reactions",
    }),
  ],
  [
    "Agitation. Observation.",
    graded(7, {
      0: "normal activity",
      1: "somewhat more than normal activity",
      4: "moderately fidgety and restless",
      7: "paces back and forth during most of the interview, or constantly thrashes about",
    }),
  ],
  [
    'Tactile disturbances. Ask "Have you any itching, pins and needles sensations, any burning, any ' +
      'numbness, or do you feel bugs crawling on or under your skin?" Observation.',
    graded(7, {
      0: "none",
      1: "very mild itching, pins and needles, burning or numbness",
      2: "mild itching, pins and needles, burning or numbness",
      3: "moderate itching, pins and needles, burning or numbness",
      ...hallucinationSteps,
    }),
  ],
  [
    'Auditory disturbances. Ask "Are you more aware of sounds around you? Are they harsh? Do they ' +
      "frighten you? Are you hearing anything that is disturbing to you? Are you hearing things you know " +
      'are not there?" Observation.',
    graded(7, {
      0: "not present",
      1: "very mild harshness or ability to frighten",
      2: "mild harshness or ability to frighten",
      3: "moderate harshness or ability to frighten",
      ...hallucinationSteps,
    }),
  ],
  [
    'Visual disturbances. Ask "Does the light appear to be too bright? Is its color different? Does it ' +
      "hurt your eyes? Are you seeing anything that is disturbing to you? Are you seeing things you know " +
      'are not there?" Observation.',
    graded(7, {
      0: "not present",
      1: "very mild sensitivity",
      2: "mild sensitivity",
      3: "moderate sensitivity",
      ...hallucinationSteps,
    }),
  ],
  [
    'Headache, fullness in head. Ask "Does your head feel different? Does it feel like there is a band ' +
      'around your head?" Do not rate for dizziness or lightheadedness. Otherwise, rate severity.',
    graded(7, {
      0: "not present",
      1: "very mild",
      2: "mild",
      3: "moderate",
      4: "moderately severe",
      5: "severe",
      6: "very severe",
      7: "extremely severe",
    }),
  ],
  [
    'Orientation and clouding of sensorium. Ask "What day is this? Where are you? Who am I?"',
    graded(4, {
      0: "oriented and can do serial additions",
      1: "cannot do serial additions or is uncertain about date",
      2: "disoriented for date by no more than 2 calendar days",
      3: "disoriented for date by more than 2 calendar days",
      4: "disoriented for place and/or person",
    }),
  ],
];

/**
 * CIWA-Ar (docs/design/instruments.md §1.4): nine items 0–7 and orientation 0–4, total 0–67. Bands follow the
 * ASAM 2020 alcohol withdrawal guideline. Vital signs are recorded on the form but not scored.
 * No LOINC codes were found for CIWA-Ar.
 */
export const CIWA_AR: InstrumentDefinition = {
  id: "ciwa-ar",
  title: "Clinical Institute Withdrawal Assessment for Alcohol, revised (CIWA-Ar)",
  citation: `Sullivan JT, Sykora K, Schneiderman J, Naranjo CA, Sellers EM. Br J Addict 1989;84:1353; ${ASAM_2020}`,
  instructions:
    "Rated by a clinician. Only valid when the person can communicate. Rate each item for the present moment.",
  timeframe: "now",
  loinc: {},
  items: items.map(
    ([text, options], index): InstrumentItem => ({
      id: `ciwa-ar.${index + 1}`,
      number: String(index + 1),
      text,
      loinc: [],
      options,
      countsTowardTotal: true,
      required: true,
    }),
  ),
  totalRule: "sum",
  totalRange: { min: 0, max: 67 },
  bands: [
    {
      name: "mild",
      min: 0,
      max: 9,
      label: "Mild alcohol withdrawal (under 10)",
      citation: ASAM_2020,
      flag: "alcohol-withdrawal-mild",
    },
    {
      name: "moderate",
      min: 10,
      max: 18,
      label: "Moderate alcohol withdrawal (10–18)",
      citation: ASAM_2020,
      flag: "alcohol-withdrawal-moderate",
    },
    {
      name: "severe",
      min: 19,
      max: 67,
      label: "Severe alcohol withdrawal (19 or more)",
      citation: ASAM_2020,
      flag: "alcohol-withdrawal-severe",
    },
  ],
  itemFlags: [],
  licence: {
    holder: "Sullivan JT et al. (Addiction Research Foundation)",
    statement: "This scale is not copyrighted and may be used freely.",
    wordingReproduced: true,
    use: "free",
    note: "Not copyrighted (Sullivan 1989, as printed on the form and quoted by CamCOPS).",
  },
};
