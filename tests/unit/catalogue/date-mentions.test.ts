import { describe, expect, it } from 'vitest';
import { dateAliases, dateLabel, findDateMentions } from '@/lib/catalogue/date-mentions';

const keysIn = (text: string, published: string | null = '2025-08-08'): string[] =>
  findDateMentions(text, published).map((mention) => mention.key);

describe('findDateMentions', () => {
  it('reads the usual ways of writing a day', () => {
    expect(keysIn('Talks on Aug 6, August 7, Aug. 9 and 10 August.')).toEqual([
      '08-06',
      '08-07',
      '08-09',
      '08-10',
    ]);
  });

  it('keeps the words as written for a single day, so they become an alias', () => {
    expect(findDateMentions('The deadline is Aug. 6, officials said.', '2025-08-08')).toEqual([
      { key: '08-06', text: 'Aug. 6' },
    ]);
  });

  it('reads ordinal days, before or after the month', () => {
    expect(keysIn('The vote on August 6th followed the 4th of August rally.')).toEqual(['08-06', '08-04']);
  });

  it('reads both ends of a range of days, each under its own name', () => {
    expect(findDateMentions('The talks run Aug. 6-8 in Geneva.', '2025-08-08')).toEqual([
      { key: '08-06', text: 'August 6' },
      { key: '08-08', text: 'August 8' },
    ]);
  });

  it('reads 29 February in a leap year of publication', () => {
    expect(keysIn('The filing is due on Feb 29.', '2024-02-01')).toEqual(['02-29']);
  });

  it('finds no day in relative words, weekdays, months alone, lower-case "may" or days that do not exist', () => {
    expect(keysIn('Yesterday, on Friday, in March, prices may 5 times over; June 31 came.')).toEqual([]);
  });

  it('labels and spells a day key', () => {
    expect(dateLabel('08-06')).toBe('August 6');
    expect(dateAliases('09-03')).toEqual(expect.arrayContaining(['September 3', '3 September', 'Sept. 3']));
  });
});
