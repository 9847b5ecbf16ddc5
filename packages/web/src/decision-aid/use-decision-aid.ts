import type { Assessment, PlacementResult } from "@stepwise/engine";
import { useMemo } from "preact/hooks";
import { type Translator, useCatalog } from "../i18n/language.js";
import { answersStore, type SessionJson, todayOnDevice, useAnswers } from "../session/answers-store.js";
import { resultOf } from "../session/current-result.js";
import { type DecisionAidKey, decisionAidCatalog } from "./decision-aid-catalog.js";
import { type DecisionAidState, parseState } from "./decision-aid-state.js";

/** The feature's key in the answers store. */
export const FEATURE_ID = "decision-aid";

export interface DecisionAid {
  readonly state: DecisionAidState;
  readonly update: (change: (state: DecisionAidState) => DecisionAidState) => void;
  readonly assessment: Assessment;
  readonly result: PlacementResult | null;
  /** True when a family member or friend answered about the person ("they"). */
  readonly aboutOther: boolean;
  readonly today: string;
}

export function readState(): DecisionAidState {
  return parseState(answersStore.answers.features[FEATURE_ID], todayOnDevice());
}

export function updateState(change: (state: DecisionAidState) => DecisionAidState): void {
  answersStore.setFeatureAnswers(FEATURE_ID, change(readState()) as unknown as SessionJson);
}

/** The decision aid's answers and the self-check's, from the one answers store. */
export function useDecisionAid(): DecisionAid {
  const answers = useAnswers();
  const today = todayOnDevice();
  const stored = answers.features[FEATURE_ID];
  const state = useMemo(() => parseState(stored, today), [stored, today]);
  const result = useMemo(() => resultOf(answers.assessment), [answers.assessment]);
  return {
    state,
    update: updateState,
    assessment: answers.assessment,
    result,
    aboutOther: answers.voice === "family-or-friend",
    today,
  };
}

export type DecisionAidText = Translator<DecisionAidKey>;

export function useDecisionAidText(): DecisionAidText {
  return useCatalog(decisionAidCatalog);
}

/** The ".self" or ".other" form of a key, by who answered. */
export function voiced<Base extends string>(
  base: Base,
  aboutOther: boolean,
): `${Base}.self` | `${Base}.other` {
  return aboutOther ? `${base}.other` : `${base}.self`;
}

export function formatMoney(cents: number, language: string): string {
  return new Intl.NumberFormat(language === "es" ? "es-US" : "en-US", {
    style: "currency",
    currency: "USD",
    maximumFractionDigits: cents % 100 === 0 ? 0 : 2,
  }).format(cents / 100);
}

export function formatDate(date: string, language: string): string {
  return new Intl.DateTimeFormat(language === "es" ? "es-US" : "en-US", {
    dateStyle: "long",
    timeZone: "UTC",
  }).format(new Date(`${date}T00:00:00Z`));
}
