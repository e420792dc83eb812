import { describe, expect, it } from 'vitest';
import { compareCorpus, type AlignedFacts } from '@/lib/compare';
import type { CorpusView } from '@/lib/compare/collect-facts';
import { cutLongRun, eventStoryOf, sourceEventDay } from '@/lib/compare/event-story-of';
import { storyBriefing } from '@/lib/compare/story-briefing';
import type { SourceMeta } from '@/lib/corpus';
import { compileMatcher } from '@/lib/entities';

/** Sources as [date, sentences]; each sentence its own passage `<id>#<n>`. */
function viewOf(texts: Record<string, [string | null, string[]]>): CorpusView {
  const passages = new Map<string, { text: string; entities: string[] }>();
  for (const [sourceId, [, sentences]] of Object.entries(texts))
    sentences.forEach((text, n) => passages.set(`${sourceId}#${n}`, { text, entities: [] }));
  const sources: SourceMeta[] = Object.entries(texts).map(([id, [published]]) => ({
    id,
    outlet: `${id} Gazette`,
    title: id,
    author: null,
    published,
    publishedApproximate: false,
    url: null,
  }));
  return { sources, passage: (id) => passages.get(id), matcher: compileMatcher([]), kindOf: () => undefined };
}

const iso = (day: number | null): string | null =>
  day === null ? null : new Date(day * 86_400_000).toISOString().slice(0, 10);

// An offer made on Saturday 3 May 2031, and six days later the deal; the deal's
// report in "deal-wire" retells the offer with the same figure.
const offerAndDeal = viewOf({
  'offer-times': [
    '2031-05-03',
    [
      'The governor on Saturday offered the strikers a raise of 4,500 dollars in exchange for ending the walkout at the port.',
    ],
  ],
  'offer-post': [
    '2031-05-05',
    [
      'Dockers reacted coolly to the offer the governor made over the weekend.',
      'The governor offered the strikers a raise of 4,500 dollars to end the walkout at the port.',
    ],
  ],
  'deal-wire': [
    '2031-05-09',
    [
      'The governor and the dockers signed a deal on Friday ending the walkout at the port.',
      'The governor on Saturday offered the strikers a raise of 4,500 dollars to end the walkout at the port.',
    ],
  ],
  'deal-daily': [
    '2031-05-09',
    ['Dockers ended their walkout at the port on Friday after signing a deal with the governor.'],
  ],
});
const oneStory = (): string => 'port-strike';

describe('sourceEventDay', () => {
  it.each([
    ['offer-times', '2031-05-03'],
    // "over the weekend", two days before its date: the news it reports
    ['offer-post', '2031-05-03'],
    ['deal-wire', '2031-05-09'],
  ])('dates %s by the day its lead reports', (id, day) => {
    const source = offerAndDeal.sources.find((s) => s.id === id)!;
    expect(iso(sourceEventDay(offerAndDeal, source))).toBe(day);
  });

  it.each([
    ['background further back than two days', 'On Feb. 14, 2011, all senators were offered a briefing.'],
    ['an announced day', 'The envoy will deliver the message in Moscow on Wednesday.'],
  ])('dates an article by its own date when its lead names %s', (_, sentence) => {
    const view = viewOf({ a: ['2031-05-09', [sentence]] });
    expect(iso(sourceEventDay(view, view.sources[0]!))).toBe('2031-05-09');
  });

  it('gives an undated article no day', () => {
    const view = viewOf({ a: [null, ['The governor on Saturday offered the strikers a raise.']] });
    expect(sourceEventDay(view, view.sources[0]!)).toBeNull();
  });
});

describe('eventStoryOf', () => {
  it('cuts a story where its sources’ event days leave a gap of more than two days', () => {
    const key = eventStoryOf(offerAndDeal, oneStory);
    expect(key('offer-times')).toBe(key('offer-post'));
    expect(key('deal-wire')).toBe(key('deal-daily'));
    expect(key('offer-times')).not.toBe(key('deal-wire'));
  });

  it('keeps a story whose days form one run, and one with an undated source, whole', () => {
    const run = viewOf({ a: ['2031-05-03', ['x']], b: ['2031-05-05', ['y']], c: ['2031-05-06', ['z']] });
    expect(['a', 'b', 'c'].map(eventStoryOf(run, oneStory))).toEqual(Array(3).fill('port-strike'));
    const undated = viewOf({ a: ['2031-05-03', ['x']], b: [null, ['y']], c: ['2031-05-20', ['z']] });
    expect(['a', 'b', 'c'].map(eventStoryOf(undated, oneStory))).toEqual(Array(3).fill('port-strike'));
  });

  // basil b098 (Democrats demand the Mueller report, 22–24 March 2019) and b099
  // (Republicans demand Schiff resign, 28 March), joined by the story grouping:
  // b099-hpo's lead dates a quotation "on Tuesday", which chained the two.
  const demandAndResignation = viewOf({
    'b098-hpo': ['2019-03-22', ['Democrats demand the immediate release of the Mueller report.']],
    'b098-nyt': ['2019-03-22', ['Candidates demanded the full release of the Mueller report.']],
    'b098-fox': [
      '2019-03-25',
      [
        'Sen. Bernie Sanders of Vermont, campaigning in San Francisco on Sunday, told the large crowd that he wanted the report.',
      ],
    ],
    'b099-hpo': [
      '2019-03-28',
      ['“Undoubtedly there is collusion,” Schiff told The Washington Post on Tuesday.'],
    ],
    'b099-fox': [
      '2019-03-28',
      [
        'Every Republican on the House Intelligence Committee on Thursday demanded Rep. Adam Schiff step down as chairman.',
      ],
    ],
    'b099-nyt': ['2019-03-28', ['Republicans demanded that Mr. Schiff resign.']],
  });

  it('cuts a run of days that chains two events, none more than two days from the next, where it spans more than four', () => {
    const key = eventStoryOf(demandAndResignation, oneStory);
    expect(new Set(['b098-hpo', 'b098-nyt', 'b098-fox'].map(key)).size).toBe(1);
    expect(new Set(['b099-hpo', 'b099-fox', 'b099-nyt'].map(key)).size).toBe(1);
    expect(key('b098-fox')).not.toBe(key('b099-hpo'));
  });

  it.each([
    [
      [22, 22, 24, 26, 28, 28, 28],
      [
        [22, 22, 24],
        [26, 28, 28, 28],
      ],
    ],
    [
      [1, 3, 5, 7, 9],
      [
        [1, 3],
        [5, 7, 9],
      ],
    ],
    [[1, 2, 3, 4], [[1, 2, 3, 4]]],
  ])('cuts the run of days %j into %j', (days, parts) => {
    const run = days.map((day, n) => ({ id: String(n), day }));
    expect(cutLongRun(run).map((part) => part.map(({ day }) => day))).toEqual(parts);
  });

  it('leaves sources of no story out of every story', () => {
    expect(eventStoryOf(offerAndDeal, () => null)('offer-times')).toBeNull();
  });
});

describe('the offer and, a week later, the deal, in one story', () => {
  const sourcesOf = (groups: readonly AlignedFacts[]) =>
    groups
      .filter((group) => group.kind !== 'date')
      .map((group) => group.values.map((v) => v.sourceId).sort());

  it('sets the offer’s figure side by side only between reports of the offer', () => {
    const { agreements } = compareCorpus(offerAndDeal, () => ({
      id: 'port-strike',
      label: 'port strike',
      from: null,
      to: null,
    }));
    expect(sourcesOf(agreements)).toEqual([['offer-post', 'offer-times']]);
  });
});

describe('the story briefing of a story that holds the offer and the deal', () => {
  it('sets the offer’s figure side by side only between reports of the offer', () => {
    const briefing = storyBriefing({
      view: offerAndDeal,
      entities: [],
      story: {
        id: 'port-strike',
        label: 'port strike',
        sourceIds: offerAndDeal.sources.map((s) => s.id),
        from: null,
        to: null,
      },
      pageSourceId: null,
      labelOf: () => undefined,
    });
    const sides = briefing.agreements.lines
      .filter((finding) => finding.values.some((value) => value.text.includes('4,500')))
      .map((finding) => [...new Set(finding.values.map((value) => value.sourceId))].sort());
    expect(sides).toEqual([['offer-post', 'offer-times']]);
  });
});
