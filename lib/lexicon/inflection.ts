import pluralizeExport from 'pluralize';
import { FUNCTION_WORDS } from './stop-words';

/**
 * pluralize ships one UMD file. Where `require` exists (Node, Vitest) it is
 * the module's export; in a browser bundle there is no `require`, so the file
 * hangs itself on its `this`, which the bundler's CommonJS wrapper makes the
 * exports object: the default import is then `{ pluralize }`.
 */
const pluralize: typeof pluralizeExport =
  typeof pluralizeExport === 'function'
    ? pluralizeExport
    : (pluralizeExport as unknown as { pluralize: typeof pluralizeExport }).pluralize;

/**
 * One inflector for the build and the runtime: the catalogue's spelling keys
 * and topic aliases, the fact readers' units and the comparison's content
 * words all fold number the same way, so "energy crises" on a page meets the
 * item "energy crisis". `pluralize` knows English's irregular and Latin
 * plurals; the rules below correct it where news prose and names need
 * otherwise. They run after its own rules, the last added first.
 */

/** Singulars that end like a plural ("-is", "-ics", "-ova", "-data"): kept as written. */
const KEEP_SINGULAR: readonly RegExp[] = [
  // Names and words in "-is" ("Davis", "basis", "paralysis"); "crises" still gives "crisis".
  /is$/iu,
  // Fields and plural-only nouns ("politics", "economics", "tactics").
  /ics$/iu,
  // Names in "-ova" ("Cordova"), which the Latin rule would read as "ovum".
  /ova$/iu,
  // "data" and "metadata" are mass nouns in news prose.
  /data$/iu,
];

/**
 * Nouns and verbs in "-men", "-use" and "-rise" whose singular the suffix rules
 * get wrong ("yemen" → "yeman", "abuses" → "abus", "arises" → "aris").
 */
const IRREGULAR: readonly [singular: string, plural: string][] = [
  ['abdomen', 'abdomens'],
  ['acumen', 'acumens'],
  ['amen', 'amens'],
  ['omen', 'omens'],
  ['regimen', 'regimens'],
  ['specimen', 'specimens'],
  ['stamen', 'stamens'],
  ['yemen', 'yemens'],
  ['abuse', 'abuses'],
  ['accuse', 'accuses'],
  ['amuse', 'amuses'],
  ['confuse', 'confuses'],
  ['diffuse', 'diffuses'],
  ['excuse', 'excuses'],
  ['fuse', 'fuses'],
  ['infuse', 'infuses'],
  ['misuse', 'misuses'],
  ['muse', 'muses'],
  ['overuse', 'overuses'],
  ['peruse', 'peruses'],
  ['recluse', 'recluses'],
  ['refuse', 'refuses'],
  ['reuse', 'reuses'],
  ['ruse', 'ruses'],
];

for (const rule of KEEP_SINGULAR) pluralize.addSingularRule(rule, '$0');
// "rises", "arises", "surprises", "enterprises" lose only their "s"; "crises" is "crisis".
pluralize.addSingularRule(/(^|[^c])rises$/iu, '$1rise');
for (const [single, plural] of IRREGULAR) pluralize.addIrregularRule(single, plural);

/**
 * pluralize tries its few hundred rules one by one, and the comparison folds
 * every word of every passage it reads, over and over: words repeat, so each
 * is folded once. The bound keeps a long-lived background from growing
 * without end; a corpus's vocabulary fits under it.
 */
const MAX_CACHED_SINGULARS = 20_000;
const SINGULARS = new Map<string, string>();

/**
 * Words of three letters or fewer are acronyms ("IDs", "MPs", "GPS") or
 * function words, not plurals to fold; "men" is the one short plural news
 * counts.
 */
const isUninflected = (lower: string): boolean =>
  (lower.length <= 3 && lower !== 'men') || FUNCTION_WORDS.has(lower);

/**
 * The singular, lower-case form of an English noun: "buses" → "bus",
 * "casualties" → "casualty", "crises" → "crisis", "news" → "news". Function
 * words and short words are returned as they are ("its" is not the plural of
 * "it", "MPs" is an acronym).
 */
export function singular(word: string): string {
  const lower = word.toLowerCase();
  if (isUninflected(lower)) return lower;
  let folded = SINGULARS.get(lower);
  if (folded === undefined) {
    if (SINGULARS.size >= MAX_CACHED_SINGULARS) SINGULARS.clear();
    folded = pluralize.singular(lower);
    SINGULARS.set(lower, folded);
  }
  return folded;
}

/** The plural, lower-case form of an English noun: "crisis" → "crises", "bus" → "buses". */
export function plural(word: string): string {
  const lower = word.toLowerCase();
  return FUNCTION_WORDS.has(lower) ? lower : pluralize.plural(lower);
}

/**
 * Nouns that take a plural verb though they do not change ("the personnel
 * were"), and a possessive-free word with another singular: a plural noun
 * closes the noun phrase it ends ("civilians killed").
 */
const PLURAL_AS_WRITTEN: ReadonlySet<string> = new Set(['news', 'series', 'species', 'personnel']);

/** Whether a word looks like a plural noun, which ends the noun phrase it closes ("civilians killed"). */
export function looksPlural(word: string): boolean {
  const lower = word.toLowerCase();
  if (PLURAL_AS_WRITTEN.has(lower)) return true;
  if (/['’]s$/u.test(lower) || FUNCTION_WORDS.has(lower)) return false;
  return singular(lower) !== lower;
}
