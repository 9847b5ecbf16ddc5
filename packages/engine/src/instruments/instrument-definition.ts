import type { InstrumentId, ScaleFlag } from "./scale-result.js";

/**
 * How a validated scale is written down as data: its items, the points of each answer, the bands with
 * the citation for each cut-off, and its licence. The web app renders items from here; the scorer and
 * the FHIR export read the same data, so there is one source of truth per scale.
 */

export interface AnswerOption {
  /** Our stable code for the answer (`not-at-all`, `yes`, …). */
  readonly code: string;
  /** The published wording of the answer, or `null` for an unlabelled step between two anchors (CIWA-Ar). */
  readonly label: string | null;
  readonly points: number;
  /** The LOINC answer code (LA…) where one is verified in docs/design/instruments.md. */
  readonly loinc?: string;
  /** Other answer codes seen in public Questionnaires for the same answer (read on import, never written). */
  readonly aliases?: readonly string[];
}

/** An item is shown (and so must be answered) only when one of these earlier items has at least `minPoints`. */
export interface ItemCondition {
  readonly anyOf: readonly { readonly item: string; readonly minPoints: number }[];
}

export interface InstrumentItem {
  /** Our item id, also the FHIR linkId in exported Questionnaires (`phq-9.9`). */
  readonly id: string;
  /** The item's number on the printed form (`9`, `2a`). */
  readonly number: string;
  /** The published wording (all scales here allow reproduction; see the licence for the terms). */
  readonly text: string;
  /** LOINC item codes verified in docs/design/instruments.md; more than one when variants exist. */
  readonly loinc: readonly string[];
  /** Codes seen for this item in public FHIR content but not verified against a LOINC release: read, never written. */
  readonly importCodes?: readonly string[];
  readonly options: readonly AnswerOption[];
  /** False for items that are asked but not added (PHQ-9 difficulty item, ASQ acuity question). */
  readonly countsTowardTotal: boolean;
  /** True when a missing answer makes the result incomplete (while the item is shown). */
  readonly required: boolean;
  readonly shownWhen?: ItemCondition;
  /** TAPS: the substance this item belongs to; totals are reported per substance. */
  readonly substance?: string;
}

export interface Band {
  /** Lower-case band name used in results and the CLI (`minimal`, `moderately-severe`, …). */
  readonly name: string;
  readonly min: number;
  readonly max: number;
  /** Plain words for a reader. */
  readonly label: string;
  /** Where the cut-off comes from. */
  readonly citation: string;
  /** The flag raised when the total falls in this band (withdrawal scales). */
  readonly flag?: ScaleFlag;
}

/** A flag that follows one item, whatever the other answers are (PHQ-9 item 9). */
export interface ItemFlagRule {
  readonly id: string;
  readonly flag: ScaleFlag;
  readonly item: string;
  readonly minPoints: number;
  readonly statement: string;
  readonly citation: string;
}

export interface InstrumentLicence {
  readonly holder: string;
  /** The licence statement as published (quoted in docs/design/instruments.md). */
  readonly statement: string;
  /** Whether the item wording is reproduced in `items[].text`. */
  readonly wordingReproduced: boolean;
  /** `free` — any use; `non-commercial` — commercial distribution needs the holder's permission. */
  readonly use: "free" | "non-commercial";
  readonly note: string;
}

/**
 * How the total is formed:
 * - `sum`: points added over the items that count;
 * - `count-positive`: the number of items answered above zero (TAPS-1: substances screened positive);
 * - `highest-substance`: items summed per substance, the total is the highest substance score (TAPS-2).
 */
export type TotalRule = "sum" | "count-positive" | "highest-substance";

export interface InstrumentDefinition {
  readonly id: InstrumentId;
  readonly title: string;
  readonly citation: string;
  /** What the person is asked about, as printed (for the UI). */
  readonly instructions: string;
  readonly timeframe: string;
  readonly loinc: { readonly panel?: string; readonly total?: string };
  readonly items: readonly InstrumentItem[];
  readonly totalRule: TotalRule;
  readonly totalRange: { readonly min: number; readonly max: number };
  /** Bands in ascending order that together cover the total range. */
  readonly bands: readonly Band[];
  /** AUDIT-C: bands for each sex; `bands` then holds the female reading (the lower, safer cut-off). */
  readonly bandsBySex?: { readonly male: readonly Band[]; readonly female: readonly Band[] };
  readonly itemFlags: readonly ItemFlagRule[];
  readonly licence: InstrumentLicence;
}
