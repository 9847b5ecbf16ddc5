import type { Catalog } from "../../i18n/language.js";

/** Texts of the client's page (6th–8th grade reading level). */
const en = {
  "client.birthDate": "Date of birth",
  "client.recordNumber": "Record number",
  "client.none": "Not recorded",
  "client.startAssessment": "Start an assessment",
  "client.startReassessment": "Start a reassessment",
  "client.assessments": "Assessments",
  "client.noAssessments": "No assessments yet.",
  "client.openResult": "Open the result from {date}",
  "client.episodes": "Episodes of care",
  "client.noEpisodes": "No episodes of care yet.",
  "client.openEpisode": "Open the episode from {date}",
  "client.consents": "Consents and disclosures",
  "client.back": "Back to the caseload",
  "client.loading": "Loading the client's records…",
} as const;

const es: Record<keyof typeof en, string> = {
  "client.birthDate": "Fecha de nacimiento",
  "client.recordNumber": "Número de expediente",
  "client.none": "Sin registrar",
  "client.startAssessment": "Empezar una evaluación",
  "client.startReassessment": "Empezar una reevaluación",
  "client.assessments": "Evaluaciones",
  "client.noAssessments": "Todavía no hay evaluaciones.",
  "client.openResult": "Abrir el resultado del {date}",
  "client.episodes": "Episodios de atención",
  "client.noEpisodes": "Todavía no hay episodios de atención.",
  "client.openEpisode": "Abrir el episodio del {date}",
  "client.consents": "Consentimientos y divulgaciones",
  "client.back": "Volver a la lista de casos",
  "client.loading": "Cargando los registros de la persona…",
};

export type ClientMessageKey = keyof typeof en;
export const clientCatalog: Catalog<ClientMessageKey> = { en, es };
