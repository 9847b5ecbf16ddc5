import type { LevelOfCare } from "@stepwise/engine";
import type {
  ProgramAgeGroup,
  ProgramMedication,
  ProgramPayment,
  ProgramWithdrawalSetting,
} from "./program-profile.js";

/**
 * What one service value of SAMHSA's treatment locator (FindTreatment.gov) says in Stepwise's words. An
 * empty mapping means the value is known and does not change anything the program finder filters on
 * (e.g. "Cash or self-payment"). docs/programs.md has this table in words.
 */
export interface ServiceMapping {
  readonly substanceUseCare?: true;
  readonly mentalHealthCare?: true;
  readonly levels?: readonly LevelOfCare[];
  readonly levelsToConfirm?: readonly LevelOfCare[];
  readonly withdrawal?: readonly ProgramWithdrawalSetting[];
  readonly withdrawalToConfirm?: readonly ProgramWithdrawalSetting[];
  readonly withdrawalSettingUnknown?: true;
  readonly medications?: readonly ProgramMedication[];
  readonly payment?: readonly ProgramPayment[];
  readonly languages?: readonly string[];
  readonly ageGroups?: readonly ProgramAgeGroup[];
  readonly coOccurringCare?: true;
  readonly telehealth?: true;
}

const KNOWN: ServiceMapping = {};
const methadone: ServiceMapping = { medications: ["methadone"] };
const buprenorphine: ServiceMapping = { medications: ["buprenorphine"] };
const naltrexone: ServiceMapping = { medications: ["naltrexone"] };

/**
 * The service categories (`f2`) whose every value must be known: a value missing here is reported by the
 * importer as unmapped. The values are the locator's own words, from its listing and from the National
 * Substance Use and Mental Health Services Survey (N-SUMHSS) questionnaire the listing is built from.
 */
export const LOCATOR_SERVICE_MAPPINGS: Readonly<Record<string, Readonly<Record<string, ServiceMapping>>>> = {
  /** Type of care. A facility is offered for substance use care only when this says so. */
  TC: {
    "Substance use treatment": { substanceUseCare: true },
    "Mental health treatment": { mentalHealthCare: true },
    Detoxification: { substanceUseCare: true, withdrawalSettingUnknown: true },
    "Transitional housing, halfway house, or sober home": KNOWN,
    "Treatment for gambling disorder": KNOWN,
    "Treatment for other addiction (non-substance use disorder)": KNOWN,
  },
  /** Service settings: these become levels of care and withdrawal settings. */
  SET: {
    // The locator lists "Outpatient" as the heading of its outpatient settings; a program listing it
    // offers at least regular outpatient visits.
    Outpatient: { levels: ["outpatient"] },
    "Regular outpatient treatment": { levels: ["outpatient"] },
    "Outpatient methadone/buprenorphine or naltrexone treatment": { levels: ["outpatient"] },
    "Intensive outpatient treatment": { levels: ["intensive-outpatient"] },
    "Outpatient day treatment or partial hospitalization": { levels: ["partial-hospitalization"] },
    "Partial hospitalization/day treatment": { levels: ["partial-hospitalization"] },
    Residential: { levels: ["residential"] },
    "Short-term residential": { levels: ["residential"] },
    "Long-term residential": { levels: ["residential"] },
    // The listing does not say whether a hospital unit is medically monitored or medically managed
    // (ASAM levels 3.7 and 4): both, to be confirmed with the program.
    "Hospital inpatient": {
      levelsToConfirm: ["medically-monitored-inpatient", "medically-managed-inpatient"],
    },
    "Hospital inpatient treatment": {
      levelsToConfirm: ["medically-monitored-inpatient", "medically-managed-inpatient"],
    },
    "Outpatient detoxification": { withdrawal: ["ambulatory"] },
    // Residential withdrawal management can be clinically managed (3.2-WM) or medically monitored (3.7-WM).
    "Residential detoxification": {
      withdrawal: ["residential"],
      withdrawalToConfirm: ["medically-monitored"],
    },
    "Hospital inpatient detoxification": {
      withdrawalToConfirm: ["medically-monitored", "medically-managed"],
    },
    Detoxification: { withdrawalSettingUnknown: true },
    "Telemedicine/telehealth": { telehealth: true },
    "Computerized treatment/telemedicine": { telehealth: true },
  },
  /** Type of opioid treatment. */
  OT: {
    "SAMHSA-certified Opioid Treatment Program": KNOWN,
    "Accepts clients on opioid medication": KNOWN,
    "Use methadone/buprenorphine for pain management or emergency dosing": KNOWN,
    "Do not use medication for opioid addiction": KNOWN,
    "Does not treat opioid addiction": KNOWN,
    "Methadone maintenance": methadone,
    "Methadone maintenance for predetermined time": methadone,
    "Methadone detoxification": methadone,
    "Buprenorphine used in Treatment": buprenorphine,
    "Buprenorphine maintenance": buprenorphine,
    "Buprenorphine maintenance for predetermined time": buprenorphine,
    "Buprenorphine detoxification": buprenorphine,
    "Prescribes/administers buprenorphine": buprenorphine,
    "Naltrexone used in Treatment": naltrexone,
    "Prescribes/administers naltrexone": naltrexone,
    "Relapse prevention from naltrexone": naltrexone,
  },
  /** Opioid medications. */
  OM: {
    "Methadone used in Treatment": methadone,
    "Buprenorphine used in Treatment": buprenorphine,
    "Naltrexone used in Treatment": naltrexone,
  },
  /** Pharmacotherapies. */
  PHR: {
    Methadone: methadone,
    "Buprenorphine with naloxone (Suboxone®)": buprenorphine,
    "Buprenorphine without naloxone": buprenorphine,
    "Buprenorphine (extended-release, injectable, for example, Sublocade®)": buprenorphine,
    "Buprenorphine sub-dermal implant (Probuphine®)": buprenorphine,
    "Naltrexone (oral)": naltrexone,
    "Extended-release, injectable Naltrexone (Vivitrol®)": naltrexone,
    "Acamprosate (Campral®)": { medications: ["acamprosate"] },
    "Disulfiram (Antabuse®)": KNOWN,
    "Medications for psychiatric disorders": KNOWN,
    "Lofexidine (Lucemyra®)": KNOWN,
    "Clonidine (Catapres®)": KNOWN,
    "Nicotine replacement": KNOWN,
    "Non-nicotine smoking/tobacco cessation medications (e.g., bupropion, varenicline)": KNOWN,
    "Naloxone (Narcan®)": KNOWN,
  },
  /** Payment, insurance or funding accepted. */
  PAY: {
    Medicaid: { payment: ["medicaid"] },
    Medicare: { payment: ["medicare"] },
    "Private health insurance": { payment: ["private-insurance"] },
    "No payment accepted": { payment: ["free"] },
    "Cash or self-payment": KNOWN,
    "Federal, or any government funding for substance abuse programs": KNOWN,
    "County or local government funds": KNOWN,
    "Community Mental Health Block Grants": KNOWN,
    "Community Service Block Grants": KNOWN,
    "Military insurance (e.g., TRICARE)": KNOWN,
    "Other State funds": KNOWN,
    "State corrections or juvenile justice funds": KNOWN,
    "State-financed health insurance plan other than Medicaid": KNOWN,
    "State mental health agency (or equivalent) funds": KNOWN,
    "U.S. Department of VA funds": KNOWN,
    "State education funds": KNOWN,
    "State welfare or child and family services funds": KNOWN,
    "IHS/Tribal/Urban (ITU) funds": KNOWN,
    "IHS/Tribal/Urban (ITU) funds for substance abuse programs": KNOWN,
    "Access to Recovery (ATR) vouchers": KNOWN,
  },
  /** Payment assistance. */
  PYAS: {
    "Sliding fee scale (fee is based on income and other factors)": { payment: ["sliding-fee"] },
    "Treatment at no charge or minimal payment for clients who cannot afford to pay": { payment: ["free"] },
    "Payment assistance (check with facility for details)": KNOWN,
  },
  AGE: {
    "Children/adolescents": { ageGroups: ["children-adolescents"] },
    "Young adults": { ageGroups: ["young-adults"] },
    Adults: { ageGroups: ["adults"] },
    "Seniors (65 or older)": { ageGroups: ["seniors"] },
  },
  /** Language services. */
  SL: {
    "Services for the deaf and hard of hearing": { languages: ["ase"] },
    "Sign language services for the deaf and hard of hearing": { languages: ["ase"] },
    Spanish: { languages: ["es"] },
    "Services in Spanish": { languages: ["es"] },
  },
  /** Other languages: staff who speak them (N-SUMHSS language list; BCP 47 codes). */
  OL: {
    Spanish: { languages: ["es"] },
    Arabic: { languages: ["ar"] },
    "Any Chinese language": { languages: ["zh"] },
    Chinese: { languages: ["zh"] },
    Creole: { languages: ["ht"] },
    Farsi: { languages: ["fa"] },
    French: { languages: ["fr"] },
    German: { languages: ["de"] },
    Greek: { languages: ["el"] },
    Hebrew: { languages: ["he"] },
    Hindi: { languages: ["hi"] },
    Hmong: { languages: ["hmn"] },
    Italian: { languages: ["it"] },
    Japanese: { languages: ["ja"] },
    Korean: { languages: ["ko"] },
    Polish: { languages: ["pl"] },
    Portuguese: { languages: ["pt"] },
    Russian: { languages: ["ru"] },
    Tagalog: { languages: ["tl"] },
    Vietnamese: { languages: ["vi"] },
    Hopi: { languages: ["hop"] },
    Lakota: { languages: ["lkt"] },
    Navajo: { languages: ["nv"] },
    Ojibwa: { languages: ["oj"] },
    Yupik: { languages: ["ypk"] },
    Cherokee: { languages: ["chr"] },
    "Other American Indian or Alaska Native language": KNOWN,
    "Other language": KNOWN,
    Other: KNOWN,
  },
  /**
   * Special programs or groups: only co-occurring care is read; the other groups are kept in the listing
   * and not reported as unmapped (see PARTLY_READ_CATEGORIES).
   */
  SG: {
    "Persons with co-occurring mental and substance use disorders": { coOccurringCare: true },
    "Persons with co-occurring mental and substance use disorders (COD)": { coOccurringCare: true },
  },
};

/** Categories read for one or two values; their other values are not reported as unmapped. */
export const PARTLY_READ_CATEGORIES: ReadonlySet<string> = new Set(["SG"]);

/** The locator's spacing varies ("Buprenorphine with naloxone  (Suboxone®)"); compare on single spaces. */
export function normalServiceValue(value: string): string {
  return value.replace(/\s+/g, " ").trim();
}

/**
 * Mappings already looked up, by category and raw value: a listing repeats the same few hundred values
 * across its 23,000 rows, so each is normalised and looked up once per import.
 */
const lookedUp = new Map<string, Map<string, ServiceMapping | "not-read" | undefined>>();
let remembered = 0;

/** The mapping of one value, `undefined` when the category is read and the value is unknown. */
export function mappingOfService(category: string, value: string): ServiceMapping | "not-read" | undefined {
  let values = lookedUp.get(category);
  if (values === undefined) {
    values = new Map();
    lookedUp.set(category, values);
  }
  if (values.has(value)) return values.get(value);
  const mapping = lookUpService(category, value);
  // Bounded: a stream of distinct free-text values cannot grow it without limit.
  if (remembered < 10_000) {
    values.set(value, mapping);
    remembered += 1;
  }
  return mapping;
}

function lookUpService(category: string, value: string): ServiceMapping | "not-read" | undefined {
  const table = LOCATOR_SERVICE_MAPPINGS[category];
  if (table === undefined) return "not-read";
  const mapping = table[normalServiceValue(value)];
  if (mapping === undefined && PARTLY_READ_CATEGORIES.has(category)) return "not-read";
  return mapping;
}
