import type { CodeSystem, CodeSystemConcept } from "@medplum/fhirtypes";
import { bandsFor } from "../instruments/band-lookup.js";
import { INSTRUMENTS } from "../instruments/instrument-catalogue.js";
import { INSTRUMENT_IDS, SCALE_FLAGS, type ScaleFlag } from "../instruments/scale-result.js";
import { LEVEL_CROSSWALK, LEVELS_OF_CARE } from "../levels/level-of-care.js";
import {
  WITHDRAWAL_MANAGEMENT_CROSSWALK,
  WITHDRAWAL_MANAGEMENT_SETTINGS,
} from "../levels/withdrawal-management.js";
import type { MessageText } from "../messages/message-text.js";
import { LEVEL_NAMES, URGENT_TIER_NAMES, WITHDRAWAL_MANAGEMENT_NAMES } from "../messages/name-texts.js";
import { URGENT_TIERS } from "../safety/urgent-item.js";
import { answerCodeSystemUrl, DEFAULT_CANONICAL_BASE, scoreCodeSystemUrl } from "./canonical-urls.js";

/** The code system of the level-of-care result's own codes (its Observation code and component codes). */
export function placementCodeSystemUrl(base = DEFAULT_CANONICAL_BASE): string {
  return `${base}/CodeSystem/placement`;
}
export function levelOfCareCodeSystemUrl(base = DEFAULT_CANONICAL_BASE): string {
  return `${base}/CodeSystem/level-of-care`;
}
export function withdrawalManagementCodeSystemUrl(base = DEFAULT_CANONICAL_BASE): string {
  return `${base}/CodeSystem/withdrawal-management`;
}
export function scaleFlagCodeSystemUrl(base = DEFAULT_CANONICAL_BASE): string {
  return `${base}/CodeSystem/scale-flags`;
}
export function bandCodeSystemUrl(instrument: string, base = DEFAULT_CANONICAL_BASE): string {
  return `${base}/CodeSystem/${instrument}-bands`;
}

/** Codes of the level-of-care result Observation and its components (placement-observation.ts). */
export const PLACEMENT_CODES = {
  result: { code: "level-of-care-result", display: "Suggested level of care" },
  levelStatus: {
    code: "level-status",
    display: "Whether a level could be suggested or answers are needed first",
  },
  suggested: { code: "suggested", display: "A level is suggested" },
  needsAnswers: { code: "needs-answers", display: "Cannot suggest a level yet: answers are needed" },
  withdrawalManagement: { code: "withdrawal-management", display: "Withdrawal care setting" },
  crosswalkThird: { code: "crosswalk-asam-3rd-edition", display: "Crosswalk level number, 3rd edition" },
  crosswalkFourth: { code: "crosswalk-asam-4th-edition", display: "Crosswalk level number, 4th edition" },
  crosswalkWithdrawal: {
    code: "crosswalk-withdrawal-management",
    display: "Crosswalk withdrawal setting code",
  },
  urgentItem: { code: "urgent-item", display: "Urgent item: act on it before anything else" },
  reason: { code: "reason", display: "A reason for the suggested level" },
  provisional: { code: "provisional", display: "The result is provisional" },
  coOccurring: { code: "co-occurring-enhanced", display: "Care that also treats mental health" },
} as const;

/** Plain names of the scale flags (instruments/scale-result.ts). */
export const SCALE_FLAG_DISPLAYS: Readonly<Record<ScaleFlag, string>> = {
  "suicide-risk-follow-up": "Thoughts of death or self-harm: safety assessment today",
  "asq-positive-acute": "Suicide risk screen positive, acute: crisis care now",
  "asq-positive-non-acute": "Suicide risk screen positive, not acute: safety assessment today",
  "asq-acuity-unanswered": "Suicide risk screen positive, acuity question not answered: ask now",
  "alcohol-withdrawal-mild": "Mild alcohol withdrawal",
  "alcohol-withdrawal-moderate": "Moderate alcohol withdrawal",
  "alcohol-withdrawal-severe": "Severe alcohol withdrawal",
  "opioid-withdrawal-mild": "Mild opioid withdrawal",
  "opioid-withdrawal-moderate": "Moderate opioid withdrawal",
  "opioid-withdrawal-moderately-severe": "Moderately severe opioid withdrawal",
  "opioid-withdrawal-severe": "Severe opioid withdrawal",
};

/** Flags that call for action today or now (docs/design.md "Safety first"). */
export const URGENT_SCALE_FLAGS: ReadonlySet<ScaleFlag> = /* @__PURE__ */ new Set<ScaleFlag>([
  "suicide-risk-follow-up",
  "asq-positive-acute",
  "asq-positive-non-acute",
  "asq-acuity-unanswered",
  "alcohol-withdrawal-severe",
  "opioid-withdrawal-severe",
]);

function bilingual(code: string, text: MessageText, definition?: string): CodeSystemConcept {
  return {
    code,
    display: text.en,
    ...(definition === undefined ? {} : { definition }),
    designation: [{ language: "es", value: text.es }],
  };
}

function codeSystem(
  id: string,
  url: string,
  title: string,
  description: string,
  concept: CodeSystemConcept[],
  extra: Partial<CodeSystem> = {},
): CodeSystem {
  // FHIR's cs-0 wants a machine name: letters and digits, starting with a capital.
  const name = id
    .split(/[^A-Za-z0-9]+/)
    .map((part) => (part === "" ? "" : `${part[0]?.toUpperCase()}${part.slice(1)}`))
    .join("");
  return {
    resourceType: "CodeSystem",
    id,
    url,
    name: /^[A-Z]/.test(name) ? name : `Stepwise${name}`,
    title,
    status: "active",
    experimental: false,
    publisher: "Stepwise",
    description,
    caseSensitive: true,
    content: "complete",
    count: concept.length,
    ...extra,
    concept,
  };
}

/**
 * Every code system Stepwise's FHIR resources use: the level-of-care result's codes, the levels and
 * withdrawal settings (level numbers of other publications appear only as crosswalk properties,
 * docs/design.md "Levels of care"), the scale flags, the band codes of each scale, the totals without a
 * LOINC code and the answer codes without one. So every `system` Stepwise writes can be read back from the
 * server that wrote it.
 */
export function stepwiseCodeSystems(base = DEFAULT_CANONICAL_BASE): CodeSystem[] {
  const placement = codeSystem(
    "placement",
    placementCodeSystemUrl(base),
    "Stepwise level-of-care result codes",
    "The code of the Observation that carries a suggested level of care, and the codes of its components.",
    [
      ...Object.values(PLACEMENT_CODES).map((entry) => ({ code: entry.code, display: entry.display })),
      ...URGENT_TIERS.map((tier) => bilingual(`urgent-${tier}`, URGENT_TIER_NAMES[tier])),
    ],
  );
  const levels = codeSystem(
    "level-of-care",
    levelOfCareCodeSystemUrl(base),
    "Stepwise levels of care",
    "Levels of substance use care, least to most intensive. The crosswalk properties give the level " +
      "numbers of the 3rd (2013) and 4th (2023) editions of the ASAM Criteria that each level corresponds to.",
    LEVELS_OF_CARE.map((level) => ({
      ...bilingual(level, LEVEL_NAMES[level]),
      property: [
        ...LEVEL_CROSSWALK[level].asamThirdEdition.map((value) => ({
          code: "crosswalk-asam-3rd-edition",
          valueString: value,
        })),
        ...LEVEL_CROSSWALK[level].asamFourthEdition.map((value) => ({
          code: "crosswalk-asam-4th-edition",
          valueString: value,
        })),
      ],
    })),
    {
      hierarchyMeaning: "is-a",
      property: [
        { code: "crosswalk-asam-3rd-edition", type: "string", description: "Level number, 3rd edition" },
        { code: "crosswalk-asam-4th-edition", type: "string", description: "Level number, 4th edition" },
      ],
    },
  );
  const withdrawal = codeSystem(
    "withdrawal-management",
    withdrawalManagementCodeSystemUrl(base),
    "Stepwise withdrawal care settings",
    "Where withdrawal care happens, least to most intensive, with the crosswalk withdrawal codes.",
    WITHDRAWAL_MANAGEMENT_SETTINGS.map((setting) => ({
      ...bilingual(setting, WITHDRAWAL_MANAGEMENT_NAMES[setting]),
      property: WITHDRAWAL_MANAGEMENT_CROSSWALK[setting].map((value) => ({
        code: "crosswalk-withdrawal-management",
        valueString: value,
      })),
    })),
    {
      property: [
        { code: "crosswalk-withdrawal-management", type: "string", description: "Withdrawal setting code" },
      ],
    },
  );
  const flags = codeSystem(
    "scale-flags",
    scaleFlagCodeSystemUrl(base),
    "Stepwise scale flags",
    "Safety and clinical flags a scale raises from its answers (an item such as PHQ-9 item 9, or a band).",
    SCALE_FLAGS.map((flag) => ({ code: flag, display: SCALE_FLAG_DISPLAYS[flag] })),
  );
  const totals = codeSystem(
    "scale-totals",
    scoreCodeSystemUrl(base),
    "Stepwise scale totals without a LOINC code",
    "Total scores of the scales whose total has no verified LOINC code.",
    INSTRUMENT_IDS.filter((id) => INSTRUMENTS[id].loinc.total === undefined).map((id) => ({
      code: `${id}-total`,
      display: `${INSTRUMENTS[id].title} total score`,
    })),
  );
  const bands = INSTRUMENT_IDS.map((id) => {
    const definition = INSTRUMENTS[id];
    const all = [...definition.bands, ...bandsFor(definition, "male")];
    const unique = all.filter((band, index) => all.findIndex((other) => other.name === band.name) === index);
    return codeSystem(
      `${id}-bands`,
      bandCodeSystemUrl(id, base),
      `${definition.title} bands`,
      `The bands of the ${definition.title} total, with the source of each cut-off.`,
      unique.map((band) => ({
        code: band.name,
        display: definition.bandsBySex === undefined ? band.label : (band.label.split(" (")[0] ?? band.label),
        definition: `Total ${band.min} to ${band.max}. Source: ${band.citation}.`,
      })),
    );
  });
  const answers = INSTRUMENT_IDS.flatMap((id) => {
    const definition = INSTRUMENTS[id];
    const seen = new Map<string, CodeSystemConcept>();
    for (const item of definition.items) {
      for (const option of item.options) {
        if (option.loinc === undefined && !seen.has(option.code))
          seen.set(option.code, { code: option.code, display: option.label ?? String(option.points) });
      }
    }
    if (seen.size === 0) return [];
    return [
      codeSystem(
        `${id}-answers`,
        answerCodeSystemUrl(id, base),
        `${definition.title} answers`,
        `Answer codes of the ${definition.title} for answers without a verified LOINC code.`,
        [...seen.values()],
      ),
    ];
  });
  return [placement, levels, withdrawal, flags, totals, ...bands, ...answers];
}
