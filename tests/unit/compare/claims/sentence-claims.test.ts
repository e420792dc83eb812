import { describe, expect, it } from 'vitest';
import type { ClauseClaim } from '@/lib/compare/claims';
import { sentenceClaims } from '@/lib/node/extract-claims';
import { resolveCountry, resolvePlace } from '@/lib/node/place-gazetteer';

// The real tagger and gazetteer; no catalogue: actors and targets are known by head noun or country.
const resolvers = { item: () => null, place: resolvePlace, country: resolveCountry };

function claimWith(sentence: string, action: string): ClauseClaim {
  const claims = sentenceClaims(sentence, resolvers);
  const claim = claims.find((candidate) => candidate.action === action);
  if (!claim) throw new Error(`no "${action}" claim in ${JSON.stringify(claims.map((c) => c.action))}`);
  return claim;
}

describe('negation', () => {
  it.each([
    ['Russia did not agree to the ceasefire.', 'agree', true],
    ['Blumenthal never served in Vietnam.', 'serve', true],
    ['The two sides reached no deal.', 'reach', true],
    ['Russia will not stop its ground operations.', 'stop', true],
    ['Russia agreed to the ceasefire.', 'agree', false],
    ['Blumenthal served in the Marine Reserve.', 'serve', false],
  ])('%s (%s) → negated: %s', (sentence, action, negated) => {
    expect(claimWith(sentence, action).negated).toBe(negated);
  });
});

describe('hedging', () => {
  it.each([
    ['Russia is considering an air truce.', 'consider', true],
    ['Russia could agree to halt its strikes.', 'agree', true],
    ['Russia may announce a temporary air truce.', 'announce', true],
    ['Putin reportedly rejected the offer.', 'reject', true],
    ['The Kremlin might propose a moratorium on airstrikes.', 'propose', true],
    ['Russia announced a temporary air truce.', 'announce', false],
    ['Putin rejected the offer.', 'reject', false],
  ])('%s (%s) → hedged: %s', (sentence, action, hedged) => {
    expect(claimWith(sentence, action).hedged).toBe(hedged);
  });
});

describe('who does what to whom, and where', () => {
  it('reads the actor, the lemma of the action and the target', () => {
    const claim = claimWith('Russia had attacked a gas pumping station in southern Ukraine.', 'attack');
    expect(claim.actor).toMatchObject({ text: 'Russia', country: 'RU' });
    expect(claim.place).toMatchObject({ scale: 'part', part: 'south', country: 'UA' });
  });

  it('reads an act told as a noun with its actor’s nationality, framed by a place', () => {
    const claim = claimWith(
      'In Ukraine’s Odesa region, a Russian strike on a natural gas facility left hundreds of families without fuel.',
      'strike',
    );
    expect(claim.actor).toMatchObject({ country: 'RU' });
    expect(claim.target?.head).toBe('facility');
    expect(claim.place).toMatchObject({ scale: 'region', country: 'UA' });
  });

  it('takes a place through a sentence the tagger ran on ("… on X. In Odesa region, …")', () => {
    const claim = claimWith(
      '“There is zero military sense in this strike,” Zelenskyy posted on X. In Ukraine’s Odesa region, a Russian strike on a natural gas facility left families without fuel.',
      'strike',
    );
    expect(claim.place?.country).toBe('UA');
  });

  it('makes no claim of attribution alone: two sources that both "said" agree on nothing yet', () => {
    expect(sentenceClaims('Mr Ushakov said.', resolvers)).toEqual([]);
  });
});

describe('a clause opened by "with", a name and a place', () => {
  const presence = (sentence: string) =>
    sentenceClaims(sentence, resolvers)
      .filter((claim) => claim.action === 'be')
      .map((claim) => [claim.actor?.text, claim.place?.name]);

  it.each([
    ['With Witkoff in Moscow, rescuers in Ukraine responded to a Russian strike.', [['Witkoff', 'moscow']]],
    ['With Obama in Berlin, the Senate voted on the bill.', [['Obama', 'berlin']]],
    ['With the talks in mind, Russia attacked a depot.', []],
    ['With Russia in Ukraine, prices rose.', []],
    ['Witkoff met Putin in Moscow.', []],
  ])('%s → %j', (sentence, expected) => {
    expect(presence(sentence)).toEqual(expected);
  });
});
