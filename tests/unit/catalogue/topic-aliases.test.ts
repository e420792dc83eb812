import { describe, expect, it } from 'vitest';
import { buildCatalogue, type ConceptLexicon } from '@/lib/catalogue';
import { addCompoundVariants } from '@/lib/catalogue/compound-variants';
import { addCoordinatedVariants } from '@/lib/catalogue/coordinated-variants';
import { addPrepositionalVariants } from '@/lib/catalogue/prepositional-variants';
import { addLexiconAliases, verbForms } from '@/lib/catalogue/lexicon-aliases';
import type { DraftItem } from '@/lib/catalogue/merge-candidates';
import { daysNamedIn } from '@/lib/compare/item-passages';
import { parseArticle } from '@/lib/corpus';

/** A lexicon as WordNet has these words: "PAC" shares the committee's synset; "apology" is an act with verbs. */
const LEXICON: ConceptLexicon = {
  nounSenses: (noun) =>
    ({
      'political action committee': [{ synset: 'pac', person: false }],
      apology: [{ synset: 'apology', person: false }],
      refinery: [{ synset: 'refinery', person: false }],
    })[noun] ?? [],
  senseWords: (synset) => ({ pac: ['political action committee', 'PAC'] })[synset] ?? [],
  senseVerbs: (synset) => ({ apology: ['apologize', 'apologise'] })[synset] ?? [],
};

function topic(label: string): DraftItem {
  return { label, kind: 'topic', aliases: new Map([[label, false]]), sources: new Map(), mentions: 1 };
}

function aliasesAfter(add: (items: DraftItem[]) => void, label: string): string[] {
  const items = [topic(label)];
  add(items);
  return [...(items[0] as DraftItem).aliases.keys()].sort();
}

const corpus = (...texts: string[]) => texts.map((text, i) => parseArticle(`a${i}`, text));

describe('verbForms', () => {
  it.each([
    ['apologize', ['apologize', 'apologizes', 'apologized', 'apologizing']],
    ['attack', ['attack', 'attacks', 'attacked', 'attacking']],
    ['deny', ['deny', 'denies', 'denied', 'denying']],
    ['reach', ['reach', 'reaches', 'reached', 'reaching']],
  ])('gives the regular forms of "%s"', (verb, forms) => {
    expect(verbForms(verb)).toEqual(forms);
  });
});

describe('addLexiconAliases', () => {
  it.each([
    // [topic, the corpus, the aliases it ends with]
    [
      'political action committee',
      'The video was posted by the conservative super PAC America Rising.',
      ['PAC', 'political action committee'],
    ],
    ['political action committee', 'A pac of wolves.', ['political action committee']],
    ['apology', 'Braley apologized for the remarks.', ['apologized', 'apology']],
    ['apology', 'Nobody said sorry.', ['apology']],
    ['refinery', 'The oil was refined in Texas.', ['refinery']],
  ])('gives "%s" in %j the aliases %j', (label, text, expected) => {
    expect(aliasesAfter((items) => addLexiconAliases(items, corpus(text), LEXICON), label)).toEqual(expected);
  });

  it('leaves names alone', () => {
    const items = [{ ...topic('apology'), kind: 'organisation' as const }];
    addLexiconAliases(items, corpus('He apologized.'), LEXICON);
    expect([...(items[0] as DraftItem).aliases.keys()]).toEqual(['apology']);
  });
});

describe('addCompoundVariants', () => {
  it.each([
    ['fundraiser', 'He spoke at a January fund-raiser.', ['fund raiser', 'fundraiser']],
    ['fund-raiser', 'He spoke at a fundraiser in Texas.', ['fund-raiser', 'fundraiser']],
    ['fundraiser', 'He raised funds.', ['fundraiser']],
    // BASIL b063 (HuffPost): the shooting at "an Orlando night club" reports the "nightclub".
    ['nightclub', 'The gunman opened fire in an Orlando night club on Sunday.', ['night club', 'nightclub']],
    ['nightclub', 'He left at night. Club owners called police.', ['nightclub']],
    ['therapist', 'He was called the rapist by the police.', ['therapist']],
  ])('gives "%s" in %j the spellings %j', (label, text, expected) => {
    expect(aliasesAfter((items) => addCompoundVariants(items, corpus(text)), label)).toEqual(expected);
  });
});

describe('addCoordinatedVariants', () => {
  it.each([
    [
      'energy infrastructure',
      'They discussed a moratorium on strikes against energy and power infrastructure.',
      ['energy and power infrastructure', 'energy infrastructure'],
    ],
    [
      'energy infrastructure',
      'Strikes on energy, water and power infrastructure.',
      ['energy infrastructure', 'energy, water and power infrastructure'],
    ],
    ['energy infrastructure', 'Energy and the infrastructure of war.', ['energy infrastructure']],
    ['energy infrastructure', 'Synergy and power infrastructure.', ['energy infrastructure']],
  ])('gives "%s" in %j the aliases %j', (label, text, expected) => {
    expect(aliasesAfter((items) => addCoordinatedVariants(items, corpus(text)), label)).toEqual(expected);
  });
});

describe('addPrepositionalVariants', () => {
  it.each([
    [
      'border wall',
      'Mexico will not pay for a wall along the U.S.-Mexico border, Fox said.',
      ['border wall', 'wall along the u.s.-mexico border'],
    ],
    [
      'border wall',
      'Trump details his plan to build a giant wall along the border with Mexico.',
      ['border wall', 'wall along the border'],
    ],
    ['oil price', 'The price of oil, not of gas, fell.', ['oil price', 'price of oil']],
    ['oil price', 'The price of oil fell.', ['oil price']],
    [
      'energy infrastructure',
      'Investment in the infrastructure in the energy sector.',
      ['energy infrastructure'],
    ],
    ['border wall', 'The wall of the old border fort.', ['border wall']],
  ])('gives "%s" in %j the aliases %j', (label, text, expected) => {
    expect(aliasesAfter((items) => addPrepositionalVariants(items, corpus(text)), label)).toEqual(expected);
  });
});

describe('date items by the day a passage names', () => {
  const withDate = (id: string, published: string, text: string) => {
    const article = parseArticle(id, text);
    return { ...article, meta: { ...article.meta, published } };
  };
  const articles = [
    withDate('a', '2025-08-04', 'The envoy arrives in Moscow on August 6. He meets officials on August 6.'),
    withDate('b', '2025-08-05', 'The envoy plans to deliver the message in Moscow on Wednesday.'),
    withDate('c', '2025-08-05', 'The envoy met officials in Rome on Monday.'),
    withDate('d', '2025-08-07', 'The talks of August 6 went well, the envoy said of August 6.'),
  ];
  const sourcesOf = (options: Parameters<typeof buildCatalogue>[1]): string[] =>
    Object.keys(
      buildCatalogue(articles, options).catalogue.entities.find((entity) => entity.label === 'August 6')
        ?.sources ?? {},
    ).sort();

  it('lists a source whose weekday resolves to the date item’s day', () => {
    expect(sourcesOf({ namedDays: daysNamedIn })).toEqual(['a', 'b', 'd']);
  });

  it('makes a day one outlet writes out and another names by its weekday an item', () => {
    const told = [
      withDate('e', '2012-10-11', 'The final presidential debates will be held Oct. 16 and Oct. 22.'),
      withDate('f', '2012-10-12', "It foreshadowed how the president will approach next Tuesday's debate."),
    ];
    const day = buildCatalogue(told, { namedDays: daysNamedIn }).catalogue.entities.find(
      (entity) => entity.label === 'October 16',
    );
    expect(Object.keys(day?.sources ?? {}).sort()).toEqual(['e', 'f']);
  });

  it('makes a day that no outlet writes out an item when two reports of one week name it by its weekday', () => {
    // BASIL b003 (HuffPost of Monday 14 June 2010, The New York Times of the 15th).
    const told = [
      withDate(
        'hpo',
        '2010-06-14',
        'DNC spokesman Brad Woodhouse addressed the video in a statement Monday.',
      ),
      withDate('nyt', '2010-06-15', 'Representative Bob Etheridge issued an apology on Monday.'),
      withDate('old', '2009-06-16', 'The council met on Monday.'),
    ];
    const day = buildCatalogue(told, { namedDays: daysNamedIn }).catalogue.entities.find(
      (entity) => entity.label === 'June 14',
    );
    expect(Object.keys(day?.sources ?? {}).sort()).toEqual(['hpo', 'nyt']);
  });

  it('makes no item of a weekday only one report of the week names', () => {
    const told = [
      withDate(
        'hpo',
        '2010-06-14',
        'DNC spokesman Brad Woodhouse addressed the video in a statement Monday.',
      ),
      withDate('old', '2009-06-16', 'The council met on Monday.'),
    ];
    const labels = buildCatalogue(told, { namedDays: daysNamedIn }).catalogue.entities.map((e) => e.label);
    expect(labels).not.toContain('June 14');
    expect(labels).not.toContain('June 15');
  });

  it('lists only literal spellings without a day reader', () => {
    expect(sourcesOf({})).toEqual(['a', 'd']);
  });
});
