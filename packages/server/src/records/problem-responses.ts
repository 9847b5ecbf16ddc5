import type { RecordResponse } from "./record-route.js";

const MEANINGS: Record<number, string> = {
  400: "The request is malformed; `errors` names each bad field and what was expected.",
  401: "Not signed in, or the session ended.",
  403: "Your role does not allow this, or the request came from another site, or (for a disclosure) no active consent covers it.",
  404: "No such record in your organization.",
  409: "The request conflicts with the record's state; `errors` names the field.",
  412: "If-Match does not match the record's current ETag: someone changed it since you read it.",
  413: "The body is larger than this route accepts.",
  422: "The request breaks a rule of the record; `errors` names the field.",
  428: "This update needs an If-Match header with the record's ETag.",
};

/** The problem statuses a route can answer with, each an RFC 9457 application/problem+json document. */
export function problemResponses(...statuses: number[]): Record<number, RecordResponse> {
  return Object.fromEntries(
    statuses.map((status) => [status, { description: MEANINGS[status] ?? "A problem." }]),
  );
}
