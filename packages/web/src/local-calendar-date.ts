/**
 * Today (or `now`) in the device's own calendar and time zone, written YYYY-MM-DD: the default date of a
 * form and the date on a printed page. Not UTC, so late in the evening it is still the person's today.
 */
export function localCalendarDate(now: Date = new Date()): string {
  const month = String(now.getMonth() + 1).padStart(2, "0");
  const day = String(now.getDate()).padStart(2, "0");
  return `${now.getFullYear()}-${month}-${day}`;
}
