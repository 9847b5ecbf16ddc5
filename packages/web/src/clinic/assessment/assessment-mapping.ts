import {
  ASSESSMENT_MODEL_VERSION,
  type Assessment,
  type InstrumentDefinition,
  type InstrumentId,
  type LevelOfCare,
  type Substance,
} from "@stepwise/engine";
import {
  FIELDS_BY_KEY,
  type FormField,
  formKey,
  LEVELS_OF_CARE,
  SUBSTANCE_FIELDS,
  SUBSTANCES,
} from "./assessment-fields.js";

/**
 * The form's answers and the assessment model, both ways. The form keeps one flat map of strings, where
 * the empty string means "not asked": a yes/no field is "" (not asked), "no" or "yes", so "not asked" never
 * becomes "no" (docs/design.md "Unknown is not 'fine'"). A list is "" (not asked), "none" (asked: none of
 * them) or the chosen values joined by commas.
 */
export type FormValues = Readonly<Record<string, string>>;

/** Answers to one scale as the records API scores them (record-schemas.ts scaleAnswersSchema). */
export interface ScaleAnswers {
  readonly instrument: InstrumentId;
  readonly answers: Readonly<Record<string, string>>;
}

/** Where each list entry of the body came from, so an API error about `substances[2]` finds its row. */
export interface BodyLayout {
  readonly substances: readonly Substance[];
  readonly treatments: readonly LevelOfCare[];
  readonly scales: readonly InstrumentId[];
}

export interface AssessmentBody {
  readonly answers: Assessment;
  readonly scaleAnswers: readonly ScaleAnswers[];
  readonly layout: BodyLayout;
}

export const NONE = "none";

type Mutable = Record<string, unknown>;

function setPath(target: Mutable, path: string, value: unknown): void {
  const parts = path.split(".");
  let node = target;
  for (const part of parts.slice(0, -1)) {
    const next = node[part];
    if (typeof next === "object" && next !== null) node = next as Mutable;
    else {
      const created: Mutable = {};
      node[part] = created;
      node = created;
    }
  }
  node[parts[parts.length - 1] ?? path] = value;
}

function getPath(source: unknown, path: string): unknown {
  let node = source;
  for (const part of path.split(".")) {
    if (typeof node !== "object" || node === null) return undefined;
    node = (node as Mutable)[part];
  }
  return node;
}

/**
 * A number as typed. Anything that is not a plain number is sent as typed, so the API's answer names the
 * field and the clinician sees why beside it, rather than the form quietly dropping the answer.
 */
function numberOrText(text: string): number | string {
  const trimmed = text.trim();
  return /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : trimmed;
}

/** A field's answer in the model's terms; undefined for "not asked". */
export function fieldValue(field: Pick<FormField, "kind">, text: string | undefined): unknown {
  if (text === undefined || text === "") return undefined;
  switch (field.kind) {
    case "yes-no":
      return text === "yes";
    case "number":
      return numberOrText(text);
    case "multi":
      return text === NONE ? [] : text.split(",").filter(Boolean);
    case "text":
      return text.trim() === "" ? undefined : text;
    default:
      return text;
  }
}

/** A model answer as the form shows it; "" for unknown (absent or null). */
export function fieldText(field: Pick<FormField, "kind">, value: unknown): string {
  if (value === undefined || value === null) return "";
  switch (field.kind) {
    case "yes-no":
      return value === true ? "yes" : value === false ? "no" : "";
    case "multi":
      return Array.isArray(value) ? (value.length === 0 ? NONE : value.join(",")) : "";
    default:
      return String(value);
  }
}

/** The assessment the form's answers describe, and the scales to score on the server. */
export function formToAssessment(values: FormValues, today: string): AssessmentBody {
  const answers: Mutable = {
    modelVersion: ASSESSMENT_MODEL_VERSION,
    mode: "clinician",
    asOf: values.asOf?.trim() || today,
  };
  for (const [key, field] of FIELDS_BY_KEY) {
    if (key === "asOf") continue;
    const value = fieldValue(field, values[key]);
    if (value !== undefined) setPath(answers, key, value);
  }

  const substances: Mutable[] = [];
  const substanceOrder: Substance[] = [];
  for (const substance of SUBSTANCES) {
    const entry: Mutable = { substance };
    for (const field of SUBSTANCE_FIELDS) {
      const value = fieldValue(field, values[formKey.substance(substance, field.key)]);
      if (value !== undefined) entry[field.key] = value;
    }
    if (Object.keys(entry).length > 1) {
      substances.push(entry);
      substanceOrder.push(substance);
    }
  }
  if (substances.length > 0) answers.substances = substances;

  const treatments: Mutable[] = [];
  const treatmentOrder: LevelOfCare[] = [];
  for (const level of LEVELS_OF_CARE) {
    const outcome = values[formKey.treatment(level, "outcome")] ?? "";
    const months = values[formKey.treatment(level, "months")] ?? "";
    if (outcome === "" && months.trim() === "") continue;
    const entry: Mutable = { level };
    if (outcome !== "" && outcome !== "had") entry.outcome = outcome;
    if (months.trim() !== "") entry.endedMonthsAgo = numberOrText(months);
    treatments.push(entry);
    treatmentOrder.push(level);
  }
  if (treatments.length > 0) setPath(answers, "history.treatments", treatments);
  else if (values[formKey.noTreatment] === NONE) setPath(answers, "history.treatments", []);

  const waitlist: Mutable = {};
  for (const level of LEVELS_OF_CARE) {
    const days = values[formKey.waitlist(level)]?.trim() ?? "";
    if (days !== "") waitlist[level] = numberOrText(days);
  }
  if (Object.keys(waitlist).length > 0) setPath(answers, "access.waitlistDays", waitlist);

  const scales = new Map<string, Record<string, string>>();
  for (const [key, code] of Object.entries(values)) {
    if (!key.startsWith("scale:") || code === "") continue;
    const [, instrument = "", itemId = ""] = key.split(":");
    const answered = scales.get(instrument) ?? {};
    answered[itemId] = code;
    scales.set(instrument, answered);
  }
  const scaleAnswers = [...scales].map(([instrument, answered]) => ({
    instrument: instrument as InstrumentId,
    answers: answered,
  }));

  return {
    answers: answers as unknown as Assessment,
    scaleAnswers,
    layout: {
      substances: substanceOrder,
      treatments: treatmentOrder,
      scales: scaleAnswers.map((scale) => scale.instrument),
    },
  };
}

/**
 * The form's answers for an assessment read back (a reassessment starts from the last one). Scale items
 * come back from each result's item scores; items that are asked but not added to the total (the ASQ
 * acuity question, the PHQ-9 difficulty question) are not stored, so they are asked again.
 */
export function assessmentToForm(
  assessment: Assessment,
  instruments: readonly InstrumentDefinition[],
): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, field] of FIELDS_BY_KEY) {
    const text = fieldText(field, getPath(assessment, key));
    if (text !== "") values[key] = text;
  }
  for (const entry of assessment.substances ?? []) {
    for (const field of SUBSTANCE_FIELDS) {
      const text = fieldText(field, (entry as unknown as Mutable)[field.key]);
      if (text !== "") values[formKey.substance(entry.substance, field.key)] = text;
    }
  }
  const treatments = assessment.history?.treatments;
  if (Array.isArray(treatments)) {
    if (treatments.length === 0) values[formKey.noTreatment] = NONE;
    for (const treatment of treatments) {
      values[formKey.treatment(treatment.level, "outcome")] = treatment.outcome ?? "had";
      if (typeof treatment.endedMonthsAgo === "number") {
        values[formKey.treatment(treatment.level, "months")] = String(treatment.endedMonthsAgo);
      }
    }
  }
  for (const [level, days] of Object.entries(assessment.access?.waitlistDays ?? {})) {
    if (typeof days === "number") values[formKey.waitlist(level)] = String(days);
  }
  for (const scale of assessment.scales ?? []) {
    const definition = instruments.find((instrument) => instrument.id === scale.instrument);
    if (definition === undefined) continue;
    for (const [itemId, points] of Object.entries(scale.itemScores ?? {})) {
      const option = definition.items
        .find((item) => item.id === itemId)
        ?.options.find((candidate) => candidate.points === points);
      if (option !== undefined) values[formKey.scaleItem(definition.id, itemId)] = option.code;
    }
  }
  return values;
}

/**
 * The form key an API error names (`answers.substances[1].lastUseDaysAgo`,
 * `scaleAnswers[0].answers.ciwa-ar.3`), or undefined when it names no input of the form.
 */
export function formKeyForApiField(field: string, layout: BodyLayout): string | undefined {
  const scale = /^scaleAnswers\[(\d+)\](?:\.answers\.(.+)|\.instrument)?$/.exec(field);
  if (scale !== null) {
    const instrument = layout.scales[Number(scale[1])];
    if (instrument === undefined) return undefined;
    return formKey.scaleItem(instrument, scale[2] ?? `${instrument}.1`);
  }
  if (!field.startsWith("answers.")) return undefined;
  const path = field.slice("answers.".length);
  const substance = /^substances\[(\d+)\](?:\.(\w+))?/.exec(path);
  if (substance !== null) {
    const which = layout.substances[Number(substance[1])];
    if (which === undefined) return undefined;
    const known = SUBSTANCE_FIELDS.find((candidate) => candidate.key === substance[2]);
    return formKey.substance(which, known?.key ?? "frequency");
  }
  const treatment = /^history\.treatments\[(\d+)\](?:\.(\w+))?/.exec(path);
  if (treatment !== null) {
    const level = layout.treatments[Number(treatment[1])];
    if (level === undefined) return formKey.noTreatment;
    return formKey.treatment(level, treatment[2] === "endedMonthsAgo" ? "months" : "outcome");
  }
  const waitlist = /^access\.waitlistDays\.([\w-]+)/.exec(path);
  if (waitlist !== null) return formKey.waitlist(waitlist[1] ?? "");
  // A list item (`medical.conditions[0]`) or a nested part names its field.
  let key = path.replace(/\[\d+\].*$/, "");
  while (key !== "") {
    if (FIELDS_BY_KEY.has(key)) return key;
    key = key.includes(".") ? key.slice(0, key.lastIndexOf(".")) : "";
  }
  return undefined;
}

/**
 * Where the form should put focus for a question a result says is still unknown (an unknown's or a
 * must-ask item's answer path, explanation/unknowns.ts).
 */
export function formKeyForUnknown(path: string, values: FormValues): string {
  if (FIELDS_BY_KEY.has(path)) return path;
  const scaleItem = /^scales\.([\w-]+)\.item-(\d+)$/.exec(path);
  if (scaleItem !== null) return formKey.scaleItem(scaleItem[1] ?? "", `${scaleItem[1]}.${scaleItem[2]}`);
  if (path === "scales.asq.acuity") return formKey.scaleItem("asq", "asq.5");
  if (path.startsWith("substances")) {
    const listed = SUBSTANCES.find((substance) => values[formKey.substance(substance, "frequency")]);
    const field =
      path === "substances.lastUse"
        ? "lastUseDaysAgo"
        : path === "substances.specific"
          ? "specific"
          : "frequency";
    // Without a substance listed yet, the question starts at the first row's "how often".
    return listed === undefined
      ? formKey.substance("alcohol", "frequency")
      : formKey.substance(listed, field);
  }
  if (path.startsWith("history.treatments")) return formKey.noTreatment;
  let key = path;
  while (key.includes(".")) {
    key = key.slice(0, key.lastIndexOf("."));
    if (FIELDS_BY_KEY.has(key)) return key;
  }
  return "asOf";
}
