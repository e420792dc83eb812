import { describe, expect, it } from 'vitest';
import { buildCatalogue, NO_LEXICON, type ConceptLexicon } from '@/lib/catalogue';
import { conceptImplications, type ConceptItem } from '@/lib/catalogue/concept-implications';
import { parseArticle } from '@/lib/corpus';

/** A lexicon of one synset, as WordNet has it: "cease-fire", "truce", "armistice". */
const LEXICON: ConceptLexicon = {
  nounSenses: (noun) =>
    ['ceasefire', 'truce', 'armistice'].includes(noun) ? [{ synset: 'truce', person: false }] : [],
};

function topic(label: string, sources: string[] = ['a']): ConceptItem {
  return {
    id: label.replace(/\s/gu, '-'),
    label,
    kind: 'topic',
    aliases: new Map([[label, false]]),
    sources: new Map(sources.map((source) => [source, 1])),
  };
}

function implied(items: ConceptItem[], label: string, lexicon = LEXICON): string[] {
  return [...(conceptImplications(items, lexicon).get(label.replace(/\s/gu, '-')) ?? [])].sort();
}

describe('conceptImplications', () => {
  it.each([
    // [what a mention of this topic is, the topics, what it also reports]
    ['oil refineries', ['oil refineries', 'refineries', 'oil'], ['oil', 'refineries']],
    ['secondary sanctions', ['secondary sanctions', 'sanctions'], ['sanctions']],
    ['ceasefire', ['ceasefire', 'truce'], ['truce']],
    ['truce', ['ceasefire', 'truce'], ['ceasefire']],
    ['partial truce', ['partial ceasefire', 'partial truce'], ['partial-ceasefire']],
    ['air truce', ['air truce', 'ceasefire'], ['ceasefire']],
    ['refineries', ['oil refineries', 'refineries'], []],
    ['economic sanctions', ['secondary sanctions', 'economic sanctions'], []],
  ])('counts a mention of "%s" for %j → %j', (label, labels, expected) => {
    expect(
      implied(
        labels.map((l) => topic(l)),
        label,
      ),
    ).toEqual(expected.map((e) => e.replace(/\s/gu, '-')));
  });

  it('joins wordings with synonymous heads that one article uses for one thing, and only then', () => {
    const together = [topic('partial ceasefire', ['a']), topic('air truce', ['a', 'b'])];
    expect(implied(together, 'air truce')).toEqual(['partial-ceasefire']);
    const apart = [topic('partial ceasefire', ['a']), topic('air truce', ['b'])];
    expect(implied(apart, 'air truce')).toEqual([]);
  });

  it('knows no synonyms without a lexicon', () => {
    expect(implied([topic('ceasefire'), topic('truce')], 'truce', NO_LEXICON)).toEqual([]);
  });

  const committee: ConceptItem = {
    ...topic('political action committee'),
    aliases: new Map([
      ['political action committee', false],
      ['PAC', true],
    ]),
  };
  const name = (label: string): ConceptItem => ({ ...topic(label), kind: 'place' });
  it.each([
    // [a name the matcher takes whole, what its mention also reports]
    ['super PAC America Rising', ['political-action-committee']],
    ['Pacific Fleet', []],
    ['Pac Man', []],
    ['PAC', ['political-action-committee']],
  ])('counts a mention of the name "%s" for the topic whose acronym it holds: %j', (label, expected) => {
    expect(implied([committee, name(label)], label)).toEqual(expected);
  });

  it('takes a compound’s acronym from the lexicon when another item owns the alias', () => {
    const lexicon: ConceptLexicon = {
      nounSenses: (noun) => (noun === 'political action committee' ? [{ synset: 'pac', person: false }] : []),
      senseWords: (synset) => (synset === 'pac' ? ['political action committee', 'PAC'] : []),
    };
    const items = [topic('political action committee'), name('PAC America Rising')];
    expect(implied(items, 'PAC America Rising', lexicon)).toEqual(['political-action-committee']);
    expect(implied(items, 'PAC America Rising', NO_LEXICON)).toEqual([]);
  });

  it('leaves names alone', () => {
    const items = [{ ...topic('Oil Ministry'), kind: 'organisation' as const }, topic('oil')];
    expect(implied(items, 'Oil Ministry')).toEqual([]);
  });

  it('counts a phrase a name opens for that name ("the Obama administration" tells of Obama)', () => {
    const obama = {
      ...topic('Barack Obama'),
      kind: 'person' as const,
      aliases: new Map([
        ['Barack Obama', false],
        ['Obama', false],
      ]),
    };
    const administration = topic('Obama administration');
    const ministry = { ...topic('Oil Ministry'), kind: 'organisation' as const };
    expect(implied([obama, administration, ministry, topic('oil')], 'Obama administration')).toEqual([
      'Barack-Obama',
    ]);
    expect(implied([obama, administration, ministry, topic('oil')], 'Barack Obama')).toEqual([]);
  });
});

describe('the catalogue of a small corpus', () => {
  const articles = [
    [
      'r1',
      'Drones hit two refineries overnight. The refineries burned for hours. Refineries were hit again.',
    ],
    ['r2', 'Ukraine struck Russian oil refineries again. The oil refineries supply the army.'],
    ['r3', 'The refineries were repaired. Two refineries reopened in May.'],
    ['c1', 'A ceasefire was agreed. The ceasefire held for a day. Nobody expected the ceasefire to last.'],
    ['c2', 'The ceasefire collapsed. Both armies broke the ceasefire.'],
    ['c3', 'Another ceasefire was proposed on Monday.'],
    ['t1', 'The air truce was broken at dawn. Each side blamed the other for the end of the air truce.'],
  ].map(([id, text]) => parseArticle(id as string, text as string));
  const sourcesOf = (label: string, lexicon?: ConceptLexicon): string[] =>
    Object.keys(
      buildCatalogue(articles, { lexicon }).catalogue.entities.find((entity) => entity.label === label)
        ?.sources ?? {},
    ).sort();

  it('lists a source that writes only the longer phrase under the shorter topic', () => {
    expect(sourcesOf('refineries', LEXICON)).toEqual(['r1', 'r2', 'r3']);
  });

  it('lists a source that names the concept by a synonym, given a lexicon', () => {
    expect(sourcesOf('ceasefire', LEXICON)).toEqual(['c1', 'c2', 'c3', 't1']);
    expect(sourcesOf('ceasefire')).toEqual(['c1', 'c2', 'c3']);
  });
});
