/**
 * What the page for the professional may say, from the answers alone: each answer given, the
 * questions answered "not sure" and those never asked (listed as unknown, never as "none"), which of
 * the six dimensions were asked about at all (a dimension nobody asked about is "not asked", not a
 * rating of 0), and the engine's rule statements without a scale band no scale measured (a statement
 * that names "CIWA-Ar 10–18 or COWS 13–36" describes a rule; when no such scale was given the band
 * would read as a finding). The CO-Triage-style six-dimension report puts findings, not defaults,
 * before the clinician (ASAM Criteria 3rd ed., "multidimensional assessment", in our words).
 */
import type { Assessment, Dimension } from "@stepwise/engine";
import { QUESTIONS, type Question, type Responses } from "../self-check/questions.js";

export interface GivenAnswer {
  readonly question: Question;
  readonly optionId: string;
}

export interface AnswersSummary {
  readonly given: readonly GivenAnswer[];
  readonly notSure: readonly Question[];
  readonly notAsked: readonly Question[];
}

export function summariseAnswers(responses: Responses): AnswersSummary {
  const given: GivenAnswer[] = [];
  const notSure: Question[] = [];
  const notAsked: Question[] = [];
  for (const question of QUESTIONS) {
    if (!(question.id in responses)) notAsked.push(question);
    else {
      const optionId = responses[question.id];
      if (optionId === null || optionId === undefined) notSure.push(question);
      else given.push({ question, optionId });
    }
  }
  return { given, notSure, notAsked };
}

/** The assessment's parts that describe each dimension, and the scales that measure it. */
const DIMENSION_FIELDS: Readonly<Record<Dimension, readonly string[]>> = {
  withdrawal: ["withdrawal"],
  biomedical: ["medical"],
  emotional: ["mentalHealth"],
  readiness: ["readiness"],
  relapse: ["history"],
  environment: ["environment"],
};
const DIMENSION_SCALES: Readonly<Record<Dimension, readonly string[]>> = {
  withdrawal: ["ciwa-ar", "cows"],
  biomedical: [],
  emotional: ["phq-9", "phq-2", "gad-7", "asq"],
  readiness: [],
  relapse: [],
  environment: [],
};

function hasKnownValue(value: unknown): boolean {
  if (value === null || value === undefined) return false;
  if (Array.isArray(value)) return true;
  if (typeof value === "object") return Object.values(value).some(hasKnownValue);
  return true;
}

/** True when at least one answer or scale in the assessment speaks to the dimension. */
export function dimensionAsked(assessment: Assessment, dimension: Dimension): boolean {
  const record = assessment as unknown as Record<string, unknown>;
  if (DIMENSION_FIELDS[dimension].some((field) => hasKnownValue(record[field]))) return true;
  const scales = assessment.scales ?? [];
  return scales.some((scale) => DIMENSION_SCALES[dimension].includes(scale.instrument));
}

/** Scale names as they appear in rule statements, by instrument id. */
const SCALE_NAMES: Readonly<Record<string, RegExp>> = {
  "ciwa-ar": /CIWA-Ar/,
  cows: /COWS/,
  "phq-9": /PHQ-9/,
  "gad-7": /GAD-7/,
  asq: /\bASQ\b/,
  audit: /\bAUDIT\b/,
  "dast-10": /DAST-10/,
  pawss: /PAWSS/,
};

/**
 * The statement without any parenthesised scale band for scales that were not given: "Moderate
 * withdrawal now (CIWA-Ar 10–18 or COWS 13–36) can be managed…" becomes "Moderate withdrawal now can
 * be managed…" unless a CIWA-Ar or COWS result is in the assessment.
 */
export function withoutUnmeasuredBands(statement: string, measured: ReadonlySet<string>): string {
  return statement
    .replace(/\s*\(([^()]*)\)/g, (whole, inside: string) => {
      const named = Object.entries(SCALE_NAMES).filter(([, pattern]) => pattern.test(inside));
      if (named.length === 0) return whole;
      return named.some(([instrument]) => measured.has(instrument)) ? whole : "";
    })
    .replace(/\s+([.,;:])/g, "$1");
}

export function measuredScales(assessment: Assessment): Set<string> {
  const measured = new Set<string>((assessment.scales ?? []).map((scale) => scale.instrument));
  if (typeof assessment.withdrawal?.pawssScore === "number") measured.add("pawss");
  return measured;
}
