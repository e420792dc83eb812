import { FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES } from './compromise-given-names.generated';

/**
 * English given names with the gender they mostly name, from compromise's
 * lexicon (its `MaleName` and `FemaleName` tags). The list is written at
 * install time (`npm ci` runs `scripts/given-name-genders.ts`), not copied
 * into the repository, because compromise is build-time only. Used for one
 * thing: to tell which member of a family an honorific or a pronoun means
 * ("Mrs. Clinton" is not Bill Clinton), never to say who a person is. A name
 * neither list holds ("Ivanka", "Bill") has no gender here.
 */

export type Gender = 'male' | 'female';

const GENDER_OF: ReadonlyMap<string, Gender> = new Map([
  ...MALE_GIVEN_NAMES.split(' ').map((name) => [name, 'male'] as const),
  ...FEMALE_GIVEN_NAMES.split(' ').map((name) => [name, 'female'] as const),
]);

/** The gender a given name mostly names ("Heidi" → female), or null when the lexicon does not say. */
export const givenNameGender = (name: string): Gender | null => GENDER_OF.get(name.toLowerCase()) ?? null;

/** The table as written, for the test that keeps it in step with compromise. */
export const GIVEN_NAMES = { male: MALE_GIVEN_NAMES.split(' '), female: FEMALE_GIVEN_NAMES.split(' ') };
