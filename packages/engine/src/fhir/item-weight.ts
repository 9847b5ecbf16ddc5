import type { FhirExtension } from "./fhir-resources.js";

/**
 * The answer-weight extensions, newest first: SDC 4 renamed `ordinalValue` to `itemWeight`
 * (docs/design/instruments.md §2.1 and §4 pitfall 6), and older LHC-Forms exports used the ISO 21090 CO value.
 */
export const ITEM_WEIGHT_URL = "http://hl7.org/fhir/StructureDefinition/itemWeight";
export const ORDINAL_VALUE_URL = "http://hl7.org/fhir/StructureDefinition/ordinalValue";
const ISO21090_CO_VALUE_URL = "http://hl7.org/fhir/StructureDefinition/iso21090-CO-value";
const WEIGHT_URLS = [ITEM_WEIGHT_URL, ORDINAL_VALUE_URL, ISO21090_CO_VALUE_URL];

export function weightIn(extensions: readonly FhirExtension[] | undefined): number | undefined {
  if (extensions === undefined) return undefined;
  for (const url of WEIGHT_URLS) {
    for (const extension of extensions) {
      if (extension.url !== url) continue;
      const value = extension.valueDecimal ?? extension.valueInteger;
      if (typeof value === "number" && Number.isFinite(value)) return value;
    }
  }
  return undefined;
}
