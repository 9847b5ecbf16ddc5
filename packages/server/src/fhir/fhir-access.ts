import { publicOrServiceAccount, publicRoute, type RoutePolicy } from "../access/policy.js";

/**
 * Who may call the FHIR endpoints, decided in this one place (docs/fhir.md "Who may call").
 *
 * - Published definitions (the CapabilityStatement, Questionnaires, CodeSystems, OperationDefinitions)
 *   hold no record: anyone may read them, as FHIR clients expect of /metadata.
 * - `$score` and `$assess` work only on what the request carries: they read no stored record and keep
 *   nothing, so no consent is needed (42 CFR 2.12 and 2.31 concern disclosing records a program holds),
 *   and the answer goes back only to the caller. They are public and rate-limited per address like the
 *   program finder; a caller that sends a service account's key (scope `score` or `assess`) is checked,
 *   audited and limited as that account instead. An organization that wants them behind a service account
 *   alone changes these two policies to `serviceAccount(scope)`.
 */
export const FHIR_DEFINITION_POLICY: RoutePolicy = publicRoute(
  "published FHIR definitions (CapabilityStatement, Questionnaires, CodeSystems); they hold no record",
);

const STATELESS =
  "stateless: scores or assesses only what the request carries, reads no stored record and keeps nothing";

export const FHIR_SCORE_POLICY: RoutePolicy = publicOrServiceAccount(STATELESS, "score");

export const FHIR_ASSESS_POLICY: RoutePolicy = publicOrServiceAccount(STATELESS, "assess");
