/**
 * A deliberately naive mention matcher: the reference the property tests hold
 * `foldForMatch`, `compileMatcher` and `findInChunks` to. It folds one code
 * unit at a time into plain arrays, then tries every alias at every index of
 * the folded text, and resolves overlaps by sorting every candidate. Slow and
 * obviously right, which is the point.
 */
import fc from 'fast-check';
import type { MatchAlias, Mention } from '@/lib/entities';

export interface NaiveFolded {
  /** One entry per kept code unit, lower-cased. */
  lower: string[];
  /** The same units, case kept. */
  cased: string[];
  /** Offset in the original text of each kept unit. */
  origin: number[];
}

/** Characters that vanish: soft hyphen, zero-width space/joiners, word joiner, BOM. */
const INVISIBLE = /^[\u00AD\u200B\u200C\u200D\u2060\uFEFF]$/u;
const HYPHENS = /^[-\u2010-\u2014\u2212\uFE63\uFF0D]$/u;
const APOSTROPHES = /^[`\u2018\u2019\u02BC\u00B4\uFF07]$/u;

/** What one code unit folds to: null when it vanishes. */
function foldUnit(unit: string): string | null {
  if (INVISIBLE.test(unit) || /^\p{M}$/u.test(unit)) return null;
  if (/^\s$/u.test(unit) || HYPHENS.test(unit)) return ' ';
  if (APOSTROPHES.test(unit)) return "'";
  const base = unit.normalize('NFKD').replace(/\p{M}/gu, '');
  return base.length === 1 ? base : unit;
}

export function naiveFold(text: string): NaiveFolded {
  const folded: NaiveFolded = { lower: [], cased: [], origin: [] };
  for (let i = 0; i < text.length; i++) {
    const unit = foldUnit(text.charAt(i));
    if (unit === null) continue;
    if (unit === ' ' && folded.cased.at(-1) === ' ') continue;
    const lower = unit.toLowerCase();
    folded.cased.push(unit);
    folded.lower.push(lower.length === 1 ? lower : unit);
    folded.origin.push(i);
  }
  return folded;
}

export const isWordUnit = (unit: string | undefined): boolean =>
  unit !== undefined && (/^[\p{L}\p{N}\p{M}]$/u.test(unit) || /^[\uD800-\uDFFF]$/u.test(unit));

const isMark = (unit: string): boolean => /^\p{M}$/u.test(unit);

/** An alias as the matcher should see it: folded, without spaces at either end. */
export function naiveKey(aliasText: string): { key: string[]; cased: string[] } {
  const { lower, cased } = naiveFold(aliasText);
  let from = 0;
  let to = lower.length;
  while (from < to && lower[from] === ' ') from++;
  while (to > from && lower[to - 1] === ' ') to--;
  return { key: lower.slice(from, to), cased: cased.slice(from, to) };
}

/** Whether the alias may stand at [start, end) of the folded text, ignoring case rules. */
function atWordBoundaries(key: string[], lower: string[], start: number, end: number): boolean {
  if (isWordUnit(key[0]) && isWordUnit(lower[start - 1])) return false;
  if (isWordUnit(key.at(-1)) && isWordUnit(lower[end])) return false;
  return true;
}

function honoursCase(alias: MatchAlias, aliasCased: string[], textCased: string[]): boolean {
  if (alias.caseSensitive) return aliasCased.join('') === textCased.join('');
  if (!alias.properNoun) return true;
  // A capital that starts a word of a proper name must not be lower case in the text.
  return aliasCased.every(
    (unit, j) =>
      !(j === 0 || !isWordUnit(aliasCased[j - 1])) ||
      !/^[\p{Lu}\p{Lt}]$/u.test(unit) ||
      !/^\p{Ll}$/u.test(textCased[j] ?? ''),
  );
}

export function naiveFindAll(aliases: readonly MatchAlias[], text: string): Mention[] {
  const { lower, cased, origin } = naiveFold(text);
  const candidates: { start: number; end: number; alias: number }[] = [];
  aliases.forEach((alias, index) => {
    const { key, cased: aliasCased } = naiveKey(alias.text);
    if (key.length === 0) return;
    for (let start = 0; start + key.length <= lower.length; start++) {
      const end = start + key.length;
      if (!key.every((unit, j) => lower[start + j] === unit)) continue;
      if (!atWordBoundaries(key, lower, start, end)) continue;
      if (!honoursCase(alias, aliasCased, cased.slice(start, end))) continue;
      candidates.push({ start, end, alias: index });
    }
  });
  // Leftmost, then longest, then the alias listed first.
  candidates.sort((a, b) => a.start - b.start || b.end - a.end || a.alias - b.alias);
  const mentions: Mention[] = [];
  let covered = 0;
  for (const candidate of candidates) {
    if (candidate.start < covered) continue;
    covered = candidate.end;
    const start = origin[candidate.start] ?? 0;
    let end = (origin[candidate.end - 1] ?? 0) + 1;
    // Combining marks on the last letter are part of the mention.
    while (end < text.length && isMark(text.charAt(end))) end++;
    const alias = aliases[candidate.alias];
    mentions.push({
      entityId: alias?.entityId ?? '',
      alias: candidate.alias,
      start,
      end,
      text: text.slice(start, end),
    });
  }
  return mentions;
}

// Generators: short texts over a small alphabet of name fragments and the
// characters the matcher must see through, so that matches are frequent.

const NAME_FRAGMENTS = [
  'Kyiv',
  'kyiv',
  'KYIV',
  'star',
  'Putin',
  'putin',
  'US',
  'us',
  'Us',
  'U.',
  'S.',
  'Steve',
  'steve',
  'Witkoff',
  'Wit',
  'koff',
  'air',
  'Air',
  'truce',
  'Nice',
  'nice',
  'NICE',
  'Jose',
  'Jos\u00E9',
  'Jose\u0301',
  'Zapori\u017E\u017Eia',
  'Zaporiz\u030Cz\u030Cia',
  'Zaporizzia',
  'O',
  'Brien',
  's',
  '2',
];

const SEPARATORS = [
  ' ',
  ' ',
  ' ',
  '  ',
  '\n',
  '\u00A0',
  '\u202F',
  '-',
  '\u2011',
  '\u2013',
  '\u00AD',
  '\u200B',
  '\u2060',
  '\u2019',
  "'",
  '.',
  ',',
  '\u0301',
  '\u0000',
  '\u{1F600}',
];

const NAME_ALIASES = [
  'Kyiv',
  'Putin',
  'US',
  'U.S.',
  'Steve Witkoff',
  'Steve',
  'Witkoff',
  'air truce',
  'air-truce',
  'truce',
  'Nice',
  'Jos\u00E9',
  'Jose',
  'Zapori\u017E\u017Eia',
  'O\u2019Brien',
  "O'Brien",
  'Brien',
  'Kyiv star',
  'US air truce',
  's',
];

const alias = (texts: readonly string[]): fc.Arbitrary<MatchAlias> =>
  fc.record({
    text: fc.constantFrom(...texts),
    entityId: fc.constantFrom('e1', 'e2', 'e3'),
    caseSensitive: fc.boolean(),
    properNoun: fc.boolean(),
  });

/** Ways a page may write an alias: other case, other normal form, invisible characters inside. */
function variantsOf(text: string): string[] {
  const middle = Math.ceil(text.length / 2);
  return [
    text,
    text,
    text.toLowerCase(),
    text.toUpperCase(),
    text.normalize('NFD'),
    text.replaceAll(' ', '\u00A0'),
    text.replaceAll(' ', '-'),
    `${text.slice(0, middle)}\u00AD${text.slice(middle)}`,
    `${text.slice(0, middle)}\u200B${text.slice(middle)}`,
  ];
}

/** Texts made of the aliases (in many writings), other fragments and noise. */
function casesOver(
  aliases: fc.Arbitrary<MatchAlias[]>,
  fragments: readonly string[],
  maxLength: number,
): fc.Arbitrary<{ aliases: MatchAlias[]; text: string }> {
  return aliases.chain((chosen) => {
    const writings = chosen.flatMap((one) => variantsOf(one.text));
    const token = fc.oneof(
      { arbitrary: fc.constantFrom(...writings), weight: 2 },
      { arbitrary: fc.constantFrom(...fragments), weight: 3 },
    );
    return fc.record({
      aliases: fc.constant(chosen),
      text: fc.array(token, { minLength: 1, maxLength }).map((parts) => parts.join('')),
    });
  });
}

/** Real-looking names and the Unicode noise found around them on pages. */
export const nameCase = casesOver(
  fc.array(alias(NAME_ALIASES), { minLength: 1, maxLength: 6 }),
  [...NAME_FRAGMENTS, ...SEPARATORS, ...SEPARATORS],
  10,
);

/**
 * Aliases over a two-letter alphabet that share prefixes and suffixes
 * ("ab", "bab", "ab ab", "b.") so the automaton's failure and dictionary
 * links are exercised, with the same noise between letters.
 */
const tinyAlias = fc.oneof(
  fc.stringMatching(/^[abAB]{1,3}( [abAB]{1,3}){0,2}$/u),
  fc.constantFrom("a'b", 'b.', '.a', 'a-b', 'ab\u00ADab', 'a\u0301b'),
);
export const tinyCase = casesOver(
  fc.array(
    fc.record({
      text: tinyAlias,
      entityId: fc.constantFrom('e1', 'e2'),
      caseSensitive: fc.boolean(),
      properNoun: fc.boolean(),
    }),
    { minLength: 1, maxLength: 5 },
  ),
  ['a', 'b', 'A', 'B', 'a', 'b', ' ', ' ', ' ', '-', '.', "'", '\u00AD', '\u0301', '\u00A0'],
  12,
);
