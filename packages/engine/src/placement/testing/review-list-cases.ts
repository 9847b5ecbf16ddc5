/**
 * Cases for judgement calls on the clinical review list (docs/clinical-review.md), each written from its
 * source (in the comment above it). Kept apart from the hand-written placement cases, whose set is also the
 * engine benchmark's input (bench/README.md "Engine placement").
 */
import type { Assessment } from "../../assessment/assessment.js";
import type { MedicationNoteCode } from "../../medications/medication-note.js";
import { withAnswers } from "./assessment-builders.js";

export interface ReviewListCase {
  readonly name: string;
  readonly assessment: Assessment;
  /** Medication notes that must be among the result's. */
  readonly medications?: readonly MedicationNoteCode[];
  /** Medication notes that must not be. */
  readonly notMedications?: readonly MedicationNoteCode[];
  /** Someone under 18: pointed to adolescent services, not placed. */
  readonly adolescent: boolean;
}

const dailyOpioids = [{ substance: "opioids", frequency: "daily", useDisorder: "moderate" }] as const;

export const REVIEW_LIST_CASES: readonly ReviewListCase[] = [
  // 42 CFR 8.12: methadone treatment under 18 has added conditions (a parent's or guardian's written
  // consent); AAP 2016: offer adolescents medication, buprenorphine most often. The opioid medicines are
  // still listed for a 16-year-old, so the note about methadone under 18 goes with them (review list B13).
  {
    name: "16-year-old with opioid use disorder: methadone under 18 noted with the opioid medicines",
    assessment: withAnswers({ age: 16, substances: dailyOpioids }),
    medications: ["opioid-use-disorder-medications", "methadone-under-18"],
    adolescent: true,
  },
  // The same person already taking buprenorphine: the medicine continues, and the note still applies.
  {
    name: "17-year-old taking buprenorphine: continue it, methadone under 18 noted",
    assessment: withAnswers({
      age: 17,
      substances: dailyOpioids,
      medical: { medications: ["buprenorphine"] },
    }),
    medications: ["continue-opioid-medication", "methadone-under-18"],
    adolescent: true,
  },
  // An adult with the same answers gets the medicines without the note.
  {
    name: "adult with opioid use disorder: no note about methadone under 18",
    assessment: withAnswers({ age: 30, substances: dailyOpioids }),
    medications: ["opioid-use-disorder-medications"],
    notMedications: ["methadone-under-18"],
    adolescent: false,
  },
  // A 16-year-old who uses cannabis only: no opioid medicine is named, so no note either.
  {
    name: "16-year-old using cannabis only: no note about methadone",
    assessment: withAnswers({
      age: 16,
      substances: [{ substance: "cannabis", frequency: "daily", useDisorder: "moderate" }],
    }),
    notMedications: ["methadone-under-18", "opioid-use-disorder-medications"],
    adolescent: true,
  },
];
