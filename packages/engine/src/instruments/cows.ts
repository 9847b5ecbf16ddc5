import type { AnswerOption, InstrumentDefinition } from "./instrument-definition.js";

const WESSON_LING_2003 =
  "Wesson DR, Ling W. J Psychoactive Drugs 2003;35(2):253–259 (COWS bands as printed on the form: " +
  "5–12 mild, 13–24 moderate, 25–36 moderately severe, more than 36 severe)";

/** COWS answers carry uneven points (0, 1, 2, 4 or 0, 1, 3, 5 …): the gaps are part of the scale. */
function anchored(anchors: readonly [number, string][]): AnswerOption[] {
  return anchors.map(([points, label]) => ({ code: String(points), label, points }));
}

const items: readonly [string, AnswerOption[]][] = [
  [
    "Resting pulse rate (beats per minute), measured after the person has been sitting or lying for one minute",
    anchored([
      [0, "pulse rate 80 or below"],
      [1, "pulse rate 81–100"],
      [2, "pulse rate 101–120"],
      [4, "pulse rate greater than 120"],
    ]),
  ],
  [
    "Sweating over the past half hour, not accounted for by room temperature or activity",
    anchored([
      [0, "no report of chills or flushing"],
      [1, "subjective report of chills or flushing"],
      [2, "flushed or observable moistness on face"],
      [3, "beads of sweat on brow or face"],
      [4, "sweat streaming off face"],
    ]),
  ],
  [
    "Restlessness, observed during the assessment",
    anchored([
      [0, "able to sit still"],
      [1, "reports difficulty sitting still, but is able to do so"],
      [3, "frequent shifting or extraneous movements of legs or arms"],
      [5, "unable to sit still for more than a few seconds"],
    ]),
  ],
  [
    "Pupil size",
    anchored([
      [0, "pupils pinned or normal size for room light"],
      [1, "pupils possibly larger than normal for room light"],
      [2, "pupils moderately dilated"],
      [5, "pupils so dilated that only the rim of the iris is visible"],
    ]),
  ],
  [
    "Bone or joint aches; if the person was having pain before, only the part attributed to opioid withdrawal is scored",
    anchored([
      [0, "not present"],
      [1, "mild diffuse discomfort"],
      [2, "reports severe diffuse aching of joints or muscles"],
      [4, "rubbing joints or muscles and unable to sit still because of discomfort"],
    ]),
  ],
  [
    "Runny nose or tearing, not accounted for by cold symptoms or allergies",
    anchored([
      [0, "not present"],
      [1, "nasal stuffiness or unusually moist eyes"],
      [2, "nose running or tearing"],
      [4, "nose constantly running or tears streaming down cheeks"],
    ]),
  ],
  [
    "Gastrointestinal upset over the last half hour",
    anchored([
      [0, "no gastrointestinal symptoms"],
      [1, "stomach cramps"],
      [2, "nausea or loose stool"],
      [3, "vomiting or diarrhea"],
      [5, "multiple episodes of diarrhea or vomiting"],
    ]),
  ],
  [
    "Tremor, observed with outstretched hands",
    anchored([
      [0, "no tremor"],
      [1, "tremor can be felt, but not observed"],
      [2, "slight tremor observable"],
      [4, "gross tremor or muscle twitching"],
    ]),
  ],
  [
    "Yawning, observed during the assessment",
    anchored([
      [0, "no yawning"],
      [1, "yawning once or twice during the assessment"],
      [2, "yawning three or more times during the assessment"],
      [4, "yawning several times a minute"],
    ]),
  ],
  [
    "Anxiety or irritability",
    anchored([
      [0, "none"],
      [1, "reports increasing irritability or anxiousness"],
      [2, "obviously irritable or anxious"],
      [4, "so irritable or anxious that taking part in the assessment is difficult"],
    ]),
  ],
  [
    "Gooseflesh skin",
    anchored([
      [0, "skin is smooth"],
      [3, "piloerection of skin can be felt or hairs standing up on arms"],
      [5, "prominent piloerection"],
    ]),
  ],
];

/**
 * COWS (docs/design/instruments.md §1.5): 11 clinician-rated items with uneven points, total 0–48.
 * The form leaves 0–4 unlabelled; we call it `none` (no active withdrawal) and raise no flag for it.
 * No LOINC codes were found for COWS.
 */
export const COWS: InstrumentDefinition = {
  id: "cows",
  title: "Clinical Opiate Withdrawal Scale (COWS)",
  citation: WESSON_LING_2003,
  instructions:
    "Rated by a clinician. For each item, choose the description that best matches what you observe or " +
    "what the person reports. Rate on signs and symptoms related to opioid withdrawal only.",
  timeframe: "now",
  loinc: {},
  items: items.map(([text, options], index) => ({
    id: `cows.${index + 1}`,
    number: String(index + 1),
    text,
    loinc: [],
    options,
    countsTowardTotal: true,
    required: true,
  })),
  totalRule: "sum",
  totalRange: { min: 0, max: 48 },
  bands: [
    {
      name: "none",
      min: 0,
      max: 4,
      label: "No active withdrawal (under 5; unlabelled on the form)",
      citation: WESSON_LING_2003,
    },
    {
      name: "mild",
      min: 5,
      max: 12,
      label: "Mild opioid withdrawal (5–12)",
      citation: WESSON_LING_2003,
      flag: "opioid-withdrawal-mild",
    },
    {
      name: "moderate",
      min: 13,
      max: 24,
      label: "Moderate opioid withdrawal (13–24)",
      citation: WESSON_LING_2003,
      flag: "opioid-withdrawal-moderate",
    },
    {
      name: "moderately-severe",
      min: 25,
      max: 36,
      label: "Moderately severe opioid withdrawal (25–36)",
      citation: WESSON_LING_2003,
      flag: "opioid-withdrawal-moderately-severe",
    },
    {
      name: "severe",
      min: 37,
      max: 48,
      label: "Severe opioid withdrawal (more than 36)",
      citation: WESSON_LING_2003,
      flag: "opioid-withdrawal-severe",
    },
  ],
  itemFlags: [],
  licence: {
    holder: "Wesson DR and Ling W",
    statement:
      "Published in J Psychoactive Drugs 2003 and reproduced by NIDA; described as free to copy for clinical use.",
    wordingReproduced: true,
    use: "free",
    note:
      "The item descriptions follow the form reproduced by NIDA; the free-use statement is from secondary " +
      "sources (docs/design/instruments.md §1.5 [S/U]).",
  },
};
