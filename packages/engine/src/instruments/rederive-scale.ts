/**
 * A scale result that arrives inside an assessment (typed in, imported, sent over the API) is worked out
 * again from its numbers before placement reads it: the item answers when they are there, else the total.
 * Its stated total, band and flags are never trusted: where they disagree with the numbers, the numbers
 * are used and each disagreement is listed as a correction. Public QuestionnaireResponses exist whose
 * stored total disagrees with their own answers (HL7 US Core examples), and a flag left out by a sender
 * must not silence a safety signal (a PHQ-9 with item 9 above zero needs a same-day safety assessment,
 * Kroenke 2001 and Simon 2013).
 *
 * What the numbers cannot settle stays as sent when it shows need (a sent flag is kept unless the numbers
 * rule it out), and an item-level flag the numbers leave open is reported as undecided: a PHQ-9 total with
 * no item answers cannot say whether item 9 was above zero, so placement asks now.
 */
import type { ScaleResultInput, SexAtBirth } from "../assessment/assessment.js";
import { asqReading } from "./asq-reading.js";
import { bandContaining, bandsFor } from "./band-lookup.js";
import { INSTRUMENTS, isInstrumentId } from "./instrument-catalogue.js";
import type { Band, InstrumentDefinition } from "./instrument-definition.js";
import type { InstrumentId, ScaleFlag } from "./scale-result.js";
import { scaleLayout, scoreItemPoints } from "./score-points.js";

const bandFlagLists = new WeakMap<readonly Band[], readonly ScaleFlag[]>();

/** The flags a scale's bands can raise, listed once per band list (the lists are fixed data). */
function flagsOfBands(bands: readonly Band[]): readonly ScaleFlag[] {
  let flags = bandFlagLists.get(bands);
  if (flags === undefined) {
    flags = bands.flatMap((entry) => (entry.flag === undefined ? [] : [entry.flag]));
    bandFlagLists.set(bands, flags);
  }
  return flags;
}

/** One place where what was sent disagrees with what its numbers give; the result uses `used`. */
export interface ScaleCorrection {
  readonly instrument: InstrumentId | "unknown";
  readonly field: "total" | "band" | "flag";
  /** For `flag` corrections: which flag. */
  readonly flag?: ScaleFlag;
  /** What was sent (for a flag: whether it was sent). */
  readonly stated: number | string | boolean | null;
  /** What the numbers give, and what placement uses. */
  readonly used: number | string | boolean | null;
}

export interface RederivedScale {
  readonly instrument: InstrumentId | "unknown";
  readonly total: number | null;
  readonly band: string | null;
  readonly flags: readonly ScaleFlag[];
  /** Item-level flags the numbers leave open (no item answer, and the total does not settle it). */
  readonly undecided: readonly ScaleFlag[];
  readonly corrections: readonly ScaleCorrection[];
}

const itemIndexes = new WeakMap<InstrumentDefinition, ReadonlyMap<string, number>>();

/** The keys an item answer may be sent under: our item id, or a LOINC item code (with or without "/"). */
function itemIndexOf(definition: InstrumentDefinition): ReadonlyMap<string, number> {
  let index = itemIndexes.get(definition);
  if (index === undefined) {
    const built = new Map<string, number>();
    definition.items.forEach((item, position) => {
      built.set(item.id, position);
      for (const code of [...item.loinc, ...(item.importCodes ?? [])]) {
        if (!built.has(code)) built.set(code, position);
        if (!built.has(`/${code}`)) built.set(`/${code}`, position);
      }
    });
    index = built;
    itemIndexes.set(definition, index);
  }
  return index;
}

function highestPoints(definition: InstrumentDefinition, position: number): number {
  const item = definition.items[position];
  if (item === undefined) return 0;
  let highest = 0;
  for (const option of item.options) if (option.points > highest) highest = option.points;
  return highest;
}

/** The item answers by position; an answer that is not one of the item's points is left out (unknown). */
function pointsOf(
  definition: InstrumentDefinition,
  itemScores: Readonly<Record<string, number>> | undefined,
): { points: (number | undefined)[]; answered: number } {
  const points: (number | undefined)[] = new Array(definition.items.length);
  let answered = 0;
  if (itemScores === undefined) return { points, answered };
  const index = itemIndexOf(definition);
  for (const key in itemScores) {
    const position = index.get(key);
    const value = itemScores[key];
    if (position === undefined || value === undefined) continue;
    const item = definition.items[position];
    if (item === undefined || !item.options.some((option) => option.points === value)) continue;
    if (points[position] === undefined) answered += 1;
    points[position] = Math.max(points[position] ?? 0, value);
  }
  return { points, answered };
}

/**
 * What an item-level flag is, given the item answers and the total: true or false when the numbers settle
 * it, null when they leave it open. A total can settle an item that counts toward it: a PHQ-9 total of 0
 * means every item was 0; a total of 25 or more means item 9 was at least 1 (the other eight give 24 at most).
 */
function itemFlagValue(
  definition: InstrumentDefinition,
  points: readonly (number | undefined)[],
  position: number,
  minPoints: number,
  total: number | null,
): boolean | null {
  const known = points[position];
  if (known !== undefined) return known >= minPoints;
  const item = definition.items[position];
  if (total === null || item === undefined || !item.countsTowardTotal || definition.totalRule !== "sum")
    return null;
  let knownOthers = 0;
  let openOthers = 0;
  definition.items.forEach((other, at) => {
    if (at === position || !other.countsTowardTotal) return;
    const value = points[at];
    if (value === undefined) openOthers += highestPoints(definition, at);
    else knownOthers += value;
  });
  const most = Math.min(highestPoints(definition, position), total - knownOthers);
  const least = total - knownOthers - openOthers;
  if (least >= minPoints) return true;
  if (most < minPoints) return false;
  return null;
}

function inRange(definition: InstrumentDefinition, total: number | null | undefined): total is number {
  return (
    typeof total === "number" &&
    Number.isFinite(total) &&
    total >= definition.totalRange.min &&
    total <= definition.totalRange.max
  );
}

/** Works a sent scale result out again from its numbers (see the file comment). */
export function rederiveScale(input: ScaleResultInput, sex: SexAtBirth | null | undefined): RederivedScale {
  if (!isInstrumentId(input.instrument))
    return {
      instrument: input.instrument,
      total: input.total,
      band: input.band ?? null,
      flags: input.flags,
      undecided: [],
      corrections: [],
    };
  const definition = INSTRUMENTS[input.instrument];
  const { points, answered } = pointsOf(definition, input.itemScores);
  const fromItems =
    answered > 0
      ? scoreItemPoints(definition, points, {}, sex === null || sex === undefined ? {} : { sex })
      : null;

  // The total: from complete item answers; else a stated total the answered items agree with; else none.
  let total: number | null = null;
  if (fromItems !== null && fromItems.total !== null) total = fromItems.total;
  else if (inRange(definition, input.total)) {
    let most = 0;
    if (fromItems !== null)
      definition.items.forEach((item, at) => {
        if (item.countsTowardTotal && points[at] === undefined) most += highestPoints(definition, at);
      });
    const agrees =
      fromItems === null ||
      definition.totalRule !== "sum" ||
      (input.total >= fromItems.answeredTotal && input.total <= fromItems.answeredTotal + most);
    if (agrees) total = input.total;
  }

  const derived = new Set<ScaleFlag>();
  const ruledOut = new Set<ScaleFlag>();
  const undecided: ScaleFlag[] = [];
  let band: string | null = null;
  const bands = bandsFor(definition, sex ?? undefined);
  const bandFlags = flagsOfBands(bands);

  if (definition.id === "asq") {
    // NIMH ASQ: any yes to questions 1–4 is a positive screen; the acuity question (5) splits acute from
    // non-acute, and a yes to it is acute whatever else was answered.
    const acuity = points[4];
    // A total above zero is a positive screen even when the item answers behind it were not sent.
    const screen = [...points];
    if (total !== null && total > 0 && ![0, 1, 2, 3].some((at) => (screen[at] ?? 0) >= 1)) screen[0] = 1;
    const reading = asqReading(screen, total);
    band = reading.band;
    for (const flag of reading.flags) derived.add(flag);
    if (acuity !== undefined) {
      if (!derived.has("asq-positive-acute")) ruledOut.add("asq-positive-acute");
      if (!derived.has("asq-acuity-unanswered")) ruledOut.add("asq-acuity-unanswered");
    }
    if (acuity !== undefined || total === 0)
      if (!derived.has("asq-positive-non-acute")) ruledOut.add("asq-positive-non-acute");
    if (total === 0 && acuity === undefined) ruledOut.add("asq-acuity-unanswered");
  } else {
    if (total !== null) {
      const found = bandContaining(bands, total);
      band = found?.name ?? null;
      if (found?.flag !== undefined) derived.add(found.flag);
      for (const flag of bandFlags) if (!derived.has(flag)) ruledOut.add(flag);
    } else if (fromItems !== null) {
      // Incomplete items: points are never negative, so the answers so far set a floor under the band.
      for (const flag of fromItems.flags) if (bandFlags.includes(flag)) derived.add(flag);
    }
    const layout = scaleLayout(definition);
    for (const rule of layout.itemFlags) {
      const value = itemFlagValue(definition, points, rule.index, rule.minPoints, total);
      if (value === true) derived.add(rule.flag);
      else if (value === false) ruledOut.add(rule.flag);
      else if (total !== null || answered > 0) undecided.push(rule.flag);
    }
  }

  const corrections: ScaleCorrection[] = [];
  const instrument = definition.id;
  if (typeof input.total === "number" && input.total !== total)
    corrections.push({ instrument, field: "total", stated: input.total, used: total });
  if (typeof input.band === "string" && band !== null && input.band !== band)
    corrections.push({ instrument, field: "band", stated: input.band, used: band });
  const flags: ScaleFlag[] = [];
  for (const flag of input.flags) {
    if (ruledOut.has(flag) && !derived.has(flag)) {
      corrections.push({ instrument, field: "flag", flag, stated: true, used: false });
    } else if (!flags.includes(flag)) flags.push(flag);
  }
  for (const flag of derived) {
    if (flags.includes(flag)) continue;
    flags.push(flag);
    corrections.push({ instrument, field: "flag", flag, stated: false, used: true });
  }
  return {
    instrument,
    total,
    band,
    flags,
    undecided: undecided.filter((flag) => !flags.includes(flag)),
    corrections,
  };
}
