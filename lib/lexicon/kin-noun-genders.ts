import type { Gender } from './given-name-genders';

/**
 * Nouns of kinship and marriage with the gender they give the person they
 * describe ("his daughter, Ivanka Trump", "her husband, Bill"): English in
 * general, for telling which member of a family a "Mr." or "Mrs." means when
 * the given name says nothing.
 */
const KIN_NOUN_GENDERS: ReadonlyMap<string, Gender> = new Map([
  ['daughter', 'female'],
  ['wife', 'female'],
  ['mother', 'female'],
  ['sister', 'female'],
  ['widow', 'female'],
  ['girlfriend', 'female'],
  ['niece', 'female'],
  ['aunt', 'female'],
  ['granddaughter', 'female'],
  ['grandmother', 'female'],
  ['stepdaughter', 'female'],
  ['son', 'male'],
  ['husband', 'male'],
  ['father', 'male'],
  ['brother', 'male'],
  ['widower', 'male'],
  ['boyfriend', 'male'],
  ['nephew', 'male'],
  ['uncle', 'male'],
  ['grandson', 'male'],
  ['grandfather', 'male'],
  ['stepson', 'male'],
]);

/** The gender a noun of kinship gives the person it describes ("daughter" → female), or null. */
export const kinNounGender = (noun: string): Gender | null =>
  KIN_NOUN_GENDERS.get(noun.toLowerCase()) ?? null;
