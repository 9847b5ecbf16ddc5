import {
  describePlacement,
  describeTransition,
  type Language,
  LEVEL_CROSSWALK,
  LEVEL_NAMES,
  type LevelOfCare,
  type MessageText,
  OVERRIDE_REASON_NAMES,
  type OverrideReason,
  type PlacementResult,
  renderText,
  type TransitionResult,
  type Voice,
} from "@stepwise/engine";
import type { FastifyRequest } from "fastify";
import { z } from "zod";
import type { SafetyAcknowledgementCode, StoredSafetyAcknowledgement } from "./safety-gate.js";

export const LANGUAGES = ["en", "es"] as const;

/** `?language=` on every route that answers with a record in words. */
export const languageField = {
  language: z
    .enum(LANGUAGES, { error: "language must be en or es." })
    .optional()
    .describe("The language of `explanation`: en or es. Without it, Accept-Language decides (default en)."),
};
export const languageQuery = z.strictObject(languageField);

/**
 * The language of the words: `?language=` if given, else the most preferred of English and Spanish in
 * Accept-Language (RFC 9110 §12.5.4: quality values, a primary tag such as `es-MX` matching `es`),
 * else English.
 */
export function languageOf(request: FastifyRequest, explicit: Language | undefined): Language {
  if (explicit !== undefined) return explicit;
  const header = request.headers["accept-language"];
  if (typeof header !== "string") return "en";
  let best: { language: Language; quality: number } | null = null;
  for (const part of header.split(",").slice(0, 20)) {
    const [tag = "", ...parameters] = part.trim().toLowerCase().split(";");
    const primary = tag.split("-")[0];
    if (primary !== "en" && primary !== "es") continue;
    const q = parameters.map((parameter) => /^\s*q=([0-9.]+)\s*$/.exec(parameter)?.[1]).find(Boolean);
    const quality = q === undefined ? 1 : Number(q);
    if (!Number.isFinite(quality) || quality <= 0) continue;
    if (best === null || quality > best.quality) best = { language: primary, quality };
  }
  return best?.language ?? "en";
}

/**
 * The records are read by clinicians, so the words speak about the client in the third person, the
 * engine's voice for a professional ("They said…"), whoever answered.
 */
const CLINICIAN_VOICE: Voice = "third-person";

export const levelLabel = z.object({
  id: z.string(),
  name: z.string(),
  asamThirdEdition: z
    .array(z.string())
    .describe("ASAM Criteria 3rd edition (2013) level numbers (crosswalk)."),
  asamFourthEdition: z
    .array(z.string())
    .describe("ASAM Criteria 4th edition (2023) level numbers (crosswalk)."),
  label: z.string().describe("The name with the crosswalk codes beside it, ready to show."),
});
export type LevelLabel = z.output<typeof levelLabel>;

const EDITION_WORDS: Record<Language, { third: string; fourth: string; none: string }> = {
  en: { third: "3rd ed.", fourth: "4th ed.", none: "no match" },
  es: { third: "3.ª ed.", fourth: "4.ª ed.", none: "sin equivalente" },
};

/** A level's name in words with its ASAM crosswalk codes beside it; the id stays for machines. */
export function labelOfLevel(level: LevelOfCare, language: Language): LevelLabel {
  const crosswalk = LEVEL_CROSSWALK[level];
  const words = EDITION_WORDS[language];
  const name = renderText(LEVEL_NAMES[level], language, CLINICIAN_VOICE);
  const third = crosswalk.asamThirdEdition.join(", ");
  const fourth =
    crosswalk.asamFourthEdition.length === 0 ? words.none : crosswalk.asamFourthEdition.join(", ");
  return {
    id: level,
    name,
    asamThirdEdition: [...crosswalk.asamThirdEdition],
    asamFourthEdition: [...crosswalk.asamFourthEdition],
    label: `${name} (ASAM ${third}, ${words.third}; ${fourth}, ${words.fourth})`,
  };
}

export const placementExplanation = z
  .object({
    language: z.enum(LANGUAGES),
    level: levelLabel.nullable(),
    withdrawalManagement: z.string().nullable(),
    urgent: z.array(z.object({ tier: z.string(), text: z.string(), actions: z.array(z.string()) })),
    reasons: z.array(z.string()),
    ratings: z.array(z.object({ dimension: z.string(), rating: z.number(), facts: z.array(z.string()) })),
    nextLowerLevel: z.object({ text: z.string(), needs: z.array(z.string()) }).nullable(),
    wouldChange: z.array(z.string()),
    unknowns: z.array(z.string()),
    medications: z.array(z.string()),
    provisional: z.string().nullable(),
    transition: z
      .object({
        kind: z.string(),
        from: levelLabel.nullable(),
        to: levelLabel.nullable(),
        reasons: z.array(z.string()),
      })
      .nullable(),
  })
  .nullable()
  .describe(
    "The result in words (English or Spanish, about the client), with ASAM crosswalk codes beside level names. Null only for a result stored by a rule set whose words are no longer known.",
  );

/** A stored result in words; null if a code has no words any more (a result from an older rule set). */
export function explainPlacement(
  result: PlacementResult,
  transition: TransitionResult | null,
  language: Language,
): z.output<typeof placementExplanation> {
  try {
    const described = describePlacement(result, language, CLINICIAN_VOICE);
    return {
      language,
      level: result.level === null ? null : labelOfLevel(result.level, language),
      withdrawalManagement: described.withdrawalManagement,
      urgent: described.urgent.map((item) => ({ ...item, actions: [...item.actions] })),
      reasons: [...described.reasons],
      ratings: described.ratings.map((rating) => ({ ...rating, facts: [...rating.facts] })),
      nextLowerLevel:
        described.nextLowerLevel === null
          ? null
          : { text: described.nextLowerLevel.text, needs: [...described.nextLowerLevel.needs] },
      wouldChange: [...described.wouldChange],
      unknowns: [...described.unknowns],
      medications: [...described.medications],
      provisional: described.provisional,
      transition:
        transition === null
          ? null
          : {
              ...describeTransition(transition, language, CLINICIAN_VOICE),
              reasons: [...describeTransition(transition, language, CLINICIAN_VOICE).reasons],
              from: transition.from === null ? null : labelOfLevel(transition.from, language),
              to: transition.to === null ? null : labelOfLevel(transition.to, language),
            },
    };
  } catch {
    return null;
  }
}

const ACKNOWLEDGEMENT_TEXTS: Readonly<Record<SafetyAcknowledgementCode, MessageText>> = {
  "sent-to-emergency": { en: "Sent to emergency care", es: "Enviado a atención de emergencia" },
  "crisis-plan-made": { en: "Crisis safety plan made", es: "Se hizo un plan de seguridad para la crisis" },
  "medical-review-arranged": { en: "Medical review arranged", es: "Se organizó una revisión médica" },
  "withdrawal-care-arranged": {
    en: "Withdrawal care arranged",
    es: "Se organizó la atención para la abstinencia",
  },
  "declined-after-counselling": {
    en: "Declined after counseling",
    es: "No aceptó después de recibir consejería",
  },
  other: { en: "Other", es: "Otro" },
};

export const decisionExplanation = z
  .object({
    language: z.enum(LANGUAGES),
    recommendedLevel: levelLabel.nullable(),
    chosenLevel: levelLabel,
    reason: z.string().nullable(),
    safetyAcknowledgements: z.array(z.object({ ruleId: z.string(), code: z.string() })),
  })
  .describe("The decision in words, with ASAM crosswalk codes beside level names.");

export function explainDecision(
  decision: {
    readonly recommended: LevelOfCare | null;
    readonly chosen: LevelOfCare;
    readonly reason: OverrideReason | null;
    readonly acknowledgements: readonly StoredSafetyAcknowledgement[];
  },
  language: Language,
): z.output<typeof decisionExplanation> {
  return {
    language,
    recommendedLevel: decision.recommended === null ? null : labelOfLevel(decision.recommended, language),
    chosenLevel: labelOfLevel(decision.chosen, language),
    reason:
      decision.reason === null
        ? null
        : renderText(OVERRIDE_REASON_NAMES[decision.reason], language, CLINICIAN_VOICE),
    safetyAcknowledgements: decision.acknowledgements.map((acknowledgement) => ({
      ruleId: acknowledgement.ruleId,
      code: renderText(ACKNOWLEDGEMENT_TEXTS[acknowledgement.code], language, CLINICIAN_VOICE),
    })),
  };
}
