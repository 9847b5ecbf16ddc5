import { bandsFor } from "../instruments/band-lookup.js";
import { INSTRUMENTS } from "../instruments/instrument-catalogue.js";
import type { ScaleResult } from "../instruments/scale-result.js";
import { DEFAULT_CANONICAL_BASE, scoreCodeSystemUrl } from "./canonical-urls.js";
import {
  type FhirCoding,
  type FhirReference,
  LOINC_SYSTEM,
  type QuestionnaireResponse,
} from "./fhir-resources.js";

/** A score Observation in the US Core 9.0.0 Observation Screening Assessment shape (docs/design/instruments.md §2.1). */
export interface ScoreObservation {
  readonly resourceType: "Observation";
  readonly meta: { readonly profile: readonly string[] };
  readonly status: "final" | "preliminary";
  readonly category: readonly { readonly coding: readonly FhirCoding[] }[];
  readonly code: { readonly coding?: readonly FhirCoding[]; readonly text: string };
  readonly subject?: FhirReference;
  readonly encounter?: FhirReference;
  readonly effectiveDateTime?: string;
  readonly valueQuantity?: {
    readonly value: number;
    readonly unit: string;
    readonly system: string;
    readonly code: string;
  };
  readonly dataAbsentReason?: { readonly coding: readonly FhirCoding[]; readonly text: string };
  readonly interpretation?: readonly { readonly coding: readonly FhirCoding[]; readonly text: string }[];
  readonly note?: readonly { readonly text: string }[];
  readonly derivedFrom?: readonly FhirReference[];
}

const US_CORE_SCREENING_ASSESSMENT =
  "http://hl7.org/fhir/us/core/StructureDefinition/us-core-observation-screening-assessment";

function totalCode(result: ScaleResult, base: string): ScoreObservation["code"] {
  if (result.instrument === "unknown")
    return { text: "Total score (from the Questionnaire's answer weights)" };
  const definition = INSTRUMENTS[result.instrument];
  const text = `${definition.title} total score`;
  const coding =
    definition.loinc.total === undefined
      ? { system: scoreCodeSystemUrl(base), code: `${definition.id}-total`, display: text }
      : { system: LOINC_SYSTEM, code: definition.loinc.total, display: text };
  return { coding: [coding], text };
}

function responseReference(
  response: QuestionnaireResponse,
  fullUrl: string | undefined,
): FhirReference | undefined {
  if (response.id !== undefined) return { reference: `QuestionnaireResponse/${response.id}` };
  if (fullUrl !== undefined) return { reference: fullUrl };
  return undefined;
}

/**
 * The score of one response as an Observation: category `survey`, the LOINC total code where one is verified
 * (else our own code), `derivedFrom` the response. An incomplete result says so in `dataAbsentReason` rather than
 * giving a lower number; the band is the interpretation; flags and notes go in `note`.
 */
export function scoreObservation(
  result: ScaleResult,
  response: QuestionnaireResponse,
  options: { readonly fullUrl?: string; readonly canonicalBase?: string } = {},
): ScoreObservation {
  const base = options.canonicalBase ?? DEFAULT_CANONICAL_BASE;
  const derivedFrom = responseReference(response, options.fullUrl);
  const band =
    result.instrument === "unknown" || result.band === null
      ? undefined
      : [...INSTRUMENTS[result.instrument].bands, ...bandsFor(INSTRUMENTS[result.instrument], "male")].find(
          (candidate) => candidate.name === result.band,
        );
  // AUDIT-C's band labels name a sex; the Observation keeps the plain part ("Positive screen").
  const bandLabel =
    band === undefined || result.instrument === "unknown"
      ? undefined
      : INSTRUMENTS[result.instrument].bandsBySex === undefined
        ? band.label
        : (band.label.split(" (")[0] ?? band.label);
  const notes = [
    ...(result.flags.length === 0 ? [] : [`Flags: ${result.flags.join(", ")}.`]),
    ...(result.notes ?? []),
  ];
  return {
    resourceType: "Observation",
    meta: { profile: [US_CORE_SCREENING_ASSESSMENT] },
    status: result.total === null ? "preliminary" : "final",
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
    code: totalCode(result, base),
    ...(response.subject === undefined ? {} : { subject: response.subject }),
    ...(response.encounter === undefined ? {} : { encounter: response.encounter }),
    ...(response.authored === undefined ? {} : { effectiveDateTime: response.authored }),
    ...(result.total === null
      ? {
          dataAbsentReason: {
            coding: [{ system: "http://terminology.hl7.org/CodeSystem/data-absent-reason", code: "unknown" }],
            text: `Incomplete: no answer to ${result.missingItems.join(", ")}.`,
          },
        }
      : {
          valueQuantity: {
            value: result.total,
            unit: "{score}",
            system: "http://unitsofmeasure.org",
            code: "{score}",
          },
        }),
    ...(band === undefined || bandLabel === undefined
      ? {}
      : {
          interpretation: [
            {
              coding: [
                {
                  system: `${base}/CodeSystem/${result.instrument}-bands`,
                  code: band.name,
                  display: bandLabel,
                },
              ],
              text: bandLabel,
            },
          ],
        }),
    ...(notes.length === 0 ? {} : { note: notes.map((text) => ({ text })) }),
    ...(derivedFrom === undefined ? {} : { derivedFrom: [derivedFrom] }),
  };
}
