import type { Catalog } from "../i18n/language.js";
import { type ClinicMessageKey, clinicEn } from "./messages-en.js";
import { clinicEs } from "./messages-es.js";

/** The clinic's own texts, kept apart from the public guide's. */
export const clinicCatalog: Catalog<ClinicMessageKey> = { en: clinicEn, es: clinicEs };
export type { ClinicMessageKey };
