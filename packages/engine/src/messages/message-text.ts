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

/** Where a sentence starts: the beginning of the text, or after ".", "?", "!", ":" and their Spanish openers. */
const SENTENCE_START = /(?:^|[.?!:¿¡]\s*)$/;
/** A first word in capitals (an acronym such as IOP or PHQ-9) keeps its capitals anywhere. */
const ACRONYM = /^\p{Lu}[\p{Lu}\d]/u;

/**
 * A name put inside a Spanish sentence is written in lower case: Spanish does not capitalise the names of
 * services or kinds of care ("Se consideró consejería ambulatoria"), only the start of a sentence
 * (Real Academia Española, Ortografía de la lengua española, 2010, on capital letters for common nouns).
 * Names stand alone in sentence case ("Consejería ambulatoria"), so the first letter is lowered here,
 * where the name is placed, for every template and name alike.
 */
function placedInSentence(value: string, before: string, language: Language): string {
  if (language !== "es" || SENTENCE_START.test(before) || ACRONYM.test(value)) return value;
  return value.charAt(0).toLocaleLowerCase("es") + value.slice(1);
}

export function renderText(
  text: MessageText,
  language: Language,
  voice: Voice,
  params: Readonly<Record<string, string | number>> = {},
): string {
  const tokens = language === "en" ? ENGLISH : SPANISH;
  const which = voice === "second-person" ? 0 : 1;
  return text[language].replace(/\{[a-zA-Z-]+\}/g, (token, offset: number, template: string) => {
    const pronoun = tokens[token];
    if (pronoun !== undefined) return pronoun[which];
    const name = token.slice(1, -1);
    const value = params[name];
    if (value === undefined) return token;
    return typeof value === "number"
      ? String(value)
      : placedInSentence(value, template.slice(0, offset), language);
  });
}
