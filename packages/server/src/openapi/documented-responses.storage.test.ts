import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import type { HTTPMethods } from "fastify";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { totpCodeAt } from "../accounts/totp.js";
import { testCdsClient } from "../cds-hooks/cds-client-jwt.test-support.js";
import { storageTargets } from "../database/storage-targets.js";
import {
  type Organization,
  organizationWithStaff,
  pathValueFor,
  type RecordSet,
  recordSetOf,
  validBody,
  validQuery,
} from "../records/testing/records-fixtures.js";
import type { ApiRoute } from "../routes/api-route.js";
import {
  expectStatus,
  type IntegrationClient,
  integrationOf,
  openTestClinic,
  TEST_ORIGIN,
  type TestClinic,
} from "../testing/test-clinic.js";
import { openApiPath } from "./openapi-document.js";
import { declaredRoutesOf } from "./openapi-routes.js";

interface Answer {
  readonly route: ApiRoute;
  readonly status: number;
  readonly contentType: string;
  readonly payload: string | undefined;
}
type Operation = {
  responses: Record<string, { content?: Record<string, { schema: object }> }>;
};

/** Operations that end the caller's session or account; called last. */
const LAST = ["disableUser", "changePassword", "signOut"];

/**
 * The document tells the truth about answers too: every answer the server gives while people use the
 * whole API (sign-in with each second factor, accounts, the audit log, every record route) has a status
 * the document lists for that operation, the media type it lists, and a body its schema accepts, with
 * no field the schema does not name.
 */
describe.each(storageTargets(inject("postgresUrl")))("documented answers on $dialect", (target) => {
  describe.skipIf(!target.available)("every route in use", () => {
    let clinic: TestClinic;
    let staff: Organization;
    let ids: RecordSet;
    let integration: IntegrationClient;
    const answers: Answer[] = [];
    // The CDS Hooks services are called as an EHR calls them, with its signed JWT.
    const ehr = testCdsClient();

    beforeAll(async () => {
      clinic = await openTestClinic(target, {
        cdsClients: [ehr.client],
        routes: (app) =>
          app.addHook("onSend", async (request, reply, payload) => {
            const route = request.routeOptions.config.apiRoute;
            if (route !== undefined && request.method !== "HEAD") {
              answers.push({
                route,
                status: reply.statusCode,
                contentType: String(reply.getHeader("content-type") ?? "").split(";")[0] ?? "",
                // A route may answer with JSON it wrote as bytes (routes/api-route.ts WrittenJson).
                payload:
                  typeof payload === "string"
                    ? payload
                    : Buffer.isBuffer(payload)
                      ? payload.toString("utf8")
                      : undefined,
              });
            }
            return payload;
          }),
      });
      staff = await organizationWithStaff(clinic, "Documented Clinic");
      ids = await recordSetOf(staff.clinician, undefined, staff.admin);
      integration = await integrationOf(clinic, staff.admin);
    });
    afterAll(async () => {
      await clinic?.close();
    });

    it("answers only with documented statuses, media types and bodies", async () => {
      // Both second factors, from a fresh browser each time.
      const person = await clinic.signedInAccount({
        organization: "Documented Clinic",
        email: "second.factor@documented.test",
        role: "clinician",
      });
      for (const [path, code] of [
        ["/api/session/second-factor", totpCodeAt(person.totpSecret ?? "", clinic.clock.now())],
        ["/api/session/recovery-code", person.recoveryCodes[0] ?? ""],
        ["/api/session/cancel", undefined],
      ] as const) {
        const browser = clinic.client();
        await expectStatus(
          browser.request("POST", "/api/session", {
            email: "second.factor@documented.test",
            password: person.password,
          }),
          200,
        );
        const answer = await browser.request("POST", path, code === undefined ? undefined : { code });
        expect(answer.statusCode, `${path}: ${answer.body}`).toBeLessThan(300);
        clinic.clock.advanceSeconds(31);
      }

      const routes = declaredRoutesOf(clinic.app);
      const ordered = [
        ...routes.filter((route) => !LAST.includes(route.operationId)),
        ...LAST.map((operationId) => routes.find((route) => route.operationId === operationId)),
      ].filter((route) => route !== undefined);
      for (const route of ordered) {
        const caller =
          route.policy.access === "service-account"
            ? integration
            : route.policy.access === "signed-in" && !route.policy.roles.includes("clinician")
              ? staff.admin
              : staff.clinician;
        const url = route.url.replace(/:([A-Za-z]+)/g, (_whole, name: string) =>
          pathValueFor(route.operationId, name, ids),
        );
        const headers: Record<string, string> = {};
        if (route.cdsClientJwt === true)
          headers.authorization = `Bearer ${ehr.jwtFor(`${TEST_ORIGIN}${url}`, clinic.clock.now())}`;
        if (route.ifMatch) {
          // The ETag of the record the update names: the record's own address.
          const recordUrl = route.method === "PATCH" ? url : url.replace(/\/[a-z-]+$/, "");
          const read = await caller.request("GET", recordUrl);
          headers["if-match"] = String(read.headers.etag ?? '"v1"');
        }
        await caller.request(
          route.method as HTTPMethods,
          url + validQuery(route.operationId),
          validBody(route.operationId, ids),
          headers,
        );
      }

      const document = (await clinic.app.inject({ method: "GET", url: "/openapi.json" })).json() as {
        paths: Record<string, Record<string, Operation>>;
        components: { schemas: { Problem: object; OperationOutcome: object } };
      };
      // The document's only reference (openapi-document.test.ts), resolved for the validator.
      const resolved = (schema: object) =>
        JSON.parse(
          JSON.stringify(schema)
            .replaceAll(
              '{"$ref":"#/components/schemas/Problem"}',
              JSON.stringify(document.components.schemas.Problem),
            )
            .replaceAll(
              '{"$ref":"#/components/schemas/OperationOutcome"}',
              JSON.stringify(document.components.schemas.OperationOutcome),
            ),
        ) as object;
      const ajv = new Ajv2020({ strict: false, allErrors: true });
      addFormats(ajv);
      const problems: string[] = [];
      for (const answer of answers) {
        const where = `${answer.route.method} ${answer.route.url} → ${answer.status}`;
        const operation = document.paths[openApiPath(answer.route.url)]?.[answer.route.method.toLowerCase()];
        const documented = operation?.responses[String(answer.status)];
        if (documented === undefined) {
          problems.push(`${where}: status not documented (${answer.payload?.slice(0, 120)})`);
          continue;
        }
        if (documented.content === undefined) {
          if (answer.payload !== undefined && answer.payload !== "")
            problems.push(`${where}: body not documented`);
          continue;
        }
        const media = documented.content[answer.contentType];
        if (media === undefined) {
          problems.push(`${where}: ${answer.contentType} not documented`);
          continue;
        }
        if (!answer.contentType.includes("json")) continue;
        const validate = ajv.compile(resolved(media.schema));
        if (!validate(JSON.parse(answer.payload ?? "null"))) {
          problems.push(`${where}: ${JSON.stringify(validate.errors?.slice(0, 3))}`);
        }
      }
      expect(problems).toEqual([]);
      const succeeded = new Set(
        answers.filter((answer) => answer.status < 300).map((answer) => answer.route.operationId),
      );
      // The walk reached the handlers of nearly every route, not only their gates.
      expect(succeeded.size).toBeGreaterThanOrEqual(routes.length - 8);
    });
  });
});
