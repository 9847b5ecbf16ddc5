import { randomUUID } from "node:crypto";
import { type Assessment, instrumentQuestionnaire } from "@stepwise/engine";
import type { ClinicClient, TestClinic } from "../../testing/test-clinic.js";
import { expectStatus } from "../../testing/test-clinic.js";

/** A clinician's assessment of an adult with heavy daily alcohol use and moderate withdrawal signs. */
export const alcoholAssessment: Assessment = {
  modelVersion: "1",
  asOf: "2026-03-02",
  mode: "clinician",
  respondent: "professional",
  age: 41,
  substances: [
    { substance: "alcohol", frequency: "daily", amount: "heavy", lastUseDaysAgo: 0, useDisorder: "severe" },
  ],
  useDisorder: "severe",
  withdrawal: { over: false, signsNow: "moderate", history: { seizures: false, delirium: false } },
  medical: { condition: "stable", pregnant: false },
  mentalHealth: {
    suicidalThoughts: false,
    suicidalIntentOrPlan: false,
    psychosisNow: false,
    stability: "stable",
  },
  readiness: { stage: "ready", willingToAttendAllAppointments: true },
  environment: { housing: "stable", homeSafe: true, othersUseAtHome: false, supportNetwork: "some" },
};

/** PHQ-9 answers by form number, all "not at all" except two items. */
export const phq9Answers = {
  instrument: "phq-9",
  answers: { 1: 1, 2: 1, 3: 0, 4: 0, 5: 0, 6: 0, 7: 0, 8: 0, 9: 0 },
};

/** The same adult with a plan to act on thoughts of suicide: the result carries a crisis item. */
export const crisisAssessment: Assessment = {
  ...alcoholAssessment,
  mentalHealth: { ...alcoholAssessment.mentalHealth, suicidalThoughts: true, suicidalIntentOrPlan: true },
};

/** An acknowledgement of every urgent item of a stored assessment (its JSON as the API answered it). */
export function acknowledgeEveryUrgentItem(
  assessment: { result: { urgent?: { ruleId: string }[] } },
  code = "medical-review-arranged",
): { ruleId: string; code: string; text?: string }[] {
  return (assessment.result.urgent ?? []).map((item) => ({ ruleId: item.ruleId, code }));
}

export interface Organization {
  readonly name: string;
  readonly admin: ClinicClient;
  readonly clinician: ClinicClient;
  readonly reviewer: ClinicClient;
}

let accountNumber = 0;

/** An organization with one signed-in person of each role. */
export async function organizationWithStaff(clinic: TestClinic, name: string): Promise<Organization> {
  accountNumber += 1;
  const slug = `${name.toLowerCase().replace(/[^a-z]+/g, "-")}-${accountNumber}`;
  const admin = await clinic.signedInAccount({
    organization: name,
    email: `admin@${slug}.test`,
    role: "admin",
  });
  const clinician = await clinic.signedInAccount({
    organization: name,
    email: `clinician@${slug}.test`,
    role: "clinician",
  });
  const reviewer = await clinic.signedInAccount({
    organization: name,
    email: `reviewer@${slug}.test`,
    role: "reviewer",
  });
  return { name, admin: admin.client, clinician: clinician.client, reviewer: reviewer.client };
}

/** Ids of one record of every kind, all of one client of the organization, and the clinician's account. */
export interface RecordSet {
  readonly userId: string;
  readonly clientId: string;
  readonly assessmentId: string;
  readonly decisionId: string;
  readonly episodeId: string;
  /** The episode's admission event. */
  readonly eventId: string;
  /** Another client of the same organization (a duplicate to merge). */
  readonly otherClientId: string;
  readonly consentId: string;
  readonly disclosureId: string;
  /** One program of the organization's own list. */
  readonly programId: string;
  /** One service account of the organization (made by its admin when given). */
  readonly serviceAccountId: string;
}

/** Creates a client with an assessment, a decision, an open episode, a consent and a disclosure. */
export async function recordSetOf(
  clinician: ClinicClient,
  clientName = "Alex Rivera",
  admin?: ClinicClient,
): Promise<RecordSet> {
  const session = await expectStatus(clinician.request("GET", "/api/session"), 200);
  const userId = session.json().user.id as string;
  const client = await expectStatus(clinician.request("POST", "/api/clients", { name: clientName }), 201);
  const clientId = client.json().id as string;
  const assessment = await expectStatus(
    clinician.request("POST", `/api/clients/${clientId}/assessments`, { answers: alcoholAssessment }),
    201,
  );
  const assessmentId = assessment.json().id as string;
  const recommended = assessment.json().recommendedLevel as string;
  const decision = await expectStatus(
    clinician.request("POST", `/api/clients/${clientId}/decisions`, {
      assessmentId,
      chosenLevel: recommended,
      safetyAcknowledgements: acknowledgeEveryUrgentItem(assessment.json()),
    }),
    201,
  );
  const decisionId = decision.json().id as string;
  const episode = await expectStatus(
    clinician.request("POST", `/api/clients/${clientId}/episodes`, {
      level: recommended,
      admittedOn: "2026-03-02",
      decisionId,
    }),
    201,
  );
  const consent = await expectStatus(
    clinician.request("POST", `/api/clients/${clientId}/consents`, {
      recipientName: "Riverside Primary Care",
      information: ["identifiers", "decisions", "episodes"],
      purpose: "treatment",
      signedOn: "2026-03-02",
      expiresOn: "2027-03-01",
      signedBy: "The client",
    }),
    201,
  );
  const consentId = consent.json().id as string;
  const disclosure = await expectStatus(
    clinician.request("POST", `/api/clients/${clientId}/disclosures`, {
      consentId,
      information: ["decisions"],
      purpose: "treatment",
    }),
    201,
  );
  return {
    userId,
    clientId,
    assessmentId,
    decisionId,
    episodeId: episode.json().id as string,
    eventId: episode.json().events[0].id as string,
    otherClientId: (
      await expectStatus(
        clinician.request("POST", "/api/clients", { name: `${clientName} (duplicate)` }),
        201,
      )
    ).json().id as string,
    consentId,
    disclosureId: disclosure.json().disclosure.id as string,
    programId: (
      await expectStatus(
        clinician.request("POST", "/api/organization-programs", organizationProgramBody),
        201,
      )
    ).json().id as string,
    serviceAccountId:
      admin === undefined
        ? randomUUID()
        : ((
            await expectStatus(
              admin.request("POST", "/api/service-accounts", {
                name: `${clientName} feed`,
                scopes: ["score"],
              }),
              201,
            )
          ).json().serviceAccount.id as string),
  };
}

/** A program an organization keeps: intensive outpatient in Charlottesville, VA, with a short waitlist. */
export const organizationProgramBody = {
  name: "Matrix Recovery IOP",
  zip: "22902",
  levels: ["intensive-outpatient", "outpatient"],
  medications: ["buprenorphine"],
  payment: ["medicaid"],
  languages: ["es"],
  openings: 0,
  waitlistDays: 5,
  availabilityUpdatedOn: "2026-03-01",
};

/** The query a route needs to answer 200 (appended to its address by the route-walking tests). */
export function validQuery(operationId: string): string {
  const queries: Record<string, string> = { searchPrograms: "?near=22902" };
  return queries[operationId] ?? "";
}

/** Ids of published FHIR definitions, for the walkers' `:id` (they are not records of an organization). */
const FHIR_IDS: Readonly<Record<string, string>> = {
  readFhirQuestionnaire: "phq-9",
  readFhirCodeSystem: "placement",
  readFhirOperationDefinition: "assess",
};

/** The value for a route's `:name` path parameter: a record id of the set, or a published FHIR id. */
export function pathValueFor(operationId: string, name: string, ids: RecordSet): string {
  if (name === "id" && FHIR_IDS[operationId] !== undefined) return FHIR_IDS[operationId];
  return (ids as unknown as Record<string, string>)[name] ?? "";
}

/** A PHQ-2 QuestionnaireResponse to Stepwise's own Questionnaire, every answer "Several days". */
const phq2Questionnaire = instrumentQuestionnaire("phq-2");
const phq2Response = {
  resourceType: "QuestionnaireResponse",
  questionnaire: phq2Questionnaire.url,
  status: "completed",
  item: (phq2Questionnaire.item ?? [])
    .filter((item) => item.type === "choice")
    .map((item) => ({ linkId: item.linkId, answer: [{ valueCoding: item.answerOption?.[1]?.valueCoding }] })),
};

/**
 * A valid body for each operation, using the given ids. A new route without an entry here fails the
 * matrix, so it cannot join the API untested.
 */
export function validBody(operationId: string, ids: RecordSet): unknown {
  const bodies: Record<string, unknown> = {
    createClient: { name: "Matrix Client" },
    updateClient: { name: "Renamed" },
    createAssessment: { answers: alcoholAssessment },
    correctAssessment: { answers: { ...alcoholAssessment, age: 50 }, correctionNote: "Matrix correction." },
    recordDecision: {
      assessmentId: ids.assessmentId,
      chosenLevel: "outpatient",
      reason: "client-preference",
      reasonText: "Wants to keep working.",
      safetyAcknowledgements: [
        { ruleId: "safety-moderate-alcohol-or-sedative-withdrawal", code: "withdrawal-care-arranged" },
      ],
    },
    admitClient: { level: "outpatient", admittedOn: "2026-03-02", decisionId: ids.decisionId },
    transferClient: {
      toLevel: "medically-managed-inpatient",
      on: "2026-03-02",
      emergencyReason: "Sent to hospital.",
    },
    dischargeClient: { on: "2026-03-02", reason: "plan-completed" },
    correctEpisodeEvent: {
      reason: "Matrix correction.",
      decisionId: ids.decisionId,
      note: "Corrected note.",
    },
    voidEpisodeEvent: { reason: "Matrix void." },
    recordConsent: {
      recipientName: "Matrix Recipient",
      information: ["identifiers"],
      purpose: "treatment",
      signedOn: "2026-03-01",
      expiresOn: "2027-03-01",
      signedBy: "The client",
    },
    revokeConsent: { reason: "Matrix revocation." },
    compareAssessments: undefined,
    exportAuditEvents: undefined,
    updateEpisode: { reassessmentDueOn: "2026-04-01" },
    inactivateClient: { reason: "Matrix inactivation." },
    reactivateClient: { reason: "Matrix reactivation." },
    mergeClients: { duplicateId: ids.otherClientId, reason: "Matrix merge." },
    undoClientMerge: { duplicateId: ids.otherClientId, reason: "Matrix undo." },
    discloseRecords: { consentId: ids.consentId, information: ["decisions"], purpose: "treatment" },
    signIn: { email: "matrix@clinic.test", password: "lantern meadow copper violin" },
    giveAuthenticatorCode: { code: "123456" },
    giveRecoveryCode: { code: "abcd-efgh-ijkl" },
    startAuthenticatorSetUp: undefined,
    finishAuthenticatorSetUp: { code: "123456" },
    cancelSignIn: undefined,
    signOut: undefined,
    changePassword: { currentPassword: "not the password", newPassword: "a brand new long passphrase" },
    inspectPasswordLink: { token: "x".repeat(43) },
    usePasswordLink: { token: "x".repeat(43), password: "a brand new long passphrase" },
    createUser: { email: "matrix.person@clinic.test", displayName: "Matrix Person", role: "reviewer" },
    disableUser: undefined,
    updateUser: { displayName: "Matrix Renamed" },
    enableUser: undefined,
    keepSessionAlive: undefined,
    issuePasswordResetLink: { resetSecondFactor: false },
    searchPrograms: undefined,
    createOrganizationProgram: organizationProgramBody,
    updateOrganizationProgram: organizationProgramBody,
    retireOrganizationProgram: undefined,
    searchFhirQuestionnaire: undefined,
    searchFhirCodeSystem: undefined,
    searchFhirOperationDefinition: undefined,
    readFhirCapabilityStatement: undefined,
    scoreFhirQuestionnaireResponses: phq2Response,
    discoverCdsServices: undefined,
    callLevelOfCareService: {
      hook: "patient-view",
      hookInstance: "d1577c69-dfbe-44ad-ba6d-3e05e953b2ea",
      context: { userId: "Practitioner/example", patientId: "example" },
      prefetch: {
        questionnaireResponses: {
          resourceType: "Bundle",
          type: "searchset",
          entry: [{ resource: phq2Response }],
        },
      },
    },
    callIntakeLevelOfCareService: {
      hook: "encounter-start",
      hookInstance: "2f3c6a1e-6d8b-4a2c-9d0e-1b7f5e4c3a21",
      context: { userId: "PractitionerRole/example", patientId: "example", encounterId: "example" },
      prefetch: {
        questionnaireResponses: {
          resourceType: "Bundle",
          type: "searchset",
          entry: [{ resource: phq2Response }],
        },
      },
    },
    assessFhirParameters: {
      resourceType: "Parameters",
      parameter: [{ name: "assessment", valueString: JSON.stringify(alcoholAssessment) }],
    },
    createServiceAccount: { name: "Matrix Feed", scopes: ["score"] },
    rotateServiceAccountKey: undefined,
    revokeServiceAccount: undefined,
  };
  if (!(operationId in bodies) && !operationId.startsWith("list") && !operationId.startsWith("read")) {
    throw new Error(`Add a valid body for ${operationId} to the isolation matrix.`);
  }
  return bodies[operationId];
}
