import type { Observation, Reference } from "@medplum/fhirtypes";
import type { ScaleFlag } from "../instruments/scale-result.js";
import { DEFAULT_CANONICAL_BASE } from "./canonical-urls.js";
import type { QuestionnaireResponse } from "./fhir-resources.js";
import { SCALE_FLAG_DISPLAYS, scaleFlagCodeSystemUrl, URGENT_SCALE_FLAGS } from "./stepwise-code-systems.js";

const CRITICAL = {
  system: "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation",
  code: "AA",
  display: "Critical abnormal",
};
const ABNORMAL = {
  system: "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation",
  code: "A",
  display: "Abnormal",
};

/**
 * One flag a scored response raised (PHQ-9 item 9 above zero, an ASQ acuity reading, a withdrawal band) as
 * its own Observation, so a receiving system can act on it without parsing the total's notes. Flags that
 * call for action today are interpreted critical (HL7 v3 ObservationInterpretation `AA`).
 */
export function scaleFlagObservation(
  flag: ScaleFlag,
  response: QuestionnaireResponse,
  derivedFrom: readonly Reference[],
  options: { readonly canonicalBase?: string } = {},
): Observation {
  const base = options.canonicalBase ?? DEFAULT_CANONICAL_BASE;
  const display = SCALE_FLAG_DISPLAYS[flag];
  return {
    resourceType: "Observation",
    status: "final",
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
    code: { coding: [{ system: scaleFlagCodeSystemUrl(base), code: flag, display }], text: display },
    ...(response.subject === undefined
      ? {}
      : { subject: response.subject as NonNullable<Observation["subject"]> }),
    ...(response.encounter === undefined
      ? {}
      : { encounter: response.encounter as NonNullable<Observation["encounter"]> }),
    ...(response.authored === undefined ? {} : { effectiveDateTime: response.authored }),
    valueBoolean: true,
    interpretation: [{ coding: [URGENT_SCALE_FLAGS.has(flag) ? CRITICAL : ABNORMAL] }],
    ...(derivedFrom.length === 0
      ? {}
      : { derivedFrom: [...derivedFrom] as NonNullable<Observation["derivedFrom"]> }),
  };
}
