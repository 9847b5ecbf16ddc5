import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isCalendarDate } from "./calendar-date.js";

describe("isCalendarDate", () => {
  it("accepts real days, leap days included", () => {
    for (const text of ["2026-11-27", "2024-02-29", "2000-02-29", "1999-12-31", "2026-01-01"])
      expect(isCalendarDate(text)).toBe(true);
  });

  it("refuses days that do not exist and text that is not YYYY-MM-DD", () => {
    for (const text of ["2026-02-29", "1900-02-29", "2026-04-31", "2026-13-01", "2026-00-10", "2026-01-00"])
      expect(isCalendarDate(text)).toBe(false);
    for (const text of ["2026-1-01", "26-01-01", "2026/01/01", "2026-01-01T00:00:00Z", " 2026-01-01", ""])
      expect(isCalendarDate(text)).toBe(false);
  });

  it("agrees with the calendar of JavaScript's Date for every YYYY-MM-DD between years 1 and 9999", () => {
    const digits = (length: number, max: number) =>
      fc.integer({ min: 0, max }).map((value) => String(value).padStart(length, "0"));
    fc.assert(
      fc.property(digits(4, 9999), digits(2, 99), digits(2, 99), (year, month, day) => {
        const text = `${year}-${month}-${day}`;
        const date = new Date(`${text}T00:00:00Z`);
        const byDate = !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
        expect(isCalendarDate(text)).toBe(byDate);
      }),
      { numRuns: 3000 },
    );
  });
});
