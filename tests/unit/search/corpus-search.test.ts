import { describe, expect, it } from 'vitest';
import { parseArticle, type Article, type SourceMeta } from '@/lib/corpus';
import { readCorpusDir } from '@/lib/node';
import {
  articlePassages,
  buildSearchIndex,
  CorpusSearch,
  createPassageIndex,
  indexTerm,
  SearchIndexError,
  searchHitSchema,
  type SearchHit,
} from '@/lib/search';
import { fixtureCorpusDir } from '../../helpers/fixtures';

/** A search over made-up articles, each given as its sentences. */
function searchOver(articles: Record<string, string[]>): CorpusSearch {
  const parsed = Object.entries(articles).map(([id, sentences]) => parseArticle(id, sentences.join('\n\n')));
  return CorpusSearch.fromFiles(buildSearchIndex(parsed));
}

const texts = (hits: SearchHit[]): string[] => hits.map((hit) => hit.text);

const HARBOUR = searchOver({
  both: ['The harbour master closed the anchorage at noon.'],
  harbour: ['The harbour stayed quiet through the night.'],
  anchorage: ['The anchorage was full of idle ships by dawn.'],
  brennick: ['Tomas Brennick spoke to reporters on the quay.', 'Brennick’s office stayed shut on Friday.'],
  dock: ['A dock crane broke down at the south gate.'],
});

describe('CorpusSearch.search', () => {
  it('finds a word in any case, with diacritics or as a possessive', () => {
    for (const query of ['brennick', 'BRENNICK', 'Brénnick', 'Brennick’s', "Brennick's"]) {
      expect(texts(HARBOUR.search(query))).toEqual(
        expect.arrayContaining([
          'Tomas Brennick spoke to reporters on the quay.',
          'Brennick’s office stayed shut on Friday.',
        ]),
      );
    }
  });

  it('returns only passages with every query word when some passage has them all', () => {
    expect(texts(HARBOUR.search('harbour anchorage'))).toEqual([
      'The harbour master closed the anchorage at noon.',
    ]);
  });

  it('falls back to passages with any query word, ranking a passage with two words above those with one', () => {
    const hits = HARBOUR.search('harbour anchorage ferries');
    expect(hits[0]?.text).toBe('The harbour master closed the anchorage at noon.');
    expect(texts(hits).slice(1).sort()).toEqual([
      'The anchorage was full of idle ships by dawn.',
      'The harbour stayed quiet through the night.',
    ]);
    expect(hits[0]?.score).toBeGreaterThan(hits[1]?.score ?? Infinity);
  });

  it('with anyWord, ranks passages with any query word even when one passage has them all', () => {
    const hits = HARBOUR.search('harbour anchorage', { anyWord: true });
    expect(hits[0]?.text).toBe('The harbour master closed the anchorage at noon.');
    expect(texts(hits).slice(1).sort()).toEqual([
      'The anchorage was full of idle ships by dawn.',
      'The harbour stayed quiet through the night.',
    ]);
  });

  it('orders hits by score, best first', () => {
    const scores = HARBOUR.search('the harbour anchorage quay ships').map((hit) => hit.score);
    expect(scores.length).toBeGreaterThan(2);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('completes the word being typed from its first letters', () => {
    expect(HARBOUR.search('bren').map((hit) => hit.sourceId)).toEqual(['brennick', 'brennick']);
    expect(HARBOUR.search('br').map((hit) => hit.terms)).toEqual(
      expect.arrayContaining([['brennick'], ['brennick'], ['broke']]),
    );
  });

  it('expands earlier words of the query only from three letters on', () => {
    expect(texts(HARBOUR.search('bre office'))).toEqual(['Brennick’s office stayed shut on Friday.']);
    // "br" is not expanded, so no passage has both words and any word may match.
    expect(texts(HARBOUR.search('br office'))).toEqual(['Brennick’s office stayed shut on Friday.']);
    expect(HARBOUR.search('br office')[0]?.terms).toEqual([indexTerm('office')]);
  });

  it('forgives a typo in a longer word', () => {
    expect(HARBOUR.search('brenick').map((hit) => hit.sourceId)).toEqual(['brennick', 'brennick']);
    expect(
      HARBOUR.search('anchroage')
        .map((hit) => hit.sourceId)
        .sort(),
    ).toEqual(['anchorage', 'both']);
  });

  it('does not guess at typos in short words', () => {
    expect(HARBOUR.search('dok')).toEqual([]);
    expect(HARBOUR.search('dock')).toHaveLength(1);
  });

  it('returns nothing for a blank query, stop words only, or unknown words', () => {
    expect(HARBOUR.search('')).toEqual([]);
    expect(HARBOUR.search('   ')).toEqual([]);
    expect(HARBOUR.search('the of and')).toEqual([]);
    expect(HARBOUR.search('zyzzogeton')).toEqual([]);
  });

  it('returns at most `limit` hits', () => {
    expect(HARBOUR.search('the harbour anchorage quay ships', { limit: 2 })).toHaveLength(2);
  });

  it('emphasises the words of the passage that matched, not the query as typed', () => {
    for (const query of ['bren', 'brenick', 'BRENNICK']) {
      for (const hit of HARBOUR.search(query)) {
        const emphasised = hit.emphasis.map(([start, end]) => hit.text.slice(start, end));
        expect(emphasised).toEqual([expect.stringMatching(/^Brennick(’s)?$/u)]);
      }
    }
  });

  it('emphasises only words that normalise to a matched term', () => {
    for (const hit of HARBOUR.search('harbour anchorage ferries')) {
      expect(hit.emphasis.length).toBeGreaterThan(0);
      for (const [start, end] of hit.emphasis) {
        expect(hit.terms).toContain(indexTerm(hit.text.slice(start, end)));
      }
    }
  });
});

describe('CorpusSearch.search ranking and filters', () => {
  const SHIPPING = [
    'The strike began on 8 August at the port of Calder.',
    'Calder port workers met again on 9 August.',
    'Ferries to Calder were cancelled in August.',
  ];

  it('lists a hit’s matched terms in the order of the query words, numbers included', () => {
    const search = searchOver({ strike: SHIPPING });
    expect(search.search('august 8')[0]?.terms).toEqual(['august', '8']);
    expect(search.search('8 august')[0]?.terms).toEqual(['8', 'august']);
  });

  it('treats a repeated query word as one', () => {
    expect(HARBOUR.search('harbour harbour')).toEqual(HARBOUR.search('harbour'));
  });

  it('keeps the best hits when asked for fewer: a smaller limit returns the head of a larger one', () => {
    const all = HARBOUR.search('the harbour anchorage quay ships brennick', { limit: 100 });
    expect(all.length).toBeGreaterThan(3);
    for (let limit = 1; limit <= all.length; limit++) {
      expect(HARBOUR.search('the harbour anchorage quay ships brennick', { limit })).toEqual(
        all.slice(0, limit),
      );
    }
  });

  describe('by catalogue item', () => {
    const articles = [parseArticle('strike', SHIPPING.join('\n\n'))];
    const entities = new Map([
      ['strike#0', ['strike']],
      ['strike#2', ['ferries']],
    ]);
    const search = CorpusSearch.fromFiles(buildSearchIndex(articles, entities));

    it('returns only passages that mention the item', () => {
      expect(texts(search.search('calder', { entity: 'ferries' }))).toEqual([SHIPPING[2]]);
      expect(search.search('calder', { entity: 'nobody' })).toEqual([]);
    });

    it('falls back to any query word when no passage about the item has them all', () => {
      expect(texts(search.search('ferries strike', { entity: 'strike' }))).toEqual([SHIPPING[0]]);
      expect(search.search('ferries strike', { entity: 'strike' })[0]?.terms).toEqual(['strike']);
    });

    it('ranks a passage mentioning a boosted item above an equal one that does not', () => {
      const plain = search.search('calder august');
      const boosted = search.search('calder august', { boostEntities: ['strike'] });
      expect(plain[0]?.text).not.toBe(SHIPPING[0]);
      expect(boosted[0]?.text).toBe(SHIPPING[0]);
      const before = plain.find((hit) => hit.text === SHIPPING[0])?.score ?? 0;
      expect(boosted[0]?.score).toBeCloseTo(before * 1.5);
    });
  });
});

describe('CorpusSearch hits', () => {
  const articles = readCorpusDir(fixtureCorpusDir('harbour-strike'));
  const search = CorpusSearch.fromFiles(buildSearchIndex(articles));

  it('carries the source facts and the passage offsets into the article body', () => {
    const hits = search.search('Brennick');
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) {
      expect(searchHitSchema.parse(hit)).toEqual(hit);
      const article = articles.find((candidate) => candidate.meta.id === hit.sourceId) as Article;
      expect(article.body.slice(hit.start, hit.end)).toBe(hit.text);
      expect(hit).toMatchObject({
        outlet: article.meta.outlet,
        title: article.meta.title,
        published: article.meta.published,
        publishedApproximate: article.meta.publishedApproximate,
      });
    }
  });

  it('finds the people, places and topics the fixture articles share in every article', () => {
    for (const query of ['Marta Ilves', 'Port Calder', 'container backlog', 'Brennick']) {
      expect(new Set(search.search(query).map((hit) => hit.sourceId)), query).toEqual(
        new Set(['001_walkout', '002_backlog', '003_talks']),
      );
    }
  });

  it('counts one passage per sentence', () => {
    expect(search.passageCount).toBe(articles.flatMap((article) => articlePassages(article)).length);
  });
});

describe('CorpusSearch.suggest', () => {
  it('completes a partial word to words in the corpus', () => {
    expect(HARBOUR.suggest('bren')).toEqual(['brennick']);
  });

  it('suggests whole phrases in the order the words were typed', () => {
    const search = searchOver({ strike: ['The strike began on 8 August at the port of Calder.'] });
    expect(search.suggest('august 8')).toEqual(['august 8']);
    expect(search.suggest('calder str')).toEqual(['calder strike']);
  });

  it('ranks the completion found in the passages that match best first', () => {
    const short = 'Brennick spoke.';
    const long = 'Brenton spoke at length to the waiting crowd on the quay at noon.';
    expect(searchOver({ a: [short], b: [long] }).suggest('bren')).toEqual(['brennick', 'brenton']);
    expect(searchOver({ a: [long], b: [short] }).suggest('bren')).toEqual(['brennick', 'brenton']);
  });

  it('suggests at most `limit` completions, none for a blank query', () => {
    expect(HARBOUR.suggest('the', 1).length).toBeLessThanOrEqual(1);
    expect(HARBOUR.suggest('  ')).toEqual([]);
  });
});

describe('CorpusSearch.load', () => {
  const articles = readCorpusDir(fixtureCorpusDir('harbour-strike'));
  const files = buildSearchIndex(articles);
  const QUERIES = ['Ilves', 'port calder', 'backl', 'brenick', 'night shift rota', 'talks ferries', 'zzz'];

  it('answers every query exactly as the index it was built from, after a JSON round trip', () => {
    const built = createPassageIndex();
    built.addAll(articles.flatMap((article) => articlePassages(article)));
    const direct = CorpusSearch.fromBuilt(
      built,
      articles.map((article) => article.meta),
    );
    const loaded = CorpusSearch.load(
      { sources: JSON.parse(JSON.stringify(files.sources)), indexJson: files.indexJson },
      'test corpus',
    );
    for (const query of QUERIES) {
      expect(loaded.search(query), query).toEqual(direct.search(query));
      expect(loaded.suggest(query), query).toEqual(direct.suggest(query));
    }
    expect(loaded.search('Ilves').length).toBeGreaterThan(0);
  });

  it('ships sources that are exactly the articles’ metadata', () => {
    expect(files.sources).toEqual(articles.map((article) => article.meta));
    expect(CorpusSearch.fromFiles(files).sources.get('001_walkout')).toEqual(articles[0]?.meta);
  });

  it('rejects sources that are not a list, naming the label', () => {
    expect(() => CorpusSearch.load({ sources: {}, indexJson: files.indexJson }, 'bundled corpus')).toThrow(
      /^search: bundled corpus sources: field "\(root\)"/u,
    );
  });

  it('rejects a malformed source, naming the field', () => {
    const load = (sources: unknown[]) => () =>
      CorpusSearch.load({ sources, indexJson: files.indexJson }, 'x');
    const [first, second, third] = files.sources;
    expect(load([{ ...first, published: 20310414 }, second, third])).toThrow(SearchIndexError);
    expect(load([{ ...first, published: 20310414 }, second, third])).toThrow(
      /^search: x sources: field "0\.published": /u,
    );
    const withoutUrl: Partial<SourceMeta> = { ...third };
    delete withoutUrl.url;
    expect(load([first, second, withoutUrl])).toThrow(/field "2\.url"/u);
    expect(load([first, second, { ...third, publisher: 'Calder Media' }])).toThrow(
      /field "2\.publisher": is not a known field/u,
    );
  });

  it('rejects an index that is not MiniSearch JSON', () => {
    expect(() =>
      CorpusSearch.load({ sources: files.sources, indexJson: '{"oops": true' }, 'bundled corpus'),
    ).toThrow(/^search: bundled corpus index: cannot load \(/u);
    expect(() => CorpusSearch.load({ sources: files.sources, indexJson: '{}' }, 'bundled corpus')).toThrow(
      SearchIndexError,
    );
  });
});
