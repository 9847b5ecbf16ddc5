/** The FHIR JSON media type (FHIR R4 http.html#mime-type); plain `application/json` is accepted too. */
export const FHIR_JSON = "application/fhir+json";

/** Addresses answered the FHIR way: FHIR media type, OperationOutcome errors. */
export function isFhirPath(url: string): boolean {
  const path = url.split("?")[0] ?? "";
  return path === "/fhir" || path.startsWith("/fhir/");
}
