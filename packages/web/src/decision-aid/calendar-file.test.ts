import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { calendarFile, escapeText, foldLine } from "./calendar-file.js";

const STAMP = new Date("2026-11-27T10:15:30Z");

function unfold(text: string): string {
  return text.replace(/\r\n /g, "");
}

describe("the step plan's calendar file", () => {
  const file = calendarFile({
    name: "Step plan",
    stamp: STAMP,
    events: [
      { uid: "step-1@stepwise.local", date: "2026-12-01", summary: "Start: residential care" },
      {
        uid: "check-in-3@stepwise.local",
        date: "2027-02-28",
        summary: "Check-in, 3 months",
        description:
          "Cómo va todo? Review the plan with your care team; book the next visit, and ask about medication; family sessions, too.",
      },
    ],
  });

  it("uses CRLF for every line end and nothing else", () => {
    expect(file.endsWith("\r\n")).toBe(true);
    expect(file.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  });

  it("keeps every line within 75 octets", () => {
    for (const line of file.split("\r\n"))
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });

  it("has the required calendar and event properties", () => {
    const text = unfold(file);
    expect(text.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:")).toBe(true);
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(text.match(/END:VEVENT/g)).toHaveLength(2);
    expect(text).toContain("UID:check-in-3@stepwise.local");
    expect(text.match(/DTSTAMP:20261127T101530Z/g)).toHaveLength(2);
    expect(text).toContain("DTSTART;VALUE=DATE:20270228\r\nDTEND;VALUE=DATE:20270301");
    expect(text).toContain("book the next visit\\, and ask about medication\\; family sessions\\, too.");
    expect(text.trimEnd().endsWith("END:VCALENDAR")).toBe(true);
  });

  it("folding then unfolding gives back the line, never splitting a character", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 300 }), (text) => {
        const line = `DESCRIPTION:${escapeText(text)}`;
        const folded = foldLine(line);
        expect(unfold(folded)).toBe(line);
        for (const part of folded.split("\r\n"))
          expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
      }),
    );
  });
});
