/**
 * Reading answers out of an assessment: paths, scales and substance use, each three-valued
 * (true, false, or null for unknown).
 */

import type { AnswerChange, AnswerValue } from "../assessment/answer-change.js";
import type { Assessment, WithdrawalSigns } from "../assessment/assessment.js";
import { rederiveScale, type ScaleCorrection } from "../instruments/rederive-scale.js";
import type { InstrumentId, ScaleFlag } from "../instruments/scale-result.js";
import { type SubstanceUseSummary, summarizeSubstanceUse } from "./substance-use-summary.js";
import type { UseDisorderStage } from "./use-disorder-stage.js";

export type Tri = boolean | null;

const pathParts = new Map<string, readonly string[]>();

/** Splits `a.b[0].c` into its parts once per path. */
export function partsOf(path: string): readonly string[] {
  let parts = pathParts.get(path);
  if (parts === undefined) {
    parts = path.split(/\.|\[(\d+)\]/).filter((part): part is string => part !== undefined && part !== "");
    pathParts.set(path, parts);
  }
  return parts;
}

/** Reads a dot/[index] path; undefined and null both come back as null (unknown). */
export function answerAt(assessment: unknown, path: string): unknown {
  let value: unknown = assessment;
  for (const part of partsOf(path)) {
    if (value === null || value === undefined || typeof value !== "object") return null;
    value = (value as Record<string, unknown>)[part];
  }
  return value === undefined ? null : value;
}

/** Returns a copy of the assessment with each change applied, copying only the objects on each path. */
export function applyChanges(assessment: Assessment, changes: readonly AnswerChange[]): Assessment {
  let root = assessment as unknown as Record<string, unknown>;
  for (const change of changes) root = withAnswer(root, partsOf(change.path), 0, change.value);
  return root as unknown as Assessment;
}

function withAnswer(
  node: Record<string, unknown>,
  parts: readonly string[],
  index: number,
  value: AnswerValue,
): Record<string, unknown> {
  const copy: Record<string, unknown> = Array.isArray(node)
    ? ([...node] as unknown as Record<string, unknown>)
    : { ...node };
  const key = parts[index];
  if (key === undefined) return copy;
  if (index === parts.length - 1) {
    copy[key] = value;
    return copy;
  }
  const child = node[key];
  copy[key] = withAnswer(
    child !== null && typeof child === "object" ? (child as Record<string, unknown>) : {},
    parts,
    index + 1,
    value,
  );
  return copy;
}

/** What several facts share, read once per assessment (facts.ts). */
export interface AssessmentView {
  /** Each scale's total and flags as worked out again from its numbers (instruments/rederive-scale.ts). */
  readonly totals: ReadonlyMap<InstrumentId | "unknown", number | null>;
  readonly flags: ReadonlySet<ScaleFlag>;
  /** Item-level flags no scale's numbers settle (a PHQ-9 total sent without its item answers). */
  readonly undecidedFlags: ReadonlySet<ScaleFlag>;
  /** Where a sent total, band or flag disagreed with its numbers. */
  readonly corrections: readonly ScaleCorrection[];
  /** The worst withdrawal reading now, which several facts share: worked out once per assessment (facts.ts). */
  readonly worstWithdrawalNow: {
    any: WithdrawalSigns | false | null | undefined;
    sedativeType: WithdrawalSigns | false | null | undefined;
  };

  /** The substance list summed up by group (substance-use-summary.ts). */
  readonly substanceUse: SubstanceUseSummary;
  /**
   * Where the use disorder stands (use-disorder-stage.ts), which several facts share: worked out the first
   * time a fact asks, then remembered for this assessment (facts.ts).
   */
  useDisorderStage: UseDisorderStage | undefined;
}

function notYetRead(): AssessmentView["worstWithdrawalNow"] {
  return { any: undefined, sedativeType: undefined };
}

const NO_TOTALS: ReadonlyMap<InstrumentId | "unknown", number | null> = new Map();
const NO_FLAGS: ReadonlySet<ScaleFlag> = new Set();
const NO_CORRECTIONS: readonly ScaleCorrection[] = Object.freeze([]);

export function viewAssessment(assessment: Assessment): AssessmentView {
  const scales = assessment.scales;
  if (scales === null || scales === undefined || scales.length === 0)
    return {
      totals: NO_TOTALS,
      flags: NO_FLAGS,
      undecidedFlags: NO_FLAGS,
      corrections: NO_CORRECTIONS,
      worstWithdrawalNow: notYetRead(),
      substanceUse: summarizeSubstanceUse(assessment),
      useDisorderStage: undefined,
    };
  const totals = new Map<InstrumentId | "unknown", number | null>();
  const flags = new Set<ScaleFlag>();
  let undecided: Set<ScaleFlag> | undefined;
  let corrections: ScaleCorrection[] | undefined;
  for (const sent of scales) {
    const scale = rederiveScale(sent, assessment.sex);
    if (!totals.has(scale.instrument) || totals.get(scale.instrument) === null)
      totals.set(scale.instrument, scale.total);
    for (const flag of scale.flags) flags.add(flag);
    if (scale.undecided.length > 0) {
      undecided ??= new Set();
      for (const flag of scale.undecided) undecided.add(flag);
    }
    if (scale.corrections.length > 0) {
      corrections ??= [];
      corrections.push(...scale.corrections);
    }
  }
  // A flag one scale leaves open but another raises is settled.
  if (undecided !== undefined) for (const flag of flags) undecided.delete(flag);
  return {
    totals,
    flags,
    undecidedFlags: undecided ?? NO_FLAGS,
    corrections: corrections ?? NO_CORRECTIONS,
    worstWithdrawalNow: notYetRead(),
    substanceUse: summarizeSubstanceUse(assessment),
    useDisorderStage: undefined,
  };
}

/** A scale's total at or above a cut-off. A scale that was not given counts as false: scales are optional. */
export function scaleAtLeast(scales: AssessmentView, instrument: InstrumentId, cutOff: number): boolean {
  // Many assessments carry no scale: then no lookup at all.
  if (scales.totals.size === 0) return false;
  const total = scales.totals.get(instrument);
  return total !== undefined && total !== null && total >= cutOff;
}

/** A scale flag raised; most assessments carry none, and then there is no lookup. */
export function flagged(scales: AssessmentView, flag: ScaleFlag): boolean {
  return scales.flags.size > 0 && scales.flags.has(flag);
}

export function tri(value: boolean | null | undefined): Tri {
  return value === undefined ? null : value;
}

/**
 * Three-valued "or": true if any is true, null if none true but some unknown. Up to five answers, as
 * separate parameters rather than a rest list, so no list is made at each of the many calls per assessment.
 */
export function anyOf(
  first: Tri,
  second: Tri,
  third: Tri = false,
  fourth: Tri = false,
  fifth: Tri = false,
): Tri {
  if (first === true || second === true || third === true || fourth === true || fifth === true) return true;
  return first === null || second === null || third === null || fourth === null || fifth === null
    ? null
    : false;
}

/** Three-valued "and", up to five answers (as anyOf). */
export function allOf(
  first: Tri,
  second: Tri,
  third: Tri = true,
  fourth: Tri = true,
  fifth: Tri = true,
): Tri {
  if (first === false || second === false || third === false || fourth === false || fifth === false)
    return false;
  return first === null || second === null || third === null || fourth === null || fifth === null
    ? null
    : true;
}

/** An ordered answer at or beyond `from` in its list (lists run from least to most need). */
export function atLeastIn<T extends string>(order: readonly T[], value: T | null | undefined, from: T): Tri {
  if (value === null || value === undefined) return null;
  return order.indexOf(value) >= order.indexOf(from);
}
