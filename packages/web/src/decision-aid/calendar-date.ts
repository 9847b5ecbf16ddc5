/**
 * Calendar dates as "YYYY-MM-DD" strings, counted in whole days in UTC so a date never shifts with the
 * device's time zone or daylight saving. Pure: no clock is read here (the web layer passes "today").
 */
import { isCalendarDate } from "@stepwise/engine";

// One definition of a real calendar date for the whole product: the engine's, which also checks `asOf`.
export { isCalendarDate };

const DAY_MS = 86_400_000;

function toEpochDay(text: string): number {
  if (!isCalendarDate(text)) throw new RangeError(`Expected a date as YYYY-MM-DD, got "${text}"`);
  return Date.parse(`${text}T00:00:00Z`) / DAY_MS;
}

function fromEpochDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return fromEpochDay(toEpochDay(date) + days);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return toEpochDay(to) - toEpochDay(from);
}

/** The same day `months` later; a day the month lacks moves to the month's last day (Jan 31 + 1 = Feb 28). */
export function addMonths(date: string, months: number): string {
  const epoch = new Date(toEpochDay(date) * DAY_MS);
  const year = epoch.getUTCFullYear();
  const month = epoch.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const day = Math.min(epoch.getUTCDate(), lastDay);
  return new Date(Date.UTC(year, month, day)).toISOString().slice(0, 10);
}

export { localCalendarDate } from "../local-calendar-date.js";
