/**
 * Readings of single substance entries that the group summary (substance-use-summary.ts) does not keep:
 * one named substance used lately, a specific drug such as fentanyl, an alcohol use disorder. Each stays
 * three-valued: an entry whose frequency or severity is unknown leaves the answer unknown.
 */
import type { Assessment, Substance, SubstanceUse } from "../assessment/assessment.js";
import type { Tri } from "./answers.js";

function usedLately(use: SubstanceUse): Tri {
  const days = use.lastUseDaysAgo;
  if (days !== null && days !== undefined) return days < 90;
  if (use.frequency === null || use.frequency === undefined) return null;
  return use.frequency !== "not-in-past-3-months";
}

/** The substance used in the past 3 months. */
export function usedInPast3Months(assessment: Assessment, substance: Substance): Tri {
  const list = assessment.substances;
  if (list === null || list === undefined) return null;
  let unknown = false;
  for (const use of list) {
    if (use.substance !== substance) continue;
    const lately = usedLately(use);
    if (lately === true) return true;
    if (lately === null) unknown = true;
  }
  return unknown ? null : false;
}

/** A specific drug (for example fentanyl) named under any substance, used in the past 3 months. */
export function specificUsedInPast3Months(assessment: Assessment, specific: string): Tri {
  const list = assessment.substances;
  if (list === null || list === undefined) return null;
  let unknown = false;
  for (const use of list) {
    if (use.specific !== specific) continue;
    const lately = usedLately(use);
    if (lately === true) return true;
    if (lately === null) unknown = true;
  }
  return unknown ? null : false;
}

/**
 * A moderate or severe alcohol use disorder, the disorder for which the APA (2018) and VA/DoD (2021)
 * guidelines offer naltrexone or acamprosate; an AUDIT of 20 or more (possible dependence, WHO) counts.
 */
export function alcoholUseDisorderModerateOrSevere(assessment: Assessment, audit: number | null): Tri {
  if (audit !== null && audit >= 20) return true;
  const list = assessment.substances;
  if (list === null || list === undefined) return null;
  let unknown = false;
  for (const use of list) {
    if (use.substance !== "alcohol") continue;
    const severity = use.useDisorder;
    if (severity === "moderate" || severity === "severe") return true;
    if (severity === null || severity === undefined) unknown = true;
  }
  return unknown ? null : false;
}
