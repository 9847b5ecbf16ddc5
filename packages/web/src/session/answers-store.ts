import { ASSESSMENT_MODEL_VERSION, type Assessment, validateAssessment } from "@stepwise/engine";
import { useEffect, useState } from "preact/hooks";
import { localCalendarDate } from "../local-calendar-date.js";

/**
 * The person's answers for this visit. By default they live in memory only and vanish when the tab
 * closes; "save on this device" is an explicit opt-in to localStorage with a one-tap delete. Nothing
 * here is ever sent over the network (docs/design/consumer.md §6).
 */

/** Who the check is about: the person themself, or someone they care about. */
export const VOICES = ["self", "family-or-friend"] as const;
export type Voice = (typeof VOICES)[number];

/** A self-check answer: an option id, or null for "I'm not sure" (which the engine reads as unknown). */
export type ResponseValue = string | null;

/** JSON a feature may keep in the session (e.g. the decision aid's choices). */
export type SessionJson =
  | string
  | number
  | boolean
  | null
  | readonly SessionJson[]
  | { readonly [key: string]: SessionJson };

export interface SessionAnswers {
  readonly voice: Voice | null;
  /** The assessment being built; `respondent` follows the voice, `mode` is always self-check. */
  readonly assessment: Assessment;
  /** The self-check's answers by question id, so Back can show them and results can quote them. */
  readonly responses: Readonly<Record<string, ResponseValue>>;
  /** Other features' own answers, by feature id (e.g. "decision-aid"). */
  readonly features: Readonly<Record<string, SessionJson>>;
  /** True only after the person chose "save on this device". */
  readonly savedOnDevice: boolean;
}

/** The key of the one opt-in copy in localStorage. */
export const DEVICE_STORAGE_KEY = "stepwise.answers.v1";

/** The date the answers describe, in the person's own time zone (the engine reads no clock). */
export const todayOnDevice = localCalendarDate;

export function emptyAssessment(voice: Voice | null, asOf: string): Assessment {
  return {
    modelVersion: ASSESSMENT_MODEL_VERSION,
    asOf,
    mode: "self-check",
    respondent: voice,
  };
}

function emptySession(asOf: string): SessionAnswers {
  return {
    voice: null,
    assessment: emptyAssessment(null, asOf),
    responses: {},
    features: {},
    savedOnDevice: false,
  };
}

/** The part of `Storage` the store uses, so tests can pass their own. */
export type DeviceStorage = Pick<Storage, "getItem" | "setItem" | "removeItem">;

type Listener = (answers: SessionAnswers) => void;

export class AnswersStore {
  #answers: SessionAnswers;
  readonly #listeners = new Set<Listener>();
  readonly #storage: DeviceStorage | null;
  readonly #today: () => string;

  /**
   * Reads a copy saved earlier on this device (only ever written after an explicit opt-in). A copy
   * that no longer passes validation is removed rather than trusted.
   */
  constructor(storage: DeviceStorage | null, today: () => string = () => todayOnDevice()) {
    this.#storage = storage;
    this.#today = today;
    this.#answers = this.#restore() ?? emptySession(today());
  }

  get answers(): SessionAnswers {
    return this.#answers;
  }

  setVoice(voice: Voice): void {
    const assessment: Assessment = { ...this.#answers.assessment, respondent: voice };
    this.#set({ ...this.#answers, voice, assessment });
  }

  /**
   * Replace the assessment (e.g. rebuilt from the self-check's responses). The result is never stored:
   * it is derived from the assessment (current-result.ts), so it cannot go stale.
   */
  setAssessment(assessment: Assessment): void {
    const voice = this.#answers.voice;
    this.#set({ ...this.#answers, assessment: { ...assessment, mode: "self-check", respondent: voice } });
  }

  /** Change part of the assessment (e.g. the decision aid's preferences or choice). */
  updateAssessment(change: (assessment: Assessment) => Assessment): void {
    this.setAssessment(change(this.#answers.assessment));
  }

  setResponse(questionId: string, value: ResponseValue): void {
    this.#set({ ...this.#answers, responses: { ...this.#answers.responses, [questionId]: value } });
  }

  /** Forget answers to questions (e.g. after Back changes the path through the check). */
  removeResponses(questionIds: readonly string[]): void {
    const responses = { ...this.#answers.responses };
    for (const id of questionIds) delete responses[id];
    this.#set({ ...this.#answers, responses });
  }

  setFeatureAnswers(feature: string, value: SessionJson): void {
    this.#set({ ...this.#answers, features: { ...this.#answers.features, [feature]: value } });
  }

  /** The explicit opt-in: keep a copy on this device until the person deletes it. */
  saveOnDevice(): void {
    if (this.#storage === null) return;
    this.#set({ ...this.#answers, savedOnDevice: true });
  }

  /** One tap: remove the copy on this device and stop saving. The answers stay in memory for this visit. */
  deleteFromDevice(): void {
    this.#storage?.removeItem(DEVICE_STORAGE_KEY);
    this.#set({ ...this.#answers, savedOnDevice: false });
  }

  /** Forget everything, in memory and on the device, and start again. */
  clear(): void {
    this.#storage?.removeItem(DEVICE_STORAGE_KEY);
    this.#set(emptySession(this.#today()));
  }

  subscribe(listener: Listener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #set(answers: SessionAnswers): void {
    this.#answers = answers;
    if (answers.savedOnDevice && this.#storage !== null) {
      try {
        this.#storage.setItem(DEVICE_STORAGE_KEY, JSON.stringify(answers));
      } catch {
        // Storage full or blocked (private browsing): the answers stay in memory, which is the default anyway.
      }
    }
    for (const listener of this.#listeners) listener(answers);
  }

  #restore(): SessionAnswers | null {
    if (this.#storage === null) return null;
    let saved: unknown;
    try {
      const text = this.#storage.getItem(DEVICE_STORAGE_KEY);
      if (text === null) return null;
      saved = JSON.parse(text);
    } catch {
      this.#storage.removeItem(DEVICE_STORAGE_KEY);
      return null;
    }
    const restored = parseSaved(saved);
    if (restored === null) this.#storage.removeItem(DEVICE_STORAGE_KEY);
    return restored;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function parseSaved(saved: unknown): SessionAnswers | null {
  if (!isRecord(saved)) return null;
  const voice = saved.voice;
  if (voice !== null && voice !== "self" && voice !== "family-or-friend") return null;
  const validation = validateAssessment(saved.assessment);
  if (!validation.ok) return null;
  const responses = saved.responses;
  if (!isRecord(responses)) return null;
  const cleanResponses: Record<string, ResponseValue> = {};
  for (const [id, value] of Object.entries(responses)) {
    if (value !== null && typeof value !== "string") return null;
    cleanResponses[id] = value;
  }
  const features = isRecord(saved.features) ? (saved.features as Record<string, SessionJson>) : {};
  // Only answers are kept; the result is derived from them (current-result.ts), never trusted from storage.
  return {
    voice,
    assessment: validation.assessment,
    responses: cleanResponses,
    features,
    savedOnDevice: true,
  };
}

function deviceStorage(): DeviceStorage | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null;
  }
}

/** The app's one store. */
export const answersStore = new AnswersStore(deviceStorage());

export function useAnswers(): SessionAnswers {
  const [answers, setAnswers] = useState(answersStore.answers);
  useEffect(() => answersStore.subscribe(setAnswers), []);
  return answers;
}
