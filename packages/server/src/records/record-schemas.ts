/**
 * The records API's request and response shapes. These zod schemas validate every request and are
 * also the source of the OpenAPI 3.1 document (z.toJSONSchema), so the two cannot drift apart.
 */
import {
  assessmentSchema,
  INSTRUMENT_IDS,
  LEVELS_OF_CARE,
  OVERRIDE_REASONS,
  validateAssessment,
} from "@stepwise/engine";
import { z } from "zod";

const id = (what: string) => z.uuid({ error: `${what} must be an id from this API.` });

export const isoDate = z
  .string({ error: "Use a date written YYYY-MM-DD." })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "Use a date written YYYY-MM-DD." })
  .refine(
    (text) => {
      const date = new Date(`${text}T00:00:00Z`);
      return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
    },
    { error: "Use a real calendar date written YYYY-MM-DD." },
  );

export const levelOfCare = z.enum(LEVELS_OF_CARE, {
  error: `Use one of the level ids: ${LEVELS_OF_CARE.join(", ")}.`,
});

/** Unicode category Cc (C0, DEL, C1): invisible, and able to break a printed export or a terminal. */
export function hasControlCharacters(text: string): boolean {
  return /\p{Cc}/u.test(text);
}

/** A short line a person types; no control characters (they can hide text in exports and logs). */
const line = (what: string, maximum: number) =>
  z
    .string({ error: `${what} must be text.` })
    .trim()
    .min(1, { error: `Enter ${what}.` })
    .max(maximum, { error: `Use at most ${maximum} characters for ${what}.` })
    .refine((text) => !hasControlCharacters(text), { error: `${what} cannot hold control characters.` });

const note = (what: string) =>
  z
    .string({ error: `${what} must be text.` })
    .trim()
    .min(1, { error: `Enter ${what}, or leave it out.` })
    .max(2000, { error: `Use at most 2000 characters for ${what}.` })
    .refine((text) => !hasControlCharacters(text.replace(/[\t\n\r]/g, "")), {
      error: `${what} cannot hold control characters.`,
    });

// ── path parameters ──
export const clientParams = z.strictObject({ clientId: id("clientId") });
export const assessmentParams = z.strictObject({ assessmentId: id("assessmentId") });
export const decisionParams = z.strictObject({ decisionId: id("decisionId") });
export const episodeParams = z.strictObject({ episodeId: id("episodeId") });
export const consentParams = z.strictObject({ consentId: id("consentId") });

// ── clients ──
export const clientBody = z.strictObject({
  name: line("the client's name", 120).describe("The name the clinic uses for the client."),
  birthDate: isoDate.nullable().optional().describe("Date of birth (YYYY-MM-DD), if the clinic records it."),
  recordNumber: line("the record number", 40)
    .nullable()
    .optional()
    .describe("The clinic's own record number; unique within the organization."),
});
export const clientChanges = clientBody.partial().describe("Only the fields to change.");

export const clientView = z.object({
  id: z.uuid(),
  name: z.string(),
  birthDate: z.string().nullable(),
  recordNumber: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

// ── assessments ──
export const scaleAnswersSchema = z
  .strictObject({
    instrument: z.enum(INSTRUMENT_IDS, { error: `Use one of: ${INSTRUMENT_IDS.join(", ")}.` }),
    answers: z
      .record(
        z.string().max(40),
        z.union([z.string().max(200), z.number(), z.boolean(), z.null()], {
          error: "Each answer is the option's code, label or points, true/false, or null.",
        }),
      )
      .refine((answers) => Object.keys(answers).length <= 60, { error: "At most 60 answers per scale." }),
  })
  .describe(
    "Answers to one validated scale, keyed by item id, form number or LOINC code; the server scores it.",
  );

export const assessmentBody = z.strictObject({
  answers: assessmentSchema.describe("The assessment model, version 1 (see GET /openapi.json components)."),
  scaleAnswers: z
    .array(scaleAnswersSchema)
    .max(INSTRUMENT_IDS.length, { error: `At most ${INSTRUMENT_IDS.length} scales.` })
    .optional()
    .describe("Scales to score on the server; each result replaces a scale result of the same instrument."),
});

export const correctionBody = assessmentBody.extend({
  correctionNote: note("what was corrected").describe("What was wrong in the earlier version."),
});

/**
 * Parses a valid assessment body (the usual case) without running zod over the answers: the engine's
 * validator compiled from the same assessment schema checks them (validateAssessment; zod costs about
 * 65 µs a parse in the bench server, most of it in the answers), and zod parses only the small rest
 * (scale answers, correction note). The assessment schema has no defaults or transforms, so valid
 * answers are their own parsed value. Anything refused gives `undefined`, and the route's full schema
 * then parses the body and names each bad field, so error answers are the same as before.
 */
export function quickAssessmentBodyParser<Schema extends typeof assessmentBody | typeof correctionBody>(
  schema: Schema,
): (body: unknown) => z.output<Schema> | undefined {
  const rest = (schema as typeof assessmentBody).extend({ answers: z.unknown() });
  return (body) => {
    const parsed = rest.safeParse(body);
    if (!parsed.success) return undefined;
    const answers = validateAssessment(parsed.data.answers);
    if (!answers.ok) return undefined;
    return { ...parsed.data, answers: answers.assessment } as z.output<Schema>;
  };
}

export const assessmentView = z.object({
  id: z.uuid(),
  clientId: z.uuid(),
  supersedesId: z.uuid().nullable().describe("The version this one corrects."),
  supersededById: z
    .uuid()
    .nullable()
    .describe("The version that corrects this one; null for the current version."),
  correctionNote: z.string().nullable(),
  asOf: z.string(),
  modelVersion: z.string(),
  rulesetVersion: z.string().describe("The rule set that produced the result."),
  recommendedLevel: levelOfCare.nullable(),
  provisional: z.boolean(),
  answers: z.record(z.string(), z.unknown()).describe("The answers as stored, after server-side scoring."),
  result: z.record(z.string(), z.unknown()).describe("The engine's PlacementResult."),
  createdAt: z.string(),
  createdBy: z.uuid(),
});

// ── level-of-care decisions ──
export const decisionBody = z.strictObject({
  assessmentId: id("assessmentId").describe("The current assessment version this decision follows."),
  chosenLevel: levelOfCare.describe("The level the client and clinician chose."),
  availableLevels: z
    .array(levelOfCare)
    .max(LEVELS_OF_CARE.length)
    .nullable()
    .optional()
    .describe("Levels offered near the client now; leave out when not checked."),
  reason: z
    .enum(OVERRIDE_REASONS, { error: `Use one of the reason codes: ${OVERRIDE_REASONS.join(", ")}.` })
    .nullable()
    .optional()
    .describe(
      "Required when the chosen level differs from the recommended one (docs/design/domain.md §5.6).",
    ),
  reasonText: note("the reason in your words")
    .nullable()
    .optional()
    .describe("Required when the reason is `other`."),
});

export const decisionView = z.object({
  id: z.uuid(),
  clientId: z.uuid(),
  assessmentId: z.uuid(),
  recommendedLevel: levelOfCare.nullable(),
  availableLevels: z.array(levelOfCare).nullable(),
  chosenLevel: levelOfCare,
  differs: z.boolean(),
  reason: z.enum(OVERRIDE_REASONS).nullable(),
  reasonText: z.string().nullable(),
  createdAt: z.string(),
  createdBy: z.uuid(),
});

// ── episodes of care ──
export const DISCHARGE_REASONS = [
  "plan-completed",
  "to-continuing-care",
  "transferred-to-another-program",
  "left-before-plan-completed",
  "other",
] as const;

export const admissionBody = z.strictObject({
  level: levelOfCare.describe("The level the client is admitted to."),
  admittedOn: isoDate,
  decisionId: id("decisionId").nullable().optional().describe("The decision behind this admission."),
  note: note("a note").nullable().optional(),
});

export const transferBody = z.strictObject({
  toLevel: levelOfCare,
  on: isoDate,
  decisionId: id("decisionId").nullable().optional().describe("The decision behind this move, if any."),
  note: note("a note").nullable().optional(),
});

export const dischargeBody = z.strictObject({
  on: isoDate,
  reason: z.enum(DISCHARGE_REASONS, { error: `Use one of: ${DISCHARGE_REASONS.join(", ")}.` }),
  note: note("a note").nullable().optional(),
});

export const episodeEventView = z.object({
  id: z.uuid(),
  sequence: z.number().int(),
  kind: z.enum(["admission", "transfer", "discharge"]),
  direction: z
    .enum(["step-down", "step-up"])
    .nullable()
    .describe("For a transfer: less or more intensive care."),
  fromLevel: levelOfCare.nullable(),
  toLevel: levelOfCare.nullable(),
  on: z.string(),
  decisionId: z.uuid().nullable(),
  reason: z.string().nullable(),
  note: z.string().nullable(),
  createdAt: z.string(),
  createdBy: z.uuid(),
});

export const episodeView = z.object({
  id: z.uuid(),
  clientId: z.uuid(),
  status: z.enum(["open", "closed"]),
  currentLevel: levelOfCare.describe("The level now, or the last level before discharge."),
  admittedOn: z.string(),
  dischargedOn: z.string().nullable(),
  events: z.array(episodeEventView),
  createdAt: z.string(),
  updatedAt: z.string(),
});

// ── consent and disclosure (42 CFR Part 2) ──
/** What a consent can cover; a disclosure names a subset of it. */
export const INFORMATION_KINDS = ["identifiers", "assessments", "decisions", "episodes"] as const;
export type InformationKind = (typeof INFORMATION_KINDS)[number];

/** Treatment, payment and health-care operations may share one consent (2024 final rule, 89 FR 12472). */
export const DISCLOSURE_PURPOSES = [
  "treatment",
  "payment",
  "health-care-operations",
  "care-coordination",
  "other",
] as const;

const informationKinds = z
  .array(z.enum(INFORMATION_KINDS, { error: `Use some of: ${INFORMATION_KINDS.join(", ")}.` }))
  .min(1, { error: "Name at least one kind of information." })
  .max(INFORMATION_KINDS.length)
  .refine((kinds) => new Set(kinds).size === kinds.length, { error: "Name each kind once." });

const purpose = z.enum(DISCLOSURE_PURPOSES, { error: `Use one of: ${DISCLOSURE_PURPOSES.join(", ")}.` });

export const consentBody = z.strictObject({
  recipientName: line("who may receive the information", 200).describe(
    "The person or organization that may receive the information.",
  ),
  information: informationKinds.describe("How much and what kind of information may be disclosed."),
  purpose: purpose.describe("Why it may be disclosed."),
  purposeText: note("the purpose in your words")
    .nullable()
    .optional()
    .describe("Required when purpose is `other`."),
  signedOn: isoDate.describe("The date the client signed."),
  expiresOn: isoDate.describe("The date the consent ends (42 CFR 2.31 asks for an end date or event)."),
});

export const consentView = z.object({
  id: z.uuid(),
  clientId: z.uuid(),
  recipientName: z.string(),
  information: z.array(z.enum(INFORMATION_KINDS)),
  purpose,
  purposeText: z.string().nullable(),
  signedOn: z.string(),
  expiresOn: z.string(),
  revokedAt: z.string().nullable(),
  status: z.enum(["active", "expired", "revoked"]),
  createdAt: z.string(),
  createdBy: z.uuid(),
});

export const disclosureBody = z.strictObject({
  consentId: id("consentId").describe("The client's consent that allows this disclosure."),
  information: informationKinds.describe("What to disclose; must be covered by the consent."),
  purpose: purpose.describe("Why; must be the consent's purpose."),
});

export const disclosureView = z.object({
  id: z.uuid(),
  clientId: z.uuid(),
  consentId: z.uuid(),
  recipientName: z.string(),
  information: z.array(z.enum(INFORMATION_KINDS)),
  purpose,
  disclosedAt: z.string(),
  disclosedBy: z.uuid(),
});

export const disclosedPackage = z.object({
  disclosure: disclosureView,
  notice: z.string().describe("The notice that must go with every disclosure (42 CFR 2.32)."),
  records: z.object({
    client: clientView.optional(),
    assessments: z.array(assessmentView).optional(),
    decisions: z.array(decisionView).optional(),
    episodes: z.array(episodeView).optional(),
  }),
});

export const pageOfSchema = <Item extends z.ZodType>(item: Item) =>
  z.object({
    items: z.array(item),
    nextCursor: z.string().nullable().describe("Pass as `cursor` for the next page; null on the last page."),
  });
