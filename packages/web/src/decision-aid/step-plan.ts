/**
 * The step plan: the levels of care over time (for example inpatient → intensive outpatient →
 * outpatient), a no-gap check between levels, and check-ins at 3, 6 and 12 months.
 * - No gap: the first appointment at the next level within 7 days of leaving a level, the HEDIS
 *   follow-up measure after residential, inpatient or withdrawal-management care (docs/design/consumer.md §4.5).
 * - Check-ins: continuing care works better when it lasts longer and reaches out; aim for at least
 *   3–6 months and up to 12 (McKay 2009; Proctor & Herschman 2014; docs/design/consumer.md §4.2, §4.5).
 * Pure: dates come in as YYYY-MM-DD; no clock.
 */
import {
  CONTINUING_CARE_MONTHS,
  FIRST_APPOINTMENT_WITHIN_DAYS,
  LEVEL_CROSSWALK,
  type LevelOfCare,
} from "@stepwise/engine";
import { addMonths, daysBetween, isCalendarDate } from "./calendar-date.js";

/** The longest safe gap between leaving one level and the first appointment at the next. */
export const NO_GAP_DAYS = FIRST_APPOINTMENT_WITHIN_DAYS;
/** From the shortest continuing care (3 months) to the longest (12), with one check-in between. */
export const CHECK_IN_MONTHS = [CONTINUING_CARE_MONTHS.minimum, 6, CONTINUING_CARE_MONTHS.maximum] as const;

export interface PlanStep {
  readonly level: LevelOfCare;
  /** The first appointment (or admission) at this level; null when not booked yet. */
  readonly start: string | null;
  /** The planned last day at this level; null when not known yet. */
  readonly end: string | null;
}

export type GapStatus = "ok" | "gap" | "not-booked" | "end-unknown" | "overlap";

export interface StepHandOff {
  readonly from: LevelOfCare;
  readonly to: LevelOfCare;
  readonly status: GapStatus;
  /** Days from leaving `from` to the first appointment at `to`; null when a date is missing. */
  readonly days: number | null;
}

function dateOrNull(text: string | null): string | null {
  return text !== null && isCalendarDate(text) ? text : null;
}

/** Checks each move from one level to the next. */
export function checkHandOffs(steps: readonly PlanStep[]): StepHandOff[] {
  const handOffs: StepHandOff[] = [];
  for (let index = 1; index < steps.length; index += 1) {
    const previous = steps[index - 1];
    const next = steps[index];
    if (previous === undefined || next === undefined) continue;
    const end = dateOrNull(previous.end);
    const start = dateOrNull(next.start);
    const base = { from: previous.level, to: next.level };
    if (start === null) handOffs.push({ ...base, status: "not-booked", days: null });
    else if (end === null) handOffs.push({ ...base, status: "end-unknown", days: null });
    else {
      const days = daysBetween(end, start);
      const status: GapStatus = days < 0 ? "overlap" : days > NO_GAP_DAYS ? "gap" : "ok";
      handOffs.push({ ...base, status, days });
    }
  }
  return handOffs;
}

export interface CheckIn {
  readonly months: (typeof CHECK_IN_MONTHS)[number];
  readonly date: string;
}

/** Check-ins counted from the first day of care. */
export function checkIns(firstDay: string): CheckIn[] {
  return CHECK_IN_MONTHS.map((months) => ({ months, date: addMonths(firstDay, months) }));
}

/** The plan's first day: the earliest booked start. */
export function planFirstDay(steps: readonly PlanStep[]): string | null {
  const starts = steps
    .map((step) => dateOrNull(step.start))
    .filter((start): start is string => start !== null);
  return starts.length === 0 ? null : (starts.sort()[0] ?? null);
}

/**
 * A starting plan to edit, from the level being considered: care that lives at the program steps down
 * to intensive outpatient and then outpatient; day treatment steps down to intensive outpatient; intensive
 * outpatient steps down to outpatient (seed, "Transitioning Between Levels of Care"). The person can
 * change every step.
 */
export function suggestedSteps(level: LevelOfCare | null): LevelOfCare[] {
  if (level === null) return ["intensive-outpatient", "outpatient"];
  if (LEVEL_CROSSWALK[level].inpatient) return [level, "intensive-outpatient", "outpatient"];
  if (level === "partial-hospitalization") return [level, "intensive-outpatient", "outpatient"];
  if (level === "intensive-outpatient") return [level, "outpatient"];
  return [level];
}
