import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, addMonths, daysBetween, isCalendarDate, localCalendarDate } from "./calendar-date.js";

describe("calendar dates", () => {
  it("rejects dates that do not exist", () => {
    expect(isCalendarDate("2026-02-29")).toBe(false);
    expect(isCalendarDate("2028-02-29")).toBe(true);
    expect(isCalendarDate("2026-13-01")).toBe(false);
    expect(isCalendarDate("26-1-1")).toBe(false);
  });

  it("counts days across a month and a year end", () => {
    expect(daysBetween("2026-12-25", "2027-01-01")).toBe(7);
    expect(addDays("2026-12-28", 7)).toBe("2027-01-04");
  });

  it("moves months to the month's last day when the day is missing", () => {
    expect(addMonths("2026-01-31", 1)).toBe("2026-02-28");
    expect(addMonths("2026-11-15", 3)).toBe("2027-02-15");
    expect(addMonths("2026-11-30", 12)).toBe("2027-11-30");
  });

  it("adding days and counting them back agree for any date", () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date("2000-01-01T00:00:00Z"),
          max: new Date("2090-12-31T00:00:00Z"),
          noInvalidDate: true,
        }),
        fc.integer({ min: -800, max: 800 }),
        (start, days) => {
          const from = start.toISOString().slice(0, 10);
          expect(daysBetween(from, addDays(from, days))).toBe(days);
        },
      ),
    );
  });

  it("names the bad value when a date is not YYYY-MM-DD", () => {
    expect(() => addDays("next week", 1)).toThrow(/YYYY-MM-DD, got "next week"/);
  });

  it("reads the device's own calendar day", () => {
    expect(localCalendarDate(new Date(2026, 10, 27, 23, 59))).toBe("2026-11-27");
  });
});
