import type { Language } from "@stepwise/engine";
import { translatorFor } from "../../i18n/language.js";
import type { OptionSet } from "./assessment-fields.js";
import { type AssessmentMessageKey, assessmentCatalog } from "./assessment-messages.js";
import type { Engine } from "./engine-loader.js";
import { type OptionLabelKey, optionLabelCatalog } from "./option-labels.js";

/** The words for the form's questions and choices: the engine's where it has them, the form's own otherwise. */
export interface FormLabels {
  readonly language: Language;
  question(key: string): string;
  option(set: OptionSet, value: string): string;
  level(level: string): string;
}

/** Results and forms in the clinic speak about the client (third person), whoever answered. */
const CLINICIAN_VOICE = "third-person";

export function formLabels(engine: Engine, language: Language): FormLabels {
  const own = translatorFor(assessmentCatalog, language);
  const options = translatorFor(optionLabelCatalog, language);
  const say = (text: { en: string; es: string }) => engine.renderText(text, language, CLINICIAN_VOICE);
  const level = (value: string) => (engine.isLevelOfCare(value) ? say(engine.LEVEL_NAMES[value]) : value);
  return {
    language,
    question(key) {
      const text = engine.QUESTION_TEXTS[key];
      if (text !== undefined) return say(text);
      const ownKey = `q.${key}` as AssessmentMessageKey;
      return ownKey in assessmentCatalog.en ? own.text(ownKey) : key;
    },
    option(set, value) {
      if (set === "level") return level(value);
      if (set === "withdrawalManagement") {
        const name = engine.WITHDRAWAL_MANAGEMENT_NAMES[value as keyof Engine["WITHDRAWAL_MANAGEMENT_NAMES"]];
        return name === undefined ? value : say(name);
      }
      if (set === "overrideReason") {
        const name = engine.OVERRIDE_REASON_NAMES[value as keyof Engine["OVERRIDE_REASON_NAMES"]];
        return name === undefined ? value : say(name);
      }
      const key = `${set}.${value}` as OptionLabelKey;
      return key in optionLabelCatalog.en ? options.text(key) : value;
    },
    level,
  };
}
