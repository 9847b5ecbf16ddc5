import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FhirImportError } from "./fhir-import-error.js";
import type { QuestionnaireResponse } from "./fhir-resources.js";
import { instrumentQuestionnaire } from "./questionnaire-export.js";
import { scoreFhirInput } from "./score-fhir-input.js";
import { scoreQuestionnaireResponse } from "./score-questionnaire-response.js";

const FIXTURES = new URL("../../../../fixtures/fhir/", import.meta.url);
function fixture<T = Record<string, unknown>>(path: string): T {
  return JSON.parse(readFileSync(new URL(path, FIXTURES), "utf8")) as T;
}
type Item = { linkId: string; answer?: Record<string, unknown>[] };
const phq9 = () =>
  fixture<QuestionnaireResponse & { item: Item[] }>("us-core/QuestionnaireResponse-phq-9-example.json");
const item = (response: { item: Item[] }, linkId: string): Item => {
  const found = response.item.find((candidate) => candidate.linkId === linkId);
  if (found === undefined) throw new Error(`no ${linkId}`);
  return found;
};
const ITEM_9 = "/44260-8";
const MORE_THAN_HALF_THE_DAYS = {
  system: "http://loinc.org",
  code: "LA6570-1",
  display: "More than half the days",
};

describe("extra items the scale does not score", () => {
  it("an unexpected code in the difficulty item (10) is noted, and item 9's suicide flag is kept", () => {
    const response = phq9();
    item(response, ITEM_9).answer = [{ valueCoding: MORE_THAN_HALF_THE_DAYS }];
    item(response, "/69722-7").answer = [{ valueCoding: { system: "http://loinc.org", code: "LA9999-9" } }];
    const result = scoreQuestionnaireResponse(response);
    expect(result.flags).toContain("suicide-risk-follow-up");
    expect(result.total).toBe(14);
    expect(result.notes?.some((note) => note.includes("/69722-7") && note.includes("ignored"))).toBe(true);
  });

  it("an item the scale does not have is noted and not scored", () => {
    const response = phq9();
    response.item.push({ linkId: "/99999-9", answer: [{ valueString: "anything" }] });
    const result = scoreQuestionnaireResponse(response);
    expect(result.total).toBe(12);
    expect(result.notes?.some((note) => note.includes("/99999-9"))).toBe(true);
  });

  it("a bad answer in a scored item still refuses the response, naming the item", () => {
    const response = phq9();
    item(response, ITEM_9).answer = [{ valueCoding: { system: "http://loinc.org", code: "LA9999-9" } }];
    expect(() => scoreQuestionnaireResponse(response)).toThrow(/44260-8/);
  });
});

describe("Stepwise's own total items", () => {
  it("an exported Questionnaire's total item echoed in a response is a stated total, not 'not an item'", () => {
    const questionnaire = instrumentQuestionnaire("phq-9");
    const response: QuestionnaireResponse = {
      resourceType: "QuestionnaireResponse",
      status: "completed",
      questionnaire: questionnaire.url ?? "",
      item: (questionnaire.item ?? []).map((question) =>
        question.linkId === "phq-9.total"
          ? { linkId: question.linkId, answer: [{ valueInteger: 9 }] }
          : {
              linkId: question.linkId,
              answer: [{ valueCoding: question.answerOption?.[1]?.valueCoding ?? {} }],
            },
      ),
    };
    const result = scoreQuestionnaireResponse(response);
    expect(result.total).toBe(9);
    expect(result.statedTotal).toBe(9);
    expect(result.notes).toBeUndefined();
  });
});

describe("FHIR STU3 responses", () => {
  it("a Questionnaire named by a Reference object scores, with a note that it was read as STU3", () => {
    const response = { ...phq9(), questionnaire: { reference: "Questionnaire/phq-9" } } as unknown;
    const { scored } = scoreFhirInput(response);
    expect(scored[0]?.result.total).toBe(12);
    expect(scored[0]?.result.notes?.some((note) => note.includes("STU3"))).toBe(true);
  });

  it("an unreadable questionnaire value is refused with a message naming it", () => {
    expect(() => scoreFhirInput({ ...phq9(), questionnaire: 42 })).toThrow(
      /QuestionnaireResponse\.questionnaire: .*STU3/,
    );
  });
});

describe("unknown shapes", () => {
  it("never crash: any JSON value in an answer gives a FhirImportError or a score", () => {
    fc.assert(
      fc.property(
        fc.jsonValue(),
        fc.constantFrom(
          "valueCoding",
          "valueString",
          "valueInteger",
          "valueDecimal",
          "valueBoolean",
          "valueQuantity",
          "extension",
          "questionnaire",
        ),
        (value, key) => {
          const response = phq9() as unknown as Record<string, unknown> & { item: Item[] };
          if (key === "questionnaire") response.questionnaire = value;
          else item(response, ITEM_9).answer = [{ [key]: value }];
          try {
            scoreFhirInput(response);
          } catch (error) {
            expect(error).toSatisfy(
              (thrown: unknown) =>
                thrown instanceof FhirImportError || (thrown as Error).name === "AnswerOutOfRangeError",
            );
          }
        },
      ),
    );
  });
});
