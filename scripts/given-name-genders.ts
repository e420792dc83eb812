/**
 * `npx tsx scripts/given-name-genders.ts` (run by `npm ci` / `npm install`,
 * before `wxt prepare`, whose config imports it): writes `lib/lexicon/compromise-given-names.generated.ts`
 * from compromise's lexicon (its `MaleName` and `FemaleName` words), so the
 * runtime can tell "Mr. Trump" from Ivanka Trump without carrying compromise,
 * which is build-time only, and without copying its lexicon into the
 * repository.
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
  const path = resolve(import.meta.dirname, '../lib/lexicon/compromise-given-names.generated.ts');
  writeFileSync(
    path,
    [
      "// Written by scripts/given-name-genders.ts at install time from compromise's lexicon; not committed.",
      `export const MALE_GIVEN_NAMES = '${male.join(' ')}';`,
      `export const FEMALE_GIVEN_NAMES = '${female.join(' ')}';`,
      '',
    ].join('\n'),
  );
  process.stdout.write(`${path}: ${male.length} male, ${female.length} female given names\n`);
}
