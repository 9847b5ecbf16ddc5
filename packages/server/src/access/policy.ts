import type { UserRole } from "../accounts/roles.js";

/**
 * Who may call a route. Every route declares one (the app refuses to start otherwise, and
 * access/route-policy.storage.test.ts lists them all), so access is decided in one place and fails
 * closed (ASVS 5.0 8.1.1, 8.2.1, 8.3.1, 16.5.3).
 *
 * - `public`: anyone; `why` says what makes that safe.
 * - `signing-in`: a person who has given the right password and still owes the second factor
 *   (or must enrol one). Nothing else is reachable at that stage.
 * - `signed-in`: a complete session whose role is in `roles`.
 *
 * State-changing methods (anything but GET, HEAD, OPTIONS) always get the Origin check, and under
 * `signing-in` and `signed-in` also the CSRF token check; a route cannot opt out.
 */
export type RoutePolicy =
  | { readonly access: "public"; readonly why: string }
  | { readonly access: "signing-in" }
  | { readonly access: "signed-in"; readonly roles: readonly UserRole[] };

export const publicRoute = (why: string): RoutePolicy => ({ access: "public", why });
export const signingIn: RoutePolicy = { access: "signing-in" };
export const signedIn = (...roles: UserRole[]): RoutePolicy => ({ access: "signed-in", roles });
export const anyRole: RoutePolicy = signedIn("admin", "clinician", "reviewer");

/** Methods that change nothing (ASVS 5.0 3.5.3: no state change through GET). */
export function isSafeMethod(method: string): boolean {
  return method === "GET" || method === "HEAD" || method === "OPTIONS";
}

export function describePolicy(policy: RoutePolicy): string {
  if (policy.access === "public") return `public (${policy.why})`;
  if (policy.access === "signing-in") return "signing in (password given, second factor owed)";
  return `signed in as ${policy.roles.join(" or ")}`;
}
