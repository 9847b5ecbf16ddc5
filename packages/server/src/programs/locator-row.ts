import { z } from "zod";
import { mappingOfService, type ServiceMapping } from "./locator-services.js";
import { emptyProfile, type ProgramProfile } from "./program-profile.js";

/**
 * One row of SAMHSA's treatment-locator listing (FindTreatment.gov), as its JSON pages carry it
 * (fixtures/findtreatment/README.md lists the fields). `miles` is an artefact of the search that produced
 * the page and is not kept.
 */
const locatorRowSchema = z.object({
  frid: z.string().trim().min(1).max(200),
  name1: z.string().trim().min(1).max(300),
  name2: z.string().max(300).nullish(),
  street1: z.string().max(300).nullish(),
  street2: z.string().max(300).nullish(),
  city: z.string().max(120).nullish(),
  state: z.string().max(40).nullish(),
  zip: z.string().max(20).nullish(),
  phone: z.string().max(60).nullish(),
  intake1: z.string().max(60).nullish(),
  hotline1: z.string().max(60).nullish(),
  website: z.string().max(500).nullish(),
  latitude: z.union([z.string(), z.number()]),
  longitude: z.union([z.string(), z.number()]),
  typeFacility: z.string().max(20).nullish(),
  services: z.array(z.object({ f1: z.string().nullish(), f2: z.string(), f3: z.string().nullish() })),
});

/** A facility ready to store: its contact details, place and what it offers. */
export interface DirectoryFacility {
  readonly frid: string;
  readonly name: string;
  readonly programName: string | null;
  readonly street1: string | null;
  readonly street2: string | null;
  readonly city: string | null;
  readonly state: string | null;
  readonly zip: string | null;
  readonly phone: string | null;
  readonly intakePhone: string | null;
  readonly website: string | null;
  readonly latitude: number;
  readonly longitude: number;
  readonly facilityType: string | null;
  readonly profile: ProgramProfile;
  /** The locator's own service words by category code, shown to people as the listing says them. */
  readonly services: Readonly<Record<string, readonly string[]>>;
}

export interface UnmappedService {
  readonly category: string;
  readonly value: string;
}

export type LocatorRowReading =
  | { readonly ok: true; readonly facility: DirectoryFacility; readonly unmapped: readonly UnmappedService[] }
  | { readonly ok: false; readonly frid: string | null; readonly reason: string };

/** PostgreSQL text cannot hold NUL, and no listing field needs a control character. */
function clean(value: string): string {
  return value.replace(/\p{Cc}/gu, " ");
}

function text(value: string | null | undefined): string | null {
  const trimmed = value === null || value === undefined ? undefined : clean(value).trim();
  return trimmed === undefined || trimmed === "" ? null : trimmed;
}

function coordinate(value: string | number, limit: number): number | null {
  const number = typeof value === "number" ? value : Number(value.trim());
  return value !== "" && Number.isFinite(number) && Math.abs(number) <= limit ? number : null;
}

interface ServiceListReading {
  readonly values: readonly string[];
  readonly mappings: readonly ServiceMapping[];
  readonly unknown: readonly string[];
}

/**
 * A category's values as the listing writes them ("Medicaid; Medicare; Private health insurance"), split and
 * mapped once per distinct text: facilities share the same few lists of payment, settings and languages, so
 * the import reads each list once rather than once per facility. Bounded like the per-value memory in
 * locator-services.ts, so a stream of distinct free text cannot grow it without limit.
 */
const PROFILE_FLAGS = [
  "substanceUseCare",
  "mentalHealthCare",
  "withdrawalSettingUnknown",
  "coOccurringCare",
  "telehealth",
] as const;

/** By category, then by the category's text as the listing writes it. */
const readServiceLists = new Map<string, Map<string, ServiceListReading>>();
const SERVICE_LISTS_REMEMBERED = 20_000;
let serviceListsRemembered = 0;

function readServiceList(category: string, text: string): ServiceListReading {
  let lists = readServiceLists.get(category);
  if (lists === undefined) {
    lists = new Map();
    readServiceLists.set(category, lists);
  }
  const known = lists.get(text);
  if (known !== undefined) return known;
  const values = text
    .split(";")
    .map((value) => value.trim())
    .filter((value) => value !== "");
  const mappings: ServiceMapping[] = [];
  const unknown: string[] = [];
  for (const value of values) {
    const mapping = mappingOfService(category, value);
    if (mapping === "not-read") continue;
    if (mapping === undefined) unknown.push(value);
    else mappings.push(mapping);
  }
  const reading = { values, mappings, unknown };
  if (serviceListsRemembered < SERVICE_LISTS_REMEMBERED) {
    lists.set(text, reading);
    serviceListsRemembered += 1;
  }
  return reading;
}

/** What a list of locator services says the facility offers, and the values the mapping does not know. */
export function profileOfServices(
  services: readonly { readonly f2: string; readonly f3?: string | null | undefined }[],
): { profile: ProgramProfile; unmapped: UnmappedService[]; byCategory: Record<string, string[]> } {
  const empty = emptyProfile();
  const flags = {
    substanceUseCare: false,
    mentalHealthCare: false,
    withdrawalSettingUnknown: false,
    coOccurringCare: false,
    telehealth: false,
  };
  const lists = {
    levels: new Set(empty.levels),
    levelsToConfirm: new Set(empty.levelsToConfirm),
    withdrawal: new Set(empty.withdrawal),
    withdrawalToConfirm: new Set(empty.withdrawalToConfirm),
    medications: new Set(empty.medications),
    payment: new Set(empty.payment),
    languages: new Set(empty.languages),
    ageGroups: new Set(empty.ageGroups),
  };
  const unmapped: UnmappedService[] = [];
  const byCategory: Record<string, string[]> = {};
  for (const service of services) {
    const { values, mappings, unknown } = readServiceList(service.f2, service.f3 ?? "");
    const kept = byCategory[service.f2];
    if (kept === undefined) byCategory[service.f2] = [...values];
    else kept.push(...values);
    for (const value of unknown) unmapped.push({ category: service.f2, value });
    for (const mapping of mappings) {
      for (const flag of PROFILE_FLAGS) {
        if (mapping[flag] === true) flags[flag] = true;
      }
      for (const level of mapping.levels ?? []) lists.levels.add(level);
      for (const level of mapping.levelsToConfirm ?? []) lists.levelsToConfirm.add(level);
      for (const setting of mapping.withdrawal ?? []) lists.withdrawal.add(setting);
      for (const setting of mapping.withdrawalToConfirm ?? []) lists.withdrawalToConfirm.add(setting);
      for (const medication of mapping.medications ?? []) lists.medications.add(medication);
      for (const payment of mapping.payment ?? []) lists.payment.add(payment);
      for (const language of mapping.languages ?? []) lists.languages.add(language);
      for (const group of mapping.ageGroups ?? []) lists.ageGroups.add(group);
    }
  }
  // A confirmed level or setting is not also "to confirm".
  const profile: ProgramProfile = {
    ...flags,
    levels: [...lists.levels],
    levelsToConfirm: [...lists.levelsToConfirm].filter((level) => !lists.levels.has(level)),
    withdrawal: [...lists.withdrawal],
    withdrawalToConfirm: [...lists.withdrawalToConfirm].filter((setting) => !lists.withdrawal.has(setting)),
    medications: [...lists.medications],
    payment: [...lists.payment],
    languages: [...lists.languages],
    ageGroups: [...lists.ageGroups],
  };
  return { profile, unmapped, byCategory };
}

/** Reads one listing row; a row that cannot be stored says why (no id, no usable place). */
export function readLocatorRow(raw: unknown): LocatorRowReading {
  const frid =
    raw !== null && typeof raw === "object" && typeof (raw as { frid?: unknown }).frid === "string"
      ? (raw as { frid: string }).frid
      : null;
  const parsed = locatorRowSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.join(".") || "row";
    return { ok: false, frid, reason: `${field}: ${issue?.message ?? "not a locator row"}` };
  }
  const row = parsed.data;
  const latitude = coordinate(row.latitude, 90);
  const longitude = coordinate(row.longitude, 180);
  if (latitude === null || longitude === null) {
    return { ok: false, frid: row.frid, reason: "latitude/longitude: missing or not a place on Earth" };
  }
  const { profile, unmapped, byCategory } = profileOfServices(row.services);
  // A row from the substance use listing without a type-of-care service is still a substance use facility.
  const substanceUseCare =
    profile.substanceUseCare || (row.typeFacility === "SA" && byCategory.TC === undefined);
  return {
    ok: true,
    facility: {
      frid: clean(row.frid),
      name: clean(row.name1),
      programName: text(row.name2),
      street1: text(row.street1),
      street2: text(row.street2),
      city: text(row.city),
      state: text(row.state),
      zip: text(row.zip),
      phone: text(row.phone),
      intakePhone: text(row.intake1),
      website: text(row.website),
      latitude,
      longitude,
      facilityType: text(row.typeFacility),
      profile: { ...profile, substanceUseCare },
      services: byCategory,
    },
    unmapped,
  };
}
