import fc from "fast-check";
import fhirpath from "fhirpath";
import r4 from "fhirpath/fhir-context/r4";
import { describe, expect, it } from "vitest";
import { INSTRUMENTS } from "../instruments/instrument-catalogue.js";
import { INSTRUMENT_IDS } from "../instruments/scale-result.js";
import { scoreInstrument } from "../instruments/score-instrument.js";
import type { Questionnaire } from "./fhir-resources.js";
import { CALCULATED_EXPRESSION_URL, instrumentQuestionnaire } from "./questionnaire-export.js";
import { r4SchemaProblems, responseWithPoints } from "./r4-schema.test-support.js";
import { scoreQuestionnaireResponse } from "./score-questionnaire-response.js";

function totalExpression(questionnaire: Questionnaire): string {
  const total = questionnaire.item?.find((item) => item.linkId.endsWith(".total"));
  const expression = total?.extension?.find((extension) => extension.url === CALCULATED_EXPRESSION_URL)
    ?.valueExpression?.expression;
  if (expression === undefined) throw new Error("no calculatedExpression");
  return expression;
}

describe.each(INSTRUMENT_IDS)("the %s Questionnaire", (id) => {
  const questionnaire = instrumentQuestionnaire(id);
  const definition = INSTRUMENTS[id];

  it("is valid against the official FHIR R4 JSON schema", { timeout: 60_000 }, () => {
    expect(r4SchemaProblems(questionnaire)).toEqual([]);
  });

  it("carries every answer's points as itemWeight and the licence in copyright", () => {
    expect(questionnaire.copyright).toContain(definition.licence.statement);
    const weights = questionnaire.item
      ?.filter((item) => item.type === "choice")
      .map((item) => item.answerOption?.map((option) => option.extension?.[0]?.valueDecimal));
    expect(weights).toEqual(definition.items.map((item) => item.options.map((option) => option.points)));
  });

  it("has a calculatedExpression that fhirpath evaluates to the engine's total, complete or not", {
    timeout: 60_000,
  }, () => {
    const expression = totalExpression(questionnaire);
    const compiled = fhirpath.compile(expression, r4);
    const answers = fc.record(
      Object.fromEntries(
        definition.items.map((item) => [
          item.id,
          fc.option(fc.constantFrom(...item.options.map((option) => option.points)), {
            nil: undefined,
            freq: 6,
          }),
        ]),
      ),
    );
    fc.assert(
      fc.property(answers, (points) => {
        const response = responseWithPoints(id, points);
        const evaluated = compiled(response, { resource: response, questionnaire });
        const engine = scoreQuestionnaireResponse(response, { questionnaire });
        const byAnswers = scoreInstrument(
          id,
          Object.fromEntries(Object.entries(points).filter(([, value]) => value !== undefined)),
        );
        expect(engine.total).toBe(byAnswers.total);
        expect(evaluated).toEqual(engine.total === null ? [] : [engine.total]);
      }),
      { numRuns: 60 },
    );
  });
});
