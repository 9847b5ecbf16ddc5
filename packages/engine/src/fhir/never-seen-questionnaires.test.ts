import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type {
  FhirCoding,
  Questionnaire,
  QuestionnaireItem,
  QuestionnaireResponse,
  QuestionnaireResponseItem,
} from "./fhir-resources.js";
import { ITEM_WEIGHT_URL, ORDINAL_VALUE_URL } from "./item-weight.js";
import { scoreQuestionnaireResponse } from "./score-questionnaire-response.js";

/**
 * Generality: a Questionnaire never seen before — new linkIds, non-LOINC codes, weights only in a
 * contained ValueSet or CodeSystem, Codings without system — scores with no code change.
 */

const WHERE_WEIGHTS_LIVE = [
  "answerOption itemWeight",
  "answerOption ordinalValue",
  "Coding extension",
  "contained ValueSet expansion",
  "contained CodeSystem",
] as const;

interface GeneratedItem {
  readonly linkId: string;
  readonly system: string | undefined;
  readonly weights: readonly number[];
  readonly where: (typeof WHERE_WEIGHTS_LIVE)[number];
  /** Index of the chosen answer, or undefined when left unanswered. */
  readonly choice: number | undefined;
  readonly answerWithoutSystem: boolean;
}

const generatedItem = (index: number) =>
  fc
    .record({
      suffix: fc.integer({ min: 0, max: 0xffffff }).map((value) => value.toString(36)),
      system: fc.option(fc.constantFrom("urn:example:clinic-a", "https://example.org/codes"), {
        nil: undefined,
      }),
      weights: fc.array(fc.integer({ min: 0, max: 12 }), { minLength: 2, maxLength: 6 }),
      where: fc.constantFrom(...WHERE_WEIGHTS_LIVE),
      choice: fc.option(fc.nat(), { nil: undefined, freq: 5 }),
      answerWithoutSystem: fc.boolean(),
    })
    .map(
      (raw): GeneratedItem => ({
        linkId: `q${index}-${raw.suffix}`,
        system: raw.system,
        weights: raw.weights,
        where: raw.where,
        choice: raw.choice === undefined ? undefined : raw.choice % raw.weights.length,
        answerWithoutSystem: raw.answerWithoutSystem,
      }),
    );

const generatedForm = fc
  .integer({ min: 1, max: 8 })
  .chain((count) => fc.tuple(...Array.from({ length: count }, (_, index) => generatedItem(index))))
  .chain((items) => fc.record({ items: fc.constant(items), grouped: fc.boolean() }));

/** A contained CodeSystem needs a URL of its own, which its Codings then carry as their system. */
function systemOf(item: GeneratedItem): string | undefined {
  return item.where === "contained CodeSystem" ? `urn:example:cs-${item.linkId}` : item.system;
}

function coding(item: GeneratedItem, option: number): FhirCoding {
  const system = systemOf(item);
  return {
    ...(system === undefined ? {} : { system }),
    code: `${item.linkId}-answer-${option}`,
    display: `Answer ${option}`,
  };
}

function questionnaireFor(items: readonly GeneratedItem[], grouped: boolean): Questionnaire {
  const contained: NonNullable<Questionnaire["contained"]>[number][] = [];
  const questions = items.map((item): QuestionnaireItem => {
    const weight = (value: number, url = ITEM_WEIGHT_URL) => [{ url, valueDecimal: value }];
    switch (item.where) {
      case "answerOption itemWeight":
      case "answerOption ordinalValue":
        return {
          linkId: item.linkId,
          type: "choice",
          answerOption: item.weights.map((value, option) => ({
            valueCoding: coding(item, option),
            extension: weight(
              value,
              item.where === "answerOption itemWeight" ? ITEM_WEIGHT_URL : ORDINAL_VALUE_URL,
            ),
          })),
        };
      case "Coding extension":
        return {
          linkId: item.linkId,
          type: "choice",
          answerOption: item.weights.map((value, option) => ({
            valueCoding: { ...coding(item, option), extension: weight(value, ORDINAL_VALUE_URL) },
          })),
        };
      case "contained ValueSet expansion":
        contained.push({
          resourceType: "ValueSet",
          id: `vs-${item.linkId}`,
          status: "active",
          expansion: {
            timestamp: "2026-01-01T00:00:00Z",
            contains: item.weights.map((value, option) => ({
              ...coding(item, option),
              extension: weight(value),
            })),
          },
        });
        return { linkId: item.linkId, type: "choice", answerValueSet: `#vs-${item.linkId}` };
      default: {
        // "contained CodeSystem"
        const url = systemOf(item) ?? "";
        contained.push({
          resourceType: "CodeSystem",
          id: `cs-${item.linkId}`,
          url,
          status: "active",
          content: "complete",
          concept: item.weights.map((value, option) => ({
            code: coding(item, option).code ?? "",
            extension: weight(value, ORDINAL_VALUE_URL),
          })),
        });
        contained.push({
          resourceType: "ValueSet",
          id: `vs-${item.linkId}`,
          url: `urn:example:vs-${item.linkId}`,
          status: "active",
          compose: { include: [{ system: url }] },
        });
        return { linkId: item.linkId, type: "choice", answerValueSet: `urn:example:vs-${item.linkId}` };
      }
    }
  });
  return {
    resourceType: "Questionnaire",
    status: "active",
    contained,
    item: grouped ? [{ linkId: "group", type: "group", item: questions }] : questions,
  };
}

function responseFor(items: readonly GeneratedItem[], grouped: boolean): QuestionnaireResponse {
  const answered = items.flatMap((item): QuestionnaireResponseItem[] => {
    if (item.choice === undefined) return [];
    const full = coding(item, item.choice);
    const { system: _, ...withoutSystem } = full;
    const answerCoding = item.answerWithoutSystem ? withoutSystem : full;
    return [{ linkId: item.linkId, answer: [{ valueCoding: answerCoding }] }];
  });
  return {
    resourceType: "QuestionnaireResponse",
    status: "completed",
    item: grouped ? [{ linkId: "group", item: answered }] : answered,
  };
}

describe("Questionnaires never seen before", () => {
  it("score from their own weights, wherever the weights live, with or without Coding.system", () => {
    fc.assert(
      fc.property(generatedForm, ({ items, grouped }) => {
        const result = scoreQuestionnaireResponse(responseFor(items, grouped), {
          questionnaire: questionnaireFor(items, grouped),
        });
        const missing = items.filter((item) => item.choice === undefined).map((item) => item.linkId);
        const answeredTotal = items.reduce(
          (sum, item) => sum + (item.choice === undefined ? 0 : (item.weights[item.choice] ?? 0)),
          0,
        );
        expect(result.instrument).toBe("unknown");
        expect(result.missingItems).toEqual(missing);
        expect(result.answeredTotal).toBe(answeredTotal);
        expect(result.total).toBe(missing.length === 0 ? answeredTotal : null);
      }),
      { numRuns: 200 },
    );
  });
});
