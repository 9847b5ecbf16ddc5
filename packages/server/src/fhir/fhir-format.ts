import type { FastifyInstance, FastifyRequest } from "fastify";
import { z } from "zod";
import { HttpProblem } from "../problem.js";
import { FHIR_JSON } from "./fhir-paths.js";

export { FHIR_JSON, isFhirPath } from "./fhir-paths.js";

/** FHIR's version, as the CapabilityStatement and the media type's `fhirVersion` parameter name it. */
export const FHIR_VERSION = "4.0.1";

/** `_format` values that mean JSON (FHIR R4 http.html#mime-type); XML and Turtle are not served. */
const JSON_FORMATS = new Set(["json", "application/json", FHIR_JSON, "application/json+fhir"]);

/** The query parameters every FHIR route accepts (FHIR R4 http.html#parameters). */
export const fhirFormatQuery = {
  _format: z
    .string()
    .optional()
    .describe("`json`, `application/json` or `application/fhir+json`; XML is not served (406)."),
  _pretty: z.enum(["true", "false"]).optional().describe("Accepted and ignored: answers are compact JSON."),
};

function acceptsJson(accept: string): boolean {
  return accept.split(",").some((part) => {
    const type = (part.split(";")[0] ?? "").trim().toLowerCase();
    return type === "*/*" || type === "application/*" || JSON_FORMATS.has(type);
  });
}

/**
 * Refuses, with 406, a request whose `_format` or Accept header asks only for a format this server does
 * not write (FHIR R4 http.html#mime-type: `_format` overrides Accept).
 */
export function checkFhirFormat(request: FastifyRequest, format: string | undefined): void {
  if (format !== undefined) {
    if (!JSON_FORMATS.has(format.trim().toLowerCase()))
      throw new HttpProblem(406, "Not Acceptable", "This server writes FHIR JSON only: use _format=json.", [
        { field: "_format", message: "Use json, application/json or application/fhir+json." },
      ]);
    return;
  }
  const accept = request.headers.accept;
  if (accept !== undefined && accept.trim() !== "" && !acceptsJson(accept))
    throw new HttpProblem(
      406,
      "Not Acceptable",
      "This server writes FHIR JSON only: accept application/fhir+json or application/json.",
    );
}

/** Reads `application/fhir+json` bodies as the JSON they are (FHIR R4 http.html#mime-type). */
export function acceptFhirJsonBodies(app: FastifyInstance): void {
  app.addContentTypeParser(
    [FHIR_JSON, "application/json+fhir"],
    { parseAs: "string" },
    app.getDefaultJsonParser("error", "error"),
  );
}

/**
 * FHIR operation names start with `$` (`/fhir/$assess`), which many clients percent-encode as `%24`
 * (RFC 3986 §2.2 lets them); both spellings reach the same route.
 */
export function fhirOperationUrl(request: { url?: string | undefined }): string {
  const url = request.url ?? "/";
  if (!url.startsWith("/fhir/")) return url;
  const query = url.indexOf("?");
  const path = query === -1 ? url : url.slice(0, query);
  return path.replace(/%24/gi, "$") + (query === -1 ? "" : url.slice(query));
}
