import { beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '@/lib/corpus';
import { findArticleItems } from '@/lib/item-extraction/find-article-items';
import { readCorpusBundle, type CorpusBundle } from '@/lib/node';
import { findNamedPhrases, phraseKey, userArticle } from '@/lib/user-sources';
import { SEEDS_DIR } from '../../helpers/fixtures';

function article(text: string, outlet = 'Outlet'): Article {
  return userArticle({ id: 'yours-1', outlet, title: null, author: null, published: null, url: null, text });
}

/**
 * Sentences of the seeds and of BASIL where the old light path (findNamedPhrases)
 * found the wrong name or none; the build's extractor, shared now, finds the one
 * the build finds. Each row: the sentence, a key that must be found, one that must not.
 */
const CASES: { sentence: string; finds: string; kind?: string; notFinds: string }[] = [
  {
    // A joiner continues institutions and places only, never two names.
    sentence: 'The meeting came two days before a deadline set by Mr Trump for Russia to agree to peace.',
    finds: 'russia',
    notFinds: 'trump-for-russia',
  },
  {
    // A demonym before a title goes with the title.
    sentence:
      'An idea mentioned last week by Belarusian President Alexander Lukashenko during a meeting with Mr Putin.',
    finds: 'alexander-lukashenko',
    kind: 'person',
    notFinds: 'belarusian-president-alexander-lukashenko',
  },
  {
    sentence:
      '“ISW continues to assess that Putin is stalling,” the Institute for the Study of War assessed in its latest estimate.',
    finds: 'institute-for-the-study-of-war',
    kind: 'organisation',
    notFinds: 'study-of-war',
  },
  {
    // A verb capitalised only because it opens the sentence is no part of the name.
    sentence: 'Saying President Obama, he said, was “too simple an answer.”',
    finds: 'obama',
    notFinds: 'saying-president-obama',
  },
  {
    // A party and a title before a name are not part of it.
    sentence:
      'Democratic Attorney General Richard Blumenthal, once thought to be a shoo-in for the seat, apologized.',
    finds: 'richard-blumenthal',
    kind: 'person',
    notFinds: 'democratic-attorney-general-richard-blumenthal',
  },
  {
    sentence: 'North Carolina Rep. Bob Etheridge apologized for grabbing a student.',
    finds: 'bob-etheridge',
    notFinds: 'north-carolina-rep-bob-etheridge',
  },
];

describe('findArticleItems (the build’s extractor, run on one reader’s article)', () => {
  it.each(CASES)('in "$sentence" finds $finds, not $notFinds', ({ sentence, finds, kind, notFinds }) => {
    const found = findArticleItems(article(sentence));
    expect([...found.keys()]).toContain(finds);
    expect([...found.keys()]).not.toContain(notFinds);
    if (kind) expect(found.get(finds)?.votes).toHaveProperty(kind);
  });

  it('differs from the old light path on each of those sentences (the cases can fail)', () => {
    for (const { sentence, finds, notFinds } of CASES) {
      const old = [...findNamedPhrases(article(sentence)).keys()];
      expect(old.includes(notFinds) || !old.includes(finds), sentence).toBe(true);
    }
  });

  it('marks a lone capital that only opens a sentence, and keeps one it can tell is a name', () => {
    const found = findArticleItems(
      article('Sanctions were imposed. Bloomberg reported that the Kremlin might propose a moratorium.'),
    );
    expect(found.get('sanctions')?.openingOnly).toBe(true);
    expect(found.get('bloomberg')).toBeDefined();
    expect(found.get('kremlin')?.openingOnly).toBeUndefined();
  });

  it('leaves out the article’s own outlet', () => {
    const found = findArticleItems(
      article('Varnal Ferries said the strike would end. Ana Ruiz agreed.', 'Varnal Ferries'),
    );
    expect([...found.keys()]).not.toContain('varnal-ferries');
    expect([...found.keys()]).toContain('ana-ruiz');
  });

  it.each([
    // [a reader's sentence, a fragment the build's extractor leaves out here too]
    ['Durbin could help: “I’m sure he has great influence on him.”', 'i-m'],
    ['It was issued by House Speaker John Boehner (R-Ohio), who did not seek approval.', 'r-ohio'],
    ['Top administration officials have hinted more openly of their displeasure.', 'top'],
    [
      '"In the House of Representatives, what have you guys been doing, John?" Obama continued, calling out Speaker of the House John Boehner (R-Ohio).',
      'john',
    ],
  ])('in "%s" does not find the fragment %s', (sentence, fragment) => {
    expect([...findArticleItems(article(sentence)).keys()]).not.toContain(fragment);
  });

  it('counts every spelling of a name once per mention', () => {
    const found = findArticleItems(
      article('Ana Ruiz spoke. Later Ana Ruiz left. The union backed Ana Ruiz.'),
    );
    expect(found.get('ana-ruiz')).toMatchObject({ labels: { 'Ana Ruiz': 3 }, count: 3 });
  });
});

describe('findArticleItems on the bundled seeds', () => {
  let bundle: CorpusBundle;
  beforeAll(() => {
    bundle = readCorpusBundle(SEEDS_DIR);
    // Building the seeds' bundle reads WordNet: seconds on a busy machine (a hang guard, not a speed check).
  }, 60_000);

  it('finds, in each seed, a spelling of every named item the build says it mentions', () => {
    for (const seed of bundle.articles) {
      const keys = new Set(findArticleItems(seed).keys());
      const named = bundle.catalogue.entities.filter(
        (entity) => ['person', 'organisation', 'place'].includes(entity.kind) && entity.sources[seed.meta.id],
      );
      expect(named.length, seed.meta.id).toBeGreaterThan(0);
      const missed = named
        .filter((entity) => !entity.aliases.some((alias) => keys.has(phraseKey(alias.text))))
        .map((entity) => entity.label);
      expect(missed, seed.meta.id).toEqual([]);
    }
  });
}, 120_000);
