import { describe, expect, it } from 'vitest';
import { buildCatalogue } from '@/lib/catalogue';
import { phraseKey } from '@/lib/catalogue/spelling-key';
import { extractFacts } from '@/lib/compare/facts';
import { catalogueMatcher } from '@/lib/entities';
import { looksPlural, plural, singular } from '@/lib/lexicon';
import { userArticle } from '@/lib/user-sources';

describe('singular', () => {
  it.each([
    // Each was wrong before the one inflector: "buse", "campuse", "viruse", "movy", "ty", "chairmen".
    ['buses', 'bus'],
    ['campuses', 'campus'],
    ['viruses', 'virus'],
    ['movies', 'movie'],
    ['ties', 'tie'],
    ['chairmen', 'chairman'],
    ['echoes', 'echo'],
    ['crises', 'crisis'],
    ['casualties', 'casualty'],
    ['businesses', 'business'],
    ['people', 'person'],
    ['men', 'man'],
    ['abuses', 'abuse'],
    ['surprises', 'surprise'],
  ])('folds "%s" to "%s"', (word, expected) => {
    expect(singular(word)).toBe(expected);
  });

  it.each([
    'news',
    'crisis',
    'bus',
    'police',
    'series',
    'politics',
    'basis',
    'davis',
    'yemen',
    'data',
    'cordova',
  ])('leaves "%s" as it is', (word) => {
    expect(singular(word)).toBe(word);
  });

  it('leaves function words and short acronyms alone', () => {
    for (const word of ['its', 'his', 'us', 'these', 'those', 'others', 'MPs', 'IDs', 'GPS']) {
      expect(singular(word)).toBe(word.toLowerCase());
    }
  });
});

describe('plural', () => {
  it.each([
    ['crisis', 'crises'],
    ['bus', 'buses'],
    ['ministry', 'ministries'],
    ['tanker', 'tankers'],
    ['news', 'news'],
  ])('writes "%s" as "%s", and folds it back', (word, expected) => {
    expect(plural(word)).toBe(expected);
    expect(singular(plural(word))).toBe(word);
  });
});

describe('looksPlural', () => {
  it.each(['civilians', 'buses', 'chairmen', 'people', 'news', 'personnel'])(
    'takes "%s" for a plural',
    (word) => {
      expect(looksPlural(word)).toBe(true);
    },
  );

  it.each(['crisis', 'basis', 'politics', 'police', "Russia's", 'its', 'perhaps'])(
    'does not take "%s" for one',
    (word) => {
      expect(looksPlural(word)).toBe(false);
    },
  );
});

describe('one inflector for the build and the runtime', () => {
  it('gives "crisis" and "crises" one spelling key in the catalogue', () => {
    expect(phraseKey(['energy', 'crises'])).toBe(phraseKey(['energy', 'crisis']));
    expect(phraseKey(['city', 'buses'])).toBe(phraseKey(['city', 'bus']));
  });

  it('finds "energy crises" on a page when the catalogue has the item "energy crisis"', () => {
    const articles = [1, 2].map((n) =>
      userArticle({
        id: `yours-${n}`,
        outlet: `Outlet ${n}`,
        title: null,
        author: null,
        published: null,
        url: null,
        text: 'Europe faces an energy crisis this winter. The energy crisis has raised prices for households.',
      }),
    );
    const { catalogue } = buildCatalogue(articles);
    const item = catalogue.entities.find((entity) => entity.label === 'energy crisis');
    expect(item?.kind).toBe('topic');
    const mentions = catalogueMatcher(catalogue).findAll(
      'Two energy crises in a decade have changed the grid.',
    );
    expect(mentions.map((mention) => [mention.text, mention.entityId])).toEqual([
      ['energy crises', item?.id],
    ]);
  });

  it('counts buses as "bus" in a figure', () => {
    const [fact] = extractFacts('The city bought 40 buses last year.', { published: null });
    expect(fact?.unit).toBe('bus');
  });
});
