import { asqReading } from "./asq-reading.js";
import { bandContaining, bandsFor, type Sex } from "./band-lookup.js";
import type { InstrumentDefinition } from "./instrument-definition.js";
import { SCALE_FLAGS, type ScaleFlag, type ScaleResult, type SubstanceReading } from "./scale-result.js";

export interface ScoringOptions {
  /** AUDIT-C's cut-off depends on sex; without it the result carries both readings. */
  readonly sex?: Sex;
}

/** A scale's items by position, worked out once, so scoring reads arrays instead of keyed objects (bench/scoring). */
interface ScaleLayout {
  readonly indexOf: ReadonlyMap<string, number>;
  /** Per item: the earlier items (by position) that show it, or undefined when always shown. */
  readonly shownWhen: readonly (
    | readonly { readonly index: number; readonly minPoints: number }[]
    | undefined
  )[];
  readonly itemFlags: readonly {
    readonly index: number;
    readonly minPoints: number;
    readonly flag: ScaleFlag;
  }[];
}

const layouts = new WeakMap<InstrumentDefinition, ScaleLayout>();

export function scaleLayout(definition: InstrumentDefinition): ScaleLayout {
  const cached = layouts.get(definition);
  if (cached !== undefined) return cached;
  const indexOf = new Map(definition.items.map((item, index) => [item.id, index]));
  const position = (id: string) => indexOf.get(id) ?? -1;
  const layout: ScaleLayout = {
    indexOf,
    shownWhen: definition.items.map((item) =>
      item.shownWhen?.anyOf.map((condition) => ({
        index: position(condition.item),
        minPoints: condition.minPoints,
      })),
    ),
    itemFlags: definition.itemFlags.map((rule) => ({
      index: position(rule.item),
      minPoints: rule.minPoints,
      flag: rule.flag,
    })),
  };
  layouts.set(definition, layout);
  return layout;
}

function substanceReading(definition: InstrumentDefinition, score: number | null): string | null {
  if (score === null) return null;
  if (definition.totalRule === "count-positive") return score > 0 ? "positive" : "negative";
  return bandContaining(definition.bands, score)?.name ?? null;
}

const NO_ITEMS: readonly string[] = Object.freeze([]);
const NO_FLAGS: readonly ScaleFlag[] = Object.freeze([]);

/**
 * The scoring core: points by item position (undefined when unanswered), already checked against the answer
 * options. `itemScores` is passed through to the result, keyed as the caller names items (ids or linkIds).
 * The total is always recomputed; a missing required item makes it `null` and is listed by item id.
 */
export function scoreItemPoints(
  definition: InstrumentDefinition,
  points: readonly (number | undefined)[],
  itemScores: Readonly<Record<string, number>>,
  options: ScoringOptions = {},
): ScaleResult {
  const layout = scaleLayout(definition);
  const items = definition.items;
  let missingItems: string[] | undefined;
  let bySubstance: Map<string, { score: number; complete: boolean }> | undefined;
  let answeredTotal = 0;

  for (let index = 0; index < items.length; index += 1) {
    const item = items[index];
    if (item === undefined) continue;
    const value = points[index];
    const conditions = layout.shownWhen[index];
    if (
      conditions !== undefined &&
      !conditions.some((condition) => (points[condition.index] ?? -1) >= condition.minPoints)
    ) {
      continue;
    }
    if (value === undefined) {
      if (item.required) {
        missingItems ??= [];
        missingItems.push(item.id);
      }
    } else if (item.countsTowardTotal && definition.totalRule === "sum") {
      answeredTotal += value;
    } else if (item.countsTowardTotal && definition.totalRule === "count-positive" && value > 0) {
      answeredTotal += 1;
    }
    if (item.substance !== undefined) {
      bySubstance ??= new Map();
      const substance = bySubstance.get(item.substance) ?? { score: 0, complete: true };
      if (value === undefined) {
        if (item.required) substance.complete = false;
      } else {
        substance.score += definition.totalRule === "count-positive" ? (value > 0 ? 1 : 0) : value;
      }
      bySubstance.set(item.substance, substance);
    }
  }

  let substances: SubstanceReading[] | undefined;
  if (bySubstance !== undefined) {
    substances = [...bySubstance].map(([substance, { score, complete }]) => ({
      substance,
      score: complete ? score : null,
      reading: substanceReading(definition, complete ? score : null),
    }));
    if (definition.totalRule === "highest-substance") {
      answeredTotal = Math.max(0, ...[...bySubstance.values()].map(({ score }) => score));
    }
  }

  const total = missingItems === undefined ? answeredTotal : null;
  let flags: ScaleFlag[] | undefined;
  const raise = (flag: ScaleFlag) => {
    flags ??= [];
    if (!flags.includes(flag)) flags.push(flag);
  };
  for (const rule of layout.itemFlags) {
    if ((points[rule.index] ?? -1) >= rule.minPoints) raise(rule.flag);
  }

  const bands = bandsFor(definition, options.sex);
  let band: string | null = null;
  let bandFloor: string | undefined;
  if (definition.id === "asq") {
    const reading = asqReading(points, total);
    band = reading.band;
    for (const flag of reading.flags) raise(flag);
  } else if (total !== null) {
    const found = bandContaining(bands, total);
    band = found?.name ?? null;
    if (found?.flag !== undefined) raise(found.flag);
  } else {
    // Points are never negative, so the answers so far set a floor under the final band.
    const floor = bandContaining(bands, answeredTotal);
    if (floor !== undefined) {
      bandFloor = floor.name;
      if (floor.flag !== undefined && floor !== bands[0]) raise(floor.flag);
    }
  }

  const result: { -readonly [Key in keyof ScaleResult]: ScaleResult[Key] } = {
    instrument: definition.id,
    total,
    answeredTotal,
    band,
    // In the order SCALE_FLAGS lists them, so results compare equal whatever order the rules ran in.
    flags:
      flags === undefined
        ? NO_FLAGS
        : flags.length < 2
          ? flags
          : flags.sort((a, b) => SCALE_FLAGS.indexOf(a) - SCALE_FLAGS.indexOf(b)),
    missingItems: missingItems ?? NO_ITEMS,
    itemScores,
  };
  if (bandFloor !== undefined) result.bandFloor = bandFloor;
  if (definition.bandsBySex !== undefined && options.sex === undefined) {
    result.readingsBySex = {
      male: total === null ? null : (bandContaining(definition.bandsBySex.male, total)?.name ?? null),
      female: total === null ? null : (bandContaining(definition.bandsBySex.female, total)?.name ?? null),
    };
  }
  if (substances !== undefined) result.substances = substances;
  return result;
}

/** Scores one scale from points keyed by item id (scoreInstrument ends here). */
export function scoreFromPoints(
  definition: InstrumentDefinition,
  points: Readonly<Record<string, number>>,
  options: ScoringOptions = {},
): ScaleResult {
  const byPosition: (number | undefined)[] = [];
  const itemScores: Record<string, number> = {};
  for (const item of definition.items) {
    const value = points[item.id];
    byPosition.push(value);
    if (value !== undefined && item.countsTowardTotal) itemScores[item.id] = value;
  }
  return scoreItemPoints(definition, byPosition, itemScores, options);
}
