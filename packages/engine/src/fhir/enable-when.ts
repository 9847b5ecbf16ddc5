import type {
  FhirCoding,
  QuestionnaireEnableWhen,
  QuestionnaireItem,
  QuestionnaireResponseAnswer,
} from "./fhir-resources.js";

/**
 * Whether a Questionnaire item is shown, from its `enableWhen` conditions (FHIR R4 Questionnaire.item.enableWhen).
 * A hidden item is not missing when unanswered, so conditional questions do not make a response incomplete.
 */

function sameCoding(answer: FhirCoding | undefined, expected: FhirCoding): boolean {
  if (answer === undefined || answer.code !== expected.code) return false;
  return answer.system === undefined || expected.system === undefined || answer.system === expected.system;
}

function compare(answer: QuestionnaireResponseAnswer, condition: QuestionnaireEnableWhen): boolean {
  const operator = condition.operator;
  if (condition.answerCoding !== undefined) {
    const equal = sameCoding(answer.valueCoding, condition.answerCoding);
    return operator === "!=" ? !equal : operator === "=" && equal;
  }
  if (condition.answerBoolean !== undefined) {
    const equal = answer.valueBoolean === condition.answerBoolean;
    return operator === "!=" ? !equal : operator === "=" && equal;
  }
  const expected = condition.answerDecimal ?? condition.answerInteger;
  if (expected !== undefined) {
    const value = answer.valueDecimal ?? answer.valueInteger ?? answer.valueQuantity?.value;
    if (value === undefined) return false;
    switch (operator) {
      case "=":
        return value === expected;
      case "!=":
        return value !== expected;
      case ">":
        return value > expected;
      case "<":
        return value < expected;
      case ">=":
        return value >= expected;
      case "<=":
        return value <= expected;
      default:
        return false;
    }
  }
  if (condition.answerString !== undefined) {
    const equal = answer.valueString === condition.answerString;
    return operator === "!=" ? !equal : operator === "=" && equal;
  }
  return false;
}

function holds(
  condition: QuestionnaireEnableWhen,
  answersByLinkId: ReadonlyMap<string, readonly QuestionnaireResponseAnswer[]>,
): boolean {
  const answers = answersByLinkId.get(condition.question) ?? [];
  if (condition.operator === "exists") return answers.length > 0 === (condition.answerBoolean ?? true);
  return answers.some((answer) => compare(answer, condition));
}

export function isEnabled(
  item: QuestionnaireItem,
  answersByLinkId: ReadonlyMap<string, readonly QuestionnaireResponseAnswer[]>,
): boolean {
  const conditions = item.enableWhen;
  if (conditions === undefined || conditions.length === 0) return true;
  return item.enableBehavior === "any"
    ? conditions.some((condition) => holds(condition, answersByLinkId))
    : conditions.every((condition) => holds(condition, answersByLinkId));
}
