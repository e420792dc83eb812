import { describe, expect, it } from 'vitest';
import { sharedActVerbs } from '@/lib/node/verb-act-kind';

describe('a verb that tells an act, by WordNet', () => {
  it.each([
    // Acts: what a claim told in other words must share.
    ['attack', true],
    ['launch', true],
    ['impose', true],
    ['fire', true],
    ['offer', true],
    ['veto', true],
    // Sayings (verb.communication), thoughts (verb.cognition), states (verb.stative).
    ['say', false],
    ['tell', false],
    ['note', false],
    ['announce', false],
    ['believe', false],
    ['consider', false],
    ['be', false],
    ['seem', false],
    // Light verbs: more senses than an act has.
    ['make', false],
    ['take', false],
    ['have', false],
    ['carry', false],
    // Not a verb WordNet knows.
    ['campaignify', false],
  ])('%s → %s', (lemma, act) => {
    expect(sharedActVerbs()(lemma)).toBe(act);
  });
});
