import { serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { valueBytes } from '@/bench/support/record-bytes';

// node:v8 writes a 2-byte header (version) that IndexedDB's own header replaces.
const v8Bytes = (value: unknown) => serialize(value).length - 2;

describe('valueBytes', () => {
  it.each([
    ['an ASCII text', 'The harbour strike ended on Tuesday.'],
    ['a text with a curly quote (two-byte)', 'The minister’s reply came late.'],
    ['a small integer', 41],
    ['a large passage number', 1_500_000],
    ['a fraction', 0.375],
    ['a byte string', Uint8Array.from({ length: 300 }, (_, i) => i % 256)],
    ['a list of numbers', [0, 12, 300, 40_000]],
    [
      'an article entry',
      {
        id: 'yours-a',
        outlet: null,
        base: 12,
        sentences: [0, 1, 2],
        spans: [0, 10, 0, 11, 30, 0],
        pending: true,
      },
    ],
  ])('estimates %s within 10% of V8’s serializer', (_, value) => {
    const expected = v8Bytes(value);
    expect(Math.abs(valueBytes(value) - expected)).toBeLessThanOrEqual(Math.max(2, expected * 0.1));
  });
});
