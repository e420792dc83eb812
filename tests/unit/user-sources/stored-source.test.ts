import { describe, expect, it } from 'vitest';
import type { UserSource } from '@/lib/user-sources';
import { packSource, unpackSource } from '@/lib/user-sources/stored-source';

const source = (text: string): UserSource => ({
  id: 'yours-a',
  outlet: 'Outlet',
  title: 'A title',
  author: null,
  published: '2025-08-06',
  url: 'https://example.com/a',
  text,
});

describe('packSource / unpackSource', () => {
  it.each([
    ['plain ASCII', 'The harbour strike ended on Tuesday.\n\nCrews went back.'],
    ['curly quotes and dashes', 'The minister’s reply — “not yet” — came late.'],
    ['accents and non-Latin scripts', 'Zelensky met Zelenskyy in Kyiv (Київ); São Paulo; 東京.'],
    ['astral characters', 'A flag 🇺🇦 and an emoji 😀 survive.'],
    ['a lone surrogate-free long text', 'Paragraph one. '.repeat(5000)],
  ])('reads back %s exactly', (_, text) => {
    const packed = packSource(source(text));
    expect(packed.text).toBeInstanceOf(Uint8Array);
    expect(unpackSource(structuredClone(packed))).toEqual(source(text));
  });

  it('keeps English text in well under its UTF-8 size', () => {
    const text = 'The harbour strike ended on Tuesday after talks with the port authority. '.repeat(60);
    expect(packSource(source(text)).text.byteLength).toBeLessThan(Buffer.byteLength(text) / 3);
  });

  it('reads a record written before texts were packed as it is', () => {
    const earlier = source('The minister’s reply came late.');
    expect(unpackSource(earlier)).toBe(earlier);
  });

  it('returns a record whose bytes do not inflate without its text, for the schema to reject', () => {
    const broken = { ...packSource(source('Some text.')), text: Uint8Array.of(0xff, 0xff, 0xff) };
    expect((unpackSource(broken) as { text?: unknown }).text).toBeUndefined();
  });
});
