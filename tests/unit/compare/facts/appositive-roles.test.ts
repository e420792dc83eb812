import { describe, expect, it } from 'vitest';
import { appositiveRoles } from '@/lib/compare/facts/appositive-roles';
import { nameRuns } from '@/lib/compare/facts/name-book';

/** A sentence (quotations already masked) and the roles it gives names, as "word: name". */
const rows: { sentence: string; roles: string[] }[] = [
  {
    sentence: 'William McGinley, a lawyer for the campaign who has worked for the party since 2004, said so.',
    roles: ['lawyer: William McGinley'],
  },
  {
    sentence: 'NY1’s Washington reporter, Michael Scotto, interviewed the congressman about the speech.',
    roles: ['reporter: Michael Scotto'],
  },
  {
    sentence: 'It was confirmed by the statement from Grimm’s attorney, William McGinley.',
    roles: ['statement: William McGinley', 'attorney: William McGinley'],
  },
  {
    sentence:
      'Adam L. Braverman, the United States attorney for the Southern District, said it in a statement.',
    roles: ['attorney: Adam L. Braverman'],
  },
  {
    sentence: 'Colorado’s attorney general, John Suthers, said the suit was without merit.',
    roles: ['attorney: John Suthers', 'general: John Suthers'],
  },
  // A verb after the commas makes a clause, not a description.
  { sentence: 'Hunter, the report says, spent the money on trips.', roles: [] },
  // A place's second half is no description.
  { sentence: 'Ms. Okafor spoke in Dayton, Ohio, on Friday.', roles: [] },
  // A description that does not open with an article or a possessive is a clause.
  { sentence: 'Then Grimm, speaking in a whisper, threatened him.', roles: [] },
];

describe('appositiveRoles', () => {
  it.each(rows)('$sentence', ({ sentence, roles }) => {
    expect(appositiveRoles(sentence, nameRuns(sentence)).map((role) => `${role.word}: ${role.name}`)).toEqual(
      roles,
    );
  });
});
