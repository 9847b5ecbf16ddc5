import { generateKeyPairSync, randomUUID, sign } from "node:crypto";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../app.js";
import { migrateToLatest, openDatabase, type StepwiseDatabase } from "../database/connection.js";
import { movableClock } from "../testing/test-clinic.js";

const fixtures = new URL("../../../../fixtures/fhir/", import.meta.url);
const fixture = (path: string) =>
  JSON.parse(readFileSync(new URL(path, fixtures), "utf8")) as Record<string, unknown>;

const ISSUER = "https://ehr.example.org";
const SERVICE = "http://stepwise.test/cds-services/stepwise-level-of-care";
const INTAKE_SERVICE = "http://stepwise.test/cds-services/stepwise-intake-level-of-care";
const { privateKey, publicKey } = generateKeyPairSync("ec", { namedCurve: "P-384" });
const jwk = { ...publicKey.export({ format: "jwk" }), kid: "ehr-key-1", alg: "ES384", use: "sig" };

/** A CDS client's JWT as CDS Hooks 2.0 shows it: ES384, kid in the header, iss/aud/exp/iat/jti. */
function clientJwt(claims: Record<string, unknown> = {}, key = privateKey): string {
  const now = Math.floor(movableClock().now().getTime() / 1000);
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
  const header = part({ alg: "ES384", typ: "JWT", kid: "ehr-key-1", jku: `${ISSUER}/jwks` });
  const payload = part({
    iss: ISSUER,
    sub: "ehr-client",
    aud: SERVICE,
    exp: now + 300,
    iat: now,
    jti: randomUUID(),
    ...claims,
  });
  const signature = sign("sha384", Buffer.from(`${header}.${payload}`), { key, dsaEncoding: "ieee-p1363" });
  return `${header}.${payload}.${signature.toString("base64url")}`;
}

type Item = { linkId: string; answer?: unknown[] };
// biome-ignore lint/suspicious/noExplicitAny: cards are JSON read field by field, with assertions.
type Card = Record<string, any>;

/** The US Core PHQ-9 response with item 9 ("thoughts that you would be better off dead") answered 2. */
function phq9WithItem9(code: string) {
  const response = fixture("us-core/QuestionnaireResponse-phq-9-example.json") as { item: Item[] };
  return {
    ...response,
    item: response.item.map((item) =>
      item.linkId === "/44260-8"
        ? { ...item, answer: [{ valueCoding: { system: "http://loinc.org", code } }] }
        : item,
    ),
  };
}

/** A patient-view request in the shape of the CDS Hooks 2.0 specification's example. */
function hookRequest(prefetch: Record<string, unknown> | undefined) {
  return {
    hookInstance: "d1577c69-dfbe-44ad-ba6d-3e05e953b2ea",
    fhirServer: "https://ehr.example.org/fhir",
    hook: "patient-view",
    context: { userId: "Practitioner/example", patientId: "example" },
    ...(prefetch === undefined ? {} : { prefetch }),
  };
}

const searchset = (resources: unknown[]) => ({
  resourceType: "Bundle",
  type: "searchset",
  entry: resources.map((resource) => ({ resource, search: { mode: "match" } })),
});

describe("CDS Hooks", () => {
  let database: StepwiseDatabase;
  let app: FastifyInstance;
  const call = (
    body: unknown,
    token: string | null = clientJwt(),
    headers: Record<string, string> = {},
    url = "/cds-services/stepwise-level-of-care",
  ) =>
    app.inject({
      method: "POST",
      url,
      payload: body as Record<string, unknown>,
      headers: {
        host: "stepwise.test",
        ...(token === null ? {} : { authorization: `Bearer ${token}` }),
        ...headers,
      },
    });

  beforeAll(async () => {
    database = openDatabase({
      kind: "sqlite",
      file: join(mkdtempSync(join(tmpdir(), "stepwise-cds-")), "cds.sqlite"),
    });
    await migrateToLatest(database);
    app = await buildApp({
      database,
      clock: movableClock(),
      fhirRequestsPerMinute: 10_000,
      cdsClients: [{ issuer: ISSUER, jwks: { keys: [jwk] } }],
    });
    await app.ready();
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it("lists its patient-view and encounter-start services with prefetch templates", async () => {
    const response = await app.inject({ method: "GET", url: "/cds-services" });
    expect(response.statusCode).toBe(200);
    const { services } = response.json() as { services: Record<string, unknown>[] };
    expect(services.map((service) => [service.hook, service.id])).toEqual([
      ["patient-view", "stepwise-level-of-care"],
      ["encounter-start", "stepwise-intake-level-of-care"],
    ]);
    for (const service of services) {
      expect(service).toMatchObject({
        prefetch: {
          patient: "Patient/{{context.patientId}}",
          questionnaireResponses: expect.stringContaining(
            "QuestionnaireResponse?subject={{context.patientId}}",
          ),
          observations: expect.stringContaining("Observation?subject={{context.patientId}}"),
        },
      });
      expect(typeof service.title).toBe("string");
      expect(typeof service.description).toBe("string");
    }
  });

  it("answers the encounter-start hook of an intake with the same critical card first", async () => {
    // The request in the shape of CDS Hooks 2.0 encounter-start: context userId, patientId, encounterId.
    const request = {
      hookInstance: "2f3c6a1e-6d8b-4a2c-9d0e-1b7f5e4c3a21",
      fhirServer: "https://ehr.example.org/fhir",
      hook: "encounter-start",
      context: { userId: "PractitionerRole/A2340113", patientId: "1288992", encounterId: "456" },
      prefetch: {
        patient: { resourceType: "Patient", id: "1288992", gender: "male", birthDate: "1990-02-03" },
        questionnaireResponses: searchset([phq9WithItem9("LA6570-1")]),
      },
    };
    const url = "/cds-services/stepwise-intake-level-of-care";
    const response = await call(request, clientJwt({ aud: INTAKE_SERVICE }), {}, url);
    expect(response.statusCode, response.body).toBe(200);
    const { cards } = response.json() as { cards: Card[] };
    expect(cards[0]?.indicator).toBe("critical");
    expect(cards[0]?.detail).toContain("988");
    expect(cards.at(-1)?.links[0].url).toBe("http://stepwise.test/");
    // The patient-view service's token is not accepted here: its audience is the other service.
    const wrongAudience = await call(request, clientJwt(), {}, url);
    expect(wrongAudience.statusCode).toBe(401);
    // encounter-start needs its encounterId, and this service answers no other hook.
    const { encounterId: _, ...noEncounter } = request.context;
    const missing = await call(
      { ...request, context: noEncounter },
      clientJwt({ aud: INTAKE_SERVICE }),
      {},
      url,
    );
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors[0].field).toContain("encounterId");
    const otherHook = await call(
      { ...request, hook: "patient-view" },
      clientJwt({ aud: INTAKE_SERVICE }),
      {},
      url,
    );
    expect(otherHook.statusCode).toBe(400);
    expect(otherHook.json().errors[0].field).toBe("hook");
  });

  it("accepts a token once: the same token again answers 401", async () => {
    const body = hookRequest({ questionnaireResponses: searchset([]) });
    const token = clientJwt();
    const first = await call(body, token);
    expect(first.statusCode).toBe(200);
    const again = await call(body, token);
    expect(again.statusCode).toBe(401);
    expect(again.json().detail).toContain("already used");
    // A new token with its own jti is accepted.
    expect((await call(body, clientJwt())).statusCode).toBe(200);
  });

  it("answers an urgent case with a critical card first, then the level card with a link", async () => {
    const response = await call(
      hookRequest({
        patient: { resourceType: "Patient", id: "example", gender: "female", birthDate: "1980-05-01" },
        questionnaireResponses: searchset([phq9WithItem9("LA6570-1")]),
        observations: searchset([fixture("us-core/Observation-AUDIT-C-item-example-75626-2.json")]),
      }),
    );
    expect(response.statusCode, response.body).toBe(200);
    const { cards } = response.json() as { cards: Card[] };
    expect(cards.length).toBeGreaterThanOrEqual(2);
    expect(cards[0]?.indicator).toBe("critical");
    expect(cards[0]?.detail).toContain("988");
    expect(cards[0]?.detail).toContain("1-800-662-4357");
    const last = cards.at(-1);
    expect(["info", "warning"]).toContain(last?.indicator);
    expect(last?.links[0]).toEqual({
      label: "Open Stepwise",
      url: "http://stepwise.test/",
      type: "absolute",
    });
    for (const card of cards) {
      expect(card.summary.length).toBeLessThanOrEqual(140);
      expect(card.source).toEqual({ label: "Stepwise" });
      expect(typeof card.uuid).toBe("string");
    }
    // Only urgent items are critical, and they come before anything else.
    const firstOther = cards.findIndex((card) => card.indicator !== "critical");
    expect(cards.slice(firstOther).every((card) => card.indicator !== "critical")).toBe(true);
  });

  it("writes the cards in Spanish when the EHR asks for Spanish", async () => {
    const response = await call(
      hookRequest({ questionnaireResponses: searchset([phq9WithItem9("LA6570-1")]) }),
      clientJwt(),
      { "accept-language": "es-US,es;q=0.9" },
    );
    const { cards } = response.json() as { cards: Card[] };
    expect(cards[0]?.detail).toContain("Si hay peligro ahora");
    expect(cards.at(-1)?.links[0].label).toBe("Abrir Stepwise");
  });

  it("answers no cards when the record holds no scale result, and 412 without the prefetch", async () => {
    const empty = await call(hookRequest({ questionnaireResponses: searchset([]), observations: null }));
    expect(empty.statusCode).toBe(200);
    expect(empty.json()).toEqual({ cards: [] });
    const noPrefetch = await call(hookRequest(undefined));
    expect(noPrefetch.statusCode).toBe(412);
  });

  it("refuses a call without a valid JWT from a configured client", async () => {
    const body = hookRequest({ questionnaireResponses: searchset([]) });
    const other = generateKeyPairSync("ec", { namedCurve: "P-384" }).privateKey;
    for (const [token, why] of [
      [null, "Authorization"],
      [clientJwt({}, other), "signature"],
      [clientJwt({ iss: "https://someone.else" }), "issuer"],
      [clientJwt({ aud: "https://elsewhere/cds-services/x" }), "audience"],
      [clientJwt({ exp: 1 }), "expired"],
      [clientJwt({ jti: "" }), "jti"],
    ] as const) {
      const response = await call(body, token);
      expect(response.statusCode, why).toBe(401);
      expect(response.json().detail, why).toContain(why);
    }
  });

  it("names a prefetched resource it cannot use, never a 500", async () => {
    const broken = { resourceType: "QuestionnaireResponse", status: "completed", item: "not a list" };
    const response = await call(hookRequest({ questionnaireResponses: searchset([broken]) }));
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].field).toContain("prefetch");
    const wrongHook = await call({ ...hookRequest({}), hook: "order-sign" });
    expect(wrongHook.statusCode).toBe(400);
    expect(wrongHook.json().errors[0].field).toBe("hook");
  });
});
