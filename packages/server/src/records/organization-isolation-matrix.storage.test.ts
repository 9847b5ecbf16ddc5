import type { HTTPMethods } from "fastify";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { storageTargets } from "../database/storage-targets.js";
import { declaredRoutesOf } from "../openapi/openapi-routes.js";
import type { ApiRoute } from "../routes/api-route.js";
import { expectStatus, openTestClinic, type TestClinic } from "../testing/test-clinic.js";
import {
  type Organization,
  organizationWithStaff,
  pathValueFor,
  type RecordSet,
  recordSetOf,
  validBody,
  validQuery,
} from "./testing/records-fixtures.js";

const ROLES = ["admin", "clinician", "reviewer"] as const;
const RECORD_TABLES = [
  "users",
  "clients",
  "assessments",
  "level_of_care_decisions",
  "care_episodes",
  "care_episode_events",
  "consents",
  "disclosures",
  "organization_programs",
  "service_accounts",
] as const;

function urlFor(route: ApiRoute, ids: RecordSet): string {
  return route.url.replace(/:([A-Za-z]+)/g, (_whole, name: string) => {
    const value = (ids as unknown as Record<string, string>)[name];
    if (value === undefined) throw new Error(`The isolation matrix has no id for :${name} in ${route.url}.`);
    return value;
  });
}

/** Rows and versions of one organization's records: any write would change it. */
async function footprint(clinic: TestClinic, organizationId: string): Promise<string> {
  const parts: string[] = [];
  for (const table of RECORD_TABLES) {
    const rows = await clinic.opened.database.kysely
      .selectFrom(table)
      .selectAll()
      .where("organization_id", "=", organizationId)
      .orderBy("id")
      .execute();
    parts.push(`${table}:${JSON.stringify(rows)}`);
  }
  return parts.join("\n");
}

/**
 * Every route × every role × two organizations, both directions (docs/design/engineering.md
 * §3.6; ASVS 5.0 8.2.2, 8.4.1): a record of the other organization answers 404 to a role allowed the
 * route (403 to one that is not), an organization-wide list shows none of the other organization's
 * records, and nothing of the other organization changes. Generated from the app's declared routes, so a
 * new route is covered without being listed here.
 */
describe.each(storageTargets(inject("postgresUrl")))("records isolation matrix on $dialect", (target) => {
  describe.skipIf(!target.available)("two organizations", () => {
    let clinic: TestClinic;
    const organizations: Record<
      "north" | "south",
      { staff: Organization; ids: RecordSet; organizationId: string }
    > = {} as never;
    let routes: ApiRoute[] = [];

    beforeAll(async () => {
      clinic = await openTestClinic(target);
      for (const [key, name, clientName] of [
        ["north", "North Valley Clinic", "Nadia North"],
        ["south", "South Bay Program", "Samir South"],
      ] as const) {
        const staff = await organizationWithStaff(clinic, name);
        const ids = await recordSetOf(staff.clinician, clientName, staff.admin);
        const organization = await clinic.opened.database.kysely
          .selectFrom("clients")
          .select("organization_id")
          .where("id", "=", ids.clientId)
          .executeTakeFirstOrThrow();
        organizations[key] = { staff, ids, organizationId: organization.organization_id };
      }
      routes = declaredRoutesOf(clinic.app);
    });
    afterAll(async () => {
      await clinic?.close();
    });

    it("covers every registered route that names a record", () => {
      const registered = clinic.app.registeredRoutes
        .filter((route) => route.policy?.access === "signed-in" && /:[A-Za-z]+Id/.test(route.url))
        .map((route) => `${route.method === "HEAD" ? "GET" : route.method} ${route.url}`);
      const walked = new Set(
        routes.filter((route) => route.recordParam !== null).map((route) => `${route.method} ${route.url}`),
      );
      expect(registered.filter((route) => !walked.has(route))).toEqual([]);
      expect(walked).toContain("POST /api/users/:userId/disable");
      expect(routes.length).toBeGreaterThanOrEqual(40);
    });

    for (const [callerKey, ownerKey] of [
      ["north", "south"],
      ["south", "north"],
    ] as const) {
      for (const role of ROLES) {
        it(`a ${callerKey} ${role} can neither read nor write any ${ownerKey} record`, async () => {
          const caller = organizations[callerKey];
          const owner = organizations[ownerKey];
          const before = await footprint(clinic, owner.organizationId);
          const ownerClientName = ownerKey === "north" ? "Nadia North" : "Samir South";
          const outcomes: string[] = [];
          for (const route of routes) {
            const allowed =
              route.policy.access === "public" ||
              (route.policy.access === "signed-in" && route.policy.roles.includes(role));
            const headers = route.ifMatch ? { "if-match": '"v1"' } : {};
            if (route.recordParam !== null) {
              // The other organization's record in the path (and in the body).
              const response = await caller.staff[role].request(
                route.method as HTTPMethods,
                urlFor(route, owner.ids),
                validBody(route.operationId, owner.ids),
                headers,
              );
              outcomes.push(`${route.method} ${route.url}: ${response.statusCode}`);
              expect(response.statusCode, `${route.method} ${route.url}`).toBe(allowed ? 404 : 403);
              expect(response.body).not.toContain(ownerClientName);
              if (route.method === "GET") {
                const head = await caller.staff[role].request("HEAD", urlFor(route, owner.ids));
                expect(head.statusCode, `HEAD ${route.url}`).toBe(allowed ? 404 : 403);
              }
              // The caller's own record in the path, the other organization's ids in the body.
              const body = validBody(route.operationId, owner.ids);
              if (route.method !== "GET" && /[0-9a-f]{8}-[0-9a-f]{4}-/.test(JSON.stringify(body ?? {}))) {
                const mixed = await caller.staff[role].request(
                  route.method as HTTPMethods,
                  urlFor(route, caller.ids),
                  body,
                  headers,
                );
                expect(mixed.statusCode, `${route.method} ${route.url} with foreign ids in the body`).toBe(
                  allowed ? 422 : 403,
                );
                expect(mixed.body).not.toContain(ownerClientName);
              }
            } else if (route.method === "GET") {
              // An organization-wide list shows none of the other organization's records.
              // A path parameter that names no record (a FHIR Questionnaire's id) gets a real value.
              const url = route.url.replace(/:([A-Za-z]+)/g, (_whole, name: string) =>
                pathValueFor(route.operationId, name, caller.ids),
              );
              const response = await caller.staff[role].request("GET", url + validQuery(route.operationId));
              expect(response.statusCode, `GET ${route.url}`).toBe(allowed ? 200 : 403);
              // The audit log lists what this organization's people asked for, refused attempts included.
              const echoesAttempts = route.tag === "Audit log";
              for (const id of Object.values(owner.ids)) {
                if (!echoesAttempts) expect(response.body, `GET ${route.url}`).not.toContain(id);
              }
              expect(response.body).not.toContain(ownerClientName);
            }
          }
          expect(outcomes.length).toBeGreaterThan(15);
          expect(await footprint(clinic, owner.organizationId)).toBe(before);
        });
      }
    }

    it("stamps a new record with the caller's organization, whatever the request says", async () => {
      const north = organizations.north;
      const smuggled = await north.staff.clinician.request("POST", "/api/clients", {
        name: "Smuggled",
        organizationId: organizations.south.organizationId,
      });
      expect(smuggled.statusCode).toBe(400);
      expect(smuggled.json().errors[0].message).toContain("organizationId");
      const created = await expectStatus(
        north.staff.clinician.request("POST", "/api/clients", { name: "Stamped" }),
        201,
      );
      const row = await clinic.opened.database.kysely
        .selectFrom("clients")
        .select("organization_id")
        .where("id", "=", created.json().id)
        .executeTakeFirstOrThrow();
      expect(row.organization_id).toBe(north.organizationId);
    });
  });
});
