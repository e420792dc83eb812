import { describe, expect, it } from 'vitest';
import { compromiseGivenNames } from '@/scripts/given-name-genders';
import { GIVEN_NAMES, givenNameGender } from '@/lib/lexicon/given-name-genders';
import { honorificGender } from '@/lib/lexicon/honorific-genders';
import { kinNounGender } from '@/lib/lexicon/kin-noun-genders';

describe('givenNameGender', () => {
  it.each([
    // [given name, the gender it mostly names, or null when the lexicon does not say]
    ['Heidi', 'female'],
    ['Hillary', 'female'],
    ['Margaret', 'female'],
    ['Ted', 'male'],
    ['Donald', 'male'],
    ['DUNCAN', 'male'],
    ['Ivanka', null],
    ['Bill', null],
    ['Clinton', null],
  ] as const)('"%s": %s', (name, gender) => {
    expect(givenNameGender(name)).toBe(gender);
  });

  it('holds the names compromise tags with a gender, as written by scripts/given-name-genders.ts', () => {
    expect(GIVEN_NAMES).toEqual(compromiseGivenNames());
  });
});

describe('honorificGender', () => {
  it.each([
    ['Mr.', 'male'],
    ['Mrs.', 'female'],
    ['Ms.', 'female'],
    ['Ms', 'female'],
    ['Congresswoman', 'female'],
    ['Sen.', null],
    ['Dr.', null],
    ['President', null],
  ] as const)('"%s": %s', (word, gender) => {
    expect(honorificGender(word)).toBe(gender);
  });
});

describe('kinNounGender', () => {
  it.each([
    ['daughter', 'female'],
    ['Wife', 'female'],
    ['son', 'male'],
    ['husband', 'male'],
    ['lawyer', null],
    ['child', null],
  ] as const)('"%s": %s', (noun, gender) => {
    expect(kinNounGender(noun)).toBe(gender);
  });
});
