import { ApiProblem, type FieldProblem } from "../clinic-api.js";

/** An episode as read, with the ETag a change must send back (RFC 9110 §13.1.1 If-Match). */
export interface Tagged<Value> {
  readonly value: Value;
  readonly tag: string;
}

/**
 * Reads or changes an episode of care. Changes to an episode need If-Match with the ETag of the last
 * read, so two people moving the same client cannot overwrite each other (docs/api.md); the shared
 * `callApi` neither sends nor returns tags, so episodes go through here. The CSRF token comes from the
 * signed-in session held in memory.
 */
export async function callWithTag<Value>(input: {
  readonly method: string;
  readonly path: string;
  readonly csrfToken: string;
  readonly body?: unknown;
  readonly ifMatch?: string;
}): Promise<Tagged<Value>> {
  const headers: Record<string, string> = { accept: "application/json" };
  if (input.body !== undefined) headers["content-type"] = "application/json";
  if (input.method !== "GET") headers["x-csrf-token"] = input.csrfToken;
  if (input.ifMatch !== undefined) headers["if-match"] = input.ifMatch;
  let response: Response;
  try {
    response = await fetch(input.path, {
      method: input.method,
      headers,
      credentials: "same-origin",
      cache: "no-store",
      ...(input.body === undefined ? {} : { body: JSON.stringify(input.body) }),
    });
  } catch {
    throw new ApiProblem(0, "");
  }
  const json = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (!response.ok) {
    throw new ApiProblem(
      response.status,
      typeof json.detail === "string" ? json.detail : "",
      Array.isArray(json.errors) ? (json.errors as FieldProblem[]) : [],
    );
  }
  return { value: json as Value, tag: response.headers.get("etag") ?? "" };
}
