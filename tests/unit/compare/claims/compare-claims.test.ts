import { describe, expect, it } from 'vitest';
import { compareClaims, relateClaims, type Claim, type PlaceRef } from '@/lib/compare/claims';
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
      'differ',
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
