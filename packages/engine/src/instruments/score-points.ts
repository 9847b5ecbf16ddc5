import { asqReading } from "./asq-reading.js";
import { bandContaining, bandsFor, type Sex } from "./band-lookup.js";
import type { InstrumentDefinition, InstrumentItem } from "./instrument-definition.js";
import { SCALE_FLAGS, type ScaleFlag, type ScaleResult, type SubstanceReading } from "./scale-result.js";

export interface ScoringOptions {
  /** AUDIT-C's cut-off depends on sex; without it the result carries both readings. */
  readonly sex?: Sex;
}

function isShown(item: InstrumentItem, points: Readonly<Record<string, number>>): boolean {
  if (item.shownWhen === undefined) return true;
  return item.shownWhen.anyOf.some((condition) => (points[condition.item] ?? -1) >= condition.minPoints);
}

function substanceReading(definition: InstrumentDefinition, score: number | null): string | null {
  if (score === null) return null;
  if (definition.totalRule === "count-positive") return score > 0 ? "positive" : "negative";
  return bandContaining(definition.bands, score)?.name ?? null;
}

/**
 * Scores one scale from points already checked against its answer options (scoreInstrument and the FHIR
 * import both end here). The total is always recomputed; a missing required item makes it `null`.
 */
export function scoreFromPoints(
  definition: InstrumentDefinition,
  points: Readonly<Record<string, number>>,
  options: ScoringOptions = {},
): ScaleResult {
  const missingItems: string[] = [];
  const itemScores: Record<string, number> = {};
  const bySubstance = new Map<string, { score: number; complete: boolean }>();
  let answeredTotal = 0;

  for (const item of definition.items) {
    const value = points[item.id];
    if (value !== undefined) itemScores[item.id] = value;
    const shown = isShown(item, points);
    if (!shown) continue;
    if (value === undefined) {
      if (item.required) missingItems.push(item.id);
    } else if (item.countsTowardTotal && definition.totalRule === "sum") {
      answeredTotal += value;
    } else if (item.countsTowardTotal && definition.totalRule === "count-positive" && value > 0) {
      answeredTotal += 1;
    }
    if (item.substance !== undefined) {
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
  if (bySubstance.size > 0) {
    substances = [...bySubstance].map(([substance, { score, complete }]) => ({
      substance,
      score: complete ? score : null,
      reading: substanceReading(definition, complete ? score : null),
    }));
    if (definition.totalRule === "highest-substance") {
      answeredTotal = Math.max(0, ...[...bySubstance.values()].map(({ score }) => score));
    }
  }

  const total = missingItems.length === 0 ? answeredTotal : null;
  const flags = new Set<ScaleFlag>();
  for (const rule of definition.itemFlags) {
    if ((points[rule.item] ?? -1) >= rule.minPoints) flags.add(rule.flag);
  }

  const bands = bandsFor(definition, options.sex);
  let band: string | null = null;
  let bandFloor: string | undefined;
  if (definition.id === "asq") {
    const reading = asqReading(points, total);
    band = reading.band;
    for (const flag of reading.flags) flags.add(flag);
  } else if (total !== null) {
    const found = bandContaining(bands, total);
    band = found?.name ?? null;
    if (found?.flag !== undefined) flags.add(found.flag);
  } else {
    // Points are never negative, so the answers so far set a floor under the final band.
    const floor = bandContaining(bands, answeredTotal);
    if (floor !== undefined) {
      bandFloor = floor.name;
      if (floor.flag !== undefined && floor !== bands[0]) flags.add(floor.flag);
    }
  }

  let readingsBySex: ScaleResult["readingsBySex"];
  if (definition.bandsBySex !== undefined && options.sex === undefined) {
    readingsBySex = {
      male: total === null ? null : (bandContaining(definition.bandsBySex.male, total)?.name ?? null),
      female: total === null ? null : (bandContaining(definition.bandsBySex.female, total)?.name ?? null),
    };
  }

  return {
    instrument: definition.id,
    total,
    answeredTotal,
    band,
    flags: SCALE_FLAGS.filter((flag) => flags.has(flag)),
    missingItems,
    itemScores,
    ...(bandFloor === undefined ? {} : { bandFloor }),
    ...(readingsBySex === undefined ? {} : { readingsBySex }),
    ...(substances === undefined ? {} : { substances }),
  };
}
