import { describe, expect, it } from 'vitest';
import { StampedCache } from '@/lib/user-sources/stamped-cache';

describe('StampedCache', () => {
  it('forgets everything when asked under another stamp, and nothing under the same', () => {
    const cache = new StampedCache<string>(100);
    cache.at('1:10').set('a', 'pages of a', 10);
    expect(cache.at('1:10').get('a')).toBe('pages of a');
    expect(cache.at('2:10').get('a')).toBeUndefined();
    expect(cache.bytes).toBe(0);
  });

  it('keeps its entries across a restamp (the caller made the change and kept them in step)', () => {
    const cache = new StampedCache<string>(100);
    cache.at('1:10').set('a', 'tail', 10);
    cache.restamp('1:20');
    expect(cache.at('1:20').get('a')).toBe('tail');
  });

  it('stays within its bytes, dropping the least recently used first', () => {
    const cache = new StampedCache<string>(30);
    cache.at('s').set('a', 'A', 10);
    cache.set('b', 'B', 10);
    cache.set('c', 'C', 10);
    cache.get('a');
    cache.set('d', 'D', 10);
    expect(cache.bytes).toBeLessThanOrEqual(30);
    expect(cache.get('b')).toBeUndefined();
    expect(['a', 'c', 'd'].map((key) => cache.get(key))).toEqual(['A', 'C', 'D']);
  });

  it('does not keep a value larger than its whole bound, nor an older value under its key', () => {
    const cache = new StampedCache<string>(30);
    cache.at('s').set('a', 'small', 10);
    cache.set('a', 'huge', 31);
    expect(cache.get('a')).toBeUndefined();
    expect(cache.bytes).toBe(0);
  });
});
