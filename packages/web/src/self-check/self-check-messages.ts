import type { Catalog } from "../i18n/language.js";

/**
 * The self-check's texts. Plain words, 6th–8th grade (reference/consumer.md §5.2), person-first
 * (§5.3), trauma-informed: the person stays in control, nothing is required (§5.5).
 */
const en = {
  "start.title": "Self-check: which kind of care may fit?",
  "start.private":
    "It takes about 10 minutes. Your answers stay on this device. Nothing is sent anywhere. You can skip any question.",
  "start.adults":
    "This check is for adults, 18 and older. For someone younger, ask a doctor or school counselor about care made for teens.",
  "start.voice.question": "Who is this check about?",
  "start.voice.self": "Me",
  "start.voice.other": "Someone I care about",
  "nav.back": "Back",
} as const;

export type SelfCheckKey = keyof typeof en;

const es: Record<SelfCheckKey, string> = {
  "start.title": "Autoevaluación: ¿qué tipo de atención podría servir?",
  "start.private":
    "Toma unos 10 minutos. Sus respuestas se quedan en este aparato. No se envía nada. Puede saltar cualquier pregunta.",
  "start.adults":
    "Esta evaluación es para adultos de 18 años o más. Para alguien más joven, pregunte a un médico o consejero escolar por atención hecha para adolescentes.",
  "start.voice.question": "¿Sobre quién es esta evaluación?",
  "start.voice.self": "Sobre mí",
  "start.voice.other": "Sobre alguien que me importa",
  "nav.back": "Atrás",
};

export const selfCheckCatalog: Catalog<SelfCheckKey> = { en, es };
