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
import { decisionExplanation, levelLabel, placementExplanation } from "./explanation.js";
import { SAFETY_ACKNOWLEDGEMENT_CODES } from "./safety-gate.js";

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
  zipCode: z
    .string({ error: "zipCode must be text." })
    .regex(/^\d{5}(-\d{4})?$/, { error: "Use a US ZIP code: 5 digits, or ZIP+4 (12345-6789)." })
    .nullable()
    .optional()
    .describe("US ZIP code, for finding programs near the client."),
  assignedClinicianId: id("assignedClinicianId")
    .nullable()
    .optional()
    .describe("The clinician (an admin or clinician of your organization) responsible for the client."),
});
export const clientChanges = clientBody.partial().describe("Only the fields to change.");

export const clientView = z.object({
  id: z.uuid(),
  name: z.string(),
  birthDate: z.string().nullable(),
  recordNumber: z.string().nullable(),
  zipCode: z.string().nullable(),
  assignedClinicianId: z.uuid().nullable(),
  status: z
    .enum(["active", "inactive", "merged"])
    .describe("`merged`: a duplicate; its records are shown under `mergedIntoId`."),
  statusReason: z.string().nullable(),
  mergedIntoId: z.uuid().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const clientStatusBody = z.strictObject({
  reason: note("the reason").describe("Why, in your words; kept in the record."),
});

export const mergeBody = z.strictObject({
  duplicateId: id("duplicateId").describe("The duplicate client whose records join this one."),
  reason: note("the reason").describe("Why the two are the same person."),
});

export const unmergeBody = z.strictObject({
  duplicateId: id("duplicateId").describe("The duplicate to separate again."),
  reason: note("the reason").describe("Why the merge is undone."),
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
  previousAssessmentId: z
    .uuid()
    .nullable()
    .describe("The earlier assessment the transition starts from; null for a first assessment."),
  transition: z
    .record(z.string(), z.unknown())
    .nullable()
    .describe(
      "For a reassessment (an earlier assessment or an open episode): the engine's TransitionResult — `kind` (continue, step-down, step-up, discharge-to-continuing-care, refer-to-adolescent-services), `from`, `to`, `reasons`, and for a move to less care `stepDownPlan` (first appointment within 7 days) and `continuingCarePlan` (3–12 months of support). Null for a first assessment.",
    ),
  explanation: placementExplanation,
  createdAt: z.string(),
  createdBy: z.uuid(),
});

// ── level-of-care decisions ──
export const safetyAcknowledgementBody = z
  .strictObject({
    ruleId: z
      .string({ error: "ruleId must be the rule id of an urgent item of the assessment." })
      .regex(/^[a-z0-9-]{1,80}$/, {
        error: "ruleId must be the rule id of an urgent item of the assessment.",
      })
      .describe("The urgent item's `ruleId`, as in the assessment result's `urgent` list."),
    code: z
      .enum(SAFETY_ACKNOWLEDGEMENT_CODES, {
        error: `Use one of the codes: ${SAFETY_ACKNOWLEDGEMENT_CODES.join(", ")}.`,
      })
      .describe("What was done about the item; `other` needs `text`."),
    text: note("what was done")
      .nullable()
      .optional()
      .describe("What was done, in your words; required when the code is `other`."),
  })
  .describe("What the care team did about one urgent item before choosing a level.");

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
    .describe(
      "Required when the reason is `other`, and whenever the chosen level is below the recommended one.",
    ),
  safetyAcknowledgements: z
    .array(safetyAcknowledgementBody)
    .max(20, { error: "At most 20 acknowledgements." })
    .optional()
    .describe(
      "One per urgent item of the assessment (every tier), whatever level is chosen. An `ask-now` item may instead be answered by correcting the assessment.",
    ),
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
  safetyAcknowledgements: z
    .array(
      z.object({
        ruleId: z.string(),
        tier: z.string().describe("The urgent item's tier when the decision was made."),
        code: z.enum(SAFETY_ACKNOWLEDGEMENT_CODES),
        text: z.string().nullable(),
      }),
    )
    .describe("What was done about each urgent item of the assessment."),
  explanation: decisionExplanation,
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

const emergencyReason = note("why the move could not wait for a decision")
  .nullable()
  .optional()
  .describe(
    "Required when no `decisionId` is given: why the client moved before a level-of-care decision for this level.",
  );

const reassessmentDueOn = isoDate
  .optional()
  .describe("When the client is due for reassessment; by default set from the level (docs/api.md).");

export const episodeChanges = z.strictObject({
  reassessmentDueOn: isoDate.describe("When the client is due for reassessment."),
});

export const admissionBody = z.strictObject({
  reassessmentDueOn,
  level: levelOfCare.describe("The level the client is admitted to."),
  admittedOn: isoDate.describe("Not later than tomorrow (server date, UTC), not before the client's birth."),
  decisionId: id("decisionId")
    .nullable()
    .optional()
    .describe("The decision behind this admission; its chosen level must be `level`."),
  emergencyReason,
  note: note("a note").nullable().optional(),
});

export const transferBody = z.strictObject({
  reassessmentDueOn,
  toLevel: levelOfCare,
  on: isoDate.describe("Not later than tomorrow (server date, UTC), not before the episode's last event."),
  decisionId: id("decisionId")
    .nullable()
    .optional()
    .describe("The decision behind this move; its chosen level must be `toLevel`."),
  emergencyReason,
  note: note("a note").nullable().optional(),
});

export const dischargeBody = z.strictObject({
  on: isoDate.describe("Not later than tomorrow (server date, UTC), not before the episode's last event."),
  reason: z.enum(DISCHARGE_REASONS, { error: `Use one of: ${DISCHARGE_REASONS.join(", ")}.` }),
  note: note("a note").nullable().optional(),
});

export const episodeEventParams = z.strictObject({
  episodeId: id("episodeId"),
  eventId: id("eventId"),
});

const amendmentReason = note("why the event is amended").describe(
  "Why: what was wrong with the event as recorded. Kept with the event.",
);

export const eventVoidBody = z.strictObject({ reason: amendmentReason });

export const eventCorrectionBody = z.strictObject({
  reason: amendmentReason,
  on: isoDate.optional().describe("The right date; leave out to keep it."),
  toLevel: levelOfCare
    .optional()
    .describe(
      "For an admission or transfer: the right level; needs a matching decision or an emergency reason.",
    ),
  decisionId: id("decisionId").nullable().optional(),
  emergencyReason,
  dischargeReason: z
    .enum(DISCHARGE_REASONS, { error: `Use one of: ${DISCHARGE_REASONS.join(", ")}.` })
    .optional()
    .describe("For a discharge: the right reason."),
  note: note("a note").nullable().optional(),
});

const eventValues = {
  on: z.string(),
  toLevel: levelOfCare.nullable(),
  decisionId: z.uuid().nullable(),
  emergencyReason: z.string().nullable(),
  reason: z.string().nullable().describe("For a discharge, its coded reason."),
  note: z.string().nullable(),
};

export const episodeEventView = z.object({
  id: z.uuid(),
  sequence: z.number().int(),
  kind: z.enum(["admission", "transfer", "discharge"]),
  status: z
    .enum(["in-effect", "corrected", "voided"])
    .describe(
      "`corrected`: the values shown are the latest correction's; `voided`: not part of the timeline.",
    ),
  direction: z
    .enum(["step-down", "step-up"])
    .nullable()
    .describe("For a transfer in effect: less or more intensive care."),
  fromLevel: levelOfCare.nullable().describe("Derived from the event in effect before it."),
  ...eventValues,
  original: z.object(eventValues).describe("The event as first recorded; it never changes."),
  amendments: z.array(
    z.object({
      id: z.uuid(),
      kind: z.enum(["correction", "void"]),
      reason: z.string(),
      on: z.string().nullable(),
      toLevel: levelOfCare.nullable(),
      decisionId: z.uuid().nullable(),
      emergencyReason: z.string().nullable(),
      dischargeReason: z.string().nullable(),
      note: z.string().nullable(),
      createdAt: z.string(),
      createdBy: z.uuid(),
    }),
  ),
  createdAt: z.string(),
  createdBy: z.uuid(),
});

export const episodeView = z.object({
  id: z.uuid(),
  clientId: z.uuid(),
  status: z
    .enum(["open", "closed", "entered-in-error"])
    .describe("Derived from the events; `entered-in-error` when the admission was voided."),
  currentLevel: levelOfCare
    .nullable()
    .describe("Derived from the events in effect: the level now, or the last level before discharge."),
  currentLevelLabel: levelLabel
    .nullable()
    .describe("The current level in words with its ASAM crosswalk codes."),
  reassessmentDueOn: z
    .string()
    .nullable()
    .describe("When an open episode's client is due for reassessment; null once the episode has ended."),
  admittedOn: z.string().nullable(),
  dischargedOn: z.string().nullable(),
  events: z
    .array(episodeEventView)
    .describe("Every event ever recorded, voided and corrected ones included."),
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
  signedBy: line("who signed", 200).describe(
    "Who signed: the client, or the person allowed to sign for them and how they are related (42 CFR 2.31(a)(8)).",
  ),
});

export const consentRevocationBody = z.strictObject({
  reason: note("the reason").describe(
    "Why the consent was revoked, in the client's or your words; kept in the record.",
  ),
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
  signedBy: z.string().nullable().describe("Null for a consent recorded before the signer was kept."),
  revokedAt: z.string().nullable(),
  revocationReason: z.string().nullable(),
  status: z.enum(["active", "expired", "revoked"]),
  version: z.number().int().describe("The version the ETag names; send it in If-Match to revoke."),
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
