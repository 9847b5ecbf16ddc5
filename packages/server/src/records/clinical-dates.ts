import { addDays } from "@stepwise/engine";
import type { Clock } from "../clock.js";
import type { DecisionProblem } from "./safety-gate.js";

/**
 * How far ahead of the server's date (UTC) a date of care may be: one day, so a clinic west or east of
 * UTC can record today's event on its own calendar date. Anything later is a plan, not an event; planned
 * moves live in a reassessment's step-down plan (the transition), never in the episode's history.
 */
export const EVENT_DATE_SKEW_DAYS = 1;

/** The oldest age a record accepts: the oldest verified human lifespans are just over 120 years. */
export const OLDEST_AGE_YEARS = 120;

/** The server's date, YYYY-MM-DD, in UTC. */
export function todayOf(clock: Clock): string {
  return clock.now().toISOString().slice(0, 10);
}

/** The latest date an event or assessment may carry today. */
export function latestDateOfCare(clock: Clock): string {
  return addDays(todayOf(clock), EVENT_DATE_SKEW_DAYS);
}

/** The same calendar date `years` earlier (29 February falls back to 28 February). */
export function yearsBefore(date: string, years: number): string {
  const year = Number(date.slice(0, 4)) - years;
  const monthDay = date.slice(5);
  const candidate = `${String(year).padStart(4, "0")}-${monthDay}`;
  const parsed = new Date(`${candidate}T00:00:00Z`);
  return parsed.toISOString().startsWith(candidate) ? candidate : `${String(year).padStart(4, "0")}-02-28`;
}

/** A birth date: not in the future, and not more than 120 years ago. */
export function birthDateProblem(field: string, birthDate: string, clock: Clock): DecisionProblem | null {
  const today = todayOf(clock);
  if (birthDate > today)
    return { field, message: `A birth date cannot be in the future (today is ${today}).` };
  const oldest = yearsBefore(today, OLDEST_AGE_YEARS);
  if (birthDate < oldest) {
    return {
      field,
      message: `Use a birth date on or after ${oldest} (an age of at most ${OLDEST_AGE_YEARS}).`,
    };
  }
  return null;
}

/**
 * A date of care (an assessment's date, an admission, a move, a discharge): not after tomorrow (the
 * documented skew), not more than 120 years ago, and not before the client was born.
 */
export function dateOfCareProblem(
  field: string,
  date: string,
  clock: Clock,
  birthDate: string | null,
): DecisionProblem | null {
  const latest = latestDateOfCare(clock);
  if (date > latest) {
    return {
      field,
      message: `A date of care cannot be later than ${latest} (today, plus one day for time zones); record a planned move when it happens.`,
    };
  }
  const oldest = yearsBefore(todayOf(clock), OLDEST_AGE_YEARS);
  if (date < oldest) return { field, message: `Use a date on or after ${oldest}.` };
  if (birthDate !== null && date < birthDate) {
    return { field, message: `The date is before the client's birth date (${birthDate}).` };
  }
  return null;
}
