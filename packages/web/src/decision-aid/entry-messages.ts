import type { Catalog } from "../i18n/language.js";

/** The few words the guide shows to open the decision aid (kept apart so the first screen stays small). */
const en = {
  "entry.label": "Weigh your options",
  "entry.body":
    "Compare intensive outpatient and inpatient care for your situation, see what matters to you and someone you love, count the cost and plan the steps.",
  "entry.start": "Weigh your options together",
  "entry.methods": "Our sources and methods",
} as const;

export type EntryKey = keyof typeof en;

const es: Record<EntryKey, string> = {
  "entry.label": "Piense sus opciones",
  "entry.body":
    "Compare la atención ambulatoria intensiva y la internación para su situación, vea lo que les importa a usted y a un ser querido, calcule el costo y planee los pasos.",
  "entry.start": "Piense sus opciones con alguien",
  "entry.methods": "Nuestras fuentes y métodos",
};

export const decisionAidEntryCatalog: Catalog<EntryKey> = { en, es };
