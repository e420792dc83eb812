import type { Article } from '../corpus/types';
import { NAME_JOINERS } from '../lexicon/name-joiners';
import { NEVER_NAMES } from '../lexicon/never-names';
import { TITLE_MODIFIERS, TITLES } from '../lexicon/titles';
import { foldText } from '../search/normalize';

/**
 * The light path for new items in the reader's own articles. The bundled
 * catalogue is built with compromise, which is too heavy for the service
 * worker (and lib/catalogue is build-time only); here a new item is a run
 * of capitalised words inside a sentence, with a few rules of the same kind
 * as the build's: titles are cut off ("President Barack Obama" → "Barack
 * Obama") and hint at a person, a lone word opening a sentence tells
 * nothing, head nouns settle organisations and places. Items the bundled
 * catalogue already knows are found by its own matcher instead.
 */

const ORGANISATION_HEADS = new Set([
  'institute',
  'ministry',
  'council',
  'party',
  'company',
  'corporation',
  'corp',
  'inc',
  'bank',
  'university',
  'college',
  'agency',
  'association',
  'committee',
  'commission',
  'department',
  'office',
  'union',
  'group',
  'court',
  'parliament',
  'congress',
  'senate',
  'house',
  'news',
  'times',
  'post',
  'police',
  'army',
  'force',
  'forces',
  'foundation',
  'service',
  'board',
  'organisation',
  'organization',
  'society',
  'club',
  'network',
]);
const PLACE_HEADS = new Set([
  'city',
  'county',
  'state',
  'province',
  'island',
  'islands',
  'river',
  'lake',
  'mountain',
  'mountains',
  'sea',
  'ocean',
  'street',
  'road',
  'square',
  'park',
  'bay',
  'valley',
  'region',
  'republic',
  'kingdom',
  'port',
  'coast',
]);
/** Longer capitalised runs are headlines or titles of works, not names. */
const MAX_NAME_WORDS = 5;
/** Acronyms ("NRA", "FBI") are matched in capitals only. */
const ACRONYM = /^\p{Lu}{2,6}$/u;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;

export type PhraseKind = 'person' | 'organisation' | 'place';

/** What one article says about one would-be item. */
export interface PhraseCount {
  /** Each spelling seen, with how often. */
  labels: Record<string, number>;
  count: number;
  /** Evidence for each kind ("Mr …", "… Institute"). */
  votes: Partial<Record<PhraseKind, number>>;
  acronym: boolean;
  /** Every spelling was a lone capital opening a sentence, with no kind evidence: a name only if another source uses it so. */
  openingOnly?: boolean;
}

/** A phrase's identity across spellings: folded, punctuation-free. */
export function phraseKey(label: string): string {
  return foldText(label)
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
}

function bare(word: string): string {
  return word.replace(/(?:['’]s|['’.-])$/u, '');
}

const titleWord = (word: string | undefined): string => (word ?? '').toLowerCase().replace(/\.$/u, '');

/** A title, or a title's modifier followed by a title ("Prime Minister", not "Foreign Ministry"). */
function isTitleAt(words: readonly string[], index: number): boolean {
  const word = titleWord(words[index]);
  if (TITLES.has(word)) return true;
  return TITLE_MODIFIERS.has(word) && index + 1 < words.length && isTitleAt(words, index + 1);
}

function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word) && !NEVER_NAMES.has(word.toLowerCase());
}

function kindOf(words: readonly string[], titled: boolean): PhraseKind | null {
  const head = (words.at(-1) ?? '').toLowerCase();
  if (ORGANISATION_HEADS.has(head)) return 'organisation';
  if (PLACE_HEADS.has(head) || (words.length > 1 && PLACE_HEADS.has((words[0] ?? '').toLowerCase())))
    return 'place';
  if (titled) return 'person';
  if (words.length === 1 && ACRONYM.test(words[0] ?? '')) return 'organisation';
  return null;
}

/** Runs of capitalised words in one sentence, cut at punctuation, with the title that preceded each. */
function* capitalisedRuns(
  sentence: string,
): Generator<{ words: string[]; titled: boolean; atStart: boolean }> {
  const tokens = [...sentence.matchAll(WORD)].map((match) => ({
    text: bare(match[0]),
    start: match.index,
    end: match.index + match[0].length,
    raw: match[0],
  }));
  let i = 0;
  while (i < tokens.length) {
    const first = tokens[i];
    if (!first || !/^\p{Lu}/u.test(first.text)) {
      i++;
      continue;
    }
    const atStart =
      sentence
        .slice(0, first.start)
        .trim()
        .replace(/^["'“‘(]+/u, '') === '';
    const run = [first];
    let j = i + 1;
    while (j < tokens.length) {
      const previous = tokens[j - 1];
      const next = tokens[j];
      if (!previous || !next) break;
      // Only spaces between the words, and the previous one not ending a clause ("Smith's", "U.S.").
      if (sentence.slice(previous.end, next.start).trim() !== '' || /['’]s$/u.test(previous.raw)) break;
      if (/^\p{Lu}/u.test(next.text) || NAME_JOINERS.has(next.text)) run.push(next);
      else break;
      j++;
    }
    i = j;
    // Joiners only between capitalised words.
    while (run.length > 0 && NAME_JOINERS.has(run.at(-1)?.text ?? '')) run.pop();
    let words = run.map((token) => token.text);
    let titled = false;
    while (words.length > 0 && isTitleAt(words, 0)) {
      titled = true;
      words = words.slice(1);
    }
    while (words.length > 0 && !isCapitalised(words[0] ?? '')) words = words.slice(1);
    if (words.length === 0 || words.length > MAX_NAME_WORDS) continue;
    if (words.length === 1 && !isCapitalised(words[0] ?? '')) continue;
    yield { words, titled, atStart: atStart && run.length === words.length };
  }
}

/**
 * The would-be items of one article, by key. A lone capitalised word that
 * opens a sentence is left out (any sentence's first word is capitalised),
 * as are the article's own outlet and author.
 */
export function findNamedPhrases(article: Article): Map<string, PhraseCount> {
  const own = new Set(
    [article.meta.outlet, article.meta.author].flatMap((name) => (name ? [phraseKey(name)] : [])),
  );
  const found = new Map<string, PhraseCount>();
  for (const paragraph of article.paragraphs) {
    for (const sentence of paragraph.sentences) {
      for (const { words, titled, atStart } of capitalisedRuns(sentence.text)) {
        if (atStart && words.length === 1) continue;
        const label = words.join(' ');
        const key = phraseKey(label);
        if (key === '' || own.has(key) || /^\d/u.test(key)) continue;
        const entry = found.get(key) ?? {
          labels: {},
          count: 0,
          votes: {},
          acronym: words.length === 1 && ACRONYM.test(label),
        };
        entry.labels[label] = (entry.labels[label] ?? 0) + 1;
        entry.count++;
        const kind = kindOf(words, titled);
        if (kind) entry.votes[kind] = (entry.votes[kind] ?? 0) + 1;
        found.set(key, entry);
      }
    }
  }
  return found;
}
