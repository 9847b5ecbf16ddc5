import type { Catalog } from "../i18n/language.js";
import { type DecisionAidKey, decisionAidEn } from "./messages-en.js";
import { decisionAidEs } from "./messages-es.js";

/** The decision aid's texts in English and Spanish (one catalog, loaded with the decision aid's screens). */
export const decisionAidCatalog: Catalog<DecisionAidKey> = { en: decisionAidEn, es: decisionAidEs };
export type { DecisionAidKey };
