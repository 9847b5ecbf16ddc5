import type {
  CodeSystem,
  CodeSystemConcept,
  ContainedResource,
  FhirCoding,
  Questionnaire,
  QuestionnaireItem,
  QuestionnaireResponseAnswer,
  ValueSetConcept,
} from "./fhir-resources.js";
import { weightIn } from "./item-weight.js";

/**
 * The answer weights a Questionnaire carries, so a scale never seen before scores with no code change
 * (FHIR SDC itemWeight and R4 ordinalValue): weights on `answerOption` or on its Coding, or on the concepts of a contained
 * ValueSet / CodeSystem named by `answerValueSet`, under `itemWeight` or `ordinalValue`.
 */
export interface AnswerWeights {
  readonly bySystemAndCode: Map<string, number>;
  /** By code alone, for answers whose Coding has no system; NaN when the same code weighs differently. */
  readonly byCode: Map<string, number>;
  readonly byDisplay: Map<string, number>;
  readonly byValue: Map<string, number>;
  /** Each weighted answer, for error messages. */
  readonly described: string[];
}

export interface QuestionnaireWeights {
  /** Every item by linkId, groups included. */
  readonly items: ReadonlyMap<string, QuestionnaireItem>;
  /** Items with at least one weighted answer, in Questionnaire order. */
  readonly weighted: ReadonlyMap<string, AnswerWeights>;
  /** Items that hold a total (a calculatedExpression, or read-only numbers): stated totals, never scored. */
  readonly totals: ReadonlySet<string>;
}

const CALCULATED_EXPRESSION_URLS = new Set([
  "http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-calculatedExpression",
  "http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-initialExpression",
]);

function emptyWeights(): AnswerWeights {
  return {
    bySystemAndCode: new Map(),
    byCode: new Map(),
    byDisplay: new Map(),
    byValue: new Map(),
    described: [],
  };
}

function remember(map: Map<string, number>, key: string, weight: number): void {
  const known = map.get(key);
  map.set(key, known === undefined || known === weight ? weight : Number.NaN);
}

function addCoding(weights: AnswerWeights, coding: FhirCoding, weight: number): void {
  if (coding.code === undefined) return;
  if (coding.system !== undefined) weights.bySystemAndCode.set(`${coding.system}|${coding.code}`, weight);
  remember(weights.byCode, coding.code, weight);
  if (coding.display !== undefined) remember(weights.byDisplay, coding.display.trim().toLowerCase(), weight);
  weights.described.push(
    `${coding.code}${coding.display === undefined ? "" : ` "${coding.display}"`} = ${weight}`,
  );
}

function canonicalWithoutVersion(canonical: string): string {
  const bar = canonical.indexOf("|");
  return bar === -1 ? canonical : canonical.slice(0, bar);
}

/** The contained ValueSet or CodeSystem a reference names: `#id`, or its canonical URL (any version). */
function findContained(questionnaire: Questionnaire, reference: string): ContainedResource | undefined {
  const contained = (questionnaire.contained ?? []).filter(
    (resource): resource is ContainedResource =>
      resource.resourceType === "ValueSet" || resource.resourceType === "CodeSystem",
  );
  if (reference.startsWith("#")) return contained.find((resource) => resource.id === reference.slice(1));
  const url = canonicalWithoutVersion(reference);
  return contained.find(
    (resource) => resource.url !== undefined && canonicalWithoutVersion(resource.url) === url,
  );
}

function codeSystemWeight(concept: CodeSystemConcept): number | undefined {
  const fromExtension = weightIn(concept.extension);
  if (fromExtension !== undefined) return fromExtension;
  for (const property of concept.property ?? []) {
    if (property.code === "itemWeight" || property.code === "weight" || property.code === "ordinalValue") {
      const value = property.valueDecimal ?? property.valueInteger;
      if (typeof value === "number") return value;
    }
  }
  return undefined;
}

function addCodeSystem(weights: AnswerWeights, codeSystem: CodeSystem, concepts = codeSystem.concept): void {
  for (const concept of concepts ?? []) {
    const weight = codeSystemWeight(concept);
    if (weight !== undefined && concept.code !== undefined) {
      addCoding(
        weights,
        {
          code: concept.code,
          ...(codeSystem.url === undefined ? {} : { system: codeSystem.url }),
          ...(concept.display === undefined ? {} : { display: concept.display }),
        },
        weight,
      );
    }
    if (concept.concept !== undefined) addCodeSystem(weights, codeSystem, concept.concept);
  }
}

function addExpansion(weights: AnswerWeights, concepts: readonly ValueSetConcept[] | undefined): void {
  for (const concept of concepts ?? []) {
    const weight = weightIn(concept.extension);
    if (weight !== undefined) addCoding(weights, concept, weight);
    addExpansion(weights, concept.contains);
  }
}

function addValueSet(
  weights: AnswerWeights,
  questionnaire: Questionnaire,
  valueSet: ContainedResource,
): void {
  if (valueSet.resourceType === "CodeSystem") {
    addCodeSystem(weights, valueSet);
    return;
  }
  addExpansion(weights, valueSet.expansion?.contains);
  for (const include of valueSet.compose?.include ?? []) {
    const found = include.system === undefined ? undefined : findContained(questionnaire, include.system);
    const codeSystem = found?.resourceType === "CodeSystem" ? found : undefined;
    for (const concept of include.concept ?? []) {
      const known = codeSystem?.concept?.find((candidate) => candidate.code === concept.code);
      const weight =
        weightIn(concept.extension) ?? (known === undefined ? undefined : codeSystemWeight(known));
      if (weight !== undefined) {
        addCoding(
          weights,
          { ...concept, ...(include.system === undefined ? {} : { system: include.system }) },
          weight,
        );
      }
    }
    if ((include.concept ?? []).length === 0 && codeSystem !== undefined) addCodeSystem(weights, codeSystem);
  }
}

function itemWeights(questionnaire: Questionnaire, item: QuestionnaireItem): AnswerWeights | undefined {
  const weights = emptyWeights();
  for (const option of item.answerOption ?? []) {
    const weight = weightIn(option.extension) ?? weightIn(option.valueCoding?.extension);
    if (weight === undefined) continue;
    if (option.valueCoding !== undefined) addCoding(weights, option.valueCoding, weight);
    if (option.valueInteger !== undefined) {
      weights.byValue.set(`integer:${option.valueInteger}`, weight);
      weights.described.push(`${option.valueInteger} = ${weight}`);
    }
    if (option.valueString !== undefined) {
      weights.byValue.set(`string:${option.valueString.trim().toLowerCase()}`, weight);
      weights.described.push(`"${option.valueString}" = ${weight}`);
    }
  }
  if (item.answerValueSet !== undefined) {
    const valueSet = findContained(questionnaire, item.answerValueSet);
    if (valueSet !== undefined) addValueSet(weights, questionnaire, valueSet);
  }
  return weights.described.length === 0 ? undefined : weights;
}

function isTotalItem(item: QuestionnaireItem): boolean {
  if (item.extension?.some((extension) => CALCULATED_EXPRESSION_URLS.has(extension.url))) return true;
  return (
    item.readOnly === true && (item.type === "decimal" || item.type === "integer" || item.type === "quantity")
  );
}

const cache = new WeakMap<Questionnaire, QuestionnaireWeights>();

export function questionnaireWeights(questionnaire: Questionnaire): QuestionnaireWeights {
  const cached = cache.get(questionnaire);
  if (cached !== undefined) return cached;
  const items = new Map<string, QuestionnaireItem>();
  const weighted = new Map<string, AnswerWeights>();
  const totals = new Set<string>();
  const visit = (list: readonly QuestionnaireItem[] | undefined) => {
    for (const item of list ?? []) {
      items.set(item.linkId, item);
      if (isTotalItem(item)) totals.add(item.linkId);
      else {
        const weights = itemWeights(questionnaire, item);
        if (weights !== undefined) weighted.set(item.linkId, weights);
      }
      visit(item.item);
    }
  };
  visit(questionnaire.item);
  const result = { items, weighted, totals };
  cache.set(questionnaire, result);
  return result;
}

/** The weight of one answer, `undefined` when it has none, NaN when its code alone is ambiguous. */
export function weightOfAnswer(
  weights: AnswerWeights,
  answer: QuestionnaireResponseAnswer,
): number | undefined {
  const own = weightIn(answer.extension) ?? weightIn(answer.valueCoding?.extension);
  if (own !== undefined) return own;
  const coding = answer.valueCoding;
  if (coding !== undefined) {
    if (coding.system !== undefined && coding.code !== undefined) {
      const exact = weights.bySystemAndCode.get(`${coding.system}|${coding.code}`);
      if (exact !== undefined) return exact;
    }
    const byCode = coding.code === undefined ? undefined : weights.byCode.get(coding.code);
    if (byCode !== undefined && !Number.isNaN(byCode)) return byCode;
    const byDisplay =
      coding.display === undefined ? undefined : weights.byDisplay.get(coding.display.trim().toLowerCase());
    if (byDisplay !== undefined && !Number.isNaN(byDisplay)) return byDisplay;
    return byCode;
  }
  if (answer.valueInteger !== undefined) return weights.byValue.get(`integer:${answer.valueInteger}`);
  if (answer.valueString !== undefined)
    return weights.byValue.get(`string:${answer.valueString.trim().toLowerCase()}`);
  return undefined;
}
