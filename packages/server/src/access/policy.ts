import type { UserRole } from "../accounts/roles.js";
import type { ServiceAccountScope } from "../service-accounts/service-account-scopes.js";

/**
 * Who may call a route. Every route declares one (the app refuses to start otherwise, and
 * access/route-policy.storage.test.ts lists them all), so access is decided in one place and fails
 * closed (ASVS 5.0 8.1.1, 8.2.1, 8.3.1, 16.5.3).
 *
 * - `public`: anyone; `why` says what makes that safe. With `serviceAccountScope`, a request that carries a
 *   service account's key is also admitted as that account (it must hold the scope), so an integration is
 *   audited and rate-limited as itself (`publicOrServiceAccount`).
 * - `signing-in`: a person who has given the right password and still owes the second factor
 *   (or must enrol one). Nothing else is reachable at that stage.
 * - `signed-in`: a complete session whose role is in `roles`; with `serviceAccountScope`, also a service
 *   account holding that scope (`orServiceAccount`).
 * - `service-account`: only a service account holding `scope`, by its key in `Authorization: Bearer`
 *   (docs/service-accounts.md).
 *
 * State-changing methods (anything but GET, HEAD, OPTIONS) always get the Origin check, and under
 * `signing-in` and `signed-in` also the CSRF token check when the caller is a session; a route cannot opt
 * out. A bearer request carries no cookie (one that does is refused), so there is nothing to forge.
 */
export type RoutePolicy =
  | {
      readonly access: "public";
      readonly why: string;
      readonly serviceAccountScope?: ServiceAccountScope;
    }
  | { readonly access: "signing-in" }
  | {
      readonly access: "signed-in";
      readonly roles: readonly UserRole[];
      readonly serviceAccountScope?: ServiceAccountScope;
    }
  | { readonly access: "service-account"; readonly scope: ServiceAccountScope };

export const publicRoute = (why: string): RoutePolicy => ({ access: "public", why });
/**
 * Anyone, or a service account holding `scope` when the request carries its key: the call works without a
 * key (limited per address), and with one the account is checked, audited and limited per account.
 */
export const publicOrServiceAccount = (why: string, scope: ServiceAccountScope): RoutePolicy => ({
  access: "public",
  why,
  serviceAccountScope: scope,
});
export const signingIn: RoutePolicy = { access: "signing-in" };
export type SignedInPolicy = Extract<RoutePolicy, { access: "signed-in" }>;
export const signedIn = (...roles: UserRole[]): SignedInPolicy => ({ access: "signed-in", roles });
export const anyRole: RoutePolicy = signedIn("admin", "clinician", "reviewer");

/**
 * Only a service account holding `scope`: the policy for routes an integration calls (FHIR operations,
 * CDS Hooks). In the handler, `serviceAccountOf(request)` is the calling account.
 */
export const serviceAccount = (scope: ServiceAccountScope): RoutePolicy => ({
  access: "service-account",
  scope,
});

/** A signed-in person the policy allows, or a service account holding `scope`. */
export function orServiceAccount(policy: SignedInPolicy, scope: ServiceAccountScope): RoutePolicy {
  return { ...policy, serviceAccountScope: scope };
}

/** The scope a service account needs to call a route with this policy; undefined when none may. */
export function serviceAccountScopeOf(policy: RoutePolicy): ServiceAccountScope | undefined {
  if (policy.access === "service-account") return policy.scope;
  if (policy.access === "signed-in" || policy.access === "public") return policy.serviceAccountScope;
  return undefined;
}

/** Methods that change nothing (ASVS 5.0 3.5.3: no state change through GET). */
export function isSafeMethod(method: string): boolean {
  return method === "GET" || method === "HEAD" || method === "OPTIONS";
}

export function describePolicy(policy: RoutePolicy): string {
  if (policy.access === "public")
    return policy.serviceAccountScope === undefined
      ? `public (${policy.why})`
      : `public (${policy.why}); or a service account with the ${policy.serviceAccountScope} scope, by its key`;
  if (policy.access === "signing-in") return "signing in (password given, second factor owed)";
  if (policy.access === "service-account") return `a service account with the ${policy.scope} scope`;
  const people = `signed in as ${policy.roles.join(" or ")}`;
  return policy.serviceAccountScope === undefined
    ? people
    : `${people}, or a service account with the ${policy.serviceAccountScope} scope`;
}
