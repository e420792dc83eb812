import type { Article } from '../corpus/types';
import { isProperKind } from '../entities/catalogue-schema';
import { phraseKey, type PhraseCount, type PhraseKind } from '../user-sources/find-named-phrases';
import { extractCandidates } from './extract-candidates';

const ACRONYM = /^(?:\p{Lu}\.?){2,6}$/u;

function isPhraseKind(kind: string): kind is PhraseKind {
  return isProperKind(kind as PhraseKind);
}

/**
 * The would-be named items of one of the reader's articles, found by the
 * build's own extractor (compromise's tags decide kinds and drop grammatical
 * capitals, titles are cut, "Rosneft oil company" is an organisation), in
 * the shape `keepNewItems` pools: by phrase key, with spellings, counts and
 * kind votes. As the build does, a lone capital that only ever opens a
 * sentence is marked (`openingOnly`) rather than kept or dropped here, since
 * another article may use the word inside a sentence; the article's own
 * outlet and author are left out. Topics and dates are the build's alone for
 * now: keeping a new one needs the build's junk rules (WordNet), which do not
 * ship.
 */
export function findArticleItems(article: Article): Map<string, PhraseCount> {
  const own = new Set(
    [article.meta.outlet, article.meta.author].flatMap((name) => (name ? [phraseKey(name)] : [])),
  );
  const found = new Map<string, PhraseCount>();
  for (const candidate of extractCandidates([article])) {
    if (candidate.kind !== 'name') continue;
    const opening = candidate.onlySentenceInitial && candidate.kindVotes.size === 0;
    const voted = new Set<string>();
    for (const [form, count] of candidate.forms) {
      const key = phraseKey(form);
      if (key === '' || own.has(key) || /^\d/u.test(key)) continue;
      const entry = found.get(key);
      const phrase: PhraseCount = entry ?? {
        labels: {},
        count: 0,
        votes: {},
        acronym: candidate.words === 1 && ACRONYM.test(form),
        ...(opening ? { openingOnly: true } : {}),
      };
      // One spelling used inside a sentence makes the whole key more than an opening capital.
      if (entry && !opening) delete phrase.openingOnly;
      phrase.labels[form] = (phrase.labels[form] ?? 0) + count;
      phrase.count += count;
      found.set(key, phrase);
      if (voted.has(key)) continue;
      voted.add(key);
      for (const [kind, votes] of candidate.kindVotes)
        if (isPhraseKind(kind)) phrase.votes[kind] = (phrase.votes[kind] ?? 0) + votes;
    }
  }
  return found;
}
