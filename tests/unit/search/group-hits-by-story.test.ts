import { describe, expect, it } from 'vitest';
import { groupHitsByStory, type HitStory, type SearchHit } from '@/lib/search';

function hit(sourceId: string, sentence: number, storyId: string | null): SearchHit {
  return {
    id: `${sourceId}#${sentence}`,
    sourceId,
    outlet: null,
    title: null,
    published: null,
    publishedApproximate: false,
    text: `Sentence ${sentence} of ${sourceId}.`,
    start: 0,
    end: 10,
    score: 1,
    terms: [],
    emphasis: [],
    entities: [],
    storyId,
  };
}

const story = (id: string): HitStory => ({ id, label: `Story ${id}`, from: '2025-08-06', to: '2025-08-07' });
const STORIES = new Map([
  ['visit', story('visit')],
  ['pause', story('pause')],
]);

const shape = (groups: ReturnType<typeof groupHitsByStory>): [string | null, [string, string[]][]][] =>
  groups.map((group) => [
    group.story?.id ?? null,
    group.sources.map((source) => [source.sourceId, source.hits.map((h) => h.id)]),
  ]);

describe('groupHitsByStory', () => {
  it('orders stories by their best hit, then sources within a story by theirs, each source’s best passage first', () => {
    const hits = [
      hit('b', 4, 'visit'),
      hit('p', 1, 'pause'),
      hit('a', 2, 'visit'),
      hit('b', 1, 'visit'),
      hit('q', 0, 'pause'),
    ];
    expect(shape(groupHitsByStory(hits, STORIES))).toEqual([
      [
        'visit',
        [
          ['b', ['b#4', 'b#1']],
          ['a', ['a#2']],
        ],
      ],
      [
        'pause',
        [
          ['p', ['p#1']],
          ['q', ['q#0']],
        ],
      ],
    ]);
  });

  it('heads each group with its story’s label and dates', () => {
    const [group] = groupHitsByStory([hit('a', 0, 'pause')], STORIES);
    expect(group?.story).toEqual({ id: 'pause', label: 'Story pause', from: '2025-08-06', to: '2025-08-07' });
  });

  it('lets no source crowd out the others: at most `perSource` passages a source', () => {
    const hits = [...[0, 1, 2, 3, 4, 5].map((i) => hit('loud', i, 'visit')), hit('quiet', 0, 'visit')];
    const [group] = groupHitsByStory(hits, STORIES, 2);
    expect(group?.sources.map((source) => [source.sourceId, source.hits.length])).toEqual([
      ['loud', 2],
      ['quiet', 1],
    ]);
  });

  it('puts hits of no story, or of a story it was not given, in one storyless group', () => {
    const hits = [
      hit('a', 0, null),
      hit('b', 0, 'gone'),
      hit('c', 0, 'visit'),
      { ...hit('d', 0, null), storyId: undefined },
    ];
    expect(shape(groupHitsByStory(hits, STORIES))).toEqual([
      [
        null,
        [
          ['a', ['a#0']],
          ['b', ['b#0']],
          ['d', ['d#0']],
        ],
      ],
      ['visit', [['c', ['c#0']]]],
    ]);
  });
});
