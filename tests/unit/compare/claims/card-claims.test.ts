import { describe, expect, it } from 'vitest';
import { cardClaims, claimFindingSchema, type Claim } from '@/lib/compare/claims';
import type { StoryRef } from '@/lib/compare';

const arg = (text: string) => ({ text, head: text.toLowerCase(), itemId: null, country: null });
function claim(passageId: string, fields: Partial<Claim> = {}): Claim {
  return {
    passageId,
    actor: arg('Envoy'),
    action: 'visit',
    target: arg('capital'),
    place: null,
    negated: false,
    hedged: false,
    text: `clause of ${passageId}`,
    ...fields,
  };
}

const story = (id: string): StoryRef => ({ id, label: id, from: null, to: null });
const stories: Record<string, StoryRef> = { a: story('s1'), b: story('s1'), c: story('s2'), d: story('s2') };
const claims: Record<string, Claim[]> = {
  'a#0': [claim('a#0')],
  'b#0': [claim('b#0', { negated: true })],
  'c#0': [claim('c#0')],
  'd#0': [claim('d#0')],
};
const input = {
  entity: { sources: { a: ['a#0'], b: ['b#0'], c: ['c#0'], d: ['d#0'] } },
  sourceIds: ['a', 'b', 'c', 'd'],
  claimsOf: (id: string) => claims[id] ?? [],
  storyOf: (id: string) => stories[id] ?? null,
  pageSourceId: null,
};

describe('the claims a card sets side by side', () => {
  it('keeps to the page’s story on a page of a known story', () => {
    const found = cardClaims({ ...input, pageStoryId: 's2' });
    expect(found.map((finding) => finding.values.map((value) => value.sourceId))).toEqual([['c', 'd']]);
  });

  it('lists differences before agreements, each story’s within itself', () => {
    const found = cardClaims(input);
    expect(found.map((finding) => [finding.status, finding.reason])).toEqual([
      ['differ', 'negation'],
      ['agree', 'same'],
    ]);
    for (const finding of found) expect(claimFindingSchema.parse(finding)).toEqual(finding);
  });

  it('compares under the event key when given one: one story told as two events sets nothing side by side', () => {
    const twoEvents = { a: 's1@0', b: 's1@1', c: 's2', d: 's2' } as Record<string, string>;
    const found = cardClaims({ ...input, eventOf: (id) => twoEvents[id] ?? null });
    expect(found.map((finding) => finding.values.map((value) => value.sourceId))).toEqual([['c', 'd']]);
  });

  it('leaves hidden sources out', () => {
    expect(cardClaims({ ...input, sourceIds: ['a', 'c', 'd'] })).toHaveLength(1);
  });
});
