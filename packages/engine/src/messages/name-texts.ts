/** Names of levels, settings, dimensions, tiers, actions and codes, in English and Spanish. */
import type { OverrideReason } from "../assessment/assessment.js";
import type { LevelOfCare } from "../levels/level-of-care.js";
import type { WithdrawalManagement } from "../levels/withdrawal-management.js";
import type { ChoiceProblem } from "../placement/placement-result.js";
import type { Dimension } from "../ratings/dimension.js";
import type { UrgentAction, UrgentTier } from "../safety/urgent-item.js";
import type { ContinuingCareSupport, TransitionKind } from "../transitions/transition-result.js";
import type { MessageText } from "./message-text.js";

export const LEVEL_NAMES: Readonly<Record<LevelOfCare, MessageText>> = {
  "early-intervention": { en: "Check-in and education", es: "Control y educación" },
  outpatient: { en: "Outpatient counseling", es: "Consejería ambulatoria" },
  "intensive-outpatient": { en: "Intensive outpatient (IOP)", es: "Atención ambulatoria intensiva (IOP)" },
  "partial-hospitalization": {
    en: "Day treatment (partial hospitalization)",
    es: "Tratamiento de día (hospitalización parcial)",
  },
  residential: { en: "Residential (inpatient) rehab", es: "Rehabilitación residencial (con internación)" },
  "medically-monitored-inpatient": {
    en: "Medically monitored inpatient care",
    es: "Internación con vigilancia médica",
  },
  "medically-managed-inpatient": { en: "Hospital inpatient care", es: "Internación en el hospital" },
};

export const WITHDRAWAL_MANAGEMENT_NAMES: Readonly<Record<WithdrawalManagement, MessageText>> = {
  none: { en: "No withdrawal care needed", es: "No se necesita manejo de la abstinencia" },
  ambulatory: { en: "Withdrawal care while living at home", es: "Manejo de la abstinencia viviendo en casa" },
  residential: {
    en: "Withdrawal care in a live-in program",
    es: "Manejo de la abstinencia en un programa con internación",
  },
  "medically-monitored": {
    en: "Withdrawal care with nurses day and night",
    es: "Manejo de la abstinencia con enfermeros de día y de noche",
  },
  "medically-managed": { en: "Withdrawal care in a hospital", es: "Manejo de la abstinencia en el hospital" },
};

export const DIMENSION_NAMES: Readonly<Record<Dimension, MessageText>> = {
  withdrawal: { en: "Withdrawal and intoxication", es: "Abstinencia e intoxicación" },
  biomedical: { en: "Physical health", es: "Salud física" },
  emotional: { en: "Mental health", es: "Salud mental" },
  readiness: { en: "Readiness to change", es: "Disposición para cambiar" },
  relapse: { en: "Substance use and return to use", es: "Consumo y volver a consumir" },
  environment: { en: "Home and support", es: "Hogar y apoyo" },
};

export const URGENT_TIER_NAMES: Readonly<Record<UrgentTier, MessageText>> = {
  emergency: { en: "Emergency: act now", es: "Emergencia: actúe ahora" },
  crisis: { en: "Crisis: get help now", es: "Crisis: busque ayuda ahora" },
  "same-day": { en: "Get care today", es: "Busque atención hoy" },
  "ask-now": { en: "Ask before choosing a level", es: "Pregunte antes de elegir un nivel" },
};

export const URGENT_ACTION_TEXTS: Readonly<Record<UrgentAction, MessageText>> = {
  "call-911": { en: "Call 911.", es: "Llame al 911." },
  "go-to-emergency-department": {
    en: "Go to an emergency room now.",
    es: "Vaya a una sala de emergencias ahora.",
  },
  "call-or-text-988": { en: "Call or text 988.", es: "Llame o envíe un texto al 988." },
  "medical-evaluation-today": { en: "See a doctor or nurse today.", es: "Vea hoy a un médico o enfermero." },
  "mental-health-evaluation-today": {
    en: "See a mental health professional today.",
    es: "Vea hoy a un profesional de salud mental.",
  },
  "ask-before-choosing-level": {
    en: "A professional must ask about this before a level is chosen.",
    es: "Un profesional debe preguntar esto antes de elegir un nivel.",
  },
  "stay-with-person": { en: "Stay with the person.", es: "Quédese con la persona." },
  "give-naloxone": { en: "Give naloxone if you have it.", es: "Dé naloxona si la tiene." },
};

export const OVERRIDE_REASON_NAMES: Readonly<Record<OverrideReason, MessageText>> = {
  "service-not-available": { en: "Service not available", es: "Servicio no disponible" },
  waitlist: { en: "Waitlist", es: "Lista de espera" },
  "provider-judgment": { en: "Provider judgment", es: "Criterio del profesional" },
  "client-preference": { en: "Person's preference", es: "Preferencia de la persona" },
  transportation: { en: "Transportation", es: "Transporte" },
  accessibility: { en: "Accessibility", es: "Accesibilidad" },
  financial: { en: "Cost or insurance", es: "Costo o seguro" },
  "preferred-to-wait": { en: "Preferred to wait", es: "Prefirió esperar" },
  "language-or-culture": { en: "Language or culture", es: "Idioma o cultura" },
  environment: { en: "Living situation", es: "Situación de vivienda" },
  "mental-health": { en: "Mental health", es: "Salud mental" },
  "physical-health": { en: "Physical health", es: "Salud física" },
  "court-ordered": { en: "Court or probation order", es: "Orden de la corte o libertad condicional" },
  other: { en: "Other", es: "Otro" },
};

export const CHOICE_PROBLEM_TEXTS: Readonly<Record<ChoiceProblem, MessageText>> = {
  "reason-required": {
    en: "The chosen level is different from the one recommended. Pick a reason.",
    es: "El nivel elegido es distinto del recomendado. Elija una razón.",
  },
  "reason-text-required": {
    en: "The reason is 'other'. Write a few words about it.",
    es: "La razón es 'otro'. Escriba unas palabras sobre eso.",
  },
  "chosen-not-available": {
    en: "The chosen level is not offered nearby right now.",
    es: "El nivel elegido no se ofrece cerca en este momento.",
  },
  "chosen-below-recommended": {
    en: "The chosen level gives less care than recommended. Plan how to keep safe and when to check again.",
    es: "El nivel elegido da menos atención que el recomendado. Planee cómo mantenerse a salvo y cuándo revisar otra vez.",
  },
};

export const TRANSITION_KIND_NAMES: Readonly<Record<TransitionKind, MessageText>> = {
  continue: { en: "Continue at this level", es: "Continuar en este nivel" },
  "step-down": { en: "Step down to less care", es: "Bajar a menos atención" },
  "step-up": { en: "Step up to more care", es: "Subir a más atención" },
  "discharge-to-continuing-care": {
    en: "Finish treatment; move to ongoing recovery support",
    es: "Terminar el tratamiento; pasar al apoyo continuo para la recuperación",
  },
  "refer-to-adolescent-services": {
    en: "Go to services for young people under 18",
    es: "Acudir a servicios para jóvenes menores de 18 años",
  },
};

export const CONTINUING_CARE_SUPPORT_TEXTS: Readonly<Record<ContinuingCareSupport, MessageText>> = {
  "recovery-check-ins": { en: "Regular recovery check-ins", es: "Controles regulares de recuperación" },
  "peer-recovery-support": {
    en: "A peer recovery coach",
    es: "Un acompañante de recuperación con experiencia propia",
  },
  "mutual-help-groups": { en: "Mutual-help groups", es: "Grupos de ayuda mutua" },
  "relapse-prevention-plan": {
    en: "A written plan for cravings and slips",
    es: "Un plan escrito para los antojos y las recaídas",
  },
  "medication-continuation": {
    en: "Keep taking medicine for recovery",
    es: "Seguir tomando el medicamento para la recuperación",
  },
  "naloxone-on-hand": { en: "Naloxone on hand", es: "Naloxona a mano" },
};

export const FRAME_TEXTS = {
  wouldChange: { en: "{level} would fit once {changes}.", es: "{level} serviría una vez que {changes}." },
  and: { en: " and ", es: " y " },
  nextLowerLevel: {
    en: "{level} was considered. It cannot meet this need yet:",
    es: "Se consideró {level}. Todavía no puede cubrir esta necesidad:",
  },
  provisional: {
    en: "This result is provisional. A professional should confirm it.",
    es: "Este resultado es provisional. Un profesional debe confirmarlo.",
  },
  withdrawalFirst: {
    en: "First: {setting}. Then: {level}.",
    es: "Primero: {setting}. Después: {level}.",
  },
  couldRaise: {
    en: "The answer could mean more care: {level}.",
    es: "La respuesta podría significar más atención: {level}.",
  },
  cannotSuggestYet: {
    en: "We cannot suggest a level yet. Some answers that matter for safety are still missing. Ask these first:",
    es: "Todavía no podemos sugerir un nivel. Faltan respuestas importantes para la seguridad. Pregunte esto primero:",
  },
  levelFloor: {
    en: "From what is known so far, at least: {level}.",
    es: "Con lo que se sabe hasta ahora, por lo menos: {level}.",
  },
  correction: {
    en: "{instrument}: the {field} sent was {stated}; its own answers give {used}, which was used.",
    es: "{instrument}: el dato enviado ({field}) era {stated}; sus propias respuestas dan {used}, que es lo que se usó.",
  },
} as const satisfies Record<string, MessageText>;
