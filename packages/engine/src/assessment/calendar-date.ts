/**
 * Is `YYYY-MM-DD` a real day on the (proleptic Gregorian) calendar? Worked out with arithmetic rather than
 * by building a Date and printing it back: validation runs on every assessment, and the engine's
 * budget holds validation plus placement to twice the cost of parsing the JSON (bench/README.md "Engine").
 */
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const ZERO = 48; // "0"
const DASH = 45; // "-"

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** The number written by the digits from `start` to `end`, or -1 if any character is not a digit. */
function digitsAt(text: string, start: number, end: number): number {
  let value = 0;
  for (let index = start; index < end; index++) {
    const digit = text.charCodeAt(index) - ZERO;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

export function isCalendarDate(text: string): boolean {
  // Read character by character: no regular-expression match or substrings for a check this small.
  if (text.length !== 10 || text.charCodeAt(4) !== DASH || text.charCodeAt(7) !== DASH) return false;
  const year = digitsAt(text, 0, 4);
  const month = digitsAt(text, 5, 7);
  const day = digitsAt(text, 8, 10);
  if (year < 0 || month < 1 || month > 12 || day < 1) return false;
  const days = month === 2 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
  return day <= days;
}
