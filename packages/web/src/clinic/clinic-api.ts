/**
 * Calls to the clinic API. The CSRF token lives only in memory (never localStorage: ASVS 5.0 14.3.3)
 * and goes with every state-changing request; the session itself is an HttpOnly cookie the page
 * cannot read.
 */
export interface FieldProblem {
  readonly field: string;
  readonly message: string;
}

export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly errors: readonly FieldProblem[] = [],
  ) {
    super(message);
  }
}

export type Role = "admin" | "clinician" | "reviewer";

export interface SignedInSession {
  readonly stage: "full";
  readonly csrfToken: string;
  readonly user: { id: string; email: string; displayName: string; role: Role; secondFactor: boolean };
  readonly organization: { id: string; name: string };
}
export type SessionState =
  | { readonly stage: "signed-out" }
  | { readonly stage: "second-factor" | "enrolment"; readonly csrfToken: string }
  | SignedInSession;

export interface StaffMember {
  readonly id: string;
  readonly email: string;
  readonly displayName: string;
  readonly role: Role;
  readonly status: "active" | "disabled";
  readonly secondFactor: boolean;
}

let csrfToken: string | undefined;

export function rememberCsrfToken(token: string | undefined): void {
  csrfToken = token;
}

/**
 * `requestHeaders` carries, for one, the If-Match a change to a versioned record needs (RFC 9110
 * §13.1.1; the records API answers 428 without it).
 */
export async function callApi<Result>(
  method: string,
  path: string,
  body?: unknown,
  requestHeaders: Readonly<Record<string, string>> = {},
): Promise<Result> {
  const headers: Record<string, string> = { accept: "application/json", ...requestHeaders };
  if (body !== undefined) headers["content-type"] = "application/json";
  if (method !== "GET" && csrfToken !== undefined) headers["x-csrf-token"] = csrfToken;
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: "same-origin",
      cache: "no-store",
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch {
    throw new ApiProblem(0, "");
  }
  if (response.status === 204) return undefined as Result;
  const json = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (!response.ok) {
    throw new ApiProblem(
      response.status,
      typeof json.detail === "string" ? json.detail : "",
      Array.isArray(json.errors) ? (json.errors as FieldProblem[]) : [],
    );
  }
  if (typeof json.csrfToken === "string") rememberCsrfToken(json.csrfToken);
  return json as Result;
}
