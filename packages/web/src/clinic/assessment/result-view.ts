import type { PlacementDescription, PlacementResult, TransitionResult } from "@stepwise/engine";

/** A level's name with its ASAM crosswalk codes, as the records API gives it (explanation.ts labelOfLevel). */
export interface LevelLabel {
  readonly id: string;
  readonly name: string;
  readonly label: string;
}

/**
 * The stored result in words, as the records API explains it (explanation.ts placementExplanation): the
 * engine's description of the placement, with the level and the transition named with crosswalk codes.
 */
export type ResultExplanation = Pick<
  PlacementDescription,
  | "withdrawalManagement"
  | "urgent"
  | "reasons"
  | "ratings"
  | "nextLowerLevel"
  | "wouldChange"
  | "unknowns"
  | "medications"
  | "provisional"
> & {
  readonly language: string;
  readonly level: LevelLabel | null;
  readonly transition: {
    readonly kind: string;
    readonly from: LevelLabel | null;
    readonly to: LevelLabel | null;
    readonly reasons: readonly string[];
  } | null;
};

/** One stored assessment as GET /api/assessments/{id} answers (record-schemas.ts assessmentView). */
export interface StoredAssessmentView {
  readonly id: string;
  readonly clientId: string;
  readonly asOf: string;
  readonly answers: Record<string, unknown>;
  readonly result: PlacementResult;
  readonly previousAssessmentId: string | null;
  readonly transition: TransitionResult | null;
  readonly explanation: ResultExplanation | null;
  readonly supersedesId: string | null;
  readonly correctionNote: string | null;
}

/** Two assessments side by side (assessment-compare-route.ts comparisonView). */
export interface Comparison {
  readonly dimensions: readonly {
    readonly dimension: string;
    readonly from: number | null;
    readonly to: number | null;
    readonly change: number | null;
  }[];
  readonly scales: readonly {
    readonly instrument: string;
    readonly from: number | null;
    readonly to: number | null;
    readonly change: number | null;
  }[];
}

/** Each unknown's question with its answer path, so the question can link back to the form. */
export function unknownQuestions(
  result: Pick<PlacementResult, "unknowns" | "mustAsk">,
  explanation: Pick<ResultExplanation, "unknowns"> | null,
  language: "en" | "es",
  question: (path: string) => string,
): { readonly path: string; readonly text: string }[] {
  const seen = new Set<string>();
  const questions: { path: string; text: string }[] = [];
  for (const item of result.mustAsk ?? []) {
    if (seen.has(item.id)) continue;
    seen.add(item.id);
    // The engine's question about the client (the clinician's voice), else the result's own wording.
    const asked = question(item.id);
    questions.push({ path: item.id, text: asked === item.id ? item.question[language] : asked });
  }
  (result.unknowns ?? []).forEach((unknown, index) => {
    if (seen.has(unknown.path)) return;
    seen.add(unknown.path);
    questions.push({ path: unknown.path, text: explanation?.unknowns[index] ?? question(unknown.path) });
  });
  return questions;
}

/** Each text once, in order: several findings can read the same once their details are left out. */
export function distinct(texts: readonly string[]): string[] {
  return [...new Set(texts)];
}
