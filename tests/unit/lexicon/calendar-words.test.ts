import { describe, expect, it } from 'vitest';
import { findDateMentions } from '@/lib/catalogue/date-mentions';
import { isCalendarWord, MONTH_PATTERN, monthIndex } from '@/lib/lexicon';

describe('the calendar words', () => {
  it.each([
    ['January', 0],
    ['Feb', 1],
    ['May', 4],
    ['Sept', 8],
    ['Sep', 8],
    ['september', 8],
    ['Dec', 11],
    ['Mayday', 4],
    ['Sunday', -1],
    ['', -1],
  ])('reads "%s" as month %i', (name, index) => {
    expect(monthIndex(name)).toBe(index);
  });

  it('has one month pattern for the fact readers and the catalogue, with no capture group', () => {
    const match = new RegExp(`^${MONTH_PATTERN}$`, 'u').exec('September');
    expect(match?.length).toBe(1);
    for (const text of ['Aug. 6', '6 Sept', 'Sept. 6', 'September 6']) {
      expect(findDateMentions(text).map((mention) => mention.key)).toEqual([
        text.startsWith('Aug') ? '08-06' : '09-06',
      ]);
    }
  });

  it('knows weekdays and months, full or abbreviated, in any case', () => {
    for (const word of ['Monday', 'AUGUST', 'aug', 'Sept']) expect(isCalendarWord(word)).toBe(true);
    for (const word of ['Mon', 'Monet', 'summer']) expect(isCalendarWord(word)).toBe(false);
  });
});
