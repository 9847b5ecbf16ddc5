import { AnswerOutOfRangeError } from "../instruments/answer-errors.js";
import { allowedAnswers, answerIndex } from "../instruments/answer-index.js";
import type { Sex } from "../instruments/band-lookup.js";
import type {
  AnswerOption,
  InstrumentDefinition,
  InstrumentItem,
} from "../instruments/instrument-definition.js";
import type { ScaleResult } from "../instruments/scale-result.js";
import { scaleLayout, scoreItemPoints } from "../instruments/score-points.js";
import { isEnabled } from "./enable-when.js";
import { FhirImportError } from "./fhir-import-error.js";
import {
  LOINC_SYSTEM,
  type Questionnaire,
  type QuestionnaireItem,
  type QuestionnaireResponse,
  type QuestionnaireResponseAnswer,
} from "./fhir-resources.js";
import { instrumentItemFor, isTotalOf, recognizeInstrument } from "./instrument-recognition.js";
import { type AnswerWeights, questionnaireWeights, weightOfAnswer } from "./questionnaire-weights.js";
import { entryLocation, type ResponseEntry, responseEntries } from "./response-entries.js";

export interface ResponseScoringOptions {
  /** The Questionnaire the response answers; needed when only its weights say what an answer is worth. */
  readonly questionnaire?: Questionnaire;
  /** For AUDIT-C's sex-specific cut-off. */
  readonly sex?: Sex;
  /** Prefix for error locations (a Bundle entry). */
  readonly location?: string;
}

function describeAnswer(answer: QuestionnaireResponseAnswer): string {
  if (answer.valueCoding !== undefined) {
    const { system, code, display } = answer.valueCoding;
    return `code ${JSON.stringify(code ?? "")}${system === undefined ? " (no system)" : ` from ${system}`}${
      display === undefined ? "" : ` "${display}"`
    }`;
  }
  for (const key of ["valueInteger", "valueDecimal", "valueBoolean", "valueString"] as const) {
    if (answer[key] !== undefined) return `${key} ${JSON.stringify(answer[key])}`;
  }
  return "an answer with no value";
}

function optionByPoints(item: InstrumentItem, points: number): AnswerOption | undefined {
  return item.options.find((option) => option.points === points);
}

const answerSystemSuffixes = new Map<string, string>();
function answerSystemSuffix(definition: InstrumentDefinition): string {
  let suffix = answerSystemSuffixes.get(definition.id);
  if (suffix === undefined) {
    suffix = `/CodeSystem/${definition.id}-answers`;
    answerSystemSuffixes.set(definition.id, suffix);
  }
  return suffix;
}

/** Points for one answer to a known scale item: by answer code, then by the Questionnaire's weight, then by value. */
function pointsForKnownItem(
  definition: InstrumentDefinition,
  item: InstrumentItem,
  answer: QuestionnaireResponseAnswer,
  weights: AnswerWeights | undefined,
  linkId: string,
): number {
  const options = answerIndex(definition).options.get(item.id);
  const coding = answer.valueCoding;
  const answerSystem = answerSystemSuffix(definition);
  if (coding?.code !== undefined) {
    // Known codes are LOINC answer codes or our own; another system's code is read through the weights.
    const system = coding.system;
    const readable =
      system === undefined ||
      system === LOINC_SYSTEM ||
      system === LOINC_OID ||
      system.endsWith(answerSystem);
    const known = readable ? options?.get(coding.code) : undefined;
    if (known !== undefined) return known.points;
  }
  const weight = weights === undefined ? undefined : weightOfAnswer(weights, answer);
  const ownWeight = weight ?? weightOfAnswer(EMPTY_WEIGHTS, answer);
  if (ownWeight !== undefined && !Number.isNaN(ownWeight)) {
    if (optionByPoints(item, ownWeight) !== undefined) return ownWeight;
    throw new AnswerOutOfRangeError(
      definition.id,
      linkId,
      `${describeAnswer(answer)} weighing ${ownWeight}`,
      allowedAnswers(item),
    );
  }
  let key: string | undefined;
  if (coding?.display !== undefined) key = coding.display.trim().toLowerCase();
  else if (answer.valueBoolean !== undefined) key = answer.valueBoolean ? "yes" : "no";
  else if (answer.valueInteger !== undefined) key = String(answer.valueInteger);
  else if (answer.valueDecimal !== undefined) key = String(answer.valueDecimal);
  else if (answer.valueString !== undefined) key = answer.valueString.trim();
  const byValue = key === undefined ? undefined : (options?.get(key) ?? options?.get(key.toLowerCase()));
  if (byValue !== undefined) return byValue.points;
  throw new AnswerOutOfRangeError(definition.id, linkId, describeAnswer(answer), allowedAnswers(item));
}

const LOINC_OID = "urn:oid:2.16.840.1.113883.6.1";

const EMPTY_WEIGHTS: AnswerWeights = {
  bySystemAndCode: new Map(),
  byCode: new Map(),
  byDisplay: new Map(),
  byValue: new Map(),
  described: [],
};

function statedNumber(answers: readonly QuestionnaireResponseAnswer[]): number | undefined {
  const answer = answers[0];
  if (answer === undefined) return undefined;
  const value = answer.valueDecimal ?? answer.valueInteger ?? answer.valueQuantity?.value;
  if (typeof value === "number") return value;
  if (answer.valueString !== undefined && /^\s*-?\d+(\.\d+)?\s*$/.test(answer.valueString)) {
    return Number(answer.valueString);
  }
  return undefined;
}

function singleAnswer(
  entry: ResponseEntry,
  answers: readonly QuestionnaireResponseAnswer[],
  repeats: boolean,
  root: string,
): readonly QuestionnaireResponseAnswer[] {
  if (answers.length > 1 && !repeats) {
    throw new FhirImportError(
      `${entryLocation(entry, root)}.answer`,
      `item "${entry.linkId}" has ${answers.length} answers; a scale item takes one`,
    );
  }
  return answers;
}

function scoreKnownInstrument(
  definition: InstrumentDefinition,
  response: QuestionnaireResponse,
  entries: readonly ResponseEntry[],
  questionnaire: Questionnaire | undefined,
  options: ResponseScoringOptions,
  root: string,
): ScaleResult {
  const weights = questionnaire === undefined ? undefined : questionnaireWeights(questionnaire);
  const positional = questionnaire === undefined ? undefined : itemsByPosition(definition, questionnaire);
  const itemFor = (linkId: string, questionnaireItem: QuestionnaireItem | undefined) =>
    instrumentItemFor(definition, linkId, questionnaireItem) ?? positional?.get(linkId);
  const { indexOf } = scaleLayout(definition);
  const points: (number | undefined)[] = new Array(definition.items.length);
  const linkIdOf: (string | undefined)[] = new Array(definition.items.length);
  const itemScores: Record<string, number> = {};
  let notes: string[] | undefined;
  let statedTotal: number | undefined;
  let slashStyle = false;
  let bareLoincStyle = false;

  for (const entry of entries) {
    const questionnaireItem = weights?.items.get(entry.linkId);
    const item = itemFor(entry.linkId, questionnaireItem);
    if (item === undefined) {
      if (isTotalOf(definition, entry.linkId, questionnaireItem) || weights?.totals.has(entry.linkId)) {
        statedTotal = statedNumber(entry.answers) ?? statedTotal;
      } else if (entry.answers.length > 0 && entry.answers.some((answer) => answer.item === undefined)) {
        notes ??= [];
        notes.push(`"${entry.linkId}" is not an item of ${definition.title}; it was not scored.`);
      }
      continue;
    }
    if (entry.linkId.charCodeAt(0) === 47) slashStyle = true;
    else if (item.loinc.includes(entry.linkId)) bareLoincStyle = true;
    const answer = singleAnswer(entry, entry.answers, false, root)[0];
    if (answer === undefined) continue;
    const value = pointsForKnownItem(
      definition,
      item,
      answer,
      weights?.weighted.get(entry.linkId),
      entry.linkId,
    );
    // Two linkIds for one item (TAPS-1 alcohol asked with the men's and the women's LOINC item): the higher counts.
    const position = indexOf.get(item.id) ?? -1;
    const previous = points[position];
    if (previous === undefined || value > previous) {
      const previousLinkId = linkIdOf[position];
      if (previousLinkId !== undefined) delete itemScores[previousLinkId];
      points[position] = value;
      if (item.countsTowardTotal) itemScores[entry.linkId] = value;
      linkIdOf[position] = entry.linkId;
    }
  }

  const scored = scoreItemPoints(
    definition,
    points,
    itemScores,
    options.sex === undefined ? {} : { sex: options.sex },
  );
  let missingItems = scored.missingItems;
  if (missingItems.length > 0) {
    // Name a missing item the way this response (or its Questionnaire) names items.
    const questionnaireLinkIdOf = new Map<string, string>();
    for (const [linkId, questionnaireItem] of weights?.items ?? []) {
      const item = instrumentItemFor(definition, linkId, questionnaireItem);
      if (item !== undefined && !questionnaireLinkIdOf.has(item.id))
        questionnaireLinkIdOf.set(item.id, linkId);
    }
    missingItems = missingItems.map((itemId) => {
      const fromQuestionnaire = questionnaireLinkIdOf.get(itemId);
      if (fromQuestionnaire !== undefined) return fromQuestionnaire;
      const loinc = definition.items.find((item) => item.id === itemId)?.loinc[0];
      if (loinc !== undefined && slashStyle) return `/${loinc}`;
      if (loinc !== undefined && bareLoincStyle) return loinc;
      return itemId;
    });
  }
  if (statedTotal !== undefined && scored.total !== null && statedTotal !== scored.total) {
    notes ??= [];
    notes.push(
      `The response states a total of ${statedTotal}; the answers add up to ${scored.total}, which is used.`,
    );
  }
  if (positional !== undefined) {
    notes ??= [];
    notes.push(
      `The Questionnaire's items carry no codes Stepwise knows; they were matched to ${definition.title} by their order.`,
    );
  }
  if (response.status !== "completed" && response.status !== "amended") {
    notes ??= [];
    notes.push(`The response status is "${response.status}", not completed.`);
  }
  const result: { -readonly [Key in keyof ScaleResult]: ScaleResult[Key] } = {
    instrument: scored.instrument,
    total: scored.total,
    answeredTotal: scored.answeredTotal,
    band: scored.band,
    flags: scored.flags,
    missingItems,
    itemScores,
  };
  if (scored.bandFloor !== undefined) result.bandFloor = scored.bandFloor;
  if (scored.readingsBySex !== undefined) result.readingsBySex = scored.readingsBySex;
  if (scored.substances !== undefined) result.substances = scored.substances;
  if (statedTotal !== undefined) result.statedTotal = statedTotal;
  if (notes !== undefined) result.notes = notes;
  return result;
}

/**
 * A Questionnaire recognized as a known scale (by its panel code or URL) whose items carry no codes we know: its
 * weighted items are matched to the scale's items by order, when there are exactly as many. Without this, a PHQ-9
 * with local linkIds would lose its item-9 safety flag.
 */
function itemsByPosition(
  definition: InstrumentDefinition,
  questionnaire: Questionnaire,
): ReadonlyMap<string, InstrumentItem> | undefined {
  const { items, weighted } = questionnaireWeights(questionnaire);
  for (const [linkId, questionnaireItem] of items) {
    if (instrumentItemFor(definition, linkId, questionnaireItem) !== undefined) return undefined;
  }
  const linkIds = [...weighted.keys()];
  const counted = definition.items.filter((item) => item.countsTowardTotal);
  const targets =
    linkIds.length === counted.length
      ? counted
      : linkIds.length === definition.items.length
        ? definition.items
        : [];
  if (targets.length === 0) return undefined;
  return new Map(linkIds.map((linkId, index) => [linkId, targets[index] as InstrumentItem]));
}

/** A scale never seen before: the total is the sum of the Questionnaire's answer weights. */
function scoreByWeights(
  response: QuestionnaireResponse,
  entries: readonly ResponseEntry[],
  questionnaire: Questionnaire,
  root: string,
): ScaleResult {
  const { weighted, items, totals } = questionnaireWeights(questionnaire);
  const answersByLinkId = new Map<string, QuestionnaireResponseAnswer[]>();
  const entryByLinkId = new Map<string, ResponseEntry>();
  let statedTotal: number | undefined;
  for (const entry of entries) {
    const list = answersByLinkId.get(entry.linkId) ?? [];
    list.push(...entry.answers);
    answersByLinkId.set(entry.linkId, list);
    if (!entryByLinkId.has(entry.linkId)) entryByLinkId.set(entry.linkId, entry);
    if (totals.has(entry.linkId)) statedTotal = statedNumber(entry.answers) ?? statedTotal;
  }
  const itemScores: Record<string, number> = {};
  const missingItems: string[] = [];
  let answeredTotal = 0;
  for (const [linkId, weights] of weighted) {
    const questionnaireItem = items.get(linkId);
    if (questionnaireItem !== undefined && !isEnabled(questionnaireItem, answersByLinkId)) continue;
    const entry = entryByLinkId.get(linkId);
    const answers =
      entry === undefined
        ? []
        : singleAnswer(entry, answersByLinkId.get(linkId) ?? [], questionnaireItem?.repeats === true, root);
    if (answers.length === 0) {
      missingItems.push(linkId);
      continue;
    }
    let itemTotal = 0;
    for (const answer of answers) {
      const weight = weightOfAnswer(weights, answer);
      if (weight === undefined || Number.isNaN(weight)) {
        const problem =
          weight === undefined
            ? "has no weight in the Questionnaire"
            : "matches answers with different weights; its Coding needs a system";
        throw new FhirImportError(
          entry === undefined ? linkId : entryLocation(entry, root),
          `${describeAnswer(answer)} for item "${linkId}" ${problem}; weighted answers are ${weights.described.join(", ")}`,
        );
      }
      itemTotal += weight;
    }
    itemScores[linkId] = itemTotal;
    answeredTotal += itemTotal;
  }
  if (weighted.size === 0) {
    throw new FhirImportError(
      "Questionnaire",
      "no answer weights found (expected itemWeight or ordinalValue on answerOption or in a contained ValueSet), so the response cannot be scored",
    );
  }
  const notes: string[] = [];
  const total = missingItems.length === 0 ? answeredTotal : null;
  if (statedTotal !== undefined && total !== null && statedTotal !== total) {
    notes.push(
      `The response states a total of ${statedTotal}; the answers add up to ${total}, which is used.`,
    );
  }
  if (response.status !== "completed" && response.status !== "amended") {
    notes.push(`The response status is "${response.status}", not completed.`);
  }
  return {
    instrument: "unknown",
    total,
    answeredTotal,
    band: null,
    flags: [],
    missingItems,
    itemScores,
    ...(statedTotal === undefined ? {} : { statedTotal }),
    ...(notes.length === 0 ? {} : { notes }),
  };
}

/**
 * Scores a FHIR R4 QuestionnaireResponse (docs/design/instruments.md §2): a known scale by its LOINC item and
 * answer codes (or the Questionnaire's weights where codes are unknown), any other scale by the weights in
 * its Questionnaire. The total is always recomputed; a stated total is reported beside it, never used.
 */
export function scoreQuestionnaireResponse(
  response: QuestionnaireResponse,
  options: ResponseScoringOptions = {},
): ScaleResult {
  const location = options.location ?? "QuestionnaireResponse";
  const entries = responseEntries(response);
  const questionnaire = options.questionnaire;
  const questionnaireItems =
    questionnaire === undefined
      ? new Map<string, QuestionnaireItem>()
      : questionnaireWeights(questionnaire).items;
  const definition = recognizeInstrument(response.questionnaire, entries, questionnaire, questionnaireItems);
  if (definition !== undefined)
    return scoreKnownInstrument(definition, response, entries, questionnaire, options, location);
  if (questionnaire === undefined) {
    throw new FhirImportError(
      location,
      `no known scale matches its items (${entries
        .map((entry) => entry.linkId)
        .slice(0, 5)
        .join(", ")}${entries.length > 5 ? ", …" : ""}) and no Questionnaire with answer weights was given`,
    );
  }
  return scoreByWeights(response, entries, questionnaire, location);
}
