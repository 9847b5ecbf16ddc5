import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance, InjectOptions } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../app.js";
import { migrateToLatest, openDatabase, type StepwiseDatabase } from "../database/connection.js";
import { fhirValidationProblems } from "./medplum-validator.test-support.js";

const fixtures = new URL("../../../../fixtures/fhir/", import.meta.url);
const fixture = (path: string) =>
  JSON.parse(readFileSync(new URL(path, fixtures), "utf8")) as Record<string, unknown>;

/** PHQ-9 answer codes (LOINC LL358-3) and their points, as printed on the form (Kroenke 2001). */
const PHQ_POINTS: Record<string, number> = { "LA6568-5": 0, "LA6569-3": 1, "LA6570-1": 2, "LA6571-9": 3 };
const PHQ_SCORED_ITEMS = [
  "44250-9",
  "44255-8",
  "44259-0",
  "44254-1",
  "44251-7",
  "44258-2",
  "44252-5",
  "44253-3",
  "44260-8",
];

type Item = { linkId: string; answer?: { valueCoding?: { code?: string } }[] };

function phq9Response(): Record<string, unknown> & { item: Item[] } {
  return fixture("us-core/QuestionnaireResponse-phq-9-example.json") as Record<string, unknown> & {
    item: Item[];
  };
}

/** The true total from the answers themselves, independent of the server. */
function totalFromAnswers(response: { item: Item[] }): number {
  return response.item
    .filter((item) => PHQ_SCORED_ITEMS.includes(item.linkId.replace("/", "")))
    .reduce((sum, item) => sum + (PHQ_POINTS[item.answer?.[0]?.valueCoding?.code ?? ""] ?? Number.NaN), 0);
}

function withItem9(response: ReturnType<typeof phq9Response>, code: string) {
  return {
    ...response,
    item: response.item.map((item) =>
      item.linkId === "/44260-8"
        ? { ...item, answer: [{ valueCoding: { system: "http://loinc.org", code } }] }
        : item,
    ),
  };
}

// biome-ignore lint/suspicious/noExplicitAny: the answers are JSON read field by field, with assertions.
type Json = Record<string, any>;

describe("the FHIR endpoints", () => {
  let database: StepwiseDatabase;
  let app: FastifyInstance;
  const returned: { where: string; resource: unknown }[] = [];

  async function call(options: InjectOptions & { url: string }) {
    const response = await app.inject({
      ...options,
      headers: { host: "fhir.test", ...(options.headers ?? {}) },
    });
    const type = String(response.headers["content-type"] ?? "");
    if (type.startsWith("application/fhir+json"))
      returned.push({ where: `${options.method} ${options.url}`, resource: response.json() });
    return response;
  }
  const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
    call({
      method: "POST",
      url,
      payload: typeof body === "string" ? body : JSON.stringify(body),
      headers: { "content-type": "application/fhir+json", ...headers },
    });

  beforeAll(async () => {
    database = openDatabase({
      kind: "sqlite",
      file: join(mkdtempSync(join(tmpdir(), "stepwise-fhir-")), "fhir.sqlite"),
    });
    await migrateToLatest(database);
    app = await buildApp({ database, fhirRequestsPerMinute: 10_000 });
    await app.ready();
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it("tells what it serves in a CapabilityStatement, as application/fhir+json", async () => {
    const response = await call({ method: "GET", url: "/fhir/metadata" });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toMatch(/^application\/fhir\+json/);
    const statement = response.json() as Json;
    expect(statement.resourceType).toBe("CapabilityStatement");
    expect(statement.fhirVersion).toBe("4.0.1");
    expect(statement.implementation.url).toBe("http://fhir.test/fhir");
    const rest = statement.rest[0];
    expect(rest.resource.map((resource: Json) => resource.type)).toEqual([
      "Questionnaire",
      "CodeSystem",
      "OperationDefinition",
      "QuestionnaireResponse",
    ]);
    expect(rest.operation.map((operation: Json) => operation.name)).toEqual(["assess"]);
    // Every operation it names is defined on this server.
    for (const operation of [
      ...rest.operation,
      ...rest.resource.flatMap((resource: Json) => resource.operation ?? []),
    ]) {
      const id = String(operation.definition).split("/").at(-1);
      expect((await call({ method: "GET", url: `/fhir/OperationDefinition/${id}` })).statusCode).toBe(200);
    }
  });

  it("lists every scale as a Questionnaire with answer weights and a calculated total", async () => {
    const response = await call({ method: "GET", url: "/fhir/Questionnaire" });
    expect(response.statusCode).toBe(200);
    const bundle = response.json() as Json;
    expect(bundle.type).toBe("searchset");
    expect(bundle.total).toBe(11);
    for (const entry of bundle.entry) {
      expect(entry.fullUrl).toBe(`http://fhir.test/fhir/Questionnaire/${entry.resource.id}`);
      const items = entry.resource.item as Json[];
      const total = items.at(-1);
      expect(total?.extension?.[0]?.url).toMatch(/calculatedExpression$/);
      expect(
        items
          .slice(0, -1)
          .every((item) =>
            item.answerOption.every((option: Json) =>
              option.extension.some((extension: Json) => extension.url.endsWith("itemWeight")),
            ),
          ),
      ).toBe(true);
    }
    const phq9 = await call({ method: "GET", url: "/fhir/Questionnaire/phq-9" });
    expect(phq9.json().title).toContain("PHQ-9");
    const byUrl = await call({
      method: "GET",
      url: `/fhir/Questionnaire?url=${encodeURIComponent(phq9.json().url)}`,
    });
    expect(byUrl.json().entry.map((entry: Json) => entry.resource.id)).toEqual(["phq-9"]);
  });

  it("serves the code systems its resources use", async () => {
    const bundle = (await call({ method: "GET", url: "/fhir/CodeSystem" })).json() as Json;
    const urls = bundle.entry.map((entry: Json) => entry.resource.url as string);
    expect(urls).toContain("https://stepwise.invalid/fhir/CodeSystem/placement");
    expect(urls).toContain("https://stepwise.invalid/fhir/CodeSystem/level-of-care");
    expect(urls).toContain("https://stepwise.invalid/fhir/CodeSystem/phq-9-bands");
    const levels = (await call({ method: "GET", url: "/fhir/CodeSystem/level-of-care" })).json() as Json;
    expect(levels.concept.map((concept: Json) => concept.code)).toContain("intensive-outpatient");
  });

  it("scores the US Core PHQ-9 response to the total of its own answers", async () => {
    const response = phq9Response();
    const answer = await post("/fhir/QuestionnaireResponse/$score", response);
    expect(answer.statusCode).toBe(200);
    const bundle = answer.json() as Json;
    expect(bundle.type).toBe("collection");
    const total = bundle.entry[0].resource;
    expect(total.code.coding[0]).toMatchObject({ system: "http://loinc.org", code: "44261-6" });
    expect(total.valueQuantity.value).toBe(totalFromAnswers(response));
    expect(total.valueQuantity.value).toBe(12);
    expect(total.derivedFrom).toEqual([{ reference: "QuestionnaireResponse/phq-9-example" }]);
    expect(total.interpretation[0].coding[0].code).toBe("moderate");
    expect(bundle.entry).toHaveLength(1);
    // Clients that percent-encode the operation's `$` reach the same operation.
    const encoded = await post("/fhir/QuestionnaireResponse/%24score", response);
    expect(encoded.json().entry[0].resource.valueQuantity.value).toBe(12);
  });

  it("raises the suicide-risk flag, as critical, when item 9 is changed to 2", async () => {
    const changed = withItem9(phq9Response(), "LA6570-1");
    const bundle = (await post("/fhir/QuestionnaireResponse/$score", changed)).json() as Json;
    expect(bundle.entry[0].resource.valueQuantity.value).toBe(totalFromAnswers(changed));
    const flag = bundle.entry[1].resource;
    expect(flag.code.coding[0]).toMatchObject({
      system: "https://stepwise.invalid/fhir/CodeSystem/scale-flags",
      code: "suicide-risk-follow-up",
    });
    expect(flag.valueBoolean).toBe(true);
    expect(flag.interpretation[0].coding[0].code).toBe("AA");
  });

  it("scores every response of a Bundle and names the entry it cannot score, without stopping", async () => {
    const bundle = {
      resourceType: "Bundle",
      type: "collection",
      entry: [
        { resource: phq9Response() },
        { resource: { resourceType: "QuestionnaireResponse", status: "completed", item: "not a list" } },
        { resource: fixture("us-core/QuestionnaireResponse-AUDIT-C.json") },
      ],
    };
    const answer = await post("/fhir/QuestionnaireResponse/$score", bundle, {
      "content-type": "application/json",
    });
    expect(answer.statusCode).toBe(200);
    const entries = (answer.json() as Json).entry as Json[];
    const outcomes = entries.filter((entry) => entry.resource.resourceType === "OperationOutcome");
    expect(outcomes).toHaveLength(1);
    expect(outcomes[0]?.resource.issue[0].expression[0]).toMatch(/^Bundle\.entry\[1\]\.resource/);
    expect(
      entries.filter((entry) => entry.resource.resourceType === "Observation").length,
    ).toBeGreaterThanOrEqual(2);
  });

  it("refuses what it cannot score with an OperationOutcome naming the element, never a 500", async () => {
    const wrongType = await post("/fhir/QuestionnaireResponse/$score", { resourceType: "Patient" });
    expect(wrongType.statusCode).toBe(400);
    expect(wrongType.headers["content-type"]).toMatch(/^application\/fhir\+json/);
    expect(wrongType.json().issue[0]).toMatchObject({
      severity: "error",
      code: "invalid",
      expression: ["resourceType"],
    });

    const badJson = await post("/fhir/QuestionnaireResponse/$score", "{not json");
    expect(badJson.statusCode).toBe(400);
    expect(badJson.json().resourceType).toBe("OperationOutcome");

    const notJson = await post("/fhir/$assess", "<Parameters/>", { "content-type": "application/fhir+xml" });
    expect(notJson.statusCode).toBe(415);
    expect(notJson.json().resourceType).toBe("OperationOutcome");

    const badItem = await post("/fhir/QuestionnaireResponse/$score", withItem9(phq9Response(), "LA9999-9"));
    expect(badItem.statusCode).toBe(400);
    expect(badItem.json().issue[0].expression).toEqual(["QuestionnaireResponse"]);
    expect(badItem.json().issue[0].details.text).toContain("/44260-8");
  });

  it("answers unknown resource types with 404, other methods with 405 and XML with 406, as OperationOutcome", async () => {
    const unknown = await call({ method: "GET", url: "/fhir/Patient/example" });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().issue[0]).toMatchObject({ code: "not-found" });
    expect(unknown.json().issue[0].details.text).toContain("Patient");

    const missing = await call({ method: "GET", url: "/fhir/Questionnaire/no-such-scale" });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().resourceType).toBe("OperationOutcome");

    const wrongMethod = await call({ method: "DELETE", url: "/fhir/metadata" });
    expect(wrongMethod.statusCode).toBe(405);
    expect(wrongMethod.headers.allow).toBe("GET, HEAD");
    expect(wrongMethod.json().issue[0].code).toBe("not-supported");

    const getOperation = await call({ method: "GET", url: "/fhir/$assess" });
    expect(getOperation.statusCode).toBe(405);
    expect(getOperation.headers.allow).toBe("POST");

    const xml = await call({ method: "GET", url: "/fhir/metadata?_format=xml" });
    expect(xml.statusCode).toBe(406);
    expect(xml.json().issue[0].expression).toEqual(["_format"]);
    const acceptXml = await call({
      method: "GET",
      url: "/fhir/metadata",
      headers: { accept: "application/fhir+xml" },
    });
    expect(acceptXml.statusCode).toBe(406);
    expect((await call({ method: "GET", url: "/fhir/metadata?_format=json" })).statusCode).toBe(200);
  });

  it("suggests a level of care from QuestionnaireResponses and Observations, urgent items first", async () => {
    const observations = [
      "us-core/Observation-AUDIT-C-panel-example-72109-2.json",
      "us-core/Observation-AUDIT-C-item-example-75626-2.json",
    ].map((path) => ({ name: "observation", resource: fixture(path) }));
    const answer = await post("/fhir/$assess", {
      resourceType: "Parameters",
      parameter: [{ name: "response", resource: withItem9(phq9Response(), "LA6570-1") }, ...observations],
    });
    expect(answer.statusCode, answer.body).toBe(200);
    const observation = answer.json() as Json;
    expect(observation.resourceType).toBe("Observation");
    expect(observation.code.coding[0]).toMatchObject({
      system: "https://stepwise.invalid/fhir/CodeSystem/placement",
      code: "level-of-care-result",
    });
    expect(observation.subject).toEqual({ reference: "Patient/example" });
    const codes = (observation.component as Json[]).map((component) => component.code.coding[0].code);
    expect(codes).toContain("urgent-item");
    const urgent = (observation.component as Json[]).find(
      (component) => component.code.coding[0].code === "urgent-item",
    );
    expect(urgent?.valueCodeableConcept.coding[0].code).toBe("urgent-same-day");
    expect(observation.text.div).toContain("988");
    expect(observation.note[1].text).toContain("988");
    expect(observation.derivedFrom).toContainEqual({ reference: "QuestionnaireResponse/phq-9-example" });
  });

  it("places a Stepwise assessment sent as JSON text, with the level and its crosswalk codes", async () => {
    const assessment = {
      modelVersion: "1",
      asOf: "2026-03-02",
      mode: "clinician",
      respondent: "professional",
      age: 40,
      substances: [{ substance: "alcohol", frequency: "daily", amount: "heavy", useDisorder: "severe" }],
    };
    const answer = await post("/fhir/$assess", {
      resourceType: "Parameters",
      parameter: [{ name: "assessment", valueString: JSON.stringify(assessment) }],
    });
    expect(answer.statusCode, answer.body).toBe(200);
    const observation = answer.json() as Json;
    expect(observation.effectiveDateTime).toBe("2026-03-02");
    const level = observation.valueCodeableConcept.coding[0];
    expect(level.system).toBe("https://stepwise.invalid/fhir/CodeSystem/level-of-care");
    const components = observation.component as Json[];
    expect(
      components.some((component) => component.code.coding[0].code === "crosswalk-asam-3rd-edition"),
    ).toBe(true);
    expect(components.some((component) => component.code.coding[0].code === "reason")).toBe(true);

    const attachment = await post("/fhir/$assess", {
      resourceType: "Parameters",
      parameter: [
        {
          name: "assessment",
          valueAttachment: {
            contentType: "application/json",
            data: Buffer.from(JSON.stringify(assessment)).toString("base64"),
          },
        },
      ],
    });
    expect(attachment.json().valueCodeableConcept).toEqual(observation.valueCodeableConcept);
  });

  it("names each bad parameter of $assess", async () => {
    const answer = await post("/fhir/$assess", {
      resourceType: "Parameters",
      parameter: [
        {
          name: "assessment",
          valueString: JSON.stringify({ modelVersion: "1", asOf: "2026-03-02", age: "forty" }),
        },
        { name: "colour", valueString: "blue" },
        { name: "observation", resource: { resourceType: "Patient" } },
      ],
    });
    expect(answer.statusCode).toBe(400);
    const expressions = (answer.json().issue as Json[]).map((issue) => issue.expression?.[0]);
    expect(expressions).toContain("Parameters.parameter[0].value[x].age");
    expect(expressions).toContain("Parameters.parameter[1].name");
    expect(expressions).toContain("Parameters.parameter[2].resource.resourceType");
    const empty = await post("/fhir/$assess", { resourceType: "Parameters" });
    expect(empty.statusCode).toBe(400);
  });

  it("returns only resources an independent validator (Medplum) finds valid", () => {
    expect(returned.length).toBeGreaterThan(20);
    const problems = returned.flatMap(({ where, resource }) => {
      const all = [resource, ...(((resource as Json).entry ?? []) as Json[]).map((entry) => entry.resource)];
      return all.flatMap((one) => fhirValidationProblems(one).map((problem) => `${where}: ${problem}`));
    });
    expect(problems).toEqual([]);
  }, 120_000);
});
