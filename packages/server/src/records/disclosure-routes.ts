import { randomUUID } from "node:crypto";
import type { FastifyRequest } from "fastify";
import type { z } from "zod";
import { inOrganizationOf, organizationStamp } from "../access/organization-scope.js";
import { orServiceAccount, signedIn } from "../access/policy.js";
import type { Principal } from "../access/principal.js";
import { HttpProblem } from "../problem.js";
import { sameRecipient } from "../service-accounts/consent-recipient.js";
import { assessmentsQuery, viewOfAssessment } from "./assessment-routes.js";
import { clientRecordsListRoute } from "./client-records-list-route.js";
import { viewOfClient } from "./client-routes.js";
import { consentStatus } from "./consent-routes.js";
import { viewOfDecision } from "./decision-routes.js";
import { recordsOfEpisodes, viewOfEpisode } from "./episode-routes.js";
import { problemResponses } from "./problem-responses.js";
import {
  clientOfOrganization,
  parseJsonColumn,
  type RecordsOptions,
  unprocessable,
} from "./record-context.js";
import { type RecordRoute, recordRoute } from "./record-route.js";
import {
  clientParams,
  type DISCLOSURE_PURPOSES,
  disclosedPackage,
  disclosureBody,
  disclosureView,
  type InformationKind,
} from "./record-schemas.js";
import type { ClientsTable, DisclosuresTable } from "./record-tables.js";

/**
 * The notice that goes with every disclosure (42 CFR 2.32, as revised by the 2024 final rule). The
 * first sentence is the short form the rule allows; the rest says the same in plain words. Have
 * counsel confirm the wording before production use (docs/design/instruments.md §3).
 */
export const REDISCLOSURE_NOTICE =
  "42 CFR part 2 prohibits unauthorized use or disclosure of these records. " +
  "These records come from a substance use disorder program and are protected by federal confidentiality rules (42 CFR part 2). " +
  "You may not use them, or testimony about them, in any civil, criminal, administrative or legislative proceeding against the patient without the patient's specific written consent or a court order that meets 42 CFR 2.64 or 2.65. " +
  "Any other use or disclosure is allowed only as 42 CFR part 2 and, for HIPAA covered entities and business associates, the HIPAA Privacy Rule permit.";

export function viewOfDisclosure(row: DisclosuresTable): z.output<typeof disclosureView> {
  return {
    id: row.id,
    clientId: row.client_id,
    consentId: row.consent_id,
    recipientName: row.recipient_name,
    information: parseJsonColumn<InformationKind[]>(row.information) ?? [],
    purpose: row.purpose as (typeof DISCLOSURE_PURPOSES)[number],
    disclosedAt: row.disclosed_at,
    disclosedBy: row.disclosed_by,
  };
}

const refused = (field: string, message: string) =>
  new HttpProblem(403, "Forbidden", `${field}: ${message}`, [{ field, message }]);

export interface DisclosureRequest {
  readonly consentId: string;
  readonly information: readonly InformationKind[];
  readonly purpose: (typeof DISCLOSURE_PURPOSES)[number];
}

/**
 * Discloses a client's records outside the organization: checks first that an active consent of this
 * client covers the recipient, the information and the purpose; refuses (403, naming the field, and
 * audited) otherwise; then records the disclosure for the client's accounting of disclosures
 * (42 CFR 2.24, 2.31) in the same transaction as its audit line. Every route that sends records
 * outside the organization (this API, FHIR export, CDS Hooks) goes through here.
 */
export async function discloseRecords(
  options: RecordsOptions,
  request: FastifyRequest,
  principal: Principal,
  client: ClientsTable,
  wanted: DisclosureRequest,
) {
  const { database, clock, writes } = options;
  const now = clock.now();
  const consent = await database
    .selectFrom("consents")
    .selectAll()
    .where("id", "=", wanted.consentId)
    .where("client_id", "=", client.id)
    .where(inOrganizationOf(principal))
    .executeTakeFirst();
  if (consent === undefined) throw unprocessable("consentId", "There is no such consent for this client.");

  const deny = async (field: string, message: string, detail: string) => {
    await request.audit.record({
      action: "disclosure.refused",
      outcome: "denied",
      recordType: "consent",
      recordId: consent.id,
      detail,
    });
    return refused(field, message);
  };
  // A service account receives records only for its own recipient: the consent must name it
  // (42 CFR 2.31(a)(2)). A person of the organization discloses to whoever the consent names.
  const account = request.serviceAccount;
  if (
    account !== null &&
    (account.recipientName === null || !sameRecipient(consent.recipient_name, account.recipientName))
  ) {
    throw await deny(
      "consentId",
      "This consent does not name this service account's recipient.",
      "recipient not covered by consent",
    );
  }
  const status = consentStatus(consent, now.toISOString().slice(0, 10));
  if (status === "revoked") throw await deny("consentId", "This consent was revoked.", "consent revoked");
  if (status === "expired") {
    throw await deny("consentId", `This consent ended on ${consent.expires_on}.`, "consent expired");
  }
  if (status === "not-yet-signed") {
    throw await deny(
      "consentId",
      `This consent starts on ${consent.signed_on}.`,
      "consent not yet in effect",
    );
  }
  const covered = new Set(parseJsonColumn<InformationKind[]>(consent.information) ?? []);
  const uncovered = wanted.information.filter((kind) => !covered.has(kind));
  if (uncovered.length > 0) {
    throw await deny(
      "information",
      `The consent does not cover ${uncovered.join(", ")}.`,
      "information not covered by consent",
    );
  }
  if (wanted.purpose !== consent.purpose) {
    throw await deny(
      "purpose",
      `The consent allows disclosure for ${consent.purpose} only.`,
      "purpose not covered",
    );
  }

  const kinds = new Set(wanted.information);
  const records: z.output<typeof disclosedPackage>["records"] = {};
  if (kinds.has("identifiers")) records.client = viewOfClient(client);
  if (kinds.has("assessments")) {
    const rows = await assessmentsQuery(options, principal)
      .where("assessments.client_id", "=", client.id)
      .orderBy("assessments.created_at")
      .orderBy("assessments.id")
      .execute();
    // Only the current version of each assessment: a corrected version is not the record any more.
    records.assessments = rows
      .filter((row) => row.superseded_by_id === null)
      .map((row) => viewOfAssessment(row));
  }
  if (kinds.has("decisions")) {
    const rows = await database
      .selectFrom("level_of_care_decisions")
      .selectAll()
      .where(inOrganizationOf(principal))
      .where("client_id", "=", client.id)
      .orderBy("created_at")
      .orderBy("id")
      .execute();
    records.decisions = rows.map((row) => viewOfDecision(row));
  }
  if (kinds.has("episodes")) {
    const rows = await database
      .selectFrom("care_episodes")
      .selectAll()
      .where(inOrganizationOf(principal))
      .where("client_id", "=", client.id)
      .orderBy("created_at")
      .orderBy("id")
      .execute();
    const histories = await recordsOfEpisodes(
      database,
      principal,
      rows.map((row) => row.id),
    );
    records.episodes = rows.map((row) =>
      viewOfEpisode(row, histories.get(row.id) ?? { events: [], amendments: [] }),
    );
  }

  const row: DisclosuresTable = {
    id: randomUUID(),
    ...organizationStamp(principal),
    client_id: client.id,
    consent_id: consent.id,
    recipient_name: consent.recipient_name,
    information: JSON.stringify(wanted.information),
    purpose: wanted.purpose,
    disclosed_at: now.toISOString(),
    disclosed_by: principal.userId,
  };
  await writes.run(async (trx) => {
    await trx.insertInto("disclosures").values(row).execute();
    await request.audit.record(
      { action: "disclosure.create", outcome: "success", recordType: "disclosure", recordId: row.id },
      trx,
    );
  });
  return { disclosure: viewOfDisclosure(row), notice: REDISCLOSURE_NOTICE, records };
}

export function disclosureRoutes(options: RecordsOptions): RecordRoute[] {
  const { database } = options;
  return [
    recordRoute({
      method: "POST",
      url: "/api/clients/:clientId/disclosures",
      operationId: "discloseRecords",
      tag: "Consent and disclosure",
      summary: "Disclose a client's records to the recipient of a consent",
      description:
        "Checks first that an active consent of this client covers the information and the purpose (403 naming the field otherwise), then answers with the records and the 42 CFR 2.32 notice and adds the disclosure to the client's accounting of disclosures. A service account with the records.read scope may call it too, for its own recipient only: the consent must name the account's recipientName; `disclosedBy` is then the account's id.",
      // A service account's read of a stored record is a disclosure (42 CFR 2.11, 2.31), so this is its
      // only way to read one: under a consent, recorded in the accounting of disclosures.
      policy: orServiceAccount(signedIn("admin", "clinician"), "records.read"),
      params: clientParams,
      body: disclosureBody,
      responses: {
        201: {
          description: "The disclosed records with the notice that must go with them.",
          schema: disclosedPackage,
        },
        ...problemResponses(400, 401, 403, 404, 413, 422),
      },
      handle: async ({ request, reply, principal, params, body }) => {
        const client = await clientOfOrganization(
          database,
          request,
          principal,
          params.clientId,
          "disclosure.create",
        );
        const disclosed = await discloseRecords(options, request, principal, client, body);
        reply.code(201);
        return disclosed;
      },
    }),

    clientRecordsListRoute(options, {
      url: "/api/clients/:clientId/disclosures",
      operationId: "listDisclosures",
      tag: "Consent and disclosure",
      summary: "A client's accounting of disclosures",
      description:
        "Every disclosure of the client's records outside the organization, oldest first, in pages: when, to whom, what and why (42 CFR 2.24). `from` and `to` (days, both included) give the accounting for a period.",
      record: "disclosure",
      table: "disclosures",
      orderedBy: "disclosed_at",
      byDays: true,
      item: disclosureView,
      itemsDescription: "A page of disclosures.",
      present: () => viewOfDisclosure,
    }),
  ];
}
