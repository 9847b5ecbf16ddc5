import type { Language } from "../../i18n/language.js";

/** The day and time of a disclosure in the reader's language and time zone. */
export function momentText(iso: string, language: Language): string {
  const moment = new Date(iso);
  if (Number.isNaN(moment.getTime())) return iso;
  return new Intl.DateTimeFormat(language === "es" ? "es-US" : "en-US", {
    dateStyle: "medium",
    timeStyle: "short",
  }).format(moment);
}
