import type KDBush from "kdbush";

/** The mean Earth radius geokdbush's `distance` uses, so the two agree on what "within" means. */
const EARTH_RADIUS_KM = 6371;
const RADIANS = Math.PI / 180;
/** Slack on the chord test so rounding never drops a place the exact distance keeps (the caller checks). */
const CHORD_SLACK = 1 + 1e-9;
/**
 * The first box looked at reaches 40 km (25 miles, the search's default radius), or the whole radius when
 * that is less; each miss doubles it (see `nearestWithin`).
 */
const FIRST_REACH_KM = 40;

/** Each point as a unit vector (x, y, z) on the sphere, three numbers per point in index order. */
export function unitVectorsOf(
  points: readonly { readonly latitude: number; readonly longitude: number }[],
): Float64Array {
  const units = new Float64Array(points.length * 3);
  points.forEach((point, index) => {
    const latitude = point.latitude * RADIANS;
    const longitude = point.longitude * RADIANS;
    units[index * 3] = Math.cos(latitude) * Math.cos(longitude);
    units[index * 3 + 1] = Math.cos(latitude) * Math.sin(longitude);
    units[index * 3 + 2] = Math.sin(latitude);
  });
  return units;
}

/**
 * The ids of the `limit` points nearest to (latitude, longitude) within `radiusKm` that `meets`, nearest
 * first, ties in id order. Points are ranked by the squared straight-line (chord) distance between unit
 * vectors, which grows with the great-circle distance and keeps its precision for places a few metres
 * apart, so no trigonometry is done per point. Candidates come from kdbush's
 * box query over a box that holds the whole circle; the first box reaches 40 km and doubles until it holds
 * `limit` matches or the whole radius (a wide search in a dense city answers from a small box, a sparse
 * filter looks as far as it may; most searches, at 25 miles, take one box). Every match nearer than the box's reach lies inside the box, so once `limit`
 * of them are found no point outside can be nearer.
 */
export function nearestWithin(
  index: KDBush,
  units: Float64Array,
  latitude: number,
  longitude: number,
  radiusKm: number,
  limit: number,
  meets: (id: number) => boolean,
): number[] {
  const phi = latitude * RADIANS;
  const lambda = longitude * RADIANS;
  const x = Math.cos(phi) * Math.cos(lambda);
  const y = Math.cos(phi) * Math.sin(lambda);
  const z = Math.sin(phi);
  const ids: number[] = [];
  const chords: number[] = [];
  let reach = Math.min(radiusKm, FIRST_REACH_KM);
  for (;;) {
    ids.length = 0;
    chords.length = 0;
    const farthest = (2 * Math.sin(Math.min(Math.PI, reach / EARTH_RADIUS_KM) / 2)) ** 2 * CHORD_SLACK;
    for (const [west, south, east, north] of boxesAround(latitude, longitude, reach)) {
      for (const id of index.range(west, south, east, north)) {
        const chord = chordAt(units, id, x, y, z);
        if (chord > farthest || (ids.length === limit && !nearerThanLast(chord, id, chords, ids))) continue;
        if (!meets(id)) continue;
        insertRanked(ids, chords, id, chord, limit);
      }
    }
    if (ids.length === limit || reach >= radiusKm) return ids;
    reach = Math.min(radiusKm, reach * 2);
  }
}

/** The squared chord between the point `id` and the unit vector (x, y, z). */
function chordAt(units: Float64Array, id: number, x: number, y: number, z: number): number {
  const dx = (units[id * 3] ?? 0) - x;
  const dy = (units[id * 3 + 1] ?? 0) - y;
  const dz = (units[id * 3 + 2] ?? 0) - z;
  return dx * dx + dy * dy + dz * dz;
}

/** Whether (chord, id) ranks before the last kept point: nearer, or as near with a smaller id. */
function nearerThanLast(
  chord: number,
  id: number,
  chords: readonly number[],
  ids: readonly number[],
): boolean {
  const last = chords[chords.length - 1] ?? Number.POSITIVE_INFINITY;
  return chord < last || (chord === last && id < (ids[ids.length - 1] ?? Number.POSITIVE_INFINITY));
}

/** Keeps `ids` ranked nearest first, at most `limit` long: an insertion into a short list. */
function insertRanked(ids: number[], chords: number[], id: number, chord: number, limit: number): void {
  let at = ids.length < limit ? ids.length : limit - 1;
  if (ids.length < limit) {
    ids.push(id);
    chords.push(chord);
  }
  while (at > 0) {
    const before = chords[at - 1] ?? Number.NEGATIVE_INFINITY;
    if (before < chord || (before === chord && (ids[at - 1] ?? 0) < id)) break;
    ids[at] = ids[at - 1] ?? id;
    chords[at] = before;
    at -= 1;
  }
  ids[at] = id;
  chords[at] = chord;
}

/**
 * Longitude-latitude boxes that together hold every point within `reachKm` of the place: one box, or two
 * where the circle crosses the 180th meridian (the Aleutians), or a band of every longitude where it
 * reaches a pole. The half-width in longitude is that of a spherical cap, asin(sin(d/R) / cos(latitude)).
 */
function boxesAround(
  latitude: number,
  longitude: number,
  reachKm: number,
): [number, number, number, number][] {
  const angle = reachKm / EARTH_RADIUS_KM;
  const south = latitude - angle / RADIANS;
  const north = latitude + angle / RADIANS;
  if (south <= -90 || north >= 90 || angle >= Math.PI / 2) {
    return [[-180, Math.max(-90, south), 180, Math.min(90, north)]];
  }
  const halfWidth = Math.asin(Math.min(1, Math.sin(angle) / Math.cos(latitude * RADIANS))) / RADIANS;
  const west = longitude - halfWidth;
  const east = longitude + halfWidth;
  if (west < -180)
    return [
      [west + 360, south, 180, north],
      [-180, south, east, north],
    ];
  if (east > 180)
    return [
      [west, south, 180, north],
      [-180, south, east - 360, north],
    ];
  return [[west, south, east, north]];
}
