/**
 * The notebook for calling programs: questions in our own words from the NIAAA Alcohol Treatment
 * Navigator's ten questions and SAMHSA's signs of quality treatment (docs/design/consumer.md §1.5–1.6),
 * one checklist per program, and the warning signs drawn from the 2021 audit of residential programs
 * (admission before any assessment, upfront payment, paid travel; Beetham et al., docs/design/consumer.md §1.9) and
 * from the quality signs (medications for opioid use disorder; a full assessment first).
 */
export const PROGRAM_QUESTIONS = [
  "start",
  "insurance",
  "license",
  "assessment",
  "plan",
  "medications",
  "therapies",
  "family",
  "returnToUse",
  "after",
] as const;
export type ProgramQuestion = (typeof PROGRAM_QUESTIONS)[number];

export const PROGRAM_ANSWERS = ["yes", "no", "unsure"] as const;
export type ProgramAnswer = (typeof PROGRAM_ANSWERS)[number];

/** Things the program did that the person marks themselves. */
export const REPORTED_WARNINGS = ["admissionBeforeAssessment", "upfrontCash", "paidTravel"] as const;
export type ReportedWarning = (typeof REPORTED_WARNINGS)[number];

/**
 * Warning signs from the person's answers: no medicines, no full assessment, no license or
 * accreditation, no plan for after (SAMHSA "Finding Quality Treatment for Substance Use Disorders",
 * 2019), and no clear word on what insurance covers (NIAAA Alcohol Treatment Navigator, "ten
 * questions"). Free travel or housing to enrol is patient brokering (Eliminating Kickbacks in Recovery
 * Act, 18 U.S.C. § 220).
 */
export const WARNING_SIGNS = [
  ...REPORTED_WARNINGS,
  "noMedications",
  "noAssessment",
  "notLicensed",
  "noAftercare",
  "insuranceUnclear",
] as const;
export type WarningSign = (typeof WARNING_SIGNS)[number];

export const PROGRAM_KINDS = [
  "intensive-outpatient",
  "partial-hospitalization",
  "residential",
  "other",
] as const;
export type ProgramKind = (typeof PROGRAM_KINDS)[number];

export interface ProgramNotes {
  /** Typed by the person, or empty: nothing identifying unless they type it. */
  readonly name: string;
  readonly kind: ProgramKind;
  readonly answers: Readonly<Partial<Record<ProgramQuestion, ProgramAnswer>>>;
  readonly reported: readonly ReportedWarning[];
}

export function emptyProgram(kind: ProgramKind = "intensive-outpatient"): ProgramNotes {
  return { name: "", kind, answers: {}, reported: [] };
}

/** The warning signs to flag for one program, in a fixed order. */
export function warningSigns(program: ProgramNotes): WarningSign[] {
  const signs = new Set<WarningSign>(program.reported);
  if (program.answers.medications === "no") signs.add("noMedications");
  if (program.answers.assessment === "no") signs.add("noAssessment");
  if (program.answers.license === "no") signs.add("notLicensed");
  if (program.answers.after === "no") signs.add("noAftercare");
  if (program.answers.insurance === "no") signs.add("insuranceUnclear");
  return WARNING_SIGNS.filter((sign) => signs.has(sign));
}
