/**
 * The contract between the scales (instruments) and everything downstream (placement, the web app,
 * the API, FHIR export). A scale result always recomputes from the answers: the total is never taken
 * from what a sender claims (docs/instruments.md).
 */
export const INSTRUMENT_IDS = [
  "audit",
  "audit-c",
  "dast-10",
  "taps-1",
  "taps-2",
  "ciwa-ar",
  "cows",
  "phq-9",
  "phq-2",
  "gad-7",
  "asq",
] as const;

export type InstrumentId = (typeof INSTRUMENT_IDS)[number];

/**
 * Safety and clinical flags a scale can raise. Placement maps them onto urgent tiers:
 * - `suicide-risk-follow-up` (PHQ-9 item 9 above zero) and `asq-positive-non-acute` → same-day safety assessment
 * - `asq-positive-acute` → crisis (988 now)
 * - `asq-acuity-unanswered` (ASQ positive, acuity question not answered) → ask now
 * - withdrawal bands (CIWA-Ar per the ASAM 2020 alcohol withdrawal guideline: <10 mild, 10–18 moderate,
 *   ≥19 severe; COWS per Wesson & Ling 2003: 5–12 mild, 13–24 moderate, 25–36 moderately severe, >36 severe)
 *   → withdrawal-management setting and, when severe, a same-day or emergency item.
 */
export const SCALE_FLAGS = [
  "suicide-risk-follow-up",
  "asq-positive-acute",
  "asq-positive-non-acute",
  "asq-acuity-unanswered",
  "alcohol-withdrawal-mild",
  "alcohol-withdrawal-moderate",
  "alcohol-withdrawal-severe",
  "opioid-withdrawal-mild",
  "opioid-withdrawal-moderate",
  "opioid-withdrawal-moderately-severe",
  "opioid-withdrawal-severe",
] as const;

export type ScaleFlag = (typeof SCALE_FLAGS)[number];

export interface ScaleResult {
  /** A documented instrument id, or `unknown` when only a Questionnaire's weights were available. */
  readonly instrument: InstrumentId | "unknown";
  /** The recomputed total; `null` when any scored item is missing (never a silently lower total). */
  readonly total: number | null;
  /** The sum of the answered items so far. */
  readonly answeredTotal: number;
  /** The band name in lower case (`minimal`, `mild`, `moderate`, …); `null` when incomplete or unbanded. */
  readonly band: string | null;
  readonly flags: readonly ScaleFlag[];
  /** Item ids (linkIds for FHIR) that have no answer. */
  readonly missingItems: readonly string[];
  /**
   * The answers that count toward the total, item id → points, so a reader can see each item's part in it
   * (asked-but-unscored items such as the PHQ-9 difficulty question and the ASQ acuity question are left out).
   */
  readonly itemScores: Readonly<Record<string, number>>;
  /**
   * When the result is incomplete: the lowest band the total can still reach, since points never go below
   * zero (for example CIWA-Ar `severe` once the answered items already add up to 19).
   */
  readonly bandFloor?: string;
  /** AUDIT-C without a given sex: the band under the men's cut-off (≥4) and under the women's (≥3). */
  readonly readingsBySex?: { readonly male: string | null; readonly female: string | null };
  /** TAPS: each substance on its own. */
  readonly substances?: readonly SubstanceReading[];
  /** FHIR import: the total the sender stored, shown beside the recomputed `total`, never used. */
  readonly statedTotal?: number;
  /** FHIR import: plain remarks about what was found (an item that is not part of the scale, …). */
  readonly notes?: readonly string[];
}

/** One substance's part of a TAPS result. */
export interface SubstanceReading {
  /** `tobacco`, `alcohol`, `drugs`, `prescription-medications` (TAPS-1) or the TAPS-2 substance ids. */
  readonly substance: string;
  /** The substance's score; `null` while one of its items is missing. */
  readonly score: number | null;
  /** TAPS-1: `negative` | `positive`; TAPS-2: `no-use` | `problem-use` | `higher-risk`; `null` when incomplete. */
  readonly reading: string | null;
}
