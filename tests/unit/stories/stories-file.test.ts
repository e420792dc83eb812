import { describe, expect, it } from 'vitest';
import { readStoriesFile, StoryIndex, storySignals, toStoriesFile } from '@/lib/stories';

const index = StoryIndex.build([
  {
    id: 'a',
    signals: storySignals(
      'Crane drivers strike at Calder harbour over pay',
      [{ entityId: 'calder' }],
      '2024-05-01',
    ),
  },
  {
    id: 'b',
    signals: storySignals(
      'Calder harbour crane strike enters second day over pay',
      [{ entityId: 'calder' }],
      '2024-05-02',
    ),
  },
  { id: 'c', signals: storySignals('Senate passes the river flood budget', [], null) },
]);

describe('stories file', () => {
  it('reads back, through JSON, into an index with the same stories', () => {
    const file = JSON.parse(JSON.stringify(toStoriesFile(index))) as unknown;
    expect(readStoriesFile(file, 'stories.json').stories()).toEqual(index.stories());
  });

  it('refuses a malformed file, naming the file and the field', () => {
    const file = toStoriesFile(index);
    expect(() => readStoriesFile({ ...file, format: 2 }, 'corpus/stories.json')).toThrow(
      /^stories: corpus\/stories\.json: field "format"/u,
    );
    const bad = { ...file, articles: [{ ...file.articles[0]!, features: { 'w:crane': -1 } }] };
    expect(() => readStoriesFile(bad, 'corpus/stories.json')).toThrow(
      /field "articles\.0\.features\.w:crane"/u,
    );
  });

  it('refuses stories that do not follow from its articles', () => {
    const file = toStoriesFile(index);
    const tampered = {
      ...file,
      stories: file.stories.map((story) => ({ ...story, sourceIds: [...story.sourceIds].reverse() })),
    };
    tampered.stories[0] = { ...tampered.stories[0]!, sourceIds: ['a'] };
    expect(() => readStoriesFile(tampered, 'x.json')).toThrow(/do not follow from its articles/u);
  });
});
