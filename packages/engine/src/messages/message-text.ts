/**
 * Plain-language texts for results, in English and Spanish (6th–8th grade; person-first words, NIDA
 * "Words Matter"). A template speaks to the person ("You said…") or about them ("They said…"):
 * English tokens {You} {you} {your} {Your} {yourself} {are}; Spanish uses "usted", whose verbs match
 * the third person, with tokens {Usted} {usted}. Parameters are written {name}.
 */
export type Language = "en" | "es";

/** second person for the person themself; third person for family, friends or a professional. */
export type Voice = "second-person" | "third-person";

export interface MessageText {
  readonly en: string;
  readonly es: string;
}

const ENGLISH: Readonly<Record<string, readonly [string, string]>> = {
  "{You}": ["You", "They"],
  "{you}": ["you", "they"],
  "{your}": ["your", "their"],
  "{Your}": ["Your", "Their"],
  "{yourself}": ["yourself", "themself"],
  "{you-object}": ["you", "them"],
  "{are}": ["are", "are"],
  "{Are}": ["Are", "Are"],
};

const SPANISH: Readonly<Record<string, readonly [string, string]>> = {
  "{Usted}": ["Usted", "La persona"],
  "{usted}": ["usted", "la persona"],
};

export function renderText(
  text: MessageText,
  language: Language,
  voice: Voice,
  params: Readonly<Record<string, string | number>> = {},
): string {
  const tokens = language === "en" ? ENGLISH : SPANISH;
  const which = voice === "second-person" ? 0 : 1;
  return text[language].replace(/\{[a-zA-Z-]+\}/g, (token) => {
    const pronoun = tokens[token];
    if (pronoun !== undefined) return pronoun[which];
    const name = token.slice(1, -1);
    const value = params[name];
    return value === undefined ? token : String(value);
  });
}
