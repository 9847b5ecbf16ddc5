import { Writable } from "node:stream";
import fc from "fast-check";
import type { HTTPMethods } from "fastify";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { storageTargets } from "../database/storage-targets.js";
import { isFhirPath } from "../fhir/fhir-paths.js";
import { declaredRoutesOf } from "../openapi/openapi-routes.js";
import type { ApiRoute } from "../routes/api-route.js";
import { type ClinicClient, openTestClinic, type TestClinic } from "../testing/test-clinic.js";
import {
  organizationWithStaff,
  pathValueFor,
  type RecordSet,
  recordSetOf,
  validBody,
} from "./testing/records-fixtures.js";

/** Operations that end the caller's own session (sign-out; a wrong current password locks the account). */
const ENDS_OWN_SESSION = new Set(["signOut", "changePassword"]);

const nastyStrings = fc.constantFrom(
  "' OR '1'='1",
  "'; DROP TABLE clients; --",
  "Robert'); DELETE FROM assessments; --",
  "1; SELECT pg_sleep(5)",
  "\u0000",
  "a\u0000b",
  "\uD800",
  "\uDFFF\uD800",
  "\u202Eevil\u202C",
  "𝕊𝕥𝕖𝕡𝕨𝕚𝕤𝕖 👩🏽‍⚕️",
  "Z̸̡̢͓̈́a̶͚̾l̷̞͠g̸̱̈o̷̪̊",
  "\uFEFF",
  "%00",
  "../../etc/passwd",
  "<script>alert(1)</script>",
  "{{7*7}}",
  "__proto__",
  "constructor",
  "9".repeat(400),
  "x".repeat(70_000),
);
const oddString = fc.oneof(
  nastyStrings,
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({
    unit: fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code)),
    maxLength: 4,
  }),
);
const wrongValue = fc.oneof(
  oddString,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 5 }),
  fc.dictionary(oddString, fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 }),
);

/** Percent-encodes like encodeURIComponent, and writes a lone surrogate as the invalid UTF-8 bytes it would be. */
function percentEncode(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return [...text]
      .map((character) => {
        try {
          return encodeURIComponent(character);
        } catch {
          return "%ED%A0%80";
        }
      })
      .join("");
  }
}

type Payload =
  | { readonly kind: "none" }
  | { readonly kind: "json"; readonly value: unknown }
  | { readonly kind: "text"; readonly text: string };

/** A valid body with one field replaced, a random JSON value, broken JSON, deep nesting, or an oversized body. */
function payloadFor(operationId: string, ids: RecordSet, bodyLimit: number): fc.Arbitrary<Payload> {
  const valid = validBody(operationId, ids);
  const fields = valid !== null && typeof valid === "object" ? Object.keys(valid) : [];
  return fc.oneof(
    fc.constant<Payload>({ kind: "none" }),
    fc.jsonValue({ maxDepth: 4 }).map<Payload>((value) => ({ kind: "json", value })),
    fields.length === 0
      ? fc.constant<Payload>({ kind: "json", value: valid ?? {} })
      : fc
          .tuple(fc.constantFrom(...fields, "unexpected", "organizationId", "__proto__"), wrongValue)
          .map<Payload>(([field, value]) => ({
            kind: "text",
            text: JSON.stringify({ ...(valid as object) }).replace(
              /^\{/,
              `{${JSON.stringify(field)}:${JSON.stringify(value) ?? "null"},`,
            ),
          })),
    fc
      .tuple(
        fc.constantFrom(
          '{"name":',
          "{name: 1}",
          "[1,2",
          '{"a":1}}',
          "nul",
          "\u0000",
          "{'a':1}",
          '"\\ud800"',
          "1e99999",
        ),
        oddString,
      )
      .map<Payload>(([start, tail]) => ({ kind: "text", text: start + tail })),
    fc
      .tuple(fc.integer({ min: 500, max: 100_000 }), fc.constantFrom("[", '{"answers":'))
      .map<Payload>(([depth, opener]) => ({
        kind: "text",
        text: opener.repeat(depth) + (opener === "[" ? "]" : "}").repeat(depth),
      })),
    fc.integer({ min: 1, max: 4096 }).map<Payload>((extra) => ({
      kind: "text",
      text: JSON.stringify({ name: "x".repeat(bodyLimit + extra) }),
    })),
  );
}

/**
 * Property-based bad input to every route of the API (docs/design/engineering.md §3.5): malformed JSON,
 * wrong types, oversized and deeply nested bodies, odd Unicode and SQL-looking strings in the body,
 * the path and the query, signed in and not. No answer may be a 5xx, every error is a problem
 * document, no request logs an error, and the server still answers afterwards.
 */
describe.each(storageTargets(inject("postgresUrl")))("the API under bad input on $dialect", (target) => {
  describe.skipIf(!target.available)("every route", () => {
    let clinic: TestClinic;
    let callers: Record<"signedOut" | "clinician" | "reviewer" | "noCsrf", ClinicClient>;
    let ids: RecordSet;
    let routes: ApiRoute[] = [];
    let staffNumber = 0;
    const errorLines: string[] = [];

    beforeAll(async () => {
      clinic = await openTestClinic(target, {
        logger: {
          level: "error",
          stream: new Writable({
            write(chunk: Buffer, _encoding, done) {
              errorLines.push(chunk.toString());
              done();
            },
          }),
        },
      });
      const staff = await organizationWithStaff(clinic, "Fuzz Clinic");
      ids = await recordSetOf(staff.clinician, undefined, staff.admin);
      const noCsrf = await organizationWithStaff(clinic, "Fuzz Clinic");
      noCsrf.clinician.csrfToken = undefined;
      callers = {
        signedOut: clinic.client(),
        clinician: staff.clinician,
        reviewer: staff.reviewer,
        noCsrf: noCsrf.clinician,
      };
      routes = declaredRoutesOf(clinic.app);
    });

    /** A signed-in caller that may lose its session: a fresh one for the routes that end it. */
    async function callerFor(route: ApiRoute, key: keyof typeof callers): Promise<ClinicClient> {
      if (!ENDS_OWN_SESSION.has(route.operationId) || key === "signedOut") return callers[key];
      staffNumber += 1;
      const spare = await clinic.signedInAccount({
        organization: "Fuzz Clinic",
        email: `spare-${staffNumber}@fuzz.test`,
        role: key === "reviewer" ? "reviewer" : "clinician",
      });
      if (key === "noCsrf") spare.client.csrfToken = undefined;
      return spare.client;
    }
    afterAll(async () => {
      await clinic?.close();
    });

    it("answers every malformed request with a 4xx problem document and never a 5xx", async () => {
      const statuses = new Map<number, number>();
      const request = fc.record({
        call: fc
          .integer({ min: 0, max: Math.max(routes.length - 1, 0) })
          .chain((routeIndex) =>
            fc.tuple(
              fc.constant(routeIndex),
              payloadFor(routes[routeIndex]?.operationId ?? "", ids, routes[routeIndex]?.bodyLimit ?? 0),
            ),
          ),
        caller: fc.constantFrom(
          "signedOut",
          "clinician",
          "clinician",
          "clinician",
          "reviewer",
          "noCsrf",
        ) as fc.Arbitrary<keyof typeof callers>,
        pathValue: fc.oneof(
          fc.constant<string | null>(null),
          oddString.map((text) => percentEncode(text)),
          fc.constantFrom("%E0%A4%A", "%", "%00", "..%2F..%2F", "00000000-0000-0000-0000-000000000000"),
        ),
        query: fc.oneof(
          fc.constant(""),
          fc
            .tuple(fc.constantFrom("limit", "cursor", "extra", "limit[]"), oddString)
            .map(([key, value]) => `?${key}=${percentEncode(value)}`),
          fc.constantFrom(
            "?limit=-1",
            "?limit=1e9",
            "?cursor=WyJhIiwiYiJd",
            "?cursor=WyJcdTAwMDAiLCJ4Il0",
            "?limit=2&limit=3",
          ),
        ),
        ifMatch: fc.option(
          fc.oneof(
            fc.constantFrom('"v1"', '"v999999999999"', "*", 'W/"v1"', ""),
            oddString.map(percentEncode),
          ),
          {
            nil: undefined,
          },
        ),
      });
      await fc.assert(
        fc.asyncProperty(request, async (input) => {
          const [routeIndex, payload] = input.call;
          const route = routes[routeIndex];
          if (route === undefined) return;
          const url =
            route.url.replace(
              /:([A-Za-z]+)/g,
              (_whole, name: string) => input.pathValue ?? pathValueFor(route.operationId, name, ids),
            ) + input.query;
          const headers: Record<string, string> = {};
          if (input.ifMatch !== undefined) headers["if-match"] = input.ifMatch;
          if (payload.kind === "text") headers["content-type"] = "application/json";
          const caller = await callerFor(route, input.caller);
          const response = await caller.request(
            route.method as HTTPMethods,
            url,
            payload.kind === "none" ? undefined : payload.kind === "json" ? payload.value : payload.text,
            headers,
          );
          statuses.set(response.statusCode, (statuses.get(response.statusCode) ?? 0) + 1);
          expect(response.statusCode, `${route.method} ${url}: ${response.body.slice(0, 300)}`).toBeLessThan(
            500,
          );
          if (response.statusCode >= 400) {
            // Under /fhir the same problem is a FHIR OperationOutcome (problem.ts).
            expect(response.headers["content-type"]).toContain(
              isFhirPath(route.url) ? "application/fhir+json" : "application/problem+json",
            );
            expect(response.body).not.toMatch(/at .+\.(ts|js):\d+/);
          }
        }),
        { numRuns: 400 },
      );
      // The run reached the handlers and their rules, not only the gate.
      expect([...statuses.keys()].filter((status) => status >= 200 && status < 300).length).toBeGreaterThan(
        0,
      );
      expect(statuses.get(400) ?? 0).toBeGreaterThan(20);
      expect(errorLines).toEqual([]);
      const health = await clinic.app.inject({ method: "GET", url: "/api/health" });
      expect(health.statusCode).toBe(200);
    });
  });
});
