import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { storageTargets } from "../database/storage-targets.js";
import { expectStatus, openTestClinic, type TestClinic } from "../testing/test-clinic.js";
import { totpCodeAt } from "./totp.js";

/** One address with an account in two organizations, each with its own password and second factor. */
describe.each(storageTargets(inject("postgresUrl")))(
  "one address in several organizations on $dialect",
  (target) => {
    describe.skipIf(!target.available)("accounts per organization", () => {
      let clinic: TestClinic;
      beforeAll(async () => {
        clinic = await openTestClinic(target);
      });
      afterAll(async () => {
        await clinic?.close();
      });

      it("lets an admin add an address used in another organization, answering exactly as for a new address", async () => {
        await clinic.signedInAccount({
          organization: "North Clinic",
          email: "sam@shared.example",
          role: "clinician",
        });
        const admin = await clinic.signedInAccount({
          organization: "South Clinic",
          email: "boss@south.example",
          role: "admin",
        });
        const used = await admin.client.request("POST", "/api/users", {
          email: "sam@shared.example",
          displayName: "Sam",
          role: "clinician",
        });
        const fresh = await admin.client.request("POST", "/api/users", {
          email: "new.person@shared.example",
          displayName: "New",
          role: "clinician",
        });
        expect(used.statusCode).toBe(201);
        expect(fresh.statusCode).toBe(201);
        expect(Object.keys(used.json()).sort()).toEqual(Object.keys(fresh.json()).sort());
        expect(JSON.stringify(used.json())).not.toContain("North");
        // The same address twice in one organization is still refused, naming only this organization's account.
        const again = await admin.client.request("POST", "/api/users", {
          email: "sam@shared.example",
          displayName: "Sam again",
          role: "reviewer",
        });
        expect(again.statusCode).toBe(409);
        expect(again.json().errors).toEqual([{ field: "email", message: expect.any(String) }]);
      });

      it("opens the account whose password was given, and asks which organization when one password opens two", async () => {
        const north = await clinic.signedInAccount({
          organization: "North Clinic",
          email: "kim@shared.example",
          role: "clinician",
          password: "north harbor maple window",
        });
        const south = await clinic.signedInAccount({
          organization: "South Clinic",
          email: "kim@shared.example",
          role: "clinician",
          password: "north harbor maple window",
        });
        const browser = clinic.client();
        const first = await expectStatus(
          browser.request("POST", "/api/session", {
            email: "kim@shared.example",
            password: "north harbor maple window",
          }),
          200,
        );
        expect(first.json()).toEqual({
          stage: "choose-organization",
          organizations: [
            { id: expect.any(String), name: "North Clinic" },
            { id: expect.any(String), name: "South Clinic" },
          ],
        });
        expect(browser.cookie).toBeUndefined();
        const southId = (first.json().organizations as Array<{ id: string; name: string }>).find(
          (organization) => organization.name === "South Clinic",
        )?.id;
        const chosen = await expectStatus(
          browser.request("POST", "/api/session", {
            email: "kim@shared.example",
            password: "north harbor maple window",
            organization: southId,
          }),
          200,
        );
        expect(chosen.json().stage).toBe("second-factor");
        await expectStatus(
          browser.request("POST", "/api/session/second-factor", {
            code: totpCodeAt(south.totpSecret ?? "", clinic.clock.now()),
          }),
          200,
        );
        const session = (await browser.request("GET", "/api/session")).json();
        expect(session.organization.name).toBe("South Clinic");
        expect(session.user.id).toBe(south.userId);
        expect(session.user.id).not.toBe(north.userId);
        clinic.clock.advanceSeconds(31);
      });

      it("opens only the organization whose password matches when the passwords differ", async () => {
        await clinic.signedInAccount({
          organization: "North Clinic",
          email: "lou@shared.example",
          role: "clinician",
          password: "granite meadow copper kite",
        });
        const south = await clinic.signedInAccount({
          organization: "South Clinic",
          email: "lou@shared.example",
          role: "clinician",
          password: "violet canyon ember tide",
        });
        const browser = clinic.client();
        const signIn = await expectStatus(
          browser.request("POST", "/api/session", {
            email: "lou@shared.example",
            password: "violet canyon ember tide",
          }),
          200,
        );
        expect(signIn.json().stage).toBe("second-factor");
        await expectStatus(
          browser.request("POST", "/api/session/second-factor", {
            code: totpCodeAt(south.totpSecret ?? "", clinic.clock.now()),
          }),
          200,
        );
        expect((await browser.request("GET", "/api/session")).json().organization.name).toBe("South Clinic");
        clinic.clock.advanceSeconds(31);
      });
    });
  },
);
