import { readFileSync } from "node:fs";

export interface LocatorListingPage {
  readonly page?: number;
  readonly totalPages?: number;
  readonly recordCount?: number;
  readonly rows: readonly Record<string, unknown>[];
}

/** The real listing page in fixtures/findtreatment (30 facilities near Charlottesville, VA). */
export function fixtureListing(
  file: string | URL = new URL(
    "../../../../../fixtures/findtreatment/locator-listing-charlottesville-va.json",
    import.meta.url,
  ),
): LocatorListingPage {
  return JSON.parse(readFileSync(file, "utf8")) as LocatorListingPage;
}

/**
 * `count` listing rows made from the fixture's rows for tests and the bench: the same services, a new
 * `frid` and a place spread over the contiguous United States (a fixed sequence, so every run is alike).
 */
export function synthesisedRows(
  count: number,
  template: LocatorListingPage = fixtureListing(),
): Record<string, unknown>[] {
  const rows: Record<string, unknown>[] = [];
  let state = 17;
  const next = () => {
    // Park–Miller minimal standard generator: deterministic, good enough to scatter points.
    state = (state * 48271) % 2147483647;
    return state / 2147483647;
  };
  for (let index = 0; index < count; index += 1) {
    const source = template.rows[index % template.rows.length] ?? {};
    rows.push({
      ...source,
      frid: `synthetic-${index}`,
      name1: `${String(source.name1 ?? "Program")} ${index}`,
      latitude: (25 + next() * 24).toFixed(6),
      longitude: (-124 + next() * 57).toFixed(6),
    });
  }
  return rows;
}
