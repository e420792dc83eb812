import { describe, expect, it } from 'vitest';
import { isIsoDate } from '@/lib/corpus/is-iso-date';

describe('isIsoDate', () => {
  it('accepts real calendar dates written YYYY-MM-DD, leap days included', () => {
    for (const date of ['2031-04-14', '2031-12-31', '2032-02-29', '2000-02-29'])
      expect(isIsoDate(date)).toBe(true);
  });

  it('refuses days that do not exist rather than rolling them over', () => {
    for (const date of ['2031-02-29', '2031-02-30', '2031-04-31', '2031-13-01', '2031-00-10', '1900-02-29']) {
      expect(isIsoDate(date)).toBe(false);
    }
  });

  it('refuses other ways of writing a date', () => {
    for (const date of ['2031-4-14', '14/04/2031', '2031-04-14T00:00:00Z', ' 2031-04-14', 'April 14', '']) {
      expect(isIsoDate(date)).toBe(false);
    }
  });
});
