/**
 * The groups of the API as /docs lists them, in that order, each with what it is for. Every route's
 * `tag` must be one of these (openapi-document.test.ts checks it), so the document never has a group
 * without a description.
 */
export const API_TAGS: ReadonlyArray<{ readonly name: string; readonly description: string }> = [
  {
    name: "Session",
    description:
      "Signing in (password, then an authenticator code or a recovery code), setting up the authenticator app, " +
      "changing the password and signing out. The session is a cookie; the csrfToken of the answer goes in the " +
      "x-csrf-token header of every request that changes something.",
  },
  {
    name: "Password links",
    description:
      "One-time links an administrator issues to set up an account or reset a password. The token travels in " +
      "the request body, never in an address a server could log.",
  },
  {
    name: "Users",
    description: "Accounts of the administrator's own organization: list, add, disable, issue a reset link.",
  },
  {
    name: "Service accounts",
    description:
      "Accounts for other systems (an EHR, a health information exchange), one per integration, each with its " +
      "scopes; the administrator sees a key once and can issue a new one or revoke the account. Integrations " +
      "send the key as Authorization: Bearer (the bearerAuth scheme); every call is in the audit log.",
  },
  {
    name: "Audit log",
    description:
      "The append-only record of who did what to which record, and when; for administrators. Reading it is " +
      "itself recorded.",
  },
  {
    name: "Clients",
    description: "The people an organization serves, with minimal identifiers.",
  },
  {
    name: "Assessments",
    description:
      "Assessment answers and the level-of-care result the placement engine computed from them. Never edited: " +
      "a correction is a new version.",
  },
  {
    name: "Level-of-care decisions",
    description:
      "The level the client and clinician chose after an assessment, with a coded reason when it differs from " +
      "the recommendation.",
  },
  {
    name: "Episodes of care",
    description:
      "Admission, transfers between levels and discharge; the current level comes from these events.",
  },
  {
    name: "Consent and disclosure",
    description:
      "Written consents to share records (42 CFR 2.31), disclosures made under them with the required notice " +
      "(42 CFR 2.32), and each client's accounting of disclosures (42 CFR 2.24).",
  },
  {
    name: "Program finder",
    description:
      "Treatment programs near a ZIP code, city or point that offer a level of care, withdrawal setting, " +
      "medication, payment or language, with why each matches and what it does not list. Public: no account, " +
      "and the request never holds assessment answers. Data: SAMHSA's treatment locator (FindTreatment.gov), " +
      "loaded with `stepwise programs import`, and each organization's own programs.",
  },
  {
    name: "Organization programs",
    description:
      "The organization's own program list (its programs and partners'): levels of care, withdrawal settings, " +
      "medications, payment, languages, and current openings or waitlist days with the day they were checked. " +
      "The program finder includes them for the organization's people.",
  },
  {
    name: "FHIR",
    description:
      "FHIR R4 (JSON, application/fhir+json): the CapabilityStatement, the scales as Questionnaires, Stepwise's " +
      "code systems, scoring QuestionnaireResponses ($score) and suggesting a level of care ($assess). " +
      "Stateless: nothing sent is stored. Errors are OperationOutcome resources naming the element.",
  },
  {
    name: "CDS Hooks",
    description:
      "CDS Hooks 2.0 for EHRs: discovery, and level-of-care cards for the patient-view hook from prefetched " +
      "QuestionnaireResponses and screening Observations, urgent items first. Each call carries a JWT signed by a " +
      "CDS client configured on this server.",
  },
  {
    name: "Service",
    description: "Health of the server for load balancers, and this description of the API.",
  },
];
