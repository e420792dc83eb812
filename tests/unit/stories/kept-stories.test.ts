import { describe, expect, it } from 'vitest';
import {
  KeptStories,
  mergeKeptChanges,
  StoryIndex,
  storySignals,
  type KeptStoriesChange,
  type StorySignals,
} from '@/lib/stories';

function article(text: string, items: string[], published: string | null): StorySignals {
  return storySignals(
    text,
    items.map((entityId) => ({ entityId })),
    published,
  );
}

const QUAKE = [
  'A strong earthquake of magnitude 6.3 struck the Abruzzo region of Italy in April 2009, destroying houses in L’Aquila; rescuers searched the rubble of the old town for survivors and the death toll rose.',
  'The April 2009 earthquake near L’Aquila in Abruzzo killed hundreds; Italian rescuers dug through the rubble of collapsed houses while aftershocks shook the old town.',
  'Rescuers in L’Aquila pulled survivors from the rubble after the 2009 Abruzzo earthquake, the deadliest in Italy for decades, as the toll of the dead rose again.',
].map((text) => article(text, ['italy', 'abruzzo', 'l-aquila'], '2009-04-07'));
const REHAB = [
  'The actress checked into the Promises Treatment Center in Malibu for rehab, her publicist said, after a difficult year in Hollywood.',
  'Hollywood actress enters Malibu rehab at the Promises Treatment Center, says her publicist; the star had struggled all year.',
].map((text) => article(text, ['promises-treatment-center', 'malibu'], '2011-01-10'));

const labels = new Map([
  ['abruzzo', 'Abruzzo'],
  ['l-aquila', 'L’Aquila'],
  ['malibu', 'Malibu'],
  ['promises-treatment-center', 'Promises Treatment Center'],
]);
const itemLabel = (id: string): string | undefined => labels.get(id);

const EMPTY = { stories: [], df: new Map<string, number>(), total: 0 };

/** The records a run of changes leaves, as the store keeps them (later writes replace earlier ones). */
function persisted(changes: readonly KeptStoriesChange[]) {
  const change = changes.reduce(mergeKeptChanges);
  const df = new Map([...change.df].filter(([, count]) => count > 0));
  return {
    state: { stories: change.stories, df, total: change.total },
    members: new Map(change.members.map((member) => [member.id, member])),
  };
}

describe('KeptStories', () => {
  it('puts a new article in the story it matches, and one of another event in a story of its own', () => {
    const kept = new KeptStories(new StoryIndex(), EMPTY, itemLabel);
    kept.join('q-0', QUAKE[0]!);
    kept.join('r-0', REHAB[0]!);
    kept.join('q-1', QUAKE[1]!);
    kept.join('r-1', REHAB[1]!);
    kept.join('q-2', QUAKE[2]!);
    expect(kept.stories().map((story) => story.sourceIds)).toEqual([
      ['q-0', 'q-1', 'q-2'],
      ['r-0', 'r-1'],
    ]);
    expect(kept.storyOf('q-2')?.id).toBe('s-q-0');
    expect(kept.storyOf('q-2')?.label).toContain('L’Aquila');
    expect(kept.storyOf('q-2')).toMatchObject({ from: '2009-04-07', to: '2009-04-07' });
  });

  it('does not put an article in a story dated further away than the exact clustering would link', () => {
    const kept = new KeptStories(new StoryIndex(), EMPTY, itemLabel);
    kept.join('q-0', QUAKE[0]!);
    kept.join('q-later', { ...QUAKE[1]!, published: '2009-06-30' });
    expect(kept.storyOf('q-later')?.id).toBe('s-q-later');
  });

  it('takes a leaving article out of its story, and drops the story with its last member', () => {
    const kept = new KeptStories(new StoryIndex(), EMPTY, itemLabel);
    for (const [i, signals] of QUAKE.entries()) kept.join(`q-${i}`, signals);
    kept.join('r-0', REHAB[0]!);
    const left = kept.leave('q-0');
    expect(left.removedMembers).toEqual(['q-0']);
    expect(left.stories.map((story) => story.members.map((member) => member.id))).toEqual([['q-1', 'q-2']]);
    expect(kept.storyOf('q-0')).toBeNull();
    const last = kept.leave('r-0');
    expect(last.removedStories).toEqual(['s-r-0']);
    expect(kept.stories().map((story) => story.id)).toEqual(['s-q-0']);
  });

  it('answers from its stored records as it did before a restart, and goes on joining from them', () => {
    const live = new KeptStories(new StoryIndex(), EMPTY, itemLabel);
    const changes = [live.join('q-0', QUAKE[0]!), live.join('r-0', REHAB[0]!), live.join('q-1', QUAKE[1]!)];
    const { state, members } = persisted(changes);
    const restarted = new KeptStories(new StoryIndex(), state, itemLabel);
    expect(restarted.stories()).toEqual(live.stories());
    expect(restarted.match(QUAKE[2]!)).toEqual(live.match(QUAKE[2]!));
    restarted.join('q-2', QUAKE[2]!);
    expect(restarted.storyOf('q-2')?.id).toBe('s-q-0');
    restarted.leave('q-1', members.get('q-1'));
    expect(restarted.storyOf('q-0')?.sourceIds).toEqual(['q-0', 'q-2']);
  });

  it('adds a reader article to the bundled story it reports, keeping the story’s id and shipped label', () => {
    const bundled = StoryIndex.build(
      QUAKE.slice(0, 2).map((signals, i) => ({ id: `seed-${i}`, signals })),
      {},
      itemLabel,
    );
    const [story] = bundled.stories();
    const kept = new KeptStories(bundled, EMPTY, itemLabel);
    kept.join('yours-q', QUAKE[2]!);
    expect(kept.storyOf('yours-q')).toEqual({
      ...story,
      sourceIds: ['seed-0', 'seed-1', 'yours-q'],
    });
    expect(kept.storyOf('seed-0')?.sourceIds).toContain('yours-q');
    kept.leave('yours-q');
    expect(kept.storyOf('seed-0')).toEqual(story);
  });

  it('matches a page to a reader story as the story index would, with the same threshold', () => {
    const kept = new KeptStories(new StoryIndex(), EMPTY, itemLabel);
    kept.join('q-0', QUAKE[0]!);
    kept.join('q-1', QUAKE[1]!);
    kept.join('r-0', REHAB[0]!);
    const page = { ...QUAKE[2]!, published: null };
    expect(kept.match(page).best?.story.id).toBe('s-q-0');
    expect(kept.match(article('A recipe for bread with flour, water and salt.', [], null)).best).toBeNull();
  });

  it('keeps the stories of an exact clustering as they were built, and goes on from their records', () => {
    const signals = [...QUAKE, ...REHAB];
    const ids = ['q-0', 'q-1', 'q-2', 'r-0', 'r-1'];
    const built = StoryIndex.build(
      ids.map((id, i) => ({ id, signals: signals[i]! })),
      {},
      itemLabel,
    );
    const kept = KeptStories.fromIndex(new StoryIndex(), built, ids, itemLabel);
    expect(kept.stories().map((story) => story.sourceIds)).toEqual(
      built.stories().map((story) => story.sourceIds),
    );
    const { state, members } = persisted([kept.allRecords()]);
    const restarted = new KeptStories(new StoryIndex(), state, itemLabel);
    expect(restarted.stories()).toEqual(kept.stories());
    restarted.leave('q-1', members.get('q-1'));
    expect(restarted.storyOf('q-0')?.sourceIds).toEqual(['q-0', 'q-2']);
  });
});
