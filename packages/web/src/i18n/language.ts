import type { Language } from "@stepwise/engine";
import { createContext } from "preact";
import { useContext, useMemo } from "preact/hooks";
import { en, type MessageKey } from "./messages-en.js";
import { es } from "./messages-es.js";

export type { Language };
export const LANGUAGES: readonly Language[] = ["en", "es"];

/**
 * One language's entry in a catalog: a text, or a list of texts shown as bullet points. (A text in both
 * languages at once, as the engine's results carry it, is the engine's `MessageText`.)
 */
export type CatalogEntry = string | readonly string[];

/** One feature's texts in both languages; the Spanish side must have every English key. */
export interface Catalog<Key extends string> {
  readonly en: Readonly<Record<Key, CatalogEntry>>;
  readonly es: Readonly<Record<Key, CatalogEntry>>;
}

/**
 * Where the person's own choice of language is kept: sessionStorage, so a reload keeps it but it is
 * gone when the tab closes (the language is not health data, and nothing outlives the visit unless
 * the person saves their answers).
 */
export const LANGUAGE_STORAGE_KEY = "stepwise.language";

/** The language the person chose earlier in this tab, if any. */
export function chosenLanguage(storage: Pick<Storage, "getItem"> | null): Language | null {
  try {
    const saved = storage?.getItem(LANGUAGE_STORAGE_KEY);
    return saved === "en" || saved === "es" ? saved : null;
  } catch {
    return null;
  }
}

/** Keeps the person's choice for reloads of this tab; blocked storage just means it is not kept. */
export function rememberLanguage(storage: Pick<Storage, "setItem"> | null, language: Language): void {
  try {
    storage?.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Private browsing or storage blocked: the choice lasts until reload, as before.
  }
}

/** The language the browser prefers, if we have it; English otherwise. */
export function preferredLanguage(browserLanguages: readonly string[]): Language {
  for (const tag of browserLanguages) {
    const primary = tag.toLowerCase().split("-")[0];
    if (primary === "es" || primary === "en") return primary;
  }
  return "en";
}

export interface Translator<Key extends string = MessageKey> {
  readonly language: Language;
  /** The text for a key; `{name}` placeholders are filled from `values`. */
  text(key: Key, values?: Readonly<Record<string, string | number>>): string;
  list(key: Key): readonly string[];
}

function fill(text: string, values: Readonly<Record<string, string | number>> | undefined): string {
  if (values === undefined) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

export function translatorFor<Key extends string>(
  catalog: Catalog<Key>,
  language: Language,
): Translator<Key> {
  const texts = catalog[language];
  return {
    language,
    text(key, values) {
      const value = texts[key];
      return fill(typeof value === "string" ? value : value.join(" "), values);
    },
    list(key) {
      const value = texts[key];
      return typeof value === "string" ? [value] : value;
    },
  };
}

/** The shell's and the guide's texts. Each feature keeps its own catalog beside its code. */
export const guideCatalog: Catalog<MessageKey> = { en, es };

export function translator(language: Language): Translator<MessageKey> {
  return translatorFor(guideCatalog, language);
}

/** The language in use; the shell provides it, every screen reads it. */
export const LanguageContext = createContext<Language>("en");

export function useLanguage(): Language {
  return useContext(LanguageContext);
}

/** A translator for one feature's catalog in the current language. */
export function useCatalog<Key extends string>(catalog: Catalog<Key>): Translator<Key> {
  const language = useLanguage();
  return useMemo(() => translatorFor(catalog, language), [catalog, language]);
}

/** The shell's and the guide's texts in the current language. */
export function useTranslator(): Translator<MessageKey> {
  return useCatalog(guideCatalog);
}
