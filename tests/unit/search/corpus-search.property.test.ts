import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '@/lib/corpus';
import {
  articlePassages,
  buildSearchIndex,
  CorpusSearch,
  createPassageIndex,
  indexTerm,
  QUERY_OPTIONS,
  tokenize,
} from '@/lib/search';
import { AUXILIARIES, INTERROGATIVES } from '@/lib/search/question-words';

/** Plain Levenshtein distance: the naive reference for fuzzy matching. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** Whether an index term may answer a query word: exact, completed, or a small typo away. */
const mayMatch = (term: string, word: string): boolean =>
  term === word || term.startsWith(word) || editDistance(term, word) <= 2;

const termsOf = (text: string): Set<string> =>
  new Set(tokenize(text).flatMap((token) => indexTerm(token) ?? []));

// Random corpora over a small random vocabulary, so words recur across passages. No question
// words: a query that reads as a question is searched otherwise by design (question-search.test.ts).
const isQuestionWord = (word: string) => INTERROGATIVES.has(word) || AUXILIARIES.has(word);
const vocabulary = fc.uniqueArray(
  fc.stringMatching(/^[a-z]{3,8}$/u).filter((word) => indexTerm(word) === word && !isQuestionWord(word)),
  { minLength: 3, maxLength: 10 },
);
const corpus = vocabulary.chain((words) =>
  fc.record({
    words: fc.constant(words),
    passages: fc.array(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 8 }), {
      minLength: 1,
      maxLength: 12,
    }),
    query: fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 2 }),
  }),
);

function searchOver(passages: string[][]): { search: CorpusSearch; texts: string[] } {
  const texts = passages.map((words) => `${words.join(' ')}.`);
  const articles = texts.map((text, i) => parseArticle(`s${i}`, text));
  return { search: CorpusSearch.fromFiles(buildSearchIndex(articles)), texts };
}

describe('CorpusSearch against a naive reference', () => {
  it('finds every passage that holds all the query words, and only passages that match them all', () => {
    fc.assert(
      fc.property(corpus, ({ passages, query }) => {
        const { search, texts } = searchOver(passages);
        const hits = search.search(query.join(' '), { limit: 1_000 });
        const found = new Set(hits.map((hit) => hit.text));
        const exact = texts.filter((text) => query.every((word) => termsOf(text).has(word)));

        for (const text of exact) expect(found).toContain(text);
        for (const hit of hits) {
          expect(hit.terms.every((term) => query.some((word) => mayMatch(term, word)))).toBe(true);
          // AND first: when some passage has every word, every hit matches every word.
          if (exact.length > 0) {
            expect(query.every((word) => hit.terms.some((term) => mayMatch(term, word)))).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('ranks hits best first and emphasises only words that matched', () => {
    fc.assert(
      fc.property(corpus, ({ passages, query }) => {
        const { search } = searchOver(passages);
        const hits = search.search(query.join(' '), { limit: 1_000 });
        const scores = hits.map((hit) => hit.score);
        expect(scores).toEqual([...scores].sort((a, b) => b - a));
        for (const hit of hits) {
          expect(hit.emphasis.length).toBeGreaterThan(0);
          for (const [start, end] of hit.emphasis) {
            expect(hit.terms).toContain(indexTerm(hit.text.slice(start, end)));
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('finds the same passages with the same scores as MiniSearch’s own search, AND else OR', () => {
    // Query words as typed: whole, cut short (prefix) or with one letter changed (typo).
    const typed = (words: string[]) =>
      fc
        .tuple(fc.constantFrom(...words), fc.nat(), fc.constantFrom('whole', 'prefix', 'typo'))
        .map(([word, n, how]) => {
          if (how === 'prefix') return word.slice(0, 2 + (n % (word.length - 1)));
          if (how === 'typo') return word.slice(0, n % word.length) + 'q' + word.slice((n % word.length) + 1);
          return word;
        });
    const cases = vocabulary.chain((words) =>
      fc.record({
        passages: fc.array(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 8 }), {
          minLength: 1,
          maxLength: 12,
        }),
        // Distinct as stored: search asks for a stem once, MiniSearch as often as it is typed.
        query: fc.uniqueArray(typed(words), {
          minLength: 1,
          maxLength: 3,
          selector: (word) => indexTerm(word),
        }),
      }),
    );
    fc.assert(
      fc.property(cases, ({ passages, query }) => {
        const texts = passages.map((words) => `${words.join(' ')}.`);
        const articles = texts.map((text, i) => parseArticle(`s${i}`, text));
        const search = CorpusSearch.fromFiles(buildSearchIndex(articles));
        const reference = createPassageIndex();
        reference.addAll(articles.flatMap((article) => articlePassages(article)));
        const phrase = query.join(' ');
        let expected = reference.search(phrase, { ...QUERY_OPTIONS, combineWith: 'AND' });
        if (expected.length === 0)
          expected = reference.search(phrase, { ...QUERY_OPTIONS, combineWith: 'OR' });

        // Equal passages tie; summing in another order can split a tie in the last bits, so compare rounded.
        const byScore = (hits: { id: string | number; score: number }[]) =>
          hits
            .map((hit) => [String(hit.id), Number(hit.score.toPrecision(10))] as const)
            .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
        const actual = byScore(search.search(phrase, { limit: 1_000 }));
        const wanted = byScore(expected);
        expect(actual.map(([id]) => id)).toEqual(wanted.map(([id]) => id));
        actual.forEach(([, score], i) => expect(score).toBeCloseTo(wanted[i]?.[1] ?? Number.NaN, 9));
      }),
      { numRuns: 300 },
    );
  });
});
