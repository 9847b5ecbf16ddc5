import { randomUUID } from "node:crypto";
import type { FastifyRequest } from "fastify";
import type { z } from "zod";
import { inOrganizationOf, organizationStamp } from "../access/organization-scope.js";
import { signedIn } from "../access/policy.js";
import type { Principal } from "../access/principal.js";
import { clientRecordsListRoute } from "./client-records-list-route.js";
import { answerWithEntityTag, staleVersion, versionFromIfMatch } from "./entity-tag.js";
import { problemResponses } from "./problem-responses.js";
import {
  clientOfOrganization,
  conflict,
  missingRecord,
  parseJsonColumn,
  type RecordsOptions,
  unprocessable,
} from "./record-context.js";
import { recordReadRoute } from "./record-read-route.js";
import { type RecordRoute, recordRoute } from "./record-route.js";
import {
  clientParams,
  consentBody,
  consentParams,
  consentRevocationBody,
  consentView,
  type DISCLOSURE_PURPOSES,
  type InformationKind,
} from "./record-schemas.js";
import type { ConsentsTable } from "./record-tables.js";

export type ConsentStatus = "active" | "expired" | "revoked" | "not-yet-signed";

/** Whether a consent allows disclosure today (42 CFR 2.31: an end date; 2.31(a)(6) and 2.35: revocable). */
export function consentStatus(row: ConsentsTable, today: string): ConsentStatus {
  if (row.revoked_at !== null) return "revoked";
  if (today > row.expires_on) return "expired";
  if (today < row.signed_on) return "not-yet-signed";
  return "active";
}

export function viewOfConsent(row: ConsentsTable, today: string): z.output<typeof consentView> {
  const status = consentStatus(row, today);
  return {
    id: row.id,
    clientId: row.client_id,
    recipientName: row.recipient_name,
    information: parseJsonColumn<InformationKind[]>(row.information) ?? [],
    purpose: row.purpose as (typeof DISCLOSURE_PURPOSES)[number],
    purposeText: row.purpose_text,
    signedOn: row.signed_on,
    expiresOn: row.expires_on,
    signedBy: row.signed_by,
    revokedAt: row.revoked_at,
    revocationReason: row.revocation_reason,
    // Not yet signed counts as not active; the view keeps the three states a reader needs.
    status: status === "not-yet-signed" ? "expired" : status,
    version: row.version,
    createdAt: row.created_at,
    createdBy: row.created_by,
  };
}

export async function consentOfOrganization(
  options: RecordsOptions,
  request: FastifyRequest,
  principal: Principal,
  consentId: string,
  action: string,
): Promise<ConsentsTable> {
  const row = await options.database
    .selectFrom("consents")
    .selectAll()
    .where("id", "=", consentId)
    .where(inOrganizationOf(principal))
    .executeTakeFirst();
  if (row === undefined || row.organization_id !== principal.organizationId) {
    throw await missingRecord(request, "consent", consentId, action);
  }
  return row;
}

/** Consents to disclose a client's records (42 CFR 2.31): who may receive what, why, and until when. */
export function consentRoutes(options: RecordsOptions): RecordRoute[] {
  const { database, clock, writes } = options;
  const writers = signedIn("admin", "clinician");
  const today = () => clock.now().toISOString().slice(0, 10);
  return [
    recordRoute({
      method: "POST",
      url: "/api/clients/:clientId/consents",
      operationId: "recordConsent",
      tag: "Consent and disclosure",
      summary: "Record a client's written consent to disclose",
      description:
        "Names the recipient, the kinds of information, the purpose and the end date (42 CFR 2.31). A consent whose purpose is `other` needs the purpose in words.",
      policy: writers,
      params: clientParams,
      body: consentBody,
      responses: {
        201: { description: "The consent, with its ETag.", schema: consentView, etag: true },
        ...problemResponses(400, 401, 403, 404, 413, 422),
      },
      handle: async ({ request, reply, principal, params, body }) => {
        const client = await clientOfOrganization(
          database,
          request,
          principal,
          params.clientId,
          "consent.create",
        );
        if (body.expiresOn < body.signedOn) {
          throw unprocessable("expiresOn", "Use an end date on or after the date the client signed.");
        }
        if (body.purpose === "other" && (body.purposeText ?? null) === null) {
          throw unprocessable("purposeText", "The purpose is 'other'; say what it is in your words.");
        }
        const row: ConsentsTable = {
          id: randomUUID(),
          ...organizationStamp(principal),
          client_id: client.id,
          recipient_name: body.recipientName,
          information: JSON.stringify(body.information),
          purpose: body.purpose,
          purpose_text: body.purposeText ?? null,
          signed_on: body.signedOn,
          expires_on: body.expiresOn,
          signed_by: body.signedBy,
          revoked_at: null,
          revoked_by: null,
          revocation_reason: null,
          version: 1,
          created_at: clock.now().toISOString(),
          created_by: principal.userId,
        };
        await writes.run(async (trx) => {
          await trx.insertInto("consents").values(row).execute();
          await request.audit.record(
            { action: "consent.create", outcome: "success", recordType: "consent", recordId: row.id },
            trx,
          );
        });
        reply.code(201).header("location", `/api/consents/${row.id}`);
        return answerWithEntityTag(request, reply, row.version, viewOfConsent(row, today()));
      },
    }),

    clientRecordsListRoute(options, {
      url: "/api/clients/:clientId/consents",
      operationId: "listConsents",
      tag: "Consent and disclosure",
      summary: "List a client's consents",
      description: "Oldest first, in pages, each with its status today (active, expired or revoked).",
      record: "consent",
      table: "consents",
      orderedBy: "created_at",
      item: consentView,
      itemsDescription: "A page of consents.",
      present: () => {
        const day = today();
        return (row) => viewOfConsent(row, day);
      },
    }),

    recordReadRoute({
      url: "/api/consents/:consentId",
      operationId: "readConsent",
      tag: "Consent and disclosure",
      summary: "Read a consent",
      description: "Answers with an ETag; send it in If-Match to revoke the consent.",
      params: consentParams,
      record: "consent",
      view: { description: "The consent.", schema: consentView },
      load: (request, principal, params, action) =>
        consentOfOrganization(options, request, principal, params.consentId, action),
      version: (row) => row.version,
      present: (row) => viewOfConsent(row, today()),
    }),

    recordRoute({
      method: "POST",
      url: "/api/consents/:consentId/revocation",
      operationId: "revokeConsent",
      tag: "Consent and disclosure",
      summary: "Revoke a consent",
      description:
        "The client withdrew the consent (42 CFR 2.31(a)(6)); no disclosure may rely on it from now on. Needs If-Match with the consent's ETag and the reason.",
      policy: writers,
      params: consentParams,
      body: consentRevocationBody,
      ifMatch: true,
      responses: {
        200: { description: "The revoked consent, with its new ETag.", schema: consentView },
        ...problemResponses(400, 401, 403, 404, 409, 412, 428),
      },
      handle: async ({ request, reply, principal, params, body }) => {
        const row = await consentOfOrganization(
          options,
          request,
          principal,
          params.consentId,
          "consent.revoke",
        );
        const expected = versionFromIfMatch(request);
        if (row.revoked_at !== null) throw conflict("consentId", "This consent was already revoked.");
        const revoked: ConsentsTable = {
          ...row,
          revoked_at: clock.now().toISOString(),
          revoked_by: principal.userId,
          revocation_reason: body.reason,
          version: row.version + 1,
        };
        await writes.run(async (trx) => {
          const result = await trx
            .updateTable("consents")
            .set({
              revoked_at: revoked.revoked_at,
              revoked_by: revoked.revoked_by,
              revocation_reason: revoked.revocation_reason,
              version: revoked.version,
            })
            .where("id", "=", row.id)
            .where(inOrganizationOf(principal))
            .where("version", "=", expected)
            .where("revoked_at", "is", null)
            .executeTakeFirst();
          if (Number(result.numUpdatedRows) !== 1) throw staleVersion();
          await request.audit.record(
            { action: "consent.revoke", outcome: "success", recordType: "consent", recordId: row.id },
            trx,
          );
        });
        return answerWithEntityTag(request, reply, revoked.version, viewOfConsent(revoked, today()));
      },
    }),
  ];
}
