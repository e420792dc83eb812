import { describe, expect, it } from 'vitest';
import { shingleHashes, textSketch } from '@/lib/corpus';
import { DuplicateKeys, findDuplicate } from '@/lib/user-sources';

const paragraph = (topic: string, n: number): string =>
  Array.from(
    { length: 12 },
    (_, i) =>
      `The ${topic} council met on day ${n * 100 + i} and agreed on ${topic} matter number ${i * 7 + n}.`,
  ).join(' ');

const LONG = [paragraph('harbour', 1), paragraph('ferry', 2), paragraph('lighthouse', 3)].join('\n\n');
const OTHER = [paragraph('orchard', 4), paragraph('granary', 5)].join('\n\n');

function keysOf(sources: { id: string; url: string | null; text: string }[]): DuplicateKeys {
  const keys = new DuplicateKeys();
  for (const source of sources) keys.add(source.id, source.url, textSketch(source.text));
  return keys;
}

describe('DuplicateKeys', () => {
  const stored = [
    { id: 'a', url: 'https://gazette.example/harbour?utm_source=x', text: LONG },
    { id: 'b', url: 'https://gazette.example/orchard', text: OTHER },
  ];
  const keys = keysOf(stored);
  const byId = new Map(stored.map((source) => [source.id, source]));
  const decide = (url: string | null, text: string): string | null =>
    findDuplicate(
      { url, text },
      keys.candidates(url, shingleHashes(text), 8).flatMap((id) => byId.get(id) ?? []),
    );

  it.each([
    ['the same URL, another text', 'https://gazette.example/harbour#top', OTHER.slice(0, 200), 'a'],
    ['no URL, the same text', null, LONG, 'a'],
    [
      'an edited copy that lost a paragraph',
      null,
      [paragraph('harbour', 1), paragraph('ferry', 2)].join('\n\n'),
      'a',
    ],
    ['a copy that grew a paragraph', null, [OTHER, paragraph('mill', 6)].join('\n\n'), 'b'],
    ['an unrelated text', 'https://gazette.example/mill', paragraph('mill', 6), null],
  ])('%s: decides as findDuplicate over every stored text does', (_, url, text, expected) => {
    expect(decide(url, text)).toBe(expected);
    expect(findDuplicate({ url, text }, stored)).toBe(expected);
  });

  it('forgets a removed source and gives at most the limit, the same URL first', () => {
    const copy = keysOf(stored);
    copy.remove('a');
    expect(copy.candidates('https://gazette.example/harbour', shingleHashes(LONG), 8)).toEqual([]);
    expect(copy.has('b')).toBe(true);
    expect(keys.candidates('https://gazette.example/orchard', shingleHashes(LONG), 1)).toEqual(['b']);
  });
});
