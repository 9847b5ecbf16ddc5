import type { Observation, ObservationComponent, Reference } from "@medplum/fhirtypes";
import { LEVEL_CROSSWALK } from "../levels/level-of-care.js";
import { WITHDRAWAL_MANAGEMENT_CROSSWALK } from "../levels/withdrawal-management.js";
import { describePlacement, type PlacementDescription } from "../messages/describe-placement.js";
import type { Language } from "../messages/message-text.js";
import { LEVEL_NAMES, URGENT_TIER_NAMES, WITHDRAWAL_MANAGEMENT_NAMES } from "../messages/name-texts.js";
import type { PlacementResult } from "../placement/placement-result.js";
import { DEFAULT_CANONICAL_BASE } from "./canonical-urls.js";
import {
  levelOfCareCodeSystemUrl,
  PLACEMENT_CODES,
  placementCodeSystemUrl,
  withdrawalManagementCodeSystemUrl,
} from "./stepwise-code-systems.js";

/** Where to get help now, shown before anything else when the result has an urgent item (docs/design.md "Safety first"). */
export const CRISIS_LINES: Readonly<Record<Language, string>> = {
  en: "In danger now: call 911. Thoughts of suicide: call, text or chat 988. Treatment help: SAMHSA 1-800-662-4357.",
  es: "Si hay peligro ahora: llame al 911. Pensamientos de suicidio: llame, envíe un texto o chatee al 988. Ayuda con el tratamiento: SAMHSA 1-800-662-4357.",
};

/** The most important reasons first, at most this many in the Observation (all of them are in the text). */
const TOP_REASONS = 5;

/** The explanation in one language, urgent items first, as plain lines. */
export function placementExplanationLines(result: PlacementResult, language: Language): string[] {
  const words: PlacementDescription = describePlacement(result, language, "third-person");
  const heading = language === "en" ? "Suggested level" : "Nivel sugerido";
  const reasonsHeading = language === "en" ? "Why" : "Por qué";
  return [
    ...(words.urgent.length === 0 ? [] : [CRISIS_LINES[language]]),
    ...words.urgent.map((item) => `${item.tier}: ${item.text}`),
    ...(words.levelStatus === null
      ? []
      : [
          words.levelStatus.text,
          ...words.mustAsk,
          ...(words.levelStatus.floor === null ? [] : [words.levelStatus.floor]),
        ]),
    ...(words.level === null ? [] : [`${heading}: ${words.level}.`]),
    ...(words.withdrawalManagement === null ? [] : [`${words.withdrawalManagement}.`]),
    ...(words.sequence === null ? [] : [words.sequence]),
    ...(words.reasons.length === 0 ? [] : [`${reasonsHeading}:`, ...words.reasons]),
    ...(words.provisional === null ? [] : [words.provisional]),
    ...words.corrections,
  ];
}

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function narrative(result: PlacementResult): NonNullable<Observation["text"]> {
  const section = (language: Language) =>
    `<div lang="${language}" xml:lang="${language}">${placementExplanationLines(result, language)
      .map((line) => `<p>${escapeXml(line)}</p>`)
      .join("")}</div>`;
  return {
    status: "generated",
    div: `<div xmlns="http://www.w3.org/1999/xhtml">${section("en")}${section("es")}</div>`,
  };
}

function component(
  code: { code: string; display: string },
  base: string,
  value: Partial<ObservationComponent>,
): ObservationComponent {
  return {
    code: { coding: [{ system: placementCodeSystemUrl(base), code: code.code, display: code.display }] },
    ...value,
  };
}

/**
 * A level-of-care result as one FHIR R4 Observation coded with Stepwise's code systems
 * (stepwise-code-systems.ts): the level as the value, then components for whether a level could be
 * suggested, the withdrawal setting, the crosswalk level numbers, each urgent item (most urgent first), the
 * top reasons, and whether it is provisional; the whole explanation, English and Spanish, is the narrative
 * and the notes. A result that still needs answers, or is provisional, is `preliminary`.
 */
export function placementObservation(
  result: PlacementResult,
  options: {
    readonly canonicalBase?: string;
    readonly subject?: Reference;
    readonly derivedFrom?: readonly Reference[];
  } = {},
): Observation {
  const base = options.canonicalBase ?? DEFAULT_CANONICAL_BASE;
  const english = describePlacement(result, "en", "third-person");
  const components: ObservationComponent[] = [
    component(PLACEMENT_CODES.levelStatus, base, {
      valueCodeableConcept: {
        coding: [
          {
            system: placementCodeSystemUrl(base),
            ...(result.levelStatus === "suggested"
              ? PLACEMENT_CODES.suggested
              : PLACEMENT_CODES.needsAnswers),
          },
        ],
      },
    }),
    ...result.urgent.map((item, index) =>
      component(PLACEMENT_CODES.urgentItem, base, {
        valueCodeableConcept: {
          coding: [
            {
              system: placementCodeSystemUrl(base),
              code: `urgent-${item.tier}`,
              display: URGENT_TIER_NAMES[item.tier].en,
            },
          ],
          text: english.urgent[index]?.text ?? item.ruleId,
        },
      }),
    ),
    ...(result.withdrawalManagement === null
      ? []
      : [
          component(PLACEMENT_CODES.withdrawalManagement, base, {
            valueCodeableConcept: {
              coding: [
                {
                  system: withdrawalManagementCodeSystemUrl(base),
                  code: result.withdrawalManagement,
                  display: WITHDRAWAL_MANAGEMENT_NAMES[result.withdrawalManagement].en,
                },
              ],
            },
          }),
          ...WITHDRAWAL_MANAGEMENT_CROSSWALK[result.withdrawalManagement].map((code) =>
            component(PLACEMENT_CODES.crosswalkWithdrawal, base, { valueString: code }),
          ),
        ]),
    ...(result.level === null
      ? []
      : [
          ...LEVEL_CROSSWALK[result.level].asamThirdEdition.map((code) =>
            component(PLACEMENT_CODES.crosswalkThird, base, { valueString: code }),
          ),
          ...LEVEL_CROSSWALK[result.level].asamFourthEdition.map((code) =>
            component(PLACEMENT_CODES.crosswalkFourth, base, { valueString: code }),
          ),
        ]),
    component(PLACEMENT_CODES.coOccurring, base, { valueBoolean: result.coOccurringEnhanced }),
    component(PLACEMENT_CODES.provisional, base, { valueBoolean: result.provisional }),
    ...english.reasons
      .slice(0, TOP_REASONS)
      .map((reason) => component(PLACEMENT_CODES.reason, base, { valueString: reason })),
  ];
  return {
    resourceType: "Observation",
    text: narrative(result),
    status: result.provisional || result.levelStatus === "needs-answers" ? "preliminary" : "final",
    category: [
      {
        coding: [
          {
            system: "http://terminology.hl7.org/CodeSystem/observation-category",
            code: "survey",
            display: "Survey",
          },
        ],
      },
    ],
    code: {
      coding: [
        {
          system: placementCodeSystemUrl(base),
          code: PLACEMENT_CODES.result.code,
          display: PLACEMENT_CODES.result.display,
        },
      ],
      text: PLACEMENT_CODES.result.display,
    },
    ...(options.subject === undefined
      ? {}
      : { subject: options.subject as NonNullable<Observation["subject"]> }),
    effectiveDateTime: result.asOf,
    ...(result.level === null
      ? {
          dataAbsentReason: {
            coding: [
              { system: "http://terminology.hl7.org/CodeSystem/data-absent-reason", code: "not-applicable" },
            ],
            text: english.reasons[0] ?? "No level for this person.",
          },
        }
      : {
          valueCodeableConcept: {
            coding: [
              {
                system: levelOfCareCodeSystemUrl(base),
                code: result.level,
                display: LEVEL_NAMES[result.level].en,
              },
            ],
            text: LEVEL_NAMES[result.level].en,
          },
        }),
    note: [
      { text: placementExplanationLines(result, "en").join("\n") },
      { text: placementExplanationLines(result, "es").join("\n") },
    ],
    ...(options.derivedFrom === undefined || options.derivedFrom.length === 0
      ? {}
      : { derivedFrom: [...options.derivedFrom] as NonNullable<Observation["derivedFrom"]> }),
    component: components,
  };
}
