import { describe, expect, it } from 'vitest';
import {
  catalogueConcepts,
  compareClaims,
  relateClaims,
  type Claim,
  type ClaimArg,
  type PlaceRef,
} from '@/lib/compare/claims';
import { headsOfState, withComplementTargets } from '@/lib/compare/claims/compare-claims';
import { resolvePlace } from '@/lib/node/place-gazetteer';

function place(text: string): PlaceRef {
  const resolved = resolvePlace(text);
  if (!resolved) throw new Error(`the gazetteer does not know "${text}"`);
  return resolved;
}

const arg = (text: string, country: string | null = null) => ({
  text,
  head: text.toLowerCase(),
  itemId: null,
  country,
});

/** A claim as the build reads it: "<actor> <action> <target> [in <place>]". */
function claim(passageId: string, text: string, fields: Partial<Claim> = {}): Claim {
  return {
    passageId,
    actor: arg('Russia', 'RU'),
    action: 'attack',
    target: arg('station'),
    place: null,
    negated: false,
    hedged: false,
    text,
    ...fields,
  };
}

describe('two sources’ claims about one event', () => {
  it.each<[string, Claim, Claim, 'agree' | 'differ', string]>([
    [
      'the same act, both firm',
      claim('a#1', 'Russia attacked the station'),
      claim('b#4', 'Russia attacked a station'),
      'agree',
      'same',
    ],
    [
      'a denial against an assertion',
      claim('a#1', 'Russia agreed to the truce', { action: 'agree', target: arg('truce') }),
      claim('b#2', 'Russia did not agree to the truce', {
        action: 'agree',
        target: arg('truce'),
        negated: true,
      }),
      'differ',
      'negation',
    ],
    [
      'a hedge against a firm statement',
      claim('a#1', 'Russia announced an air truce', { action: 'announce', target: arg('truce') }),
      claim('b#2', 'Russia may announce an air truce', {
        action: 'announce',
        target: arg('truce'),
        hedged: true,
      }),
      'agree',
      'hedge',
    ],
    [
      'two hedges, one "considering"',
      claim('a#1', 'Russia is considering an air truce', {
        action: 'consider',
        target: arg('truce'),
        hedged: true,
      }),
      claim('b#2', 'Russia may announce an air truce', {
        action: 'announce',
        target: arg('truce'),
        hedged: true,
      }),
      'agree',
      'same',
    ],
    [
      'a city and the part of its country it lies in',
      claim('a#1', 'a Russian strike on a natural gas facility', {
        action: 'strike',
        target: arg('facility'),
        place: place('Ukraine’s Odesa region'),
      }),
      claim('b#2', 'Russia had attacked a gas pumping station in southern Ukraine', {
        place: place('southern Ukraine'),
      }),
      'agree',
      'two-scales',
    ],
    [
      'a city and its country',
      claim('a#1', 'Witkoff arrived in Moscow', { action: 'arrive', target: null, place: place('Moscow') }),
      claim('b#2', 'Witkoff arrived in Russia', { action: 'arrive', target: null, place: place('Russia') }),
      'agree',
      'two-scales',
    ],
    [
      'one act in two cities (only one can be right)',
      claim('a#1', 'he misspoke at an event in Norfolk', {
        action: 'misspeak',
        target: null,
        place: place('Norfolk'),
      }),
      claim('b#2', 'he misspoke at the event in Norwalk', {
        action: 'misspeak',
        target: null,
        place: place('Norwalk'),
      }),
      'differ',
      'other-place',
    ],
  ])('%s → %s', (_, a, b, status, reason) => {
    expect(relateClaims(a, b)).toEqual({ status, reason });
    expect(compareClaims([a, b])).toEqual([expect.objectContaining({ status, reason })]);
  });

  it.each<[string, Claim, Claim]>([
    [
      'different actors',
      claim('a#1', 'Russia attacked'),
      claim('b#1', 'Ukraine attacked', { actor: arg('Ukraine', 'UA') }),
    ],
    [
      'different acts',
      claim('a#1', 'Russia attacked'),
      claim('b#1', 'Russia repaired', { action: 'repair' }),
    ],
    [
      'different targets',
      claim('a#1', 'Russia attacked the station'),
      claim('b#1', 'Russia attacked the bridge', { target: arg('bridge') }),
    ],
    [
      'two places far apart that share no word of what happened',
      claim('a#1', 'Russia struck a dam', { action: 'strike', target: arg('dam'), place: place('Kyiv') }),
      claim('b#1', 'Russia shelled a school', {
        action: 'shell',
        target: arg('school'),
        place: place('Ukraine'),
      }),
    ],
  ])('sets nothing side by side for %s', (_, a, b) => {
    expect(relateClaims(a, b)).toBeNull();
  });
});

describe('stories and sources', () => {
  const a = claim('a#1', 'Russia did not attack the station', { negated: true });
  const b = claim('b#1', 'Russia attacked the station');

  it('never compares claims of two stories: they tell two events', () => {
    expect(compareClaims([a, b], (source) => (source === 'a' ? 'story-1' : 'story-2'))).toEqual([]);
  });

  it('never compares a source that no story holds', () => {
    expect(compareClaims([a, b], (source) => (source === 'a' ? 'story-1' : null))).toEqual([]);
  });

  it('compares them within one story', () => {
    expect(compareClaims([a, b], () => 'story-1')).toHaveLength(1);
  });

  it('never sets a source against itself', () => {
    expect(compareClaims([a, claim('a#7', 'Russia attacked the station')])).toEqual([]);
  });
});

describe('claims told in other words (concept links and titles)', () => {
  const item = (text: string, itemId: string, country: string | null = null): ClaimArg => ({
    text,
    head: text.split(' ').at(-1)!.toLowerCase(),
    itemId,
    country,
  });
  // The catalogue's links: one article tells the proposal as "air truce" and as "partial ceasefire".
  const concepts = catalogueConcepts([
    { id: 'air-truce', also: ['partial-ceasefire'] },
    { id: 'partial-ceasefire', also: ['air-truce'] },
    { id: 'sanctions' },
  ]);
  const titled = claim(
    'c#1',
    'Trump is expected to present Russian President Vladimir Putin with a deadline',
    {
      actor: item('Trump', 'donald-trump'),
      action: 'present',
      target: item('Russian President Vladimir Putin', 'vladimir-putin', 'RU'),
      hedged: true,
    },
  );
  const russia = claim('a#1', 'Russia is considering an “air truce” with Ukraine', {
    action: 'consider',
    target: item('air truce', 'air-truce'),
    hedged: true,
  });
  const putin = claim('b#3', 'Putin was reportedly considering a partial ceasefire', {
    actor: item('Putin', 'vladimir-putin'),
    action: 'consider',
    target: item('partial ceasefire', 'partial-ceasefire'),
    hedged: true,
  });

  it('reads a head of state’s country from the claims’ own titles, and only a head of state’s', () => {
    expect(headsOfState([titled])).toEqual(new Map([['vladimir-putin', 'RU']]));
    const envoy = claim('d#1', 'Russian envoy Kirill Dmitriev met Witkoff', {
      actor: item('Russian envoy Kirill Dmitriev', 'kirill-dmitriev', 'RU'),
    });
    expect(headsOfState([envoy])).toEqual(new Map());
  });

  it('sets "Russia is considering an air truce" beside "Putin was reportedly considering a partial ceasefire"', () => {
    expect(compareClaims([russia, putin, titled], undefined, concepts)).toEqual([
      expect.objectContaining({ a: russia, b: putin, status: 'agree', reason: 'same' }),
    ]);
  });

  it('keeps them apart without the titles or without the concept links', () => {
    expect(compareClaims([russia, putin], undefined, concepts)).toEqual([]);
    expect(compareClaims([russia, putin, titled])).toEqual([]);
  });

  it('keeps unrelated targets of one actor apart', () => {
    const sanctions = { ...putin, target: item('new sanctions', 'sanctions') };
    expect(compareClaims([russia, sanctions, titled], undefined, concepts)).toEqual([]);
  });
});

describe('a verb whose object is another verb’s clause', () => {
  const trump = arg('Mr Trump');
  const sentence =
    'Mr Trump has been increasingly frustrated with Mr Putin and has threatened to impose heavy tariffs on countries';
  const read = (action: string, target: ClaimArg | null): Claim =>
    claim('c#2', sentence, { actor: trump, action, target });
  const tariffs = arg('heavy tariffs');

  it.each<[string, string, string | null]>([
    ['threaten', sentence, 'heavy tariffs'],
    ['frustrate', sentence, null],
    ['threaten', 'Mr Trump threatened, and later imposed heavy tariffs on countries', null],
  ])('reads "%s" in %j with the target %j', (action, text, expected) => {
    const claims = [read(action, null), read('impose', tariffs)].map((c) => ({ ...c, text }));
    expect(withComplementTargets(claims)[0]?.target?.text ?? null).toBe(expected);
  });

  it('sets "threatened to impose heavy tariffs" beside "threatened 100% tariffs"', () => {
    const other = claim('d#1', 'Trump has threatened 100% tariffs', {
      actor: trump,
      action: 'threaten',
      target: arg('tariffs'),
    });
    const tariffsArg = { ...tariffs, head: 'tariffs' };
    const claims = [read('threaten', null), read('impose', tariffsArg), other];
    expect(compareClaims(claims)).toEqual([
      expect.objectContaining({ status: 'agree', reason: 'same', b: other }),
    ]);
    expect(compareClaims([read('threaten', null), other])).toEqual([]);
  });
});
