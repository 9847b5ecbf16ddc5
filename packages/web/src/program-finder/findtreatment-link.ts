/**
 * The link to FindTreatment.gov's own locator, with the finder's filters and the ZIP code the person typed
 * (docs/programs.md, "The FindTreatment.gov link"). It is offered when this server has no list of programs,
 * when nothing here matched, and under the programs found.
 *
 * The parameters are the ones the FindTreatment.gov front end sends to the locator's search: `buildParams`
 * in src/utils/api.js of SAMHSA's public repository CBHSQ/findtreatment (`sType`, `sAddr`, `sCodes` as a
 * comma-separated list of service codes, `sLanguages`, `limitType` 2 = distance with `limitValue` in
 * metres, 1,609.344 a mile, from src/utils/constants.js). The service codes are that repository's filter
 * values in src/utils/filters.js (`type`, `mat`, `payment`, `languages`, `special`). Not shown there: that
 * front end sends `sAddr` as coordinates it geocoded, where this link gives the ZIP code; and its pages keep
 * the search out of their own address, so these names are the locator's request format rather than a
 * documented contract of the /locator page. A name the page does not read leaves its plain search form, as
 * the link without filters did.
 *
 * The link carries the ZIP code, the distance and the kind of care — never an answer — and only when the
 * person follows it, as a plain link (no request is made by Stepwise; `rel="noreferrer"`).
 */
import type {
  FinderFilters,
  FinderLanguage,
  FinderLevel,
  FinderMedication,
  FinderPayment,
  FinderWithdrawal,
} from "./finder-filters.js";

/** FindTreatment.gov's own locator, where a person can search the whole country. */
export const FIND_TREATMENT_LOCATOR_URL = "https://findtreatment.gov/locator";

/** src/utils/constants.js of CBHSQ/findtreatment: `METERS_PER_MILE`, `DEFAULT_LIMIT_TYPE` (2 = distance). */
const METERS_PER_MILE = 1609.344;
const LIMIT_TYPE_DISTANCE = "2";
/** `DEFAULT_STYPE`: substance use facilities (the listing's `typeFacility` "SA"). */
const SUBSTANCE_USE = "SA";

/**
 * One filter value as the locator searches for it: the code it sends and the listing value (category `f2`
 * and value `f3` of a listing row) the code finds, which the server's own mapping reads
 * (packages/server/src/programs/locator-services.ts; a test checks that the two agree).
 */
export interface LocatorCode {
  readonly code: string;
  readonly listing: { readonly category: string; readonly value: string };
  /**
   * The locator has no code this narrow, and this one finds more than the filter asks for (every
   * outpatient program for intensive outpatient; any withdrawal care for one setting). The page says so.
   */
  readonly broader?: true;
}

const outpatient: LocatorCode = {
  code: "OP",
  listing: { category: "SET", value: "Outpatient" },
  broader: true,
};
const hospitalInpatient: LocatorCode = {
  code: "HI",
  listing: { category: "SET", value: "Hospital inpatient" },
};
/** The locator's one withdrawal filter ("Detox"); its listing does not say in which setting. */
const detox: LocatorCode = {
  code: "DT",
  listing: { category: "TC", value: "Detoxification" },
  broader: true,
};

/** `type` in the locator's filters: one code a kind of program. */
export const LOCATOR_LEVEL_CODES: Readonly<Record<FinderLevel, LocatorCode>> = {
  outpatient: { code: "OP", listing: { category: "SET", value: "Outpatient" } },
  // The locator's "Outpatient" covers intensive outpatient and day treatment; it has no narrower filter.
  "intensive-outpatient": outpatient,
  "partial-hospitalization": outpatient,
  residential: { code: "RES", listing: { category: "SET", value: "Residential" } },
  // "Hospital inpatient" covers both medically monitored and medically managed care; the finder asks the
  // person to confirm which, as it does for its own search.
  "medically-monitored-inpatient": hospitalInpatient,
  "medically-managed-inpatient": hospitalInpatient,
};

export const LOCATOR_WITHDRAWAL_CODES: Readonly<Record<FinderWithdrawal, LocatorCode>> = {
  ambulatory: detox,
  residential: detox,
  "medically-monitored": detox,
  "medically-managed": detox,
};

/** `mat`: medication for opioid use disorder. Acamprosate has no locator code and is left out. */
export const LOCATOR_MEDICATION_CODES: Readonly<Record<FinderMedication, LocatorCode | null>> = {
  methadone: { code: "METH", listing: { category: "OM", value: "Methadone used in Treatment" } },
  buprenorphine: { code: "BU", listing: { category: "OM", value: "Buprenorphine used in Treatment" } },
  naltrexone: { code: "NU", listing: { category: "OM", value: "Naltrexone used in Treatment" } },
  acamprosate: null,
};

/** `payment`. "SF" is the locator's "Cash or self-payment", not the sliding fee ("SS"). */
export const LOCATOR_PAYMENT_CODES: Readonly<Record<FinderPayment, LocatorCode>> = {
  medicaid: { code: "MD", listing: { category: "PAY", value: "Medicaid" } },
  medicare: { code: "MC", listing: { category: "PAY", value: "Medicare" } },
  "private-insurance": { code: "PI", listing: { category: "PAY", value: "Private health insurance" } },
  "sliding-fee": {
    code: "SS",
    listing: { category: "PYAS", value: "Sliding fee scale (fee is based on income and other factors)" },
  },
  free: { code: "NP", listing: { category: "PAY", value: "No payment accepted" } },
};

/**
 * Spanish goes in `sLanguages` with the locator's own language value; American Sign Language is the
 * locator's special group "Services for the deaf and hard of hearing" (`special`, a service code).
 */
export const LOCATOR_LANGUAGE_CODES: Readonly<
  Record<FinderLanguage, LocatorCode & { readonly parameter: "sLanguages" | "sCodes" }>
> = {
  es: { code: "SP-Spanish", parameter: "sLanguages", listing: { category: "OL", value: "Spanish" } },
  ase: {
    code: "AH",
    parameter: "sCodes",
    listing: { category: "SL", value: "Services for the deaf and hard of hearing" },
  },
};

/** The filters the locator cannot search for as asked (left out, or searched more broadly). */
export type LocatorGap =
  | { readonly filter: "level"; readonly value: FinderLevel }
  | { readonly filter: "withdrawal"; readonly value: FinderWithdrawal }
  | { readonly filter: "medication"; readonly value: FinderMedication };

export interface LocatorLink {
  readonly href: string;
  readonly gaps: readonly LocatorGap[];
}

/**
 * A 5-digit ZIP code from what the person typed (ZIP+4 gives its first five digits), else null. Only a ZIP
 * code goes into the link: a town, street or coordinates typed in the field stay on the page.
 */
export function zipCodeOf(place: string): string | null {
  const match = /^(\d{5})(?:-\d{4})?$/.exec(place.trim());
  return match?.[1] ?? null;
}

/** The locator's address for these filters and this place. */
export function findTreatmentLink(place: string, filters: FinderFilters): LocatorLink {
  const codes: string[] = [];
  const gaps: LocatorGap[] = [];
  let languages: string | null = null;
  const add = (code: LocatorCode) => {
    if (!codes.includes(code.code)) codes.push(code.code);
  };
  if (filters.level !== "") {
    const code = LOCATOR_LEVEL_CODES[filters.level];
    add(code);
    if (code.broader === true) gaps.push({ filter: "level", value: filters.level });
  }
  if (filters.withdrawal !== "") {
    const code = LOCATOR_WITHDRAWAL_CODES[filters.withdrawal];
    add(code);
    if (code.broader === true) gaps.push({ filter: "withdrawal", value: filters.withdrawal });
  }
  if (filters.medication !== "") {
    const code = LOCATOR_MEDICATION_CODES[filters.medication];
    if (code === null) gaps.push({ filter: "medication", value: filters.medication });
    else add(code);
  }
  if (filters.payment !== "") add(LOCATOR_PAYMENT_CODES[filters.payment]);
  if (filters.language !== "") {
    const code = LOCATOR_LANGUAGE_CODES[filters.language];
    if (code.parameter === "sLanguages") languages = code.code;
    else add(code);
  }

  const query = new URLSearchParams({ sType: SUBSTANCE_USE });
  const zip = zipCodeOf(place);
  if (zip !== null) query.set("sAddr", zip);
  if (codes.length > 0) query.set("sCodes", codes.join(","));
  if (languages !== null) query.set("sLanguages", languages);
  query.set("limitType", LIMIT_TYPE_DISTANCE);
  query.set("limitValue", String(Math.round(filters.radius * METERS_PER_MILE)));
  return { href: `${FIND_TREATMENT_LOCATOR_URL}?${query.toString()}`, gaps };
}
