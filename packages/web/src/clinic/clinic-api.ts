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
  /** Minutes the session may go without a request before the server ends it. */
  readonly idleMinutes: number;
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

/** Told the status of every answer from the server: the idle timer counts from each request. */
type CallWatcher = (status: number) => void;
const watchers = new Set<CallWatcher>();

/** Calls `watcher` after every answer from the server; returns the way to stop. */
export function watchApiCalls(watcher: CallWatcher): () => void {
  watchers.add(watcher);
  return () => {
    watchers.delete(watcher);
  };
}

export function rememberCsrfToken(token: string | undefined): void {
  csrfToken = token;
}

export async function callApi<Result>(method: string, path: string, body?: unknown): Promise<Result> {
  return (await callApiVersioned<Result>(method, path, body)).result;
}

/**
 * A call that also gives the record's version (its ETag) and may send the version it changes
 * (If-Match), for records that refuse a change made from a stale read (412).
 */
export async function callApiVersioned<Result>(
  method: string,
  path: string,
  body?: unknown,
  ifMatch?: string,
): Promise<{ result: Result; etag: string | null }> {
  const headers: Record<string, string> = { accept: "application/json" };
  if (body !== undefined) headers["content-type"] = "application/json";
  if (method !== "GET" && csrfToken !== undefined) headers["x-csrf-token"] = csrfToken;
  if (ifMatch !== undefined) headers["if-match"] = ifMatch;
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
  for (const watcher of watchers) watcher(response.status);
  const etag = response.headers.get("etag");
  if (response.status === 204) return { result: undefined as Result, etag };
  const json = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (!response.ok) {
    throw new ApiProblem(
      response.status,
      typeof json.detail === "string" ? json.detail : "",
      Array.isArray(json.errors) ? (json.errors as FieldProblem[]) : [],
    );
  }
  if (typeof json.csrfToken === "string") rememberCsrfToken(json.csrfToken);
  return { result: json as Result, etag };
}
