/**
 * How moves between levels are decided at reassessment (seed "Transitioning Between Levels of Care";
 * continuing-care evidence in docs/design/consumer.md §4.5). The decision logic is in
 * transitions/decide-transition.ts; these are its rules as data, with statements and sources.
 */
import type { RuleStatement } from "./rule.js";
import type { SourceId } from "./sources.js";

export interface TransitionRule {
  readonly id: string;
  readonly statement: RuleStatement;
  readonly sources: readonly SourceId[];
}

/** First appointment at the next level within this many days of leaving the current one (HEDIS FUI). */
export const FIRST_APPOINTMENT_WITHIN_DAYS = 7;
/** Continuing care lasts at least 3 and up to 12 months (McKay 2009; Proctor & Herschman 2014). */
export const CONTINUING_CARE_MONTHS = { minimum: 3, maximum: 12 } as const;

export const TRANSITION_RULES: readonly TransitionRule[] = [
  {
    id: "transition-step-up",
    statement: {
      en: "When a new need cannot be met at the current level, move up to the least intensive level that meets it.",
      es: "Cuando una necesidad nueva no se puede atender en el nivel actual, se sube al nivel menos intensivo que la atiende.",
    },
    sources: ["placement-grid-summary", "asam-alcohol-withdrawal-2020"],
  },
  {
    id: "transition-continue",
    statement: {
      en: "When the needs that called for the current level are still there, continue at this level.",
      es: "Cuando las necesidades que pidieron el nivel actual siguen presentes, se continúa en este nivel.",
    },
    sources: ["placement-grid-summary"],
  },
  {
    id: "transition-step-down",
    statement: {
      en: "When the needs that called for the current level have eased, step down to the least intensive level that still meets every need.",
      es: "Cuando las necesidades que pidieron el nivel actual han bajado, se baja al nivel menos intensivo que todavía atiende cada necesidad.",
    },
    sources: ["seed", "transitions-evidence"],
  },
  {
    id: "transition-discharge-to-continuing-care",
    statement: {
      en: "When no need calls for treatment beyond check-ins, or the goals of outpatient care are met, move to continuing care and recovery support.",
      es: "Cuando ninguna necesidad pide tratamiento más allá de controles, o se cumplen las metas de la atención ambulatoria, se pasa a atención continua y apoyo para la recuperación.",
    },
    sources: ["transitions-evidence", "seed"],
  },
  {
    id: "transition-urgent-need-before-leaving",
    statement: {
      en: "While an urgent safety need is open, do not move to less care: meet the urgent need first, then reassess.",
      es: "Mientras haya una necesidad urgente de seguridad abierta, no se pasa a menos atención: primero se atiende lo urgente y luego se vuelve a evaluar.",
    },
    sources: ["crisis-lines", "transitions-evidence"],
  },
  {
    id: "transition-withdrawal-worsening",
    statement: {
      en: "When withdrawal gets worse, or does not get better, during withdrawal care at home, move to more intensive care: day treatment with longer on-site monitoring, or a live-in setting for someone already in day treatment.",
      es: "Cuando la abstinencia empeora, o no mejora, durante el manejo de la abstinencia en casa, se pasa a una atención más intensiva: tratamiento de día con más tiempo de vigilancia en el lugar, o un lugar donde vivir durante el tratamiento si la persona ya está en tratamiento de día.",
    },
    sources: ["asam-alcohol-withdrawal-2020"],
  },
  {
    id: "transition-unknown-before-leaving",
    statement: {
      en: "While an unknown answer could keep the person at the current level, do not move to less care: ask it first.",
      es: "Mientras una respuesta desconocida pueda mantener a la persona en el nivel actual, no se pasa a menos atención: primero se pregunta.",
    },
    sources: ["transitions-evidence", "placement-grid-summary"],
  },
  {
    id: "transition-first-appointment-within-7-days",
    statement: {
      en: "Book the first appointment at the next level before leaving, for a date no more than 7 days away.",
      es: "Haga la primera cita en el siguiente nivel antes de salir, para una fecha de no más de 7 días después.",
    },
    sources: ["transitions-evidence"],
  },
  {
    id: "transition-continuing-care-3-to-12-months",
    statement: {
      en: "Plan continuing care and recovery support for at least 3 months and up to 12.",
      es: "Planifique atención continua y apoyo para la recuperación por al menos 3 meses y hasta 12.",
    },
    sources: ["transitions-evidence"],
  },
  {
    id: "transition-overdose-risk-after-live-in-care",
    statement: {
      en: "After time away from opioids in a live-in program, tolerance is lower and overdose risk is higher: leave with naloxone.",
      es: "Después de un tiempo sin opioides en un programa con internación, la tolerancia baja y el riesgo de sobredosis sube: salga con naloxona.",
    },
    sources: ["samhsa-overdose-toolkit"],
  },
];
