import { instrumentDefinition } from "../instruments/instrument-catalogue.js";
import type {
  AnswerOption,
  InstrumentDefinition,
  InstrumentItem,
} from "../instruments/instrument-definition.js";
import type { InstrumentId } from "../instruments/scale-result.js";
import { totalCalculatedExpression } from "./calculated-expression.js";
import {
  answerCodeSystemUrl,
  DEFAULT_CANONICAL_BASE,
  questionnaireUrl,
  scoreCodeSystemUrl,
} from "./canonical-urls.js";
import {
  type FhirCoding,
  LOINC_SYSTEM,
  type Questionnaire,
  type QuestionnaireItem,
} from "./fhir-resources.js";
import { ITEM_WEIGHT_URL, ORDINAL_VALUE_URL } from "./item-weight.js";

export const CALCULATED_EXPRESSION_URL =
  "http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-calculatedExpression";

export function answerCoding(
  definition: InstrumentDefinition,
  option: AnswerOption,
  base: string,
): FhirCoding {
  return option.loinc === undefined
    ? {
        system: answerCodeSystemUrl(definition.id, base),
        code: option.code,
        display: option.label ?? String(option.points),
      }
    : { system: LOINC_SYSTEM, code: option.loinc, display: option.label ?? String(option.points) };
}

function exportItem(definition: InstrumentDefinition, item: InstrumentItem, base: string): QuestionnaireItem {
  const enableWhen = (item.shownWhen?.anyOf ?? []).flatMap((condition) => {
    const source = definition.items.find((candidate) => candidate.id === condition.item);
    return (source?.options ?? [])
      .filter((option) => option.points >= condition.minPoints)
      .map((option) => ({
        question: condition.item,
        operator: "=" as const,
        answerCoding: answerCoding(definition, option, base),
      }));
  });
  return {
    linkId: item.id,
    ...(item.loinc.length === 0 ? {} : { code: item.loinc.map((code) => ({ system: LOINC_SYSTEM, code })) }),
    prefix: item.number,
    text: item.text,
    type: "choice",
    required: item.required,
    ...(enableWhen.length === 0 ? {} : { enableWhen, enableBehavior: "any" as const }),
    answerOption: item.options.map((option) => ({
      valueCoding: answerCoding(definition, option, base),
      // SDC 4 itemWeight, and R4's ordinalValue for readers that predate the rename.
      extension: [
        { url: ITEM_WEIGHT_URL, valueDecimal: option.points },
        { url: ORDINAL_VALUE_URL, valueDecimal: option.points },
      ],
    })),
  };
}

/**
 * A scale as a FHIR R4 Questionnaire (SDC): LOINC codes where verified, every answer's points as itemWeight
 * and ordinalValue, the total as a read-only item with a calculatedExpression, the licence in `copyright`.
 */
export function instrumentQuestionnaire(
  instrument: InstrumentId,
  options: { readonly canonicalBase?: string } = {},
): Questionnaire {
  const base = options.canonicalBase ?? DEFAULT_CANONICAL_BASE;
  const definition = instrumentDefinition(instrument);
  const totalCode =
    definition.loinc.total === undefined
      ? {
          system: scoreCodeSystemUrl(base),
          code: `${definition.id}-total`,
          display: `${definition.title} total score`,
        }
      : { system: LOINC_SYSTEM, code: definition.loinc.total, display: `${definition.title} total score` };
  return {
    resourceType: "Questionnaire",
    id: definition.id,
    meta: { profile: ["http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire"] },
    url: questionnaireUrl(definition.id, base),
    title: definition.title,
    status: "active",
    subjectType: ["Patient"],
    ...(definition.loinc.panel === undefined
      ? {}
      : { code: [{ system: LOINC_SYSTEM, code: definition.loinc.panel, display: definition.title }] }),
    description: `${definition.instructions} Timeframe: ${definition.timeframe}. Source: ${definition.citation}.`,
    copyright: `${definition.licence.statement} ${definition.licence.note}`,
    item: [
      ...definition.items.map((item) => exportItem(definition, item, base)),
      {
        linkId: `${definition.id}.total`,
        code: [totalCode],
        text: "Total score",
        type: "integer",
        readOnly: true,
        extension: [
          {
            url: CALCULATED_EXPRESSION_URL,
            valueExpression: {
              description: `${definition.title} total, recomputed from the answers`,
              language: "text/fhirpath",
              expression: totalCalculatedExpression(definition),
            },
          },
        ],
      },
    ],
  };
}
