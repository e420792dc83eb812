import { describe, expect, it } from 'vitest';
import { addDomainNames } from '@/lib/catalogue/domain-names';
import { addLowerCaseOpenings } from '@/lib/catalogue/lower-case-openings';
import type { DraftItem } from '@/lib/catalogue/merge-candidates';
import { addPeoplesAdjectives } from '@/lib/catalogue/people-adjectives';
import { addRegionAdjectives } from '@/lib/catalogue/region-adjectives';
import { parseArticle } from '@/lib/corpus';
import type { EntityKind } from '@/lib/entities';

const corpus = (...texts: string[]) => texts.map((text, i) => parseArticle(`a${i}`, text));

function aliasesAfter(
  add: (items: DraftItem[], articles: ReturnType<typeof corpus>) => void,
  label: string,
  kind: EntityKind,
  text: string,
): string[] {
  const items: DraftItem[] = [
    { label, kind, aliases: new Map([[label, false]]), sources: new Map(), mentions: 1 },
  ];
  add(items, corpus(text));
  return [...(items[0] as DraftItem).aliases.keys()].sort();
}

describe('name aliases the corpus writes', () => {
  it.each([
    // [rule, item, kind, corpus, the aliases it ends with]
    // BASIL b063 (Fox News, The New York Times) beside HuffPost's "Radical Islam".
    [
      addLowerCaseOpenings,
      'Radical Islam',
      'organisation',
      'Obama is avoiding the term “radical Islam”.',
      ['Radical Islam', 'radical Islam'],
    ],
    [addLowerCaseOpenings, 'Radical Islam', 'organisation', 'He spoke of radical islam.', ['Radical Islam']],
    // BASIL b069 (Fox News) beside the other outlets' "Midwest".
    [
      addRegionAdjectives,
      'Midwest',
      'organisation',
      'Pelosi survived a challenge from a Midwestern Democrat; Midwesterners voted for Trump.',
      ['Midwest', 'Midwestern', 'Midwesterners'],
    ],
    [
      addRegionAdjectives,
      'Middle East',
      'place',
      'The Middle Eastern allies met.',
      ['Middle East', 'Middle Eastern'],
    ],
    // A bare compass point is no region: "Western allies" are not the West.
    [addRegionAdjectives, 'West', 'place', 'The Western allies met.', ['West']],
    [addRegionAdjectives, 'Midwest', 'person', 'A Midwestern Democrat.', ['Midwest']],
    [
      addLowerCaseOpenings,
      'White House',
      'organisation',
      'A white house stood on the hill.',
      ['White House'],
    ],
    [addLowerCaseOpenings, 'Tom Price', 'person', 'The tom Price case.', ['Tom Price']],
    // BASIL b003 (Fox News): the website, beside the other outlets' "Big Government".
    [
      addDomainNames,
      'Big Government',
      'organisation',
      'James O’Keefe, a conservative blogger for biggovernment.com, posted it.',
      ['Big Government', 'biggovernment.com'],
    ],
    [
      addDomainNames,
      'Big Government',
      'organisation',
      'See www.biggovernment.org for more.',
      ['Big Government', 'biggovernment.org'],
    ],
    [
      addDomainNames,
      'Big Government',
      'organisation',
      'Mail info@biggovernment.com today.',
      ['Big Government'],
    ],
    // BASIL b063 (Fox News): "ban Muslim immigration" reports the Muslims.
    [
      addPeoplesAdjectives,
      'Muslims',
      'organisation',
      'Trump renewed his call to ban Muslim immigration.',
      ['Muslim', 'Muslims'],
    ],
    [addPeoplesAdjectives, 'Muslims', 'organisation', 'Muslim.', ['Muslims']],
    [addPeoplesAdjectives, 'Sanders', 'person', 'The Sander family.', ['Sanders']],
  ] as const)('%o gives "%s" (%s) in %j the aliases %j', (add, label, kind, text, expected) => {
    expect(aliasesAfter(add, label, kind, text)).toEqual(expected);
  });

  it('gives no group the singular another item owns ("Time magazine" is not "Times")', () => {
    const items: DraftItem[] = [
      {
        label: 'Times',
        kind: 'organisation',
        aliases: new Map([['Times', false]]),
        sources: new Map(),
        mentions: 1,
      },
      {
        label: 'Time',
        kind: 'organisation',
        aliases: new Map([['Time', false]]),
        sources: new Map(),
        mentions: 1,
      },
    ];
    addPeoplesAdjectives(items, corpus('Time magazine ran it.'));
    expect([...(items[0] as DraftItem).aliases.keys()]).toEqual(['Times']);
  });
});
