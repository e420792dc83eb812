import type { CompassPart, PlaceRef } from './claim-schema';

/**
 * How two places stand: the same place, one inside the other (a city and
 * its country, a city and the part of its country it lies in: one place at
 * two scales), two different places of which at most one can be right
 * (`apart`), or not known (a place the gazetteer could not resolve).
 */
export type PlaceRelation = 'same' | 'within' | 'apart' | 'unknown';

/**
 * A part of a country is its share of the country's extent: "southern" is
 * the southern PART_SHARE of its latitudes. A little over a half, so a city
 * just north of the middle is still "in the south" for a loose writer.
 */
const PART_SHARE = 0.6;

function inPart(point: readonly [number, number], extent: readonly number[], part: CompassPart): boolean {
  const [south, north, west, east] = extent as [number, number, number, number];
  const [lat, lon] = point;
  const ns = (lat - south) / Math.max(north - south, 1e-6);
  const we = (lon - west) / Math.max(east - west, 1e-6);
  switch (part) {
    case 'south':
      return ns <= PART_SHARE;
    case 'north':
      return ns >= 1 - PART_SHARE;
    case 'west':
      return we <= PART_SHARE;
    case 'east':
      return we >= 1 - PART_SHARE;
    case 'central':
      return Math.abs(ns - 0.5) <= PART_SHARE / 2 && Math.abs(we - 0.5) <= PART_SHARE / 2;
  }
}

/** Whether `inner` lies in `outer` (a larger scale). */
function contains(outer: PlaceRef, inner: PlaceRef): boolean {
  if (outer.country === null || inner.country !== outer.country) return false;
  if (outer.scale === 'country') return inner.scale !== 'country';
  // A region holds the cities of its first-level division ("Donetsk region" holds Pokrovsk).
  if (outer.scale === 'region' && inner.scale === 'city')
    return outer.admin !== null && inner.admin === outer.admin;
  if (
    outer.scale === 'part' &&
    outer.part &&
    outer.extent &&
    (inner.scale === 'city' || inner.scale === 'region')
  )
    return inner.at !== null && inPart(inner.at, outer.extent, outer.part);
  return false;
}

export function placeRelation(a: PlaceRef, b: PlaceRef): PlaceRelation {
  if (a.name === b.name) return a.scale === b.scale ? 'same' : 'within';
  if (a.country === null || b.country === null) return 'unknown';
  if (contains(a, b) || contains(b, a)) return 'within';
  // Two cities (or a city and a region) of one scale with different names: two places.
  if (a.scale === 'city' && b.scale === 'city') return 'apart';
  // A region and a city outside its division, or two regions: apart only when both divisions are known.
  if (a.scale !== 'country' && a.scale !== 'part' && b.scale !== 'country' && b.scale !== 'part')
    return a.admin !== null && b.admin !== null ? 'apart' : 'unknown';
  if (a.scale === 'country' && b.scale === 'country') return 'apart';
  return 'unknown';
}
