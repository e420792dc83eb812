import { describe, expect, it } from 'vitest';
import {
  decidePageHighlights,
  itemStanding,
  itemStandings,
  pageHighlights,
  pageYearsOf,
  shownOffStory,
  StoryIndex,
  storySignals,
  type ItemStanding,
  type PolicyCorpus,
  type PolicyItem,
} from '@/lib/stories';

/** Twenty stories of one source each (s0…s19), published in 2021. */
const TWENTY: PolicyCorpus = {
  storyCount: 20,
  storyOf: (sourceId) => `story-${sourceId}`,
  yearOf: () => '2021',
};
/** Two stories: a1, a2, a3 in one (2025), b1 in the other (2024). */
const TWO: PolicyCorpus = {
  storyCount: 2,
  storyOf: (sourceId) => (sourceId.startsWith('a') ? 'story-a' : 'story-b'),
  yearOf: (sourceId) => (sourceId.startsWith('a') ? '2025' : '2024'),
};

function item(
  kind: PolicyItem['kind'],
  sourceIds: string[],
  mentions = sourceIds.length * 3,
  aliases = ['Anna Berg', 'Berg'],
): PolicyItem {
  return {
    id: `${kind}-${sourceIds.join('-')}`,
    kind,
    sourceIds,
    mentions,
    aliases: aliases.map((text) => ({ text })),
  };
}

describe('itemStanding', () => {
  it('makes a person discussed in one story of twenty specific', () => {
    expect(itemStanding(item('person', ['s1', 's1b']), { ...TWENTY, storyOf: () => 'one' })).toEqual({
      kind: 'specific',
    });
  });

  it('makes a person named in many of the stories generic (a very common name)', () => {
    const everywhere = item('person', ['s1', 's2', 's3', 's4', 's5']);
    expect(itemStanding(everywhere, TWENTY).kind).toBe('generic');
  });

  it('makes an actor named in every story generic, even in a corpus of two stories', () => {
    expect(itemStanding(item('person', ['a1', 'b1']), TWO).kind).toBe('generic');
    expect(itemStanding(item('person', ['a1', 'a2']), TWO).kind).toBe('specific');
  });

  it('never makes a place or a topic specific, however rare', () => {
    expect(itemStanding(item('place', ['a1', 'a2']), TWO).kind).toBe('generic');
    expect(itemStanding(item('topic', ['a1', 'a2']), TWO).kind).toBe('generic');
  });

  it('needs two sources, each naming the item more than in passing', () => {
    expect(itemStanding(item('organisation', ['a1'], 9), TWO).kind).toBe('generic');
    // Three mentions over two sources: a credit or a backdrop, not a subject.
    expect(itemStanding(item('organisation', ['a1', 'a2'], 3), TWO).kind).toBe('generic');
    expect(itemStanding(item('organisation', ['a1', 'a2'], 4), TWO).kind).toBe('specific');
  });

  it('needs a full name: an actor known by one word, or a title and one word, is ambiguous', () => {
    const one = (aliases: string[]) => itemStanding(item('person', ['a1', 'a2'], 6, aliases), TWO).kind;
    expect(one(['Jones', 'Mr Jones', 'President Jones'])).toBe('generic');
    expect(one(['Guardian'])).toBe('generic');
    expect(one(['Jones', 'Mary Jones'])).toBe('specific');
    expect(one(['Institute for the Study of War', 'ISW'])).toBe('specific');
  });

  it('gives a date item the years of the sources that mention it', () => {
    expect(itemStanding(item('date', ['a1', 'a2']), TWO)).toEqual({ kind: 'dated', years: ['2025'] });
    expect(itemStanding(item('date', ['a1', 'b1']), TWO)).toEqual({ kind: 'dated', years: ['2024', '2025'] });
    expect(itemStanding(item('date', ['x']), { ...TWO, yearOf: () => undefined }).kind).toBe('generic');
  });
});

describe('shownOffStory and pageHighlights', () => {
  const dated: ItemStanding = { kind: 'dated', years: ['2025'] };

  it('shows a date item off-story only on a page of its year', () => {
    expect(shownOffStory(dated, new Set(['2025']))).toBe(true);
    expect(shownOffStory(dated, new Set(['2017']))).toBe(false);
    expect(shownOffStory(dated, new Set())).toBe(false);
  });

  it('shows every item on-story or with the "every item" scope, only specific ones off-story', () => {
    const standings: Record<string, ItemStanding> = {
      witkoff: { kind: 'specific' },
      canada: { kind: 'generic' },
      'august-8': dated,
    };
    const base = {
      itemIds: ['witkoff', 'canada', 'august-8'],
      pageYears: new Set(['2017']),
      standingOf: (id: string) => standings[id] ?? { kind: 'generic' as const },
    };
    expect([...pageHighlights({ ...base, onStory: false, scope: 'story' })]).toEqual(['witkoff']);
    expect(pageHighlights({ ...base, onStory: true, scope: 'story' }).size).toBe(3);
    expect(pageHighlights({ ...base, onStory: false, scope: 'every' }).size).toBe(3);
  });
});

describe('pageYearsOf', () => {
  it('takes the years a page names most, not every year it names in passing', () => {
    const signals = storySignals(
      'Retrieved 8 August 2017. In 2019, in 2019 and again in 2019; 51 million in 2025.',
      [],
    );
    expect([...pageYearsOf(signals.features)]).toEqual(['2019']);
    expect(pageYearsOf(storySignals('No year here.', []).features).size).toBe(0);
  });
});

describe('decidePageHighlights', () => {
  const TALKS = [
    'Envoy Anna Berg met Chancellor Olaf Prine in Velden on 6 March 2024 for three hours of talks on the river treaty.',
    'Anna Berg, the envoy, held talks with Olaf Prine in Velden on 6 March 2024 about the river treaty; the meeting lasted three hours.',
  ];
  const FLOOD = [
    'Floods in Marlow destroyed the harbour bridge in June 2022; Mayor Tom Reed asked for help as the river rose.',
    'Mayor Tom Reed said the June 2022 floods in Marlow swept the harbour bridge away as the river burst its banks.',
  ];
  const ITEMS: Record<string, string[]> = {
    t0: ['anna-berg', 'olaf-prine', 'velden', 'march-6', 'anna-berg', 'olaf-prine'],
    t1: ['anna-berg', 'olaf-prine', 'velden', 'march-6', 'anna-berg', 'olaf-prine'],
    f0: ['marlow', 'tom-reed', 'river'],
    f1: ['marlow', 'tom-reed', 'river'],
  };
  const published: Record<string, string> = {
    t0: '2024-03-06',
    t1: '2024-03-07',
    f0: '2022-06-02',
    f1: '2022-06-03',
  };
  const texts: Record<string, string> = { t0: TALKS[0]!, t1: TALKS[1]!, f0: FLOOD[0]!, f1: FLOOD[1]! };
  const stories = StoryIndex.build(
    Object.keys(texts).map((id) => ({
      id,
      signals: storySignals(
        texts[id]!,
        ITEMS[id]!.map((entityId) => ({ entityId })),
        published[id],
      ),
    })),
  );
  const entity = (id: string, kind: PolicyItem['kind'], sources: string[], mentions: number) => ({
    id,
    kind,
    sources: Object.fromEntries(sources.map((source) => [source, ['p']])),
    mentions,
    aliases: [{ text: id.replaceAll('-', ' '), caseSensitive: false }],
  });
  const standingOf = itemStandings(
    [
      entity('anna-berg', 'person', ['t0', 't1'], 4),
      entity('olaf-prine', 'person', ['t0', 't1'], 4),
      entity('velden', 'place', ['t0', 't1'], 2),
      entity('march-6', 'date', ['t0', 't1'], 2),
      entity('river', 'topic', ['t0', 't1', 'f0', 'f1'], 4),
      entity('tom-reed', 'person', ['f0', 'f1'], 2),
    ],
    stories,
    (id) => published[id],
  );
  const ask = (text: string, entityIds: string[], pageSourceId: string | null = null) =>
    decidePageHighlights({ text, entityIds, pageSourceId, stories, standingOf, scope: 'story' });

  it('puts the two events in two stories (the fixture holds)', () => {
    expect(stories.stories().map((story) => story.sourceIds)).toEqual([
      ['f0', 'f1'],
      ['t0', 't1'],
    ]);
  });

  it('highlights every item of a page on one of the stories', () => {
    const decision = ask(
      'Envoy Anna Berg and Olaf Prine met in Velden on 6 March 2024: three hours of talks on the river treaty.',
      ['anna-berg', 'olaf-prine', 'velden', 'march-6', 'river'],
    );
    expect(decision.story?.story.sourceIds).toEqual(['t0', 't1']);
    expect([...decision.shown].sort()).toEqual(['anna-berg', 'march-6', 'olaf-prine', 'river', 'velden']);
  });

  it('puts a corpus article on its own story', () => {
    expect(ask('', [], 'f1').story).toEqual({ story: stories.storyOf('f1'), score: 1 });
  });

  it('off-story, highlights only the specific actors, and the dates of their year', () => {
    // The story threshold is another module's to tune: here no story matches, whatever the page says.
    const nowhere = { storyOf: () => null, match: () => ({ best: null, top: null, runnerUp: null }) };
    const offStory = (text: string, entityIds: string[]) =>
      decidePageHighlights({
        text,
        entityIds,
        pageSourceId: null,
        stories: nowhere,
        standingOf,
        scope: 'story',
      });
    const page = 'In 2019, and again in 2019, Berg baked bread in Velden on March 6 (retrieved 2024).';
    const items = ['anna-berg', 'velden', 'march-6', 'river'];
    expect(offStory(page, items)).toEqual({ story: null, shown: new Set(['anna-berg']) });
    expect(offStory(page.replaceAll('2019', '2024'), items).shown).toEqual(new Set(['anna-berg', 'march-6']));
    // Tom Reed is named once per source: too little to be worth a highlight off his story.
    expect(offStory('Tom Reed sings.', ['tom-reed']).shown.size).toBe(0);
    expect(
      decidePageHighlights({
        text: page,
        entityIds: items,
        pageSourceId: null,
        stories: nowhere,
        standingOf,
        scope: 'every',
      }).shown.size,
    ).toBe(4);
  });

  it('gives an empty page no story and no highlights', () => {
    expect(ask('', [])).toEqual({ story: null, shown: new Set() });
  });
});
