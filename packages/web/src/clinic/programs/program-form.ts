import type { WithdrawalManagement } from "@stepwise/engine";
import { LEVELS_OF_CARE } from "@stepwise/engine/levels";
import type { ProgramMessageKey } from "./programs-messages.js";

// The API's lists (packages/server/src/programs/program-profile.ts). The levels come from the engine's
// levels file alone, so the clinic's first screen does not load the whole engine.
export const PROGRAM_LEVELS = LEVELS_OF_CARE;
export const PROGRAM_WITHDRAWAL = [
  "ambulatory",
  "residential",
  "medically-monitored",
  "medically-managed",
] as const satisfies readonly Exclude<WithdrawalManagement, "none">[];
export const PROGRAM_MEDICATIONS = ["methadone", "buprenorphine", "naltrexone", "acamprosate"] as const;
export const PROGRAM_PAYMENTS = ["medicaid", "medicare", "private-insurance", "sliding-fee", "free"] as const;
export const PROGRAM_AGE_GROUPS = ["children-adolescents", "young-adults", "adults", "seniors"] as const;

export type ProgramLevel = (typeof PROGRAM_LEVELS)[number];
export type ProgramWithdrawal = (typeof PROGRAM_WITHDRAWAL)[number];
export type ProgramMedication = (typeof PROGRAM_MEDICATIONS)[number];
export type ProgramPayment = (typeof PROGRAM_PAYMENTS)[number];
export type ProgramAgeGroup = (typeof PROGRAM_AGE_GROUPS)[number];

/** One of the organization's programs as `/api/organization-programs` shows it. */
export interface OrganizationProgram {
  readonly id: string;
  readonly name: string;
  readonly street1: string | null;
  readonly city: string | null;
  readonly state: string | null;
  readonly zip: string;
  readonly phone: string | null;
  readonly website: string | null;
  readonly levels: readonly ProgramLevel[];
  readonly withdrawal: readonly ProgramWithdrawal[];
  readonly medications: readonly ProgramMedication[];
  readonly payment: readonly ProgramPayment[];
  readonly languages: readonly string[];
  readonly ageGroups: readonly ProgramAgeGroup[];
  readonly coOccurringCare: boolean;
  readonly openings: number | null;
  readonly waitlistDays: number | null;
  readonly availabilityUpdatedOn: string;
  readonly version: number;
}

/** The program form as typed. */
export interface ProgramDraft {
  readonly name: string;
  readonly street1: string;
  readonly city: string;
  readonly state: string;
  readonly zip: string;
  readonly phone: string;
  readonly website: string;
  readonly levels: readonly ProgramLevel[];
  readonly withdrawal: readonly ProgramWithdrawal[];
  readonly medications: readonly ProgramMedication[];
  readonly payment: readonly ProgramPayment[];
  readonly ageGroups: readonly ProgramAgeGroup[];
  readonly languages: string;
  readonly coOccurringCare: boolean;
  readonly openings: string;
  readonly waitlistDays: string;
  readonly availabilityUpdatedOn: string;
}

export const PROGRAM_FIELDS = [
  "name",
  "street1",
  "city",
  "state",
  "zip",
  "phone",
  "website",
  "levels",
  "withdrawal",
  "medications",
  "payment",
  "ageGroups",
  "languages",
  "coOccurringCare",
  "openings",
  "waitlistDays",
  "availabilityUpdatedOn",
] as const;
export type ProgramField = (typeof PROGRAM_FIELDS)[number];

/** The form for a new program (checked today), or filled from a stored one. */
export function programDraft(program: OrganizationProgram | undefined, today: string): ProgramDraft {
  return {
    name: program?.name ?? "",
    street1: program?.street1 ?? "",
    city: program?.city ?? "",
    state: program?.state ?? "",
    zip: program?.zip ?? "",
    phone: program?.phone ?? "",
    website: program?.website ?? "",
    levels: program?.levels ?? [],
    withdrawal: program?.withdrawal ?? [],
    medications: program?.medications ?? [],
    payment: program?.payment ?? [],
    ageGroups: program?.ageGroups ?? [],
    languages: program?.languages.filter((code) => code !== "en").join(", ") ?? "",
    coOccurringCare: program?.coOccurringCare ?? false,
    openings: program?.openings === null || program === undefined ? "" : String(program.openings),
    waitlistDays: program?.waitlistDays === null || program === undefined ? "" : String(program.waitlistDays),
    availabilityUpdatedOn: program?.availabilityUpdatedOn ?? today,
  };
}

const languageCodes = (text: string) =>
  text
    .split(/[,\s]+/)
    .map((code) => code.trim().toLowerCase())
    .filter((code) => code !== "");

const isCount = (text: string) => text.trim() === "" || /^\d{1,6}$/.test(text.trim());

/** What is missing or wrong, field by field, before the form is sent. */
export function programProblems(draft: ProgramDraft): Partial<Record<ProgramField, ProgramMessageKey>> {
  const problems: Partial<Record<ProgramField, ProgramMessageKey>> = {};
  if (draft.name.trim() === "") problems.name = "programs.missing.name";
  if (!/^\d{5}$/.test(draft.zip.trim())) problems.zip = "programs.missing.zip";
  if (!languageCodes(draft.languages).every((code) => /^[a-z]{2,3}$/.test(code))) {
    problems.languages = "programs.missing.languages";
  }
  if (!isCount(draft.openings)) problems.openings = "programs.missing.count";
  if (!isCount(draft.waitlistDays)) problems.waitlistDays = "programs.missing.count";
  if (!/^\d{4}-\d{2}-\d{2}$/.test(draft.availabilityUpdatedOn.trim())) {
    problems.availabilityUpdatedOn = "programs.missing.checkedOn";
  }
  return problems;
}

const optional = (text: string) => (text.trim() === "" ? null : text.trim());
const count = (text: string) => (text.trim() === "" ? null : Number(text.trim()));

/** The body for `POST /api/organization-programs` and `PUT /api/organization-programs/{id}`. */
export function programRequest(draft: ProgramDraft) {
  return {
    name: draft.name.trim(),
    street1: optional(draft.street1),
    city: optional(draft.city),
    state: optional(draft.state),
    zip: draft.zip.trim(),
    phone: optional(draft.phone),
    website: optional(draft.website),
    levels: PROGRAM_LEVELS.filter((level) => draft.levels.includes(level)),
    withdrawal: PROGRAM_WITHDRAWAL.filter((setting) => draft.withdrawal.includes(setting)),
    medications: PROGRAM_MEDICATIONS.filter((medication) => draft.medications.includes(medication)),
    payment: PROGRAM_PAYMENTS.filter((payment) => draft.payment.includes(payment)),
    languages: [...new Set(languageCodes(draft.languages))],
    ageGroups: PROGRAM_AGE_GROUPS.filter((group) => draft.ageGroups.includes(group)),
    coOccurringCare: draft.coOccurringCare,
    openings: count(draft.openings),
    waitlistDays: count(draft.waitlistDays),
    availabilityUpdatedOn: draft.availabilityUpdatedOn.trim(),
  };
}
