import { describe, expect, it } from 'vitest';
import { storyHeadPassages, type StoryHeadItem } from '@/lib/catalogue/concept-story-heads';

function topic(id: string, label: string, ...aliases: string[]): StoryHeadItem {
  return { id, kind: 'topic', label, aliases: new Map([label, ...aliases].map((alias) => [alias, false])) };
}

/** Articles a (names the topic), b (another report of the story) and c (another story). */
function added(
  items: StoryHeadItem[],
  texts: Record<string, string>,
  implies: Map<string, Set<string>> = new Map(),
): Record<string, string[]> {
  const first = items[0] as StoryHeadItem;
  const sources = new Map([[first.id, new Map([['a', ['a#0']]])]]);
  for (const item of items.slice(1)) sources.set(item.id, new Map());
  const passages = (article: string) =>
    Object.entries(texts)
      .filter(([id]) => id.startsWith(`${article}#`))
      .map(([id, text]) => ({ id, text }));
  const story = new Set(['a', 'b']);
  const related = (x: string, y: string) => story.has(x) && story.has(y);
  const result = storyHeadPassages(items, sources, implies, ['a', 'b', 'c'], passages, related);
  return Object.fromEntries(result.get(first.id) ?? []);
}

describe('storyHeadPassages', () => {
  it('counts a report of the story that names the head noun alone', () => {
    expect(
      added([topic('si', 'sovereign immunity', 'sovereign immunities')], {
        'a#0': 'Courts could waive a claim of foreign sovereign immunity.',
        'b#0':
          'The bill addresses a 1976 law that gives other countries broad immunity from American lawsuits.',
        'c#0': 'Prosecutors granted him immunity.',
      }),
    ).toEqual({ b: ['b#0'] });
  });

  it('counts the head as a verb, and leaves a report that names nothing of it', () => {
    expect(
      added([topic('vo', 'veto override')], {
        'a#0': 'It was the first successful veto override of his presidency.',
        'b#0': 'The Senate voted Wednesday to override his veto.',
        'b#1': 'Saudi Arabia has objected to the legislation.',
      }),
    ).toEqual({ b: ['b#0'] });
  });

  it("counts a synonym of the head the catalogue links to it, but not someone's own thing", () => {
    const items = [
      topic('pc', 'partial ceasefire'),
      topic('ceasefire', 'ceasefire', 'ceasefires'),
      topic('truce', 'truce', 'truces'),
    ];
    expect(
      added(
        items,
        {
          'a#0': 'Putin was reportedly considering a partial ceasefire.',
          'b#0': 'Russia may announce a truce.',
          'b#1': 'He repeated his truce offer of last year.',
        },
        new Map([['ceasefire', new Set(['truce'])]]),
      ),
    ).toEqual({ b: ['b#0'] });
  });

  it("leaves a head that is someone's own", () => {
    expect(
      added([topic('fp', 'foreign policy')], {
        'a#0': 'Domestic policy and foreign policy were debated.',
        'b#0': 'Mr. Biden kept interrupting to attack his policy on Medicare.',
      }),
    ).toEqual({});
  });
});
