/**
 * An iCalendar (.ics) file made on the device, so the step plan can go into any calendar app without
 * an account or a server (docs/design/consumer.md §4.5 and §6.4). It follows RFC 5545: CRLF line ends,
 * lines folded at 75 octets (§3.1), escaped text (§3.3.11), and a UID and DTSTAMP on every event
 * (§3.6.1). All-day events use DATE values. Pure: the web layer passes the time stamp in.
 */
export interface CalendarEvent {
  /** Stable within the plan, so re-importing updates events instead of doubling them. */
  readonly uid: string;
  /** YYYY-MM-DD: an all-day event. */
  readonly date: string;
  readonly summary: string;
  readonly description?: string;
}

export interface CalendarFile {
  readonly events: readonly CalendarEvent[];
  /** When the file was made, as a UTC instant (the web layer reads the clock). */
  readonly stamp: Date;
  readonly name: string;
}

const CRLF = "\r\n";
const MAX_LINE_OCTETS = 75;

/** RFC 5545 §3.3.11: backslash, semicolon and comma are escaped; line breaks become "\n". */
export function escapeText(text: string): string {
  return text.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r?\n/g, "\\n");
}

/** RFC 5545 §3.1: no line longer than 75 octets; a continuation line starts with one space. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const pieces: string[] = [];
  let current = "";
  let octets = 0;
  for (const character of line) {
    const size = encoder.encode(character).length;
    const limit = pieces.length === 0 ? MAX_LINE_OCTETS : MAX_LINE_OCTETS - 1;
    if (octets + size > limit) {
      pieces.push(current);
      current = "";
      octets = 0;
    }
    current += character;
    octets += size;
  }
  pieces.push(current);
  return pieces.join(`${CRLF} `);
}

function dateValue(date: string): string {
  return date.replaceAll("-", "");
}

function stampValue(stamp: Date): string {
  return `${stamp.toISOString().replace(/[-:]/g, "").slice(0, 15)}Z`;
}

function nextDay(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}

export function calendarFile(file: CalendarFile): string {
  const stamp = stampValue(file.stamp);
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Stepwise//Step plan//EN",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${escapeText(file.name)}`,
  ];
  for (const event of file.events) {
    lines.push(
      "BEGIN:VEVENT",
      `UID:${event.uid}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${dateValue(event.date)}`,
      `DTEND;VALUE=DATE:${dateValue(nextDay(event.date))}`,
      `SUMMARY:${escapeText(event.summary)}`,
    );
    if (event.description !== undefined) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
    lines.push("TRANSP:TRANSPARENT", "END:VEVENT");
  }
  lines.push("END:VCALENDAR");
  return lines.map(foldLine).join(CRLF) + CRLF;
}
