import { createContext } from "preact";
import { useContext } from "preact/hooks";
import { en, type MessageKey } from "./messages-en.js";
import { es } from "./messages-es.js";

export type Language = "en" | "es";

export const catalogs: Record<Language, Record<MessageKey, string | readonly string[]>> = { en, es };

/** The language the browser prefers, if we have it; English otherwise. Nothing is stored. */
export function preferredLanguage(browserLanguages: readonly string[]): Language {
  for (const tag of browserLanguages) {
    const primary = tag.toLowerCase().split("-")[0];
    if (primary === "es" || primary === "en") return primary;
  }
  return "en";
}

export interface Translator {
  readonly language: Language;
  text(key: MessageKey): string;
  list(key: MessageKey): readonly string[];
}

export function translator(language: Language): Translator {
  const catalog = catalogs[language];
  return {
    language,
    text(key) {
      const value = catalog[key];
      return typeof value === "string" ? value : value.join(" ");
    },
    list(key) {
      const value = catalog[key];
      return typeof value === "string" ? [value] : value;
    },
  };
}

export const TranslatorContext = createContext<Translator>(translator("en"));

export function useTranslator(): Translator {
  return useContext(TranslatorContext);
}
