import {
  type Language,
  LEVEL_NAMES,
  type LevelOfCare,
  type MessageText,
  WITHDRAWAL_MANAGEMENT_NAMES,
} from "@stepwise/engine";
import type { IndexedProgram, IndexFilter, IndexSnapshot } from "./program-index.js";
import type { ProgramMedication, ProgramPayment, ProgramWithdrawalSetting } from "./program-profile.js";

export const KM_PER_MILE = 1.609344;

/** A search: where, how far, how many, and the filters the index walk tests (program-index.ts). */
export interface ProgramSearch extends IndexFilter {
  readonly latitude: number;
  readonly longitude: number;
  readonly radiusMiles: number;
  readonly limit: number;
}

/** One reason, with a code a client can key on and the words in English and Spanish. */
export interface Reason extends MessageText {
  readonly code: string;
}

/** Why a program matches, what it lacks and what to confirm, in both languages. */
export interface Explanation {
  readonly why: readonly Reason[];
  readonly lacks: readonly Reason[];
  readonly confirm: readonly Reason[];
}

/** One reason in the language asked for (`?textLanguage=` or Accept-Language; docs/programs.md). */
export interface ReasonInLanguage {
  readonly code: string;
  readonly text: string;
}

export interface ProgramMatch {
  readonly program: IndexedProgram;
  readonly distanceMiles: number;
  readonly why: readonly ReasonInLanguage[];
  readonly lacks: readonly ReasonInLanguage[];
  readonly confirm: readonly ReasonInLanguage[];
}

const MEDICATION_NAMES: Readonly<Record<ProgramMedication, MessageText>> = {
  methadone: { en: "methadone", es: "metadona" },
  buprenorphine: { en: "buprenorphine", es: "buprenorfina" },
  naltrexone: { en: "naltrexone", es: "naltrexona" },
  acamprosate: { en: "acamprosate", es: "acamprosato" },
};

const PAYMENT_NAMES: Readonly<Record<ProgramPayment, MessageText>> = {
  medicaid: { en: "Medicaid", es: "Medicaid" },
  medicare: { en: "Medicare", es: "Medicare" },
  "private-insurance": { en: "private insurance", es: "seguro privado" },
  "sliding-fee": { en: "a sliding fee based on income", es: "una tarifa según sus ingresos" },
  free: { en: "free care for people who cannot pay", es: "atención gratis para quien no puede pagar" },
};

const LANGUAGE_NAMES: Readonly<Record<string, MessageText>> = {
  es: { en: "Spanish", es: "español" },
  ase: { en: "American Sign Language", es: "lengua de señas americana" },
};

function languageName(code: string): MessageText {
  const known = LANGUAGE_NAMES[code];
  if (known !== undefined) return known;
  const en = new Intl.DisplayNames(["en"], { type: "language" }).of(code) ?? code;
  const es = new Intl.DisplayNames(["es"], { type: "language" }).of(code) ?? code;
  return { en, es };
}

function lower(text: MessageText): MessageText {
  return {
    en: text.en.charAt(0).toLowerCase() + text.en.slice(1),
    es: text.es.charAt(0).toLowerCase() + text.es.slice(1),
  };
}

function list(texts: readonly MessageText[]): MessageText {
  return { en: texts.map((text) => text.en).join(", "), es: texts.map((text) => text.es).join(", ") };
}

/** Whether a program offers what was asked for; "confirm" when the listing names it only loosely. */
function levelOffer(program: IndexedProgram, level: LevelOfCare): "yes" | "confirm" | "no" {
  if (program.profile.levels.includes(level)) return "yes";
  return program.profile.levelsToConfirm.includes(level) ? "confirm" : "no";
}

function withdrawalOffer(
  program: IndexedProgram,
  setting: ProgramWithdrawalSetting,
): "yes" | "confirm" | "no" {
  if (program.profile.withdrawal.includes(setting)) return "yes";
  return program.profile.withdrawalToConfirm.includes(setting) ? "confirm" : "no";
}

function speaks(program: IndexedProgram, language: string): boolean {
  return language === "en" || program.profile.languages.includes(language);
}

/**
 * Whether the program meets every filter of the search, read from its lists: the index tests the same
 * with pre-built bits while it walks outwards (program-index.ts), and its test holds the two to agree.
 */
export function meetsSearch(program: IndexedProgram, search: ProgramSearch): boolean {
  if (program.source === "organization" && program.organizationId !== (search.organizationId ?? null))
    return false;
  if (search.level !== undefined && levelOffer(program, search.level) === "no") return false;
  if (search.withdrawal !== undefined && withdrawalOffer(program, search.withdrawal) === "no") return false;
  if (search.medication !== undefined && !program.profile.medications.includes(search.medication))
    return false;
  if (search.payment !== undefined && !program.profile.payment.includes(search.payment)) return false;
  if (search.language !== undefined && !speaks(program, search.language)) return false;
  return true;
}

/** Why a program matches the search, what it does not list, and what to confirm with it. */
export function explainMatch(program: IndexedProgram, search: ProgramSearch): Explanation {
  const why: Reason[] = [];
  const lacks: Reason[] = [];
  const confirm: Reason[] = [];
  const { profile } = program;
  if (search.level !== undefined) {
    const name = LEVEL_NAMES[search.level];
    if (levelOffer(program, search.level) === "yes") {
      why.push({
        code: `level:${search.level}`,
        en: `Offers ${lower(name).en}.`,
        es: `Ofrece ${lower(name).es}.`,
      });
    } else {
      why.push({
        code: `level:${search.level}`,
        en: `Lists hospital inpatient care, which may be ${lower(name).en}.`,
        es: `Ofrece internación en el hospital, que puede ser ${lower(name).es}.`,
      });
      confirm.push({
        code: `level:${search.level}`,
        en: `Ask the program whether its hospital care is ${lower(name).en}.`,
        es: `Pregunte al programa si su atención en el hospital es ${lower(name).es}.`,
      });
    }
  }
  if (search.withdrawal !== undefined) {
    const name = lower(WITHDRAWAL_MANAGEMENT_NAMES[search.withdrawal]);
    why.push({ code: `withdrawal:${search.withdrawal}`, en: `Offers ${name.en}.`, es: `Ofrece ${name.es}.` });
    if (withdrawalOffer(program, search.withdrawal) === "confirm") {
      confirm.push({
        code: `withdrawal:${search.withdrawal}`,
        en: `Ask the program whether it offers ${name.en}.`,
        es: `Pregunte al programa si ofrece ${name.es}.`,
      });
    }
  }
  if (search.medication !== undefined) {
    const name = MEDICATION_NAMES[search.medication];
    why.push({ code: `medication:${search.medication}`, en: `Offers ${name.en}.`, es: `Ofrece ${name.es}.` });
  }
  if (search.payment !== undefined) {
    const name = PAYMENT_NAMES[search.payment];
    why.push({ code: `payment:${search.payment}`, en: `Accepts ${name.en}.`, es: `Acepta ${name.es}.` });
  }
  if (search.language !== undefined && search.language !== "en") {
    const name = languageName(search.language);
    why.push({
      code: `language:${search.language}`,
      en: `Offers care in ${name.en}.`,
      es: `Ofrece atención en ${name.es}.`,
    });
  }
  if (why.length === 0) {
    why.push({ code: "substance-use-care", en: "Treats substance use.", es: "Trata el uso de sustancias." });
  }

  const missingMedications = (Object.keys(MEDICATION_NAMES) as ProgramMedication[]).filter(
    (medication) => !profile.medications.includes(medication),
  );
  if (missingMedications.length > 0 && search.medication === undefined) {
    const names = list(missingMedications.map((medication) => MEDICATION_NAMES[medication]));
    lacks.push({
      code: `medications:${missingMedications.join(",")}`,
      en: `Does not list ${names.en}.`,
      es: `No menciona ${names.es}.`,
    });
  }
  const missingPayment = (["medicaid", "medicare", "private-insurance"] as const).filter(
    (payment) => !profile.payment.includes(payment),
  );
  if (missingPayment.length > 0 && search.payment === undefined) {
    const names = list(missingPayment.map((payment) => PAYMENT_NAMES[payment]));
    lacks.push({
      code: `payment:${missingPayment.join(",")}`,
      en: `Does not list ${names.en}.`,
      es: `No menciona ${names.es}.`,
    });
  }
  if (!profile.coOccurringCare) {
    lacks.push({
      code: "co-occurring-care",
      en: "Does not list care for mental health and substance use together.",
      es: "No menciona atención para la salud mental y el uso de sustancias juntos.",
    });
  }
  if (
    search.withdrawal === undefined &&
    profile.withdrawal.length === 0 &&
    profile.withdrawalToConfirm.length === 0
  ) {
    lacks.push({
      code: "withdrawal-care",
      en: profile.withdrawalSettingUnknown
        ? "Lists withdrawal care but not where it is given."
        : "Does not list withdrawal care.",
      es: profile.withdrawalSettingUnknown
        ? "Ofrece manejo de la abstinencia pero no dice dónde."
        : "No menciona manejo de la abstinencia.",
    });
  }
  if (program.source === "organization") {
    const date = program.availabilityUpdatedOn ?? "";
    if (program.openings === 0) {
      lacks.push({ code: "openings", en: `No openings as of ${date}.`, es: `Sin lugares al ${date}.` });
    }
    if (program.waitlistDays !== null && program.waitlistDays > 0) {
      lacks.push({
        code: "waitlist",
        en: `Waitlist of about ${program.waitlistDays} day(s) as of ${date}.`,
        es: `Lista de espera de unos ${program.waitlistDays} día(s) al ${date}.`,
      });
    }
  }
  return { why, lacks, confirm };
}

type ExplanationInLanguage = Pick<ProgramMatch, "why" | "lacks" | "confirm">;

function inLanguage(reasons: readonly Reason[], language: Language): ReasonInLanguage[] {
  return reasons.map((reason) => ({ code: reason.code, text: reason[language] }));
}

/**
 * The reasons depend only on the program, which filters were asked and the language of the words, so they
 * are worked out once per program, set of filters and language and kept until the index is rebuilt (the
 * index holds new program objects).
 */
const explanations = new WeakMap<IndexedProgram, Map<string, ExplanationInLanguage>>();

function explanationOf(
  program: IndexedProgram,
  search: ProgramSearch,
  language: Language,
  key: string,
): ExplanationInLanguage {
  let byFilters = explanations.get(program);
  if (byFilters === undefined) {
    byFilters = new Map();
    explanations.set(program, byFilters);
  }
  let explanation = byFilters.get(key);
  if (explanation === undefined) {
    const { why, lacks, confirm } = explainMatch(program, search);
    explanation = {
      why: inLanguage(why, language),
      lacks: inLanguage(lacks, language),
      confirm: inLanguage(confirm, language),
    };
    if (byFilters.size < 64) byFilters.set(key, explanation);
  }
  return explanation;
}

/** Matches within the radius, nearest first, their reasons in `language`. */
export function searchPrograms(
  snapshot: IndexSnapshot,
  search: ProgramSearch,
  language: Language = "en",
): ProgramMatch[] {
  const key = `${language}|${search.level}|${search.withdrawal}|${search.medication}|${search.payment}|${search.language}`;
  return snapshot
    .near(search.latitude, search.longitude, search.radiusMiles * KM_PER_MILE, search.limit, search)
    .map(({ program, km }) => {
      const { why, lacks, confirm } = explanationOf(program, search, language, key);
      return { program, distanceMiles: Math.round((km / KM_PER_MILE) * 10) / 10, why, lacks, confirm };
    });
}
