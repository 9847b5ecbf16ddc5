import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { storageTargets } from "../database/storage-targets.js";
import { openTestClinic, type TestClinic } from "../testing/test-clinic.js";

const response = JSON.parse(
  readFileSync(
    new URL("../../../../fixtures/fhir/us-core/QuestionnaireResponse-phq-9-example.json", import.meta.url),
    "utf8",
  ),
) as Record<string, unknown>;

/**
 * The FHIR endpoints on each database: they store nothing, but their per-address limit is kept in the
 * database (access/shared-rate-limit-store.ts), so every instance counts the same calls.
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
});
