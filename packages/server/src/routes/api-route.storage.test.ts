import type { HTTPMethods } from "fastify";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { storageTargets } from "../database/storage-targets.js";
import { isFhirPath } from "../fhir/fhir-paths.js";
import { declaredRoutesOf } from "../openapi/openapi-routes.js";
import {
  type Organization,
  organizationWithStaff,
  pathValueFor,
  type RecordSet,
  recordSetOf,
  validBody,
} from "../records/testing/records-fixtures.js";
import {
  type ClinicClient,
  expectStatus,
  type IntegrationClient,
  integrationOf,
  openTestClinic,
  type TestClinic,
} from "../testing/test-clinic.js";
import type { ApiRoute } from "./api-route.js";

/**
 * What every declared route does before its handler runs: an unknown query parameter is refused with a
 * 400 problem naming it (a typo in `?limti=` must not silently change nothing), for a caller the route
 * allows and with an otherwise valid request, and nothing happens.
 */
describe.each(storageTargets(inject("postgresUrl")))("every route's declared query on $dialect", (target) => {
  describe.skipIf(!target.available)("unknown query parameters", () => {
    let clinic: TestClinic;
    let staff: Organization;
    let ids: RecordSet;
    let signingIn: ClinicClient;
    let integration: IntegrationClient;

    beforeAll(async () => {
      clinic = await openTestClinic(target);
      staff = await organizationWithStaff(clinic, "Query Clinic");
      ids = await recordSetOf(staff.clinician, undefined, staff.admin);
      integration = await integrationOf(clinic, staff.admin);
      // A person who gave the right password and still has to set up an authenticator app.
      const { linkToken } = await clinic.addAccount({
        organization: "Query Clinic",
        email: "new.clinician@query.test",
        role: "clinician",
      });
      signingIn = clinic.client();
      await expectStatus(
        signingIn.request("POST", "/api/password-links/use", {
          token: linkToken,
          password: "lantern meadow copper violin",
        }),
        200,
      );
      const signIn = await expectStatus(
        signingIn.request("POST", "/api/session", {
          email: "new.clinician@query.test",
          password: "lantern meadow copper violin",
        }),
        200,
      );
      expect(signIn.json().stage).toBe("enrolment");
    });
    afterAll(async () => {
      await clinic?.close();
    });

    function callerFor(route: ApiRoute): Pick<ClinicClient, "request"> {
      if (route.policy.access === "public") return clinic.client();
      if (route.policy.access === "service-account") return integration;
      if (route.policy.access === "signing-in") return signingIn;
      const role = (["clinician", "admin", "reviewer"] as const).find((candidate) =>
        route.policy.access === "signed-in" ? route.policy.roles.includes(candidate) : false,
      );
      return staff[role ?? "clinician"];
    }

    it("answers 400 naming the parameter, before the route does anything", async () => {
      const routes = declaredRoutesOf(clinic.app);
      expect(routes.length).toBeGreaterThan(40);
      // A service account's call is audited when it is admitted, before its query is read; nothing else may be.
      const auditRows = async () =>
        (
          await clinic.opened.database.kysely
            .selectFrom("audit_events")
            .select("id")
            .where("action", "!=", "service-account.used")
            .execute()
        ).length;
      const before = await auditRows();
      for (const route of routes) {
        const url = route.url.replace(/:([A-Za-z]+)/g, (_whole, name: string) =>
          pathValueFor(route.operationId, name, ids),
        );
        const response = await callerFor(route).request(
          route.method as HTTPMethods,
          `${url}?unexpected=1`,
          validBody(route.operationId, ids),
          route.ifMatch ? { "if-match": '"v1"' } : {},
        );
        const where = `${route.method} ${route.url}`;
        expect(response.statusCode, `${where}: ${response.body.slice(0, 200)}`).toBe(400);
        if (isFhirPath(route.url)) {
          // Under /fhir the same problem is a FHIR OperationOutcome naming the parameter (problem.ts).
          expect(response.headers["content-type"], where).toContain("application/fhir+json");
          expect(response.json().issue, where).toContainEqual(
            expect.objectContaining({
              expression: ["unexpected"],
              details: { text: expect.stringContaining("unexpected") },
            }),
          );
          continue;
        }
        expect(response.headers["content-type"], where).toContain("application/problem+json");
        expect(response.json().errors, where).toContainEqual({
          field: "unexpected",
          message: expect.stringContaining("unexpected"),
        });
      }
      // Refused before any handler ran: nothing was written, not even an audit line.
      expect(await auditRows()).toBe(before);
      // The people who called are still signed in (sign-out and password change did not run).
      await expectStatus(staff.clinician.request("GET", "/api/clients"), 200);
    });
  });
});
