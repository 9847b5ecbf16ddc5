import type { ScaleResultInput } from "../assessment/assessment.js";
import { INSTRUMENTS } from "../instruments/instrument-catalogue.js";
import type { InstrumentDefinition, InstrumentItem } from "../instruments/instrument-definition.js";
import { INSTRUMENT_IDS, type InstrumentId } from "../instruments/scale-result.js";
import { FhirImportError } from "./fhir-import-error.js";
import { LOINC_SYSTEM } from "./fhir-resources.js";

interface ObservationShape {
  readonly resourceType?: unknown;
  readonly status?: unknown;
  readonly code?: { readonly coding?: unknown };
  readonly valueQuantity?: { readonly value?: unknown };
  readonly valueInteger?: unknown;
  readonly valueCodeableConcept?: { readonly coding?: unknown };
}

type Match =
  | { readonly kind: "total" | "panel"; readonly definition: InstrumentDefinition }
  | { readonly kind: "item"; readonly definition: InstrumentDefinition; readonly item: InstrumentItem };

/**
 * Each LOINC code a scale publishes (panel, total, items, and the item codes read on import) → what it is.
 * One item code can belong to two scales (AUDIT-C's items are AUDIT's first three; PHQ-2's are PHQ-9's).
 */
let byLoinc: ReadonlyMap<string, readonly Match[]> | undefined;

/** Built on first use, so importing the engine costs nothing (the web app imports it too). */
function loincIndex(): ReadonlyMap<string, readonly Match[]> {
  if (byLoinc !== undefined) return byLoinc;
  const index = new Map<string, Match[]>();
  const add = (code: string, match: Match) => index.set(code, [...(index.get(code) ?? []), match]);
  for (const id of INSTRUMENT_IDS) {
    const definition = INSTRUMENTS[id];
    if (definition.loinc.panel !== undefined) add(definition.loinc.panel, { kind: "panel", definition });
    if (definition.loinc.total !== undefined) add(definition.loinc.total, { kind: "total", definition });
    for (const item of definition.items) {
      for (const code of new Set([...item.loinc, ...(item.importCodes ?? [])]))
        add(code, { kind: "item", definition, item });
    }
  }
  byLoinc = index;
  return index;
}

function matchesOf(observation: ObservationShape): readonly Match[] {
  for (const code of loincCodesOf(observation)) {
    const found = loincIndex().get(code);
    if (found !== undefined) return found;
  }
  return [];
}

function loincCodesOf(observation: ObservationShape): string[] {
  const coding = observation.code?.coding;
  if (!Array.isArray(coding)) return [];
  return coding.flatMap((entry: { system?: unknown; code?: unknown } | null) =>
    entry?.system === LOINC_SYSTEM && typeof entry.code === "string" ? [entry.code] : [],
  );
}

function numberOf(observation: ObservationShape): number | undefined {
  const value = observation.valueQuantity?.value ?? observation.valueInteger;
  return typeof value === "number" && Number.isFinite(value) ? value : undefined;
}

/** An item's points from a number, or from a coded answer matched on its LOINC answer code or our own code. */
function itemPoints(observation: ObservationShape, item: InstrumentItem, location: string): number {
  const number = numberOf(observation);
  if (number !== undefined) return number;
  const coding = observation.valueCodeableConcept?.coding;
  if (Array.isArray(coding)) {
    for (const entry of coding as ({ code?: unknown } | null)[]) {
      const code = entry?.code;
      const option = item.options.find(
        (candidate) =>
          candidate.loinc === code ||
          candidate.code === code ||
          (candidate.aliases ?? []).includes(String(code)),
      );
      if (option !== undefined) return option.points;
    }
  }
  throw new FhirImportError(
    `${location}.value[x]`,
    `item ${item.number} needs its points (valueQuantity or valueInteger) or one of its answer codes (valueCodeableConcept)`,
  );
}

/**
 * Scale results from screening Observations (the US Core Observation Screening Assessment shape: a panel,
 * its total and its items, each coded with LOINC). Item answers are kept by item so placement works the
 * total and flags out again from them (instruments/rederive-scale.ts): an item 9 Observation above zero
 * raises the suicide-risk flag even when the sender's total left it out. Observations of other codes are
 * ignored and counted; withdrawn ones (`entered-in-error`, `cancelled`) are skipped.
 */
export function scalesFromObservations(
  observations: readonly { readonly resource: unknown; readonly location: string }[],
): { readonly scales: ScaleResultInput[]; readonly ignored: number } {
  const totals = new Map<InstrumentId, number>();
  const items = new Map<InstrumentId, Record<string, number>>();
  const seen = new Set<InstrumentId>();
  let ignored = 0;
  // A panel or total names its scale; an item code shared by two scales goes to the one named.
  const named = new Set<InstrumentId>();
  for (const { resource } of observations) {
    for (const match of matchesOf((resource ?? {}) as ObservationShape))
      if (match.kind !== "item") named.add(match.definition.id);
  }
  for (const { resource, location } of observations) {
    if (resource === null || typeof resource !== "object" || Array.isArray(resource))
      throw new FhirImportError(location, "expected an Observation (a JSON object)");
    const observation = resource as ObservationShape;
    if (observation.resourceType !== "Observation")
      throw new FhirImportError(`${location}.resourceType`, "expected Observation");
    if (observation.status === "entered-in-error" || observation.status === "cancelled") continue;
    const matches = matchesOf(observation);
    const match = matches.find((candidate) => named.has(candidate.definition.id)) ?? matches[0];
    if (match === undefined) {
      ignored += 1;
      continue;
    }
    const id = match.definition.id;
    seen.add(id);
    if (match.kind === "total") {
      const total = numberOf(observation);
      if (total === undefined)
        throw new FhirImportError(
          `${location}.value[x]`,
          `a ${match.definition.title} total needs a number (valueQuantity or valueInteger)`,
        );
      totals.set(id, total);
    } else if (match.kind === "item") {
      const scores = items.get(id) ?? {};
      scores[match.item.id] = itemPoints(observation, match.item, location);
      items.set(id, scores);
    }
  }
  const scales = [...seen].map(
    (instrument): ScaleResultInput => ({
      instrument,
      total: totals.get(instrument) ?? null,
      flags: [],
      ...(items.has(instrument) ? { itemScores: items.get(instrument) } : {}),
    }),
  );
  return { scales, ignored };
}
