import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { storageTargets } from "../database/storage-targets.js";
import { expectStatus, IntegrationClient, openTestClinic, type TestClinic } from "../testing/test-clinic.js";

const response = JSON.parse(
  readFileSync(
    new URL("../../../../fixtures/fhir/us-core/QuestionnaireResponse-phq-9-example.json", import.meta.url),
    "utf8",
  ),
) as Record<string, unknown>;

/**
 * The FHIR endpoints on each database: they store nothing, but their per-address limit is kept in the
 * database in batches (access/shared-rate-limit-store.ts), so every instance counts the same calls.
 */
describe.each(storageTargets(inject("postgresUrl")))("FHIR endpoints on $dialect", (target) => {
  describe.skipIf(!target.available)("metadata, scoring and the shared limit", () => {
    let clinic: TestClinic;
    beforeAll(async () => {
      clinic = await openTestClinic(target, { fhirRequestsPerMinute: 3 });
    });
    afterAll(async () => {
      await clinic?.close();
    });

    it("serves, scores, and then answers 429 as an OperationOutcome once the limit is spent", async () => {
      const client = clinic.client();
      const metadata = await client.request("GET", "/fhir/metadata");
      expect(metadata.statusCode).toBe(200);
      expect(metadata.json().resourceType).toBe("CapabilityStatement");
      const scored = await client.request("POST", "/fhir/QuestionnaireResponse/$score", response);
      expect(scored.statusCode).toBe(200);
      expect(scored.json().entry[0].resource.valueQuantity.value).toBe(12);
      const assessed = await client.request("POST", "/fhir/$assess", {
        resourceType: "Parameters",
        parameter: [{ name: "response", resource: response }],
      });
      expect(assessed.statusCode).toBe(200);
      // Each route counts its own calls (like the program finder): two more reads of metadata are allowed.
      for (let call = 0; call < 2; call += 1)
        expect((await client.request("GET", "/fhir/metadata")).statusCode).toBe(200);
      const limited = await client.request("GET", "/fhir/metadata");
      expect(limited.statusCode).toBe(429);
      expect(limited.headers["content-type"]).toMatch(/^application\/fhir\+json/);
      expect(limited.json().issue[0].code).toBe("throttled");
      // Nothing sent was kept: no table holds a row from these calls but the limiter's.
      const rows = await clinic.opened.database.kysely.selectFrom("audit_events").select("id").execute();
      expect(rows).toEqual([]);
    });
  });

  describe.skipIf(!target.available)("with a service account's key", () => {
    let clinic: TestClinic;
    beforeAll(async () => {
      clinic = await openTestClinic(target, { fhirRequestsPerMinute: 2, serviceAccountRequestsPerMinute: 5 });
    });
    afterAll(async () => {
      await clinic?.close();
    });

    it("admits a key with the score scope under its own limit and audit line; refuses a bad key as an OperationOutcome", async () => {
      const admin = (
        await clinic.signedInAccount({
          organization: "Lake Program",
          email: "admin@lake.test",
          role: "admin",
        })
      ).client;
      const created = await expectStatus(
        admin.request("POST", "/api/service-accounts", { name: "County EHR", scopes: ["score"] }),
        201,
      );
      const integration = new IntegrationClient(clinic.app, created.json().key as string);
      // Without a key: the address's limit (2 a minute here).
      const anonymous = clinic.client();
      for (let call = 0; call < 2; call += 1)
        expect(
          (await anonymous.request("POST", "/fhir/QuestionnaireResponse/$score", response)).statusCode,
        ).toBe(200);
      expect(
        (await anonymous.request("POST", "/fhir/QuestionnaireResponse/$score", response)).statusCode,
      ).toBe(429);
      // The same address with the account's key is counted as the account.
      const scored = await integration.request("POST", "/fhir/QuestionnaireResponse/$score", response);
      expect(scored.statusCode).toBe(200);
      expect(scored.json().entry[0].resource.valueQuantity.value).toBe(12);
      const used = await clinic.opened.database.kysely
        .selectFrom("audit_events")
        .select(["action", "detail", "actor_user_id"])
        .where("action", "=", "service-account.used")
        .execute();
      expect(used).toEqual([
        {
          action: "service-account.used",
          detail: "POST /fhir/QuestionnaireResponse/$score",
          actor_user_id: created.json().serviceAccount.id,
        },
      ]);
      // The account lacks the assess scope: 403, as an OperationOutcome.
      const assess = await integration.request("POST", "/fhir/$assess", {
        resourceType: "Parameters",
        parameter: [{ name: "response", resource: response }],
      });
      expect(assess.statusCode).toBe(403);
      expect(assess.headers["content-type"]).toMatch(/^application\/fhir\+json/);
      expect(assess.json().resourceType).toBe("OperationOutcome");
      expect(JSON.stringify(assess.json().issue)).toContain("assess scope");
      // A key that is not valid is refused, not ignored: 401 as an OperationOutcome.
      const wrong = new IntegrationClient(clinic.app, "stepwise_sa_not-a-real-key");
      const refused = await wrong.request("POST", "/fhir/QuestionnaireResponse/$score", response);
      expect(refused.statusCode).toBe(401);
      expect(refused.headers["content-type"]).toMatch(/^application\/fhir\+json/);
      expect(refused.json().resourceType).toBe("OperationOutcome");
    });
  });
});
