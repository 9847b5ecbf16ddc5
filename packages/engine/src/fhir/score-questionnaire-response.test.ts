import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { AnswerOutOfRangeError } from "../instruments/answer-errors.js";
import { FhirImportError } from "./fhir-import-error.js";
import type { Questionnaire, QuestionnaireResponse } from "./fhir-resources.js";
import { r4SchemaProblems } from "./r4-schema.test-support.js";
import { scoreFhirInput } from "./score-fhir-input.js";
import { scoreObservation } from "./score-observation.js";
import { scoreQuestionnaireResponse } from "./score-questionnaire-response.js";

/** The public FHIR fixtures in the repository's fixtures/fhir (sources and licences in its README). */
const FIXTURES = new URL("../../../../fixtures/fhir/", import.meta.url);
function fixture<T = Record<string, unknown>>(path: string): T {
  return JSON.parse(readFileSync(new URL(path, FIXTURES), "utf8")) as T;
}

const phq9Response = () => fixture<QuestionnaireResponse>("us-core/QuestionnaireResponse-phq-9-example.json");
type MutableItem = { linkId: string; answer?: Record<string, unknown>[] };
function itemOf(response: QuestionnaireResponse, linkId: string): MutableItem {
  const item = (response.item as MutableItem[] | undefined)?.find((candidate) => candidate.linkId === linkId);
  if (item === undefined) throw new Error(`no ${linkId}`);
  return item;
}

describe("US Core 9.0.0 PHQ-9 example", () => {
  it("scores 12, moderate, item 9 negative, alone or with its Questionnaire", () => {
    const alone = scoreQuestionnaireResponse(phq9Response());
    expect(alone).toMatchObject({
      instrument: "phq-9",
      total: 12,
      band: "moderate",
      flags: [],
      missingItems: [],
    });
    expect(alone.statedTotal).toBe(12);
    expect(alone.notes).toBeUndefined();
    // Each counted item's part, by linkId; the difficulty item (69722-7) is asked but not scored.
    expect(Object.keys(alone.itemScores)).not.toContain("/69722-7");
    expect(Object.values(alone.itemScores).reduce((sum, points) => sum + points, 0)).toBe(12);
    const questionnaire = fixture<Questionnaire>("us-core/Questionnaire-phq-9-example.json");
    expect(scoreQuestionnaireResponse(phq9Response(), { questionnaire }).total).toBe(12);
  });

  it("recomputes a wrong stored total and says so", () => {
    const response = phq9Response();
    const total = itemOf(response, "/44261-6");
    total.answer = [{ valueDecimal: 20 }];
    const result = scoreQuestionnaireResponse(response);
    expect(result.total).toBe(12);
    expect(result.statedTotal).toBe(20);
    expect(result.notes).toEqual([
      "The response states a total of 20; the answers add up to 12, which is used.",
    ]);
  });

  it("raises the suicide-risk follow-up when item 9 is 'Several days'", () => {
    const response = phq9Response();
    itemOf(response, "/44260-8").answer = [
      { valueCoding: { system: "http://loinc.org", code: "LA6569-3", display: "Several days" } },
    ];
    expect(scoreQuestionnaireResponse(response)).toMatchObject({
      total: 13,
      flags: ["suicide-risk-follow-up"],
    });
  });

  it("reports a missing item by its linkId instead of a lower total", () => {
    const response = phq9Response();
    delete itemOf(response, "/44252-5").answer;
    expect(scoreQuestionnaireResponse(response)).toMatchObject({
      total: null,
      answeredTotal: 10,
      missingItems: ["/44252-5"],
      band: null,
    });
  });

  it("names the item and the allowed answers for an answer the scale does not have", () => {
    const response = phq9Response();
    itemOf(response, "/44250-9").answer = [{ valueCoding: { system: "http://loinc.org", code: "LA6572-7" } }];
    expect(() => scoreQuestionnaireResponse(response)).toThrow(AnswerOutOfRangeError);
    expect(() => scoreQuestionnaireResponse(response)).toThrow(
      /^\/44250-9: code "LA6572-7" from http:\/\/loinc\.org/,
    );
  });

  it("scores answers whose codes are unknown by the weights in their Questionnaire", () => {
    const questionnaire = fixture<Questionnaire>("us-core/Questionnaire-phq-9-example.json");
    const rename = (code: unknown) => `local-${String(code)}`;
    for (const item of (questionnaire.item ?? []) as unknown as {
      answerOption?: { valueCoding?: { code?: string; system?: string } }[];
    }[]) {
      for (const option of item.answerOption ?? []) {
        if (option.valueCoding !== undefined) {
          option.valueCoding.code = rename(option.valueCoding.code);
          option.valueCoding.system = "urn:example:clinic-answers";
        }
      }
    }
    const response = phq9Response();
    for (const item of (response.item ?? []) as MutableItem[]) {
      const coding = item.answer?.[0]?.valueCoding as { code?: string; system?: string } | undefined;
      if (coding !== undefined) {
        coding.code = rename(coding.code);
        coding.system = "urn:example:clinic-answers";
      }
    }
    const result = scoreQuestionnaireResponse(response, { questionnaire });
    expect(result).toMatchObject({ instrument: "phq-9", total: 12, band: "moderate" });
  });
});

describe("known scales written in unfamiliar ways", () => {
  it("matches a PHQ-9 Questionnaire with local linkIds and codes to PHQ-9 by order, keeping the item-9 flag", () => {
    const local = (index: number) => `question-${index + 1}`;
    const options = ["a", "b", "c", "d"].map((code, weight) => ({
      valueCoding: { system: "urn:example:clinic", code, display: `choice ${code}` },
      extension: [{ url: "http://hl7.org/fhir/StructureDefinition/itemWeight", valueDecimal: weight }],
    }));
    const questionnaire: Questionnaire = {
      resourceType: "Questionnaire",
      status: "active",
      code: [{ system: "http://loinc.org", code: "44249-1" }],
      item: Array.from({ length: 9 }, (_, index) => ({
        linkId: local(index),
        type: "choice",
        answerOption: options,
      })),
    };
    const chosen = ["c", "c", "c", "c", "b", "b", "c", "a", "b"];
    const response: QuestionnaireResponse = {
      resourceType: "QuestionnaireResponse",
      status: "completed",
      item: chosen.map((code, index) => ({
        linkId: local(index),
        answer: [{ valueCoding: { system: "urn:example:clinic", code } }],
      })),
    };
    const result = scoreQuestionnaireResponse(response, { questionnaire });
    expect(result).toMatchObject({
      instrument: "phq-9",
      total: 13,
      band: "moderate",
      flags: ["suicide-risk-follow-up"],
    });
    expect(result.notes?.[0]).toMatch(/matched to Patient Health Questionnaire-9 \(PHQ-9\) by their order/);
  });

  it("recognizes AUDIT questions 4–10 by the item codes HL7 Portugal publishes", () => {
    const codes = [
      "68518-0",
      "68519-8",
      "68520-6",
      "97734-8",
      "97735-5",
      "97736-3",
      "97737-1",
      "97738-9",
      "97739-7",
      "97740-5",
    ];
    const response: QuestionnaireResponse = {
      resourceType: "QuestionnaireResponse",
      status: "completed",
      item: codes.map((code, index) => ({
        linkId: `/${code}`,
        answer: [{ valueInteger: index >= 8 ? 2 : 1 }],
      })),
    };
    expect(scoreQuestionnaireResponse(response)).toMatchObject({
      instrument: "audit",
      total: 12,
      band: "hazardous",
    });
  });
});

describe("LHC-Forms PHQ-9 Questionnaires (schema-invalid, scored anyway by the pure engine)", () => {
  it.each([
    "lhc-forms/phq9.json",
    "lhc-forms/phq9-with-the-weight-function.json",
    "lhc-forms/lforms-fhir-app-phq9.json",
  ])(
    "%s: the R4 schema check names the bad element, and the US Core response still scores 12",
    { timeout: 60_000 },
    (path) => {
      const questionnaire = fixture<Questionnaire>(path);
      const problems = r4SchemaProblems(questionnaire);
      expect(problems.join(" ")).toMatch(
        /valueDuration\.value should be number|valueString should be string/,
      );
      expect(scoreQuestionnaireResponse(phq9Response(), { questionnaire }).total).toBe(12);
    },
  );

  it("scores answer Codings without a system (as lforms-fhir-app writes them)", () => {
    const questionnaire = fixture<Questionnaire>("lhc-forms/lforms-fhir-app-phq9.json");
    const response = phq9Response();
    for (const item of (response.item ?? []) as MutableItem[]) {
      const coding = item.answer?.[0]?.valueCoding as { system?: string } | undefined;
      if (coding !== undefined) delete coding.system;
    }
    expect(scoreQuestionnaireResponse(response, { questionnaire }).total).toBe(12);
  });
});

describe("US Core AUDIT-C and TAPS examples", () => {
  it("AUDIT-C: item 1 is 68517-2 (a count of heavy-drinking days), so question 1 is missing, not zero", () => {
    const response = fixture<QuestionnaireResponse>("us-core/QuestionnaireResponse-AUDIT-C.json");
    const questionnaire = fixture<Questionnaire>("us-core/Questionnaire-AUDIT-C.json");
    for (const result of [
      scoreQuestionnaireResponse(response),
      scoreQuestionnaireResponse(response, { questionnaire }),
    ]) {
      expect(result).toMatchObject({
        instrument: "audit-c",
        total: null,
        answeredTotal: 0,
        missingItems: ["/68518-0"],
        statedTotal: 0,
      });
      expect(result.notes?.[0]).toMatch(/"\/68517-2" is not an item of AUDIT-C/);
    }
  });

  it("AUDIT-C with question 1 answered scores, and gives both readings when sex is unknown", () => {
    const response = fixture<QuestionnaireResponse>("us-core/QuestionnaireResponse-AUDIT-C.json");
    (response.item as MutableItem[]).push({
      linkId: "/68518-0",
      answer: [{ valueCoding: { system: "http://loinc.org", code: "LA18928-4" } }],
    });
    const result = scoreQuestionnaireResponse(response);
    expect(result).toMatchObject({
      total: 3,
      band: "positive",
      readingsBySex: { male: "negative", female: "positive" },
    });
    expect(scoreQuestionnaireResponse(response, { sex: "male" }).band).toBe("negative");
  });

  it("TAPS-1: every substance 'Never' (one typed as the string \"0\") is a negative screen for each", () => {
    const result = scoreQuestionnaireResponse(
      fixture<QuestionnaireResponse>("us-core/QuestionnaireResponse-TAPS.json"),
    );
    expect(result).toMatchObject({ instrument: "taps-1", total: 0, band: "negative", missingItems: [] });
    expect(result.substances?.map((reading) => reading.reading)).toEqual([
      "negative",
      "negative",
      "negative",
      "negative",
    ]);
  });

  it("TAPS-1: the higher of the men's and women's heavy-drinking items counts", () => {
    const response = fixture<QuestionnaireResponse>("us-core/QuestionnaireResponse-TAPS.json");
    itemOf(response, "/75889-6").answer = [
      { valueCoding: { system: "http://loinc.org", code: "LA18891-4" } },
    ];
    const result = scoreQuestionnaireResponse(response);
    expect(result.substances?.find((reading) => reading.substance === "alcohol")?.reading).toBe("positive");
    expect(result.total).toBe(1);
  });
});

describe("a Questionnaire whose weights live only in a contained ValueSet (LHC-Forms itemWeight example)", () => {
  const questionnaire = () =>
    fixture<Questionnaire>("lhc-forms/q-with-contained-valueset-with-itemWeight.json");
  const response = (second: Record<string, string>): QuestionnaireResponse => ({
    resourceType: "QuestionnaireResponse",
    status: "completed",
    item: [
      {
        linkId: "link-1",
        item: [
          {
            linkId: "link-1.1",
            item: [
              {
                linkId: "link-1.1.1",
                answer: [{ valueCoding: { system: "some-system-1", code: "some-code-1" } }],
              },
              { linkId: "link-1.1.2", answer: [{ valueCoding: second }] },
            ],
          },
        ],
      },
    ],
  });

  it("scores itemWeight (1 in some-system-1) and ordinalValue (20 for some-code-2 in some-system-2) by system and code", () => {
    const withSystem = response({ system: "some-system-2", code: "some-code-2" });
    const result = scoreQuestionnaireResponse(withSystem, { questionnaire: questionnaire() });
    expect(result).toMatchObject({ instrument: "unknown", total: 21, band: null, missingItems: [] });
    expect(result.itemScores).toEqual({ "link-1.1.1": 1, "link-1.1.2": 20 });
  });

  it("scores a Coding without system by its code when that is unambiguous, by display otherwise", () => {
    const byDisplay = response({ code: "some-code-2", display: "some-display-2-2" });
    expect(scoreQuestionnaireResponse(byDisplay, { questionnaire: questionnaire() }).total).toBe(21);
  });

  it("refuses, naming the item, a code without system that two systems weigh differently", () => {
    const ambiguous = response({ code: "some-code-2" });
    expect(() => scoreQuestionnaireResponse(ambiguous, { questionnaire: questionnaire() })).toThrow(
      /item "link-1\.1\.2" matches answers with different weights; its Coding needs a system/,
    );
  });

  it("lists an unanswered weighted item as missing", () => {
    const partial = response({ system: "some-system-2", code: "some-code-2" });
    (partial.item?.[0]?.item?.[0]?.item as MutableItem[] | undefined)?.pop();
    expect(scoreQuestionnaireResponse(partial, { questionnaire: questionnaire() })).toMatchObject({
      total: null,
      answeredTotal: 1,
      missingItems: ["link-1.1.2"],
    });
  });
});

describe("Bundles and bad input", () => {
  const bundle = () => ({
    resourceType: "Bundle",
    type: "collection",
    entry: [
      { fullUrl: "urn:uuid:8f0c7a5e-0000-4000-8000-000000000001", resource: phq9Response() },
      { resource: fixture("us-core/Questionnaire-AUDIT-C.json") },
      { resource: fixture("us-core/QuestionnaireResponse-TAPS.json") },
      { resource: { resourceType: "Patient", id: "example", gender: "female" } },
      { resource: fixture("us-core/QuestionnaireResponse-AUDIT-C.json") },
    ],
  });

  it("scores every QuestionnaireResponse in a Bundle, in order", () => {
    const scoring = scoreFhirInput(bundle());
    expect(scoring.bundle).toBe(true);
    expect(scoring.scored.map(({ result }) => [result.instrument, result.total])).toEqual([
      ["phq-9", 12],
      ["taps-1", 0],
      ["audit-c", null],
    ]);
  });

  it("says what it found when the input is not a response", () => {
    expect(() => scoreFhirInput(fixture("us-core/Questionnaire-TAPS.json"))).toThrow(
      "Questionnaire: expected a QuestionnaireResponse or a Bundle of them, found a Questionnaire",
    );
    expect(() => scoreFhirInput([1, 2])).toThrow(FhirImportError);
    expect(() => scoreFhirInput({ resourceType: "Bundle", entry: [] })).toThrow(
      "Bundle: holds no QuestionnaireResponse to score",
    );
    expect(() =>
      scoreFhirInput({
        resourceType: "QuestionnaireResponse",
        status: "completed",
        item: [{ text: "no linkId" }],
      }),
    ).toThrow("QuestionnaireResponse.item[0]: linkId is missing");
  });

  it("refuses a never-seen response without a Questionnaire to weigh it", () => {
    expect(() =>
      scoreFhirInput({
        resourceType: "QuestionnaireResponse",
        status: "completed",
        item: [{ linkId: "q1", answer: [{ valueCoding: { code: "a" } }] }],
      }),
    ).toThrow(/no known scale matches its items \(q1\) and no Questionnaire with answer weights was given/);
  });
});

describe("score Observations", () => {
  it("are valid R4, category survey, derived from the response, in the US Core screening-assessment shape", {
    timeout: 60_000,
  }, () => {
    const scoring = scoreFhirInput({
      resourceType: "Bundle",
      type: "collection",
      entry: [
        { resource: phq9Response() },
        { resource: fixture("us-core/QuestionnaireResponse-TAPS.json") },
        { resource: fixture("us-core/QuestionnaireResponse-AUDIT-C.json") },
      ],
    });
    const observations = scoring.scored.map(({ result, response }) => scoreObservation(result, response));
    for (const observation of observations) expect(r4SchemaProblems(observation)).toEqual([]);
    const [phq9, taps, auditC] = observations;
    expect(phq9).toMatchObject({
      status: "final",
      category: [{ coding: [{ code: "survey" }] }],
      code: { coding: [{ system: "http://loinc.org", code: "44261-6" }] },
      valueQuantity: { value: 12, unit: "{score}" },
      derivedFrom: [{ reference: "QuestionnaireResponse/phq-9-example" }],
      subject: { reference: "Patient/example" },
      effectiveDateTime: "2022-11-29T20:50:32.718Z",
    });
    expect(phq9?.interpretation?.[0]?.coding[0]?.code).toBe("moderate");
    expect(taps?.code.coding?.[0]?.code).toBe("taps-1-total");
    expect(auditC).toMatchObject({
      status: "preliminary",
      dataAbsentReason: { text: "Incomplete: no answer to /68518-0." },
    });
    expect(auditC?.valueQuantity).toBeUndefined();
  });
});
