import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { storageTargets } from "../database/storage-targets.js";
import { expectStatus, openTestClinic, type TestClinic } from "../testing/test-clinic.js";
import { type Organization, organizationWithStaff } from "./testing/records-fixtures.js";

const consentFor = (signedOn: string) => ({
  recipientName: "Dr. Sam Okafor, Riverside Primary Care",
  information: ["identifiers", "episodes"],
  purpose: "treatment",
  signedOn,
  expiresOn: "2027-03-01",
  signedBy: "Jordan Lee",
});

/**
 * The parts of a consent a printed form needs (42 CFR 2.31: who signed), a revocation's reason, and the
 * accounting of disclosures for a period (42 CFR 2.24), as the clinic's consent screen uses them.
 */
describe.each(storageTargets(inject("postgresUrl")))("consent details on $dialect", (target) => {
  describe.skipIf(!target.available)("signer, revocation reason and the accounting by days", () => {
    let clinic: TestClinic;
    let riverside: Organization;
    beforeAll(async () => {
      clinic = await openTestClinic(target);
      riverside = await organizationWithStaff(clinic, "Riverside Recovery");
    });
    afterAll(async () => {
      await clinic?.close();
    });

    it("needs who signed, keeps it, and keeps the reason a consent was revoked", async () => {
      const clinician = riverside.clinician;
      const client = await expectStatus(
        clinician.request("POST", "/api/clients", { name: "Jordan Lee" }),
        201,
      );
      const clientId = client.json().id as string;

      const { signedBy: _left, ...unsigned } = consentFor("2026-03-02");
      const refused = await clinician.request("POST", `/api/clients/${clientId}/consents`, unsigned);
      expect(refused.statusCode).toBe(400);
      expect(refused.json().errors.map((error: { field: string }) => error.field)).toContain("signedBy");

      const consent = await expectStatus(
        clinician.request("POST", `/api/clients/${clientId}/consents`, {
          ...consentFor("2026-03-02"),
          signedBy: "Pat Lee, parent",
        }),
        201,
      );
      expect(consent.json()).toMatchObject({ signedBy: "Pat Lee, parent", status: "active", version: 1 });
      const consentId = consent.json().id as string;

      const noReason = await clinician.request(
        "POST",
        `/api/consents/${consentId}/revocation`,
        {},
        { "if-match": '"v1"' },
      );
      expect(noReason.statusCode).toBe(400);
      expect(noReason.json().errors[0].field).toBe("reason");

      const revoked = await expectStatus(
        clinician.request(
          "POST",
          `/api/consents/${consentId}/revocation`,
          { reason: "The client asked to stop sharing." },
          { "if-match": '"v1"' },
        ),
        200,
      );
      expect(revoked.json()).toMatchObject({
        status: "revoked",
        revocationReason: "The client asked to stop sharing.",
        version: 2,
      });
      const listed = await expectStatus(
        riverside.reviewer.request("GET", `/api/clients/${clientId}/consents`),
        200,
      );
      expect(listed.json().items).toEqual([
        expect.objectContaining({
          signedBy: "Pat Lee, parent",
          status: "revoked",
          revocationReason: "The client asked to stop sharing.",
        }),
      ]);
    });

    it("gives the accounting of disclosures for the days asked, both days included", async () => {
      const clinician = riverside.clinician;
      const client = await expectStatus(
        clinician.request("POST", "/api/clients", { name: "Casey Moreno" }),
        201,
      );
      const clientId = client.json().id as string;
      const today = clinic.clock.now().toISOString().slice(0, 10);
      const consent = await expectStatus(
        clinician.request("POST", `/api/clients/${clientId}/consents`, consentFor(today)),
        201,
      );
      const disclose = (person: typeof clinician, information: string[]) =>
        expectStatus(
          person.request("POST", `/api/clients/${clientId}/disclosures`, {
            consentId: consent.json().id,
            information,
            purpose: "treatment",
          }),
          201,
        );
      await disclose(clinician, ["identifiers"]);

      // Two days later (a new sign-in: the first session has timed out) a second disclosure.
      clinic.clock.advanceMinutes(2 * 24 * 60);
      const later = (
        await clinic.signedInAccount({
          organization: riverside.name,
          email: "second-clinician@riverside.test",
          role: "clinician",
        })
      ).client;
      const laterDay = clinic.clock.now().toISOString().slice(0, 10);
      await disclose(later, ["episodes"]);

      const accounting = async (query: string) =>
        (await expectStatus(later.request("GET", `/api/clients/${clientId}/disclosures${query}`), 200))
          .json()
          .items.map((item: { information: string[] }) => item.information[0]);
      expect(await accounting("")).toEqual(["identifiers", "episodes"]);
      expect(await accounting(`?from=${today}&to=${today}`)).toEqual(["identifiers"]);
      expect(await accounting(`?from=${laterDay}`)).toEqual(["episodes"]);
      expect(await accounting(`?to=${laterDay}`)).toEqual(["identifiers", "episodes"]);

      const backwards = await later.request(
        "GET",
        `/api/clients/${clientId}/disclosures?from=${laterDay}&to=${today}`,
      );
      expect(backwards.statusCode).toBe(400);
      expect(backwards.json().errors[0].field).toBe("to");
      const notADay = await later.request("GET", `/api/clients/${clientId}/disclosures?from=2026-02-30`);
      expect(notADay.statusCode).toBe(400);
      expect(notADay.json().errors[0].field).toBe("from");
    });
  });
});
