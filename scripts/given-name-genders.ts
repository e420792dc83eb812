/**
 * `npx tsx scripts/given-name-genders.ts`: writes `lib/lexicon/given-name-genders.ts`
 * from compromise's lexicon (its `MaleName` and `FemaleName` words), so the
 * runtime can tell "Mr. Trump" from Ivanka Trump without carrying compromise,
 * which is build-time only. Run it again after upgrading compromise; the unit
 * test of the table fails until it is.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import nlp from 'compromise';

/** The given names compromise tags with a gender, lower case and sorted. */
export function compromiseGivenNames(): { male: string[]; female: string[] } {
  const model = nlp.model() as { one: { lexicon: Record<string, string> } };
  const lexicon = model.one.lexicon;
  const tagged = (tag: string): string[] =>
    Object.entries(lexicon)
      .filter(([, wordTag]) => wordTag === tag)
      .map(([word]) => word)
      .sort();
  return { male: tagged('MaleName'), female: tagged('FemaleName') };
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  const { male, female } = compromiseGivenNames();
  const path = resolve(import.meta.dirname, '../lib/lexicon/given-name-genders.ts');
  writeFileSync(
    path,
    `/**
 * English given names with the gender they mostly name, from compromise's
 * lexicon (its \`MaleName\` and \`FemaleName\` tags), written out by
 * \`scripts/given-name-genders.ts\` because compromise is build-time only. Used
 * for one thing: to tell which member of a family an honorific or a pronoun
 * means ("Mrs. Clinton" is not Bill Clinton), never to say who a person is.
 * A name neither list holds ("Ivanka", "Bill") has no gender here.
 */

export type Gender = 'male' | 'female';

const MALE = '${male.join(' ')}';

const FEMALE = '${female.join(' ')}';

const GENDER_OF: ReadonlyMap<string, Gender> = new Map([
  ...MALE.split(' ').map((name) => [name, 'male'] as const),
  ...FEMALE.split(' ').map((name) => [name, 'female'] as const),
]);

/** The gender a given name mostly names ("Heidi" → female), or null when the lexicon does not say. */
export const givenNameGender = (name: string): Gender | null => GENDER_OF.get(name.toLowerCase()) ?? null;

/** The table as written, for the test that keeps it in step with compromise. */
export const GIVEN_NAMES = { male: MALE.split(' '), female: FEMALE.split(' ') };
`,
  );
  process.stdout.write(`${path}: ${male.length} male, ${female.length} female given names\n`);
}
