import fc from "fast-check";
import { distance } from "geokdbush";
import KDBush from "kdbush";
import { describe, expect, it } from "vitest";
import { nearestWithin, unitVectorsOf } from "./nearest-within.js";

interface Point {
  readonly latitude: number;
  readonly longitude: number;
}

function indexOf(points: readonly Point[]) {
  const index = new KDBush(Math.max(points.length, 1));
  for (const point of points) index.add(point.longitude, point.latitude);
  if (points.length === 0) index.add(0, 0);
  index.finish();
  return { index, units: unitVectorsOf(points) };
}

/** What a look at every point gives: the nearest within the radius, ties in index order. */
function scanned(
  points: readonly Point[],
  from: Point,
  radiusKm: number,
  limit: number,
  meets: (id: number) => boolean,
) {
  return points
    .map((point, id) => ({
      id,
      km: distance(from.longitude, from.latitude, point.longitude, point.latitude),
    }))
    .filter(({ id, km }) => km <= radiusKm && meets(id))
    .sort((a, b) => a.km - b.km || a.id - b.id)
    .slice(0, limit)
    .map(({ id }) => id);
}

/** Points around a few centres, some at the very same place (programs sharing a building). */
const clustered = (centre: fc.Arbitrary<Point>) =>
  fc
    .tuple(
      fc.array(centre, { minLength: 1, maxLength: 4 }),
      fc.array(
        fc.tuple(
          fc.nat(),
          fc.double({ min: -3, max: 3, noNaN: true }),
          fc.double({ min: -3, max: 3, noNaN: true }),
        ),
        {
          maxLength: 400,
          size: "max",
        },
      ),
    )
    .map(([centres, offsets]) =>
      offsets.map(([which, north, east], at): Point => {
        const centre = centres[which % centres.length] ?? { latitude: 0, longitude: 0 };
        if (at % 7 === 0) return centre;
        const latitude = Math.max(-90, Math.min(90, centre.latitude + north));
        let longitude = centre.longitude + east;
        if (longitude > 180) longitude -= 360;
        if (longitude < -180) longitude += 360;
        // Listings give places to about six decimals (a tenth of a metre).
        return { latitude: Number(latitude.toFixed(6)), longitude: Number(longitude.toFixed(6)) };
      }),
    );

const anywhere = fc.record({
  latitude: fc.double({ min: -89.9, max: 89.9, noNaN: true }),
  longitude: fc.double({ min: -180, max: 180, noNaN: true }),
});
/** The Aleutians, across the 180th meridian, and the far north of Alaska. */
const edges = fc.oneof(
  fc.record({
    latitude: fc.double({ min: 50, max: 56, noNaN: true }),
    longitude: fc.constantFrom(179.9, -179.9, 178, -177),
  }),
  fc.record({
    latitude: fc.double({ min: 70, max: 89.5, noNaN: true }),
    longitude: fc.double({ min: -180, max: 180, noNaN: true }),
  }),
);

describe("nearestWithin", () => {
  it("answers what a scan of every point would, anywhere on the globe, across the 180th meridian and near the poles", () => {
    fc.assert(
      fc.property(
        clustered(fc.oneof(anywhere, edges)),
        fc.oneof(anywhere, edges),
        fc.integer({ min: 1, max: 2_000 }),
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 1, max: 5 }),
        (points, from, radiusKm, limit, every) => {
          const { index, units } = indexOf(points);
          const meets = (id: number) => id % every === 0;
          const found = nearestWithin(index, units, from.latitude, from.longitude, radiusKm, limit, meets);
          const expected = scanned(points, from, radiusKm, limit, meets);
          // The exact-distance check is the caller's (program-index.ts); here a point on the rim may remain.
          expect(found.length - expected.length).toBeGreaterThanOrEqual(0);
          expect(found.length - expected.length).toBeLessThanOrEqual(1);
          const kmTo = (id: number | undefined) => {
            const point = points[id ?? -1] ?? { latitude: Number.NaN, longitude: Number.NaN };
            return distance(from.longitude, from.latitude, point.longitude, point.latitude);
          };
          // Place by place the same distances (two places equally far may come in either order).
          expected.forEach((id, at) => {
            expect(kmTo(found[at])).toBeCloseTo(kmTo(id), 9);
            expect(meets(found[at] ?? -1)).toBe(true);
          });
        },
      ),
      { numRuns: 300 },
    );
  });

  it("gives programs at the very same place in the order they were indexed", () => {
    const points = [
      { latitude: 38.03, longitude: -78.48 },
      { latitude: 38.1, longitude: -78.48 },
      { latitude: 38.03, longitude: -78.48 },
      { latitude: 38.03, longitude: -78.48 },
    ];
    const { index, units } = indexOf(points);
    expect(nearestWithin(index, units, 38, -78.48, 50, 10, () => true)).toEqual([0, 2, 3, 1]);
    expect(nearestWithin(index, units, 38, -78.48, 50, 2, () => true)).toEqual([0, 2]);
  });

  it("finds both neighbours of a place on the 180th meridian, nearest first", () => {
    const points = [
      { latitude: 51.9, longitude: 179.5 },
      { latitude: 51.9, longitude: -179.8 },
      { latitude: 51.9, longitude: 170 },
    ];
    const { index, units } = indexOf(points);
    expect(nearestWithin(index, units, 51.9, -179.9, 100, 10, () => true)).toEqual([1, 0]);
  });

  it("looks past a dense place near the search to a match farther out when the nearer ones do not meet it", () => {
    const city = Array.from({ length: 500 }, (_, id) => ({
      latitude: 40.7 + (id % 20) * 0.001,
      longitude: -74,
    }));
    const points = [...city, { latitude: 41.9, longitude: -74 }];
    const { index, units } = indexOf(points);
    expect(nearestWithin(index, units, 40.7, -74, 400, 3, (id) => id === 500)).toEqual([500]);
    expect(nearestWithin(index, units, 40.7, -74, 400, 3, () => true)).toEqual([0, 20, 40]);
  });
});
