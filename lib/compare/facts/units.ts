import { singular } from '../../lexicon/inflection';

/**
 * Minutes in each unit of time. Months and years are calendar averages
 * (30.44 and 365.25 days): "three and a half years" need not say which years.
 */
export const MINUTES_PER: Readonly<Record<string, number>> = {
  second: 1 / 60,
  minute: 1,
  hour: 60,
  day: 1440,
  week: 10080,
  fortnight: 20160,
  month: 43830,
  year: 525960,
  decade: 5259600,
  century: 52596000,
};

const TIME_UNIT_FORMS: Readonly<Record<string, string>> = {
  second: 'second',
  seconds: 'second',
  sec: 'second',
  secs: 'second',
  minute: 'minute',
  minutes: 'minute',
  min: 'minute',
  mins: 'minute',
  hour: 'hour',
  hours: 'hour',
  hr: 'hour',
  hrs: 'hour',
  h: 'hour',
  day: 'day',
  days: 'day',
  week: 'week',
  weeks: 'week',
  fortnight: 'fortnight',
  fortnights: 'fortnight',
  month: 'month',
  months: 'month',
  year: 'year',
  years: 'year',
  yr: 'year',
  yrs: 'year',
  decade: 'decade',
  decades: 'decade',
  century: 'century',
  centuries: 'century',
};

/** Units of measure after a figure, spelled out or abbreviated, with the name a fact gives them. */
const MEASURES: readonly [RegExp, string][] = [
  [/square\s+miles?|sq\.?\s*mi(?:les?)?/iuy, 'square mile'],
  [/square\s+kilomet(?:re|er)s?|sq\.?\s*km|km2|km²/iuy, 'square kilometre'],
  [/square\s+(?:metres?|meters?)|sq\.?\s*m\b/iuy, 'square metre'],
  [/square\s+(?:feet|foot)|sq\.?\s*ft/iuy, 'square foot'],
  [/cubic\s+(?:metres?|meters?)/iuy, 'cubic metre'],
  [/kilomet(?:re|er)s?|km/iuy, 'kilometre'],
  [/miles?/iuy, 'mile'],
  [/metres?|meters?/iuy, 'metre'],
  [/metric\s+tons?|tonnes?/iuy, 'tonne'],
  [/tons?/iuy, 'ton'],
  [/barrels?/iuy, 'barrel'],
  [/hectares?|ha/iuy, 'hectare'],
  [/acres?/iuy, 'acre'],
  [/litres?|liters?/iuy, 'litre'],
  [/gallons?/iuy, 'gallon'],
  [/kilograms?|kilos?|kg/iuy, 'kilogram'],
  [/pounds?|lbs?/iuy, 'pound'],
  [/megawatts?|MW/uy, 'megawatt'],
  [/gigawatts?|GW/uy, 'gigawatt'],
  [/kilowatts?|kW/uy, 'kilowatt'],
  [/°\s?C|degrees?\s+(?:Celsius|centigrade)/iuy, 'degree celsius'],
  [/°\s?F|degrees?\s+Fahrenheit/iuy, 'degree fahrenheit'],
  [/degrees?/iuy, 'degree'],
  [/feet|foot|ft/iuy, 'foot'],
  [/inch(?:es)?/iuy, 'inch'],
  [/knots?/iuy, 'knot'],
  [/mph|miles\s+per\s+hour/iuy, 'mph'],
  [/kph|km\/h/iuy, 'kilometre per hour'],
  [/bpd/iuy, 'barrel per day'],
  [/times/iuy, 'times'],
];

/** Words a number can be hyphenated to and still be a count ("a 28-point plan", "a 5,000-strong force"). */
const HYPHEN_NOUNS = new Set([
  'point',
  'member',
  'seat',
  'storey',
  'story',
  'strong',
  'page',
  'nation',
  'country',
  'man',
  'person',
  'vote',
  'lane',
  'bed',
  'magnitude',
  'mile',
  'kilometre',
  'kilometer',
  'metre',
  'meter',
  'pound',
  'tonne',
  'ton',
  'foot',
  'acre',
  'hectare',
  'year-old',
  'month-old',
  'week-old',
  'day-old',
]);

/** Abbreviations that may be glued to digits ("40km", "90min"); any other glued letters make a code ("A320", "5G"). */
export const GLUED_UNITS = new Set([
  'km',
  'kg',
  'mph',
  'kph',
  'ft',
  'lb',
  'lbs',
  'mw',
  'gw',
  'kw',
  'ha',
  'bpd',
  'mi',
  'min',
  'mins',
  'hr',
  'hrs',
  'h',
  'yr',
  'yrs',
]);

export interface MeasureReading {
  unit: string;
  end: number;
}

const TIME_WORD = /\s*([\p{L}]+)(?![\p{L}\p{N}])/uy;
const AND_A_HALF = /\s+and\s+a\s+half(?![\p{L}\p{N}])/iuy;

export interface TimeUnitReading {
  unit: string;
  /** Minutes in one `unit`. */
  minutes: number;
  /** "an hour and a half": half a unit more than the count. */
  plusHalf: boolean;
  end: number;
}

/** The unit of time at `index`, after optional spaces ("three hours", "90min", "an hour and a half"). */
export function readTimeUnit(text: string, index: number): TimeUnitReading | null {
  TIME_WORD.lastIndex = index;
  const match = TIME_WORD.exec(text);
  const unit = match?.[1] ? TIME_UNIT_FORMS[match[1].toLowerCase()] : undefined;
  // "h" and "hr" count only glued to the digits ("24h"); spaced, they are stray letters.
  if (!match?.[1] || unit === undefined || (match[1].length <= 2 && match[0] !== match[1])) return null;
  AND_A_HALF.lastIndex = TIME_WORD.lastIndex;
  const plusHalf = AND_A_HALF.exec(text) !== null;
  const end = plusHalf ? AND_A_HALF.lastIndex : TIME_WORD.lastIndex;
  return { unit, minutes: MINUTES_PER[unit] ?? 1, plusHalf, end };
}

/** The unit of measure at `index`, after optional spaces ("886 square miles", "40km", "four times"). */
export function readMeasureUnit(text: string, index: number): MeasureReading | null {
  const spaces = /\s*/uy;
  spaces.lastIndex = index;
  spaces.exec(text);
  const from = spaces.lastIndex;
  for (const [pattern, unit] of MEASURES) {
    pattern.lastIndex = from;
    const match = pattern.exec(text);
    if (!match) continue;
    const end = from + match[0].length;
    if (/[\p{L}\p{N}]/u.test(text.charAt(end))) continue;
    return { unit, end };
  }
  return null;
}

/**
 * The unit written into a number by a hyphen ("three-hour", "2,000-pound",
 * "45-year-old"), or null when the hyphenated word makes a name or code
 * instead ("one-off", "Covid-19").
 */
export function attachedUnit(suffix: string): { unit: string; minutes: number | null } | null {
  const lower = suffix.toLowerCase().replace(/-long$/u, '');
  const time = TIME_UNIT_FORMS[lower];
  if (time !== undefined) return { unit: time, minutes: MINUTES_PER[time] ?? null };
  if (!HYPHEN_NOUNS.has(lower) && !GLUED_UNITS.has(lower)) return null;
  const measured = readMeasureUnit(lower, 0);
  if (measured && measured.end === lower.length) return { unit: measured.unit, minutes: null };
  return { unit: lower.includes('-') ? lower : singular(lower), minutes: null };
}
