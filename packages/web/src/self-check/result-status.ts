import { LEVELS_OF_CARE, type PlacementResult, URGENT_TIERS } from "@stepwise/engine";
import { QUESTIONS, type Question, type Responses } from "./questions.js";
import { unknownSafetyQuestions } from "./safety-questions.js";

/**
 * Whether a result may name a level, read defensively: newer engines return `levelStatus` and `mustAsk`
 * (the answers that matter most, most important first); with an engine that does not, the web derives
 * "needs-answers" itself when a safety question is unknown. Either way no level is suggested from too
 * little: an unknown answer about suicide, danger, an overdose or a withdrawal emergency is never read
 * as "no" (988 Lifeline safe-messaging guidance; ASAM 2020 alcohol withdrawal guideline II).
 */
export type LevelStatus = "needs-answers" | "suggested";

export interface MustAsk {
  /** The engine's answer-field id (or our question's first path when we derived it). */
  readonly path: string;
  /** Our own question for that field, so the person can answer it in place; null when we have none. */
  readonly question: Question | null;
  /** The engine's question text, when it sent one. */
  readonly text: { readonly en: string; readonly es: string } | null;
}

export interface ResultStatus {
  readonly levelStatus: LevelStatus;
  readonly mustAsk: readonly MustAsk[];
}

/** How many of the most important answers to name at once. */
export const MUST_ASK_SHOWN = 4;

/** The self-check question that sets an engine answer path (the main substance is `substances[0]`). */
export function questionForPath(path: string): Question | null {
  const normalised = path
    .replace(/^substances\[0\]\./, "main.")
    .replace(/^substances\[1\]\.substance$/, "also.substance")
    .replace(/^substances$/, "main.frequency");
  return QUESTIONS.find((question) => question.paths.includes(normalised)) ?? null;
}

/** 0 for the most urgent tier (emergency); unknown tiers rank last. */
function tierRank(tier: unknown): number {
  const rank = URGENT_TIERS.indexOf(tier as (typeof URGENT_TIERS)[number]);
  return rank === -1 ? URGENT_TIERS.length : rank;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function readText(value: unknown): MustAsk["text"] {
  if (!isRecord(value)) return null;
  const en = value.en;
  const es = value.es;
  return typeof en === "string" && typeof es === "string" ? { en, es } : null;
}

/** One engine `mustAsk` entry, whatever its exact shape: a path string or an object naming the field. */
function readMustAsk(entry: unknown): MustAsk | null {
  if (typeof entry === "string") return { path: entry, question: questionForPath(entry), text: null };
  if (!isRecord(entry)) return null;
  const path = [entry.path, entry.field, entry.id].find((value) => typeof value === "string");
  if (typeof path !== "string") return null;
  return {
    path,
    question: questionForPath(path),
    text: readText(entry.question) ?? readText(entry.text),
  };
}

function dedupe(items: readonly MustAsk[]): MustAsk[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = item.question?.id ?? item.path;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * `duringCheck`: the check is still going on, so the questions still to come will be asked anyway; only
 * an unknown safety answer holds back a first idea (first-idea.ts). At the end the engine's own
 * `levelStatus` and `mustAsk` count too.
 */
export function resultStatus(
  result: PlacementResult,
  responses: Responses,
  options: { readonly duringCheck?: boolean } = {},
): ResultStatus {
  const raw = (
    options.duringCheck === true ? {} : (result as unknown as { levelStatus?: unknown; mustAsk?: unknown })
  ) as { levelStatus?: unknown; mustAsk?: unknown };
  const derived: MustAsk[] = unknownSafetyQuestions(responses).map((id) => {
    const question = QUESTIONS.find((candidate) => candidate.id === id) ?? null;
    return { path: question?.paths[0] ?? id, question, text: null };
  });
  // People under 18 get the adolescent redirect, not a level, whatever else is unknown.
  if (result.adolescent !== null) return { levelStatus: "suggested", mustAsk: [] };
  const engineMustAsk = Array.isArray(raw.mustAsk)
    ? raw.mustAsk.map(readMustAsk).filter((item) => item !== null)
    : [];
  // Safety questions we know are open come first even if the engine ranks them otherwise, then the
  // questions answered "not sure", then those never asked. A question already answered is not offered
  // again (the engine may want detail the self-check does not ask, such as amounts).
  const openness = (item: MustAsk): number => {
    if (item.question === null) return 2;
    if (!(item.question.id in responses)) return 1;
    return responses[item.question.id] === null ? 0 : 3;
  };
  const mustAsk = dedupe([
    ...derived,
    ...engineMustAsk
      .filter((item) => openness(item) !== 3)
      .sort((a, b) => (openness(a) === 0 ? 0 : 1) - (openness(b) === 0 ? 0 : 1)),
  ]);
  // The adaptive flow asks every safety question and leaves out only questions whose answer cannot
  // change the recommendation (adaptive-flow.ts, property-tested), so at the end the engine's "needs
  // answers" holds the level back when an answer the person gave as "not sure" could add an urgent item
  // (`couldAdd`); every question the engine names is still listed to answer in place.
  const mostUrgentShown = Math.min(
    URGENT_TIERS.length,
    ...result.urgent.filter((item) => item.tier !== "ask-now").map((item) => tierRank(item.tier)),
  );
  // At the most intensive level no answer can raise the level; the urgent items are shown first anyway.
  const atTopLevel = result.level === LEVELS_OF_CARE[LEVELS_OF_CARE.length - 1];
  const engineSafetyOpen =
    !atTopLevel &&
    raw.levelStatus === "needs-answers" &&
    Array.isArray(raw.mustAsk) &&
    raw.mustAsk.some((entry) => {
      if (!isRecord(entry) || typeof entry.couldAdd !== "string") return false;
      // An answer that could only add an item no more urgent than one already shown changes nothing now.
      if (tierRank(entry.couldAdd) >= mostUrgentShown) return false;
      const item = readMustAsk(entry);
      const question = item?.question ?? null;
      return question !== null && question.id in responses && responses[question.id] === null;
    });
  const needsAnswers = engineSafetyOpen || derived.length > 0;
  return { levelStatus: needsAnswers ? "needs-answers" : "suggested", mustAsk };
}
