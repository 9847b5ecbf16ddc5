/**
 * Is `YYYY-MM-DD` a real day on the (proleptic Gregorian) calendar? Worked out with arithmetic rather than
 * by building a Date and printing it back: validation runs on every assessment, and issue 4 holds
 * validation plus placement to twice the cost of parsing the JSON (bench/README.md "Engine").
 */
const DATE_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function isCalendarDate(text: string): boolean {
  const parts = DATE_SHAPE.exec(text);
  if (parts === null) return false;
  const year = Number(parts[1]);
  const month = Number(parts[2]);
  const day = Number(parts[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  const days = month === 2 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
  return day <= days;
}
