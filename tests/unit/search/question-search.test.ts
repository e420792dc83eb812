import { describe, expect, it } from 'vitest';
import { parseArticle } from '@/lib/corpus';
import {
  answerKind,
  buildSearchIndex,
  CorpusSearch,
  feedbackWords,
  holdsAnswerKind,
  indexTerm,
  queryWords,
  type SearchHit,
} from '@/lib/search';

/** A search over made-up articles, each given as its paragraphs. */
function searchOver(articles: Record<string, string[]>): CorpusSearch {
  const parsed = Object.entries(articles).map(([id, paragraphs]) =>
    parseArticle(id, paragraphs.join('\n\n')),
  );
  return CorpusSearch.fromFiles(buildSearchIndex(parsed));
}

const texts = (hits: SearchHit[]): string[] => hits.map((hit) => hit.text);

describe('stemming', () => {
  it('stores a word and its inflections as one term', () => {
    expect(indexTerm('quakes')).toBe(indexTerm('quake'));
    expect(indexTerm('Quaking')).toBe(indexTerm('quake'));
    expect(indexTerm('negotiations')).toBe(indexTerm('negotiation'));
  });

  it('leaves figures and codes as written, and still drops stop words', () => {
    expect(indexTerm('141,000')).toBe('141000');
    expect(indexTerm('G7')).toBe('g7');
    expect(indexTerm('the')).toBeNull();
  });

  it('finds "quakes" when the reader types "quake", and the other way round', () => {
    const search = searchOver({ a: ['Two quakes shook the valley.'], b: ['A quake hit the coast.'] });
    expect(texts(search.search('quake')).sort()).toEqual([
      'A quake hit the coast.',
      'Two quakes shook the valley.',
    ]);
    expect(texts(search.search('quakes')).sort()).toEqual([
      'A quake hit the coast.',
      'Two quakes shook the valley.',
    ]);
  });

  it('emphasises the inflected word as the passage writes it', () => {
    const [hit] = searchOver({ a: ['Two quakes shook the valley.'] }).search('quake');
    expect(hit?.emphasis.map(([start, end]) => hit.text.slice(start, end))).toEqual(['quakes']);
  });
});

describe('queryWords', () => {
  it('drops question words, auxiliaries and the measure after "how" from a question', () => {
    expect(queryWords('how long did Witkoff meet Putin')).toEqual({
      words: ['witkoff', 'meet', 'putin'],
      question: true,
    });
    expect(queryWords('who buys Russian oil').words).toEqual(['bui', 'russian', 'oil']);
  });

  it('keeps every word of a query that is not a question ("may", "will" can be content)', () => {
    expect(queryWords('will smith')).toEqual({ words: ['will', 'smith'], question: false });
  });

  it('keeps the question words when nothing else is left', () => {
    expect(queryWords('who?').words).toEqual(['who']);
  });
});

describe('answerKind', () => {
  it('reads what a question asks for from its asking word', () => {
    expect(answerKind('who took over from Maurice Cheeks')).toBe('name');
    expect(answerKind('how many were wounded')).toBe('figure');
    expect(answerKind('when did the talks start')).toBe('time');
    expect(answerKind('how did Trump describe it')).toBeNull();
    expect(answerKind('what does Putin demand')).toBeNull();
  });

  it('knows a passage that holds a name the question does not already name', () => {
    const asked = new Set(queryWords('who took over from Maurice Cheeks').words);
    expect(holdsAnswerKind('Cheeks will be succeeded by Tony DiLeo.', 'name', asked)).toBe(true);
    expect(holdsAnswerKind('Maurice Cheeks was fired on Saturday.', 'name', asked)).toBe(false);
    expect(holdsAnswerKind('At least 159 were injured.', 'figure', asked)).toBe(true);
    expect(holdsAnswerKind('Dozens were injured.', 'figure', asked)).toBe(true);
  });
});

describe('feedbackWords', () => {
  const options = { count: 2, weight: 0.5, minPassages: 2, documentFrequency: () => 1, documentCount: 100 };

  it('adds the words the best passages share, not the question’s own, the best at the given weight', () => {
    const words = feedbackWords(
      [
        { terms: ['cheek', 'dileo', 'coach'], score: 3 },
        { terms: ['cheek', 'dileo', 'interim'], score: 2 },
        { terms: ['cheek', 'season'], score: 1 },
      ],
      new Set(['cheek']),
      options,
    );
    expect(words.map((word) => word.word)).toEqual(['dileo']);
    expect(words[0]?.weight).toBe(0.5);
  });

  it('adds nothing when the first pass found nothing', () => {
    expect(feedbackWords([], new Set(['x']), options)).toEqual([]);
  });
});

describe('questions', () => {
  // The subject is named in one sentence, the answer given in the next without repeating it.
  const search = searchOver({
    visit: [
      'The envoy held talks with the president in Moscow on Wednesday. The two met for around three hours.',
      'The president has met many envoys this year.',
      'Envoys of the president were seen in Moscow.',
    ],
    coach: [
      'The club fired its coach Maurice Cheeks on Saturday.',
      'Cheeks will be succeeded by Tony DiLeo.',
      'Tony DiLeo was named interim coach by the club.',
    ],
  });

  it('finds the sentence after the one that names the question’s subject', () => {
    expect(texts(search.search('how long did the envoy meet the president', { limit: 3 }))).toContain(
      'The two met for around three hours.',
    );
  });

  it('finds a passage that names the answer without most of the question’s words', () => {
    expect(texts(search.search('who was named to replace Cheeks', { limit: 2 }))).toContain(
      'Cheeks will be succeeded by Tony DiLeo.',
    );
  });
});

describe('perSource', () => {
  it('lets no source crowd the others out of the list', () => {
    const search = searchOver({
      loud: ['Oil prices rose.', 'Oil exports fell.', 'Oil tankers waited.', 'Oil was the story.'],
      quiet: ['Some oil, too.'],
    });
    const capped = search.search('oil', { limit: 3, perSource: 2 });
    expect(capped.map((hit) => hit.sourceId)).toEqual(['loud', 'loud', 'quiet']);
    expect(search.search('oil', { limit: 3 }).every((hit) => hit.sourceId === 'loud')).toBe(true);
  });
});

describe('suggest', () => {
  it('spells a completion as the passages write it, not as its stored stem', () => {
    const search = searchOver({ a: ['The ceasefire held.'], b: ['Ceasefires rarely hold.'] });
    expect(search.suggest('ceasef')).toEqual(expect.arrayContaining(['ceasefire']));
    expect(search.suggest('ceasef')).not.toContain(indexTerm('ceasefire'));
  });
});
