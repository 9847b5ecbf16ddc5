import { createHash } from "node:crypto";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { z } from "zod";
import { serviceAccountOf } from "../access/access-control.js";
import { serviceAccount } from "../access/policy.js";
import { verifyAuditChains } from "../audit/audit-chain.js";
import { auditKeyInUse } from "../audit/audit-key.js";
import { storageTargets } from "../database/storage-targets.js";
import { addApiRoute } from "../routes/api-route.js";
import {
  type ClinicClient,
  expectStatus,
  IntegrationClient,
  openTestClinic,
  type TestClinic,
} from "../testing/test-clinic.js";

/** A route an integration calls with the `score` scope, as the FHIR operations do. */
function probeRoutes(app: FastifyInstance) {
  addApiRoute(app, {
    method: "POST",
    url: "/api/probe-scores",
    operationId: "probeScore",
    tag: "Service",
    summary: "Probe",
    description: "A test route that needs the score scope.",
    policy: serviceAccount("score"),
    body: z.strictObject({ points: z.number() }),
    responses: {
      200: { description: "Echo.", schema: z.object({ account: z.string(), points: z.number() }) },
    },
    handle: async ({ request, body }) => ({ account: serviceAccountOf(request).name, points: body.points }),
  });
}

describe.each(storageTargets(inject("postgresUrl")))("service accounts on $dialect", (target) => {
  describe.skipIf(!target.available)("keys, scopes, audit and disclosure", () => {
    let clinic: TestClinic;
    let admin: ClinicClient;
    let clinician: ClinicClient;
    let otherAdmin: ClinicClient;

    beforeAll(async () => {
      clinic = await openTestClinic(target, { routes: probeRoutes, serviceAccountRequestsPerMinute: 5 });
      admin = (
        await clinic.signedInAccount({ organization: "Hill Clinic", email: "admin@hill.test", role: "admin" })
      ).client;
      clinician = (
        await clinic.signedInAccount({
          organization: "Hill Clinic",
          email: "clinician@hill.test",
          role: "clinician",
        })
      ).client;
      otherAdmin = (
        await clinic.signedInAccount({
          organization: "Dale Program",
          email: "admin@dale.test",
          role: "admin",
        })
      ).client;
    });
    afterAll(async () => {
      await clinic?.close();
    });

    async function create(client: ClinicClient, body: unknown) {
      const created = await expectStatus(client.request("POST", "/api/service-accounts", body), 201);
      return {
        id: created.json().serviceAccount.id as string,
        integration: new IntegrationClient(clinic.app, created.json().key as string),
      };
    }

    it("shows the key once, keeps only its SHA-256, and lists the account without it", async () => {
      const created = await expectStatus(
        admin.request("POST", "/api/service-accounts", { name: "County EHR", scopes: ["score"] }),
        201,
      );
      const key = created.json().key as string;
      expect(key).toMatch(/^stepwise_sa_[A-Za-z0-9_-]{43}$/);
      const row = await clinic.opened.database.kysely
        .selectFrom("service_accounts")
        .selectAll()
        .where("id", "=", created.json().serviceAccount.id)
        .executeTakeFirstOrThrow();
      expect(row.key_digest).toBe(createHash("sha256").update(key).digest("hex"));
      expect(JSON.stringify(row)).not.toContain(key);
      const listed = await expectStatus(admin.request("GET", "/api/service-accounts"), 200);
      expect(listed.body).not.toContain(key);
      expect(listed.json().serviceAccounts).toEqual([
        expect.objectContaining({ name: "County EHR", scopes: ["score"], status: "active" }),
      ]);
      // Same name again in the same organization: 409 naming the field; another organization may use it.
      const again = await expectStatus(
        admin.request("POST", "/api/service-accounts", { name: "County EHR", scopes: ["assess"] }),
        409,
      );
      expect(again.json().errors).toEqual([expect.objectContaining({ field: "name" })]);
      await expectStatus(
        otherAdmin.request("POST", "/api/service-accounts", { name: "County EHR", scopes: ["score"] }),
        201,
      );
    });

    it("is for admins only, and names a bad field", async () => {
      await expectStatus(
        clinician.request("POST", "/api/service-accounts", { name: "X", scopes: ["score"] }),
        403,
      );
      await expectStatus(clinician.request("GET", "/api/service-accounts"), 403);
      const badScope = await expectStatus(
        admin.request("POST", "/api/service-accounts", { name: "X", scopes: ["everything"] }),
        400,
      );
      expect(JSON.stringify(badScope.json().errors)).toContain("scopes");
      const noRecipient = await expectStatus(
        admin.request("POST", "/api/service-accounts", { name: "X", scopes: ["records.read"] }),
        400,
      );
      expect(noRecipient.json().errors).toEqual([expect.objectContaining({ field: "recipientName" })]);
    });

    it("lets a key call what its scopes allow, with no CSRF token, and audits every use in the HMAC chain", async () => {
      const { id, integration } = await create(admin, { name: "Scorer", scopes: ["score"] });
      const answer = await expectStatus(integration.request("POST", "/api/probe-scores", { points: 7 }), 200);
      expect(answer.json()).toEqual({ account: "Scorer", points: 7 });
      const used = await clinic.opened.database.kysely
        .selectFrom("audit_events")
        .selectAll()
        .where("action", "=", "service-account.used")
        .where("record_id", "=", id)
        .execute();
      expect(used).toHaveLength(1);
      expect(used[0]?.actor_user_id).toBe(id);
      expect(used[0]?.detail).toBe("POST /api/probe-scores");
      const report = await verifyAuditChains(clinic.opened.database.kysely, auditKeyInUse());
      expect(report.broken).toBeNull();
      // The admin's audit view names the account as the actor.
      const log = await expectStatus(
        admin.request("GET", "/api/audit-events?action=service-account.used"),
        200,
      );
      expect(log.json().events[0]).toMatchObject({ actorUserId: id, actorName: "Scorer" });
    });

    it("refuses a key without the route's scope (403), a person-only route (403) and a missing key (401)", async () => {
      const { id, integration } = await create(admin, { name: "Assessor", scopes: ["assess"] });
      const refused = await expectStatus(
        integration.request("POST", "/api/probe-scores", { points: 1 }),
        403,
      );
      expect(refused.json().detail).toContain("score");
      expect(refused.headers["www-authenticate"]).toContain("insufficient_scope");
      await expectStatus(integration.request("GET", "/api/clients"), 403);
      const denied = await clinic.opened.database.kysely
        .selectFrom("audit_events")
        .select("detail")
        .where("action", "=", "access.denied")
        .where("actor_user_id", "=", id)
        .execute();
      expect(denied.map((row) => row.detail).sort()).toEqual([
        "GET /api/clients (people only)",
        "POST /api/probe-scores (needs score)",
      ]);
      // A signed-in person cannot call an integration's route with a session.
      await expectStatus(admin.request("POST", "/api/probe-scores", { points: 1 }), 401);
      const malformed = await expectStatus(
        clinic.app.inject({
          method: "POST",
          url: "/api/probe-scores",
          headers: { host: "clinic.test", authorization: "Basic abc" },
          payload: { points: 1 },
        }),
        401,
      );
      expect(malformed.json().errors).toEqual([expect.objectContaining({ field: "Authorization" })]);
      // A public route neither reads nor records a key (a load balancer's health check may send anything).
      await expectStatus(
        clinic.app.inject({
          method: "GET",
          url: "/api/health",
          headers: { host: "clinic.test", authorization: "Basic abc" },
        }),
        200,
      );
    });

    it("never lets a bearer request ride a session cookie", async () => {
      const { integration } = await create(admin, { name: "Cookie Rider", scopes: ["score"] });
      const mixed = await expectStatus(
        integration.request("POST", "/api/probe-scores", { points: 1 }, { cookie: admin.cookie ?? "" }),
        400,
      );
      expect(mixed.json().errors).toEqual([expect.objectContaining({ field: "Authorization" })]);
      // Nor can a key reach a person's route by adding the person's cookie.
      await expectStatus(
        integration.request("GET", "/api/users", undefined, { cookie: admin.cookie ?? "" }),
        400,
      );
    });

    it("stops an old key at once when a new one is issued, and every key when revoked", async () => {
      const { id, integration: first } = await create(admin, { name: "Rotating", scopes: ["score"] });
      const rotated = await expectStatus(admin.request("POST", `/api/service-accounts/${id}/key`), 200);
      const second = new IntegrationClient(clinic.app, rotated.json().key as string);
      const old = await expectStatus(first.request("POST", "/api/probe-scores", { points: 1 }), 401);
      expect(old.headers["www-authenticate"]).toContain("invalid_token");
      await expectStatus(second.request("POST", "/api/probe-scores", { points: 1 }), 200);
      // Another organization's admin cannot see, rotate or revoke it.
      await expectStatus(otherAdmin.request("POST", `/api/service-accounts/${id}/key`), 404);
      await expectStatus(otherAdmin.request("POST", `/api/service-accounts/${id}/revocation`), 404);
      const revoked = await expectStatus(
        admin.request("POST", `/api/service-accounts/${id}/revocation`),
        200,
      );
      expect(revoked.json().serviceAccount.status).toBe("revoked");
      await expectStatus(second.request("POST", "/api/probe-scores", { points: 1 }), 401);
      await expectStatus(admin.request("POST", `/api/service-accounts/${id}/key`), 409);
      const refused = await clinic.opened.database.kysely
        .selectFrom("audit_events")
        .select("action")
        .where("action", "=", "service-account.refused")
        .execute();
      expect(refused.length).toBeGreaterThanOrEqual(2);
    });

    it("limits each account's requests per minute, without slowing another account", async () => {
      const { integration: busy } = await create(admin, { name: "Busy", scopes: ["score"] });
      const { integration: quiet } = await create(admin, { name: "Quiet", scopes: ["score"] });
      for (let call = 0; call < 5; call++) {
        await expectStatus(busy.request("POST", "/api/probe-scores", { points: call }), 200);
      }
      await expectStatus(busy.request("POST", "/api/probe-scores", { points: 6 }), 429);
      await expectStatus(quiet.request("POST", "/api/probe-scores", { points: 1 }), 200);
    });

    describe("reading a stored client's records (42 CFR Part 2)", () => {
      let clientId: string;
      let coveringConsent: string;
      let otherRecipientConsent: string;

      beforeAll(async () => {
        const client = await expectStatus(
          clinician.request("POST", "/api/clients", { name: "Robin Vale" }),
          201,
        );
        clientId = client.json().id as string;
        const consent = (recipientName: string) =>
          expectStatus(
            clinician.request("POST", `/api/clients/${clientId}/consents`, {
              recipientName,
              information: ["identifiers", "decisions"],
              purpose: "treatment",
              signedOn: "2026-03-01",
              signedBy: "The client",
              expiresOn: "2027-03-01",
            }),
            201,
          );
        coveringConsent = (await consent("County  Health Exchange")).json().id as string;
        otherRecipientConsent = (await consent("Riverside Primary Care")).json().id as string;
      });

      it("discloses under a consent naming the account's recipient, and records the disclosure", async () => {
        const { id, integration } = await create(admin, {
          name: "Exchange feed",
          scopes: ["records.read"],
          recipientName: "county health exchange",
        });
        const disclosed = await expectStatus(
          integration.request("POST", `/api/clients/${clientId}/disclosures`, {
            consentId: coveringConsent,
            information: ["identifiers"],
            purpose: "treatment",
          }),
          201,
        );
        expect(disclosed.json().records.client.name).toBe("Robin Vale");
        expect(disclosed.json().notice).toContain("42 CFR part 2");
        expect(disclosed.json().disclosure).toMatchObject({ disclosedBy: id, consentId: coveringConsent });
        const accounting = await expectStatus(
          clinician.request("GET", `/api/clients/${clientId}/disclosures`),
          200,
        );
        expect(JSON.stringify(accounting.json())).toContain(id);
      });

      it("refuses a consent for another recipient, and an account without records.read", async () => {
        const { integration } = await create(admin, {
          name: "Exchange feed 2",
          scopes: ["records.read"],
          recipientName: "County Health Exchange",
        });
        const refused = await expectStatus(
          integration.request("POST", `/api/clients/${clientId}/disclosures`, {
            consentId: otherRecipientConsent,
            information: ["identifiers"],
            purpose: "treatment",
          }),
          403,
        );
        expect(refused.json().errors).toEqual([expect.objectContaining({ field: "consentId" })]);
        expect(refused.body).not.toContain("Robin Vale");
        const { integration: scorer } = await create(admin, { name: "Only scoring", scopes: ["score"] });
        await expectStatus(
          scorer.request("POST", `/api/clients/${clientId}/disclosures`, {
            consentId: coveringConsent,
            information: ["identifiers"],
            purpose: "treatment",
          }),
          403,
        );
        // Another organization's account does not see the client at all.
        const { integration: stranger } = await create(otherAdmin, {
          name: "Dale feed",
          scopes: ["records.read"],
          recipientName: "County Health Exchange",
        });
        await expectStatus(
          stranger.request("POST", `/api/clients/${clientId}/disclosures`, {
            consentId: coveringConsent,
            information: ["identifiers"],
            purpose: "treatment",
          }),
          404,
        );
      });
    });
  });
});
