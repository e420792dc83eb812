import { describe, expect, it } from 'vitest';
import { formatDate } from '@/lib/ui/format-date';

describe('formatDate', () => {
  it('writes an ISO date as day, short month and year', () => {
    expect(formatDate('2031-04-14')).toBe('14 Apr 2031');
    expect(formatDate('2025-08-06')).toBe('6 Aug 2025');
  });

  it('does not shift the day whatever the time zone of the machine', () => {
    expect(formatDate('2031-01-01')).toBe('1 Jan 2031');
    expect(formatDate('2030-12-31')).toBe('31 Dec 2030');
  });

  it('marks an estimated date as approximate', () => {
    expect(formatDate('2031-04-14', true)).toBe('about 14 Apr 2031');
  });

  it('says the date is unknown for null or text that is not a date', () => {
    expect(formatDate(null)).toBe('date unknown');
    expect(formatDate(null, true)).toBe('date unknown');
    expect(formatDate('last Tuesday')).toBe('date unknown');
    expect(formatDate('2031-13-01')).toBe('date unknown');
  });
});
