/**
 * The personal line in each comparison row: which case of the row fits the person's answers (for
 * example "you said you look after children"), or the "unknown" case when the answer is missing, so
 * an unanswered question never reads as "no problem" (docs/design.md "Unknown is not fine"). The same line
 * sits under both options, so neither gets more detail (IPDAS equal detail, docs/design/consumer.md §2.3). The row
 * factors follow the seed ("When an IOP program makes sense", "Assessing Readiness for Outpatient
 * Treatment") and docs/design/consumer.md §8 item 1.
 */
import {
  type Assessment,
  type CoverageType,
  LEVEL_CROSSWALK,
  type PlacementResult,
  withdrawalManagementRank,
} from "@stepwise/engine";
import type { FactorId } from "./factors.js";

export type Duty = "work" | "school" | "caregiving";

export type PersonalCase =
  | { readonly row: "time"; readonly case: "hard" | "easy" | "unknown" }
  | { readonly row: "sleep"; readonly case: "unsteady" | "steady" | "unknown" }
  | { readonly row: "duties"; readonly case: "some"; readonly duties: readonly Duty[] }
  | { readonly row: "duties"; readonly case: "none" | "unknown" }
  | { readonly row: "medical"; readonly case: "needs" | "fine" | "unknown" }
  | { readonly row: "structure"; readonly case: "hard" | "supportive" | "unknown" }
  | { readonly row: "family"; readonly case: "support" | "alone" | "unknown" }
  | { readonly row: "cost"; readonly case: "known"; readonly coverage: CoverageType }
  | { readonly row: "cost"; readonly case: "unknown" }
  | { readonly row: "practice"; readonly case: "triedOutpatient" | "general" };

function timeCase(assessment: Assessment): PersonalCase {
  const transport = assessment.environment?.reliableTransport;
  if (transport === false) return { row: "time", case: "hard" };
  if (transport === true) return { row: "time", case: "easy" };
  return { row: "time", case: "unknown" };
}

function sleepCase(assessment: Assessment): PersonalCase {
  const housing = assessment.environment?.housing;
  if (housing === "unstable" || housing === "homeless") return { row: "sleep", case: "unsteady" };
  if (housing === "stable") return { row: "sleep", case: "steady" };
  return { row: "sleep", case: "unknown" };
}

function dutiesCase(assessment: Assessment): PersonalCase {
  const obligations = assessment.obligations;
  const answers: Record<Duty, boolean | null | undefined> = {
    work: obligations?.work,
    school: obligations?.school,
    caregiving: obligations?.caregiving,
  };
  const duties = (Object.keys(answers) as Duty[]).filter((duty) => answers[duty] === true);
  if (duties.length > 0) return { row: "duties", case: "some", duties };
  if (Object.values(answers).every((answer) => answer === false)) return { row: "duties", case: "none" };
  return { row: "duties", case: "unknown" };
}

/**
 * Medical care day and night: the engine's result when there is one (withdrawal management at a
 * residential setting or above, or a hospital level), else the answers that point to it.
 */
function medicalCase(assessment: Assessment, result: PlacementResult | null): PersonalCase {
  if (result !== null) {
    const wm = result.withdrawalManagement;
    const needsWm = wm !== null && withdrawalManagementRank(wm) >= withdrawalManagementRank("residential");
    const medicalLevel =
      result.level === "medically-monitored-inpatient" || result.level === "medically-managed-inpatient";
    if (needsWm || medicalLevel) return { row: "medical", case: "needs" };
  }
  const condition = assessment.medical?.condition;
  const history = assessment.withdrawal?.history;
  const mental = assessment.mentalHealth?.stability;
  if (
    condition === "needs-24-hour-monitoring" ||
    condition === "unstable" ||
    history?.seizures === true ||
    history?.delirium === true ||
    mental === "needs-24-hour-care"
  )
    return { row: "medical", case: "needs" };
  if (result?.unknowns.every((unknown) => unknown.couldRaiseWithdrawalManagementTo === null) === true)
    return { row: "medical", case: "fine" };
  if (condition === "none" || condition === "stable") {
    if (history?.seizures === false && history?.delirium === false) return { row: "medical", case: "fine" };
  }
  return { row: "medical", case: "unknown" };
}

function structureCase(assessment: Assessment): PersonalCase {
  const environment = assessment.environment;
  const atHome = assessment.history?.canStayAbstinentAtHome;
  if (environment?.homeSafe === false || environment?.othersUseAtHome === true || atHome === false)
    return { row: "structure", case: "hard" };
  if (environment?.homeSafe === true && atHome === true) return { row: "structure", case: "supportive" };
  return { row: "structure", case: "unknown" };
}

function familyCase(assessment: Assessment): PersonalCase {
  const support = assessment.environment?.supportNetwork;
  if (support === "strong" || support === "some") return { row: "family", case: "support" };
  if (support === "none") return { row: "family", case: "alone" };
  return { row: "family", case: "unknown" };
}

function costCase(assessment: Assessment): PersonalCase {
  const coverage = assessment.access?.coverage;
  return coverage === null || coverage === undefined
    ? { row: "cost", case: "unknown" }
    : { row: "cost", case: "known", coverage };
}

function practiceCase(assessment: Assessment): PersonalCase {
  const tried = (assessment.history?.treatments ?? []).some(
    (episode) => !LEVEL_CROSSWALK[episode.level].inpatient && episode.outcome === "not-enough",
  );
  return { row: "practice", case: tried ? "triedOutpatient" : "general" };
}

/** One personal case per comparison row, in the rows' order. */
export function personalCases(
  assessment: Assessment,
  result: PlacementResult | null,
): Record<FactorId, PersonalCase> {
  return {
    time: timeCase(assessment),
    sleep: sleepCase(assessment),
    duties: dutiesCase(assessment),
    medical: medicalCase(assessment, result),
    structure: structureCase(assessment),
    family: familyCase(assessment),
    cost: costCase(assessment),
    practice: practiceCase(assessment),
  };
}
