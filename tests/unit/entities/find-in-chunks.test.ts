import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chunkAt, compileMatcher, findInChunks, type ChunkPosition, type MatchAlias } from '@/lib/entities';
import { nameCase, tinyCase } from './naive-matcher';

const name = (text: string, entityId = text.toLowerCase().replaceAll(' ', '-')): MatchAlias => ({
  text,
  entityId,
  caseSensitive: false,
  properNoun: true,
});

/** The (chunk, offset) of a character boundary, by walking the chunks one by one. */
function positionOf(chunks: readonly string[], offset: number, side: 'start' | 'end'): ChunkPosition {
  let chunkStart = 0;
  for (const [chunk, text] of chunks.entries()) {
    const chunkEnd = chunkStart + text.length;
    // A start lies on the character after it; an end on the character before it.
    if (side === 'start' ? offset < chunkEnd : offset <= chunkEnd && offset > chunkStart) {
      return { chunk, offset: offset - chunkStart };
    }
    chunkStart = chunkEnd;
  }
  throw new Error(`find-in-chunks test: offset ${offset} is outside the chunks`);
}

describe('findInChunks', () => {
  const matcher = compileMatcher([name('Steve Witkoff'), name('Witkoff'), name('Kyiv')]);

  it('finds a name split across two chunks as one mention, with its start and end chunk', () => {
    expect(findInChunks(matcher, ['Steve ', 'Witkoff'])).toEqual([
      {
        entityId: 'steve-witkoff',
        alias: 0,
        text: 'Steve Witkoff',
        start: 0,
        end: 13,
        from: { chunk: 0, offset: 0 },
        to: { chunk: 1, offset: 7 },
      },
    ]);
  });

  it('reports an end at the end of a chunk in that chunk, not at offset 0 of the next', () => {
    const [mention] = findInChunks(matcher, ['in Kyiv', ' today']);
    expect(mention).toMatchObject({ from: { chunk: 0, offset: 3 }, to: { chunk: 0, offset: 7 } });
  });

  it('never reports a position in an empty chunk', () => {
    const [mention] = findInChunks(matcher, ['', 'Steve', '', ' ', '', 'Witkoff', '']);
    expect(mention).toMatchObject({ from: { chunk: 1, offset: 0 }, to: { chunk: 5, offset: 7 } });
  });

  it('spans as many chunks as the name is split into, including invisible characters between them', () => {
    const [mention] = findInChunks(matcher, ['Ste', 've\u00A0', 'Wit\u00AD', 'koff’s']);
    expect(mention).toMatchObject({
      text: 'Steve\u00A0Wit\u00ADkoff',
      from: { chunk: 0, offset: 0 },
      to: { chunk: 3, offset: 4 },
    });
  });

  it('does not match across a chunk that holds the block separator', () => {
    const mentions = findInChunks(matcher, ['Steve', '\u0000', 'Witkoff']);
    expect(mentions.map((mention) => mention.entityId)).toEqual(['witkoff']);
  });

  it('finds nothing in no chunks', () => {
    expect(findInChunks(matcher, [])).toEqual([]);
  });
});

describe('chunkAt', () => {
  it('finds the last chunk that starts at or before an offset', () => {
    const starts = [0, 5, 5, 9];
    expect([0, 4, 5, 8, 9, 20].map((offset) => chunkAt(starts, offset))).toEqual([0, 0, 2, 2, 3, 3]);
  });

  it('agrees with a linear scan on any non-decreasing list of starts', () => {
    const starts = fc
      .array(fc.nat({ max: 4 }), { minLength: 1, maxLength: 12 })
      .map((gaps) => gaps.map((_, i) => gaps.slice(0, i).reduce((sum, gap) => sum + gap, 0)));
    fc.assert(
      fc.property(starts, fc.nat({ max: 60 }), (list, offset) => {
        const linear = list.reduce((found, start, i) => (start <= offset ? i : found), 0);
        expect(chunkAt(list, offset)).toBe(linear);
      }),
      { numRuns: 10_000 },
    );
  });
});

describe('findInChunks against findAll on the joined text', () => {
  /** A text and cut points that split it into chunks, some of them empty. */
  const split = fc.oneof(nameCase, tinyCase).chain(({ aliases, text }) =>
    fc.record({
      aliases: fc.constant(aliases),
      text: fc.constant(text),
      cuts: fc
        .array(fc.nat({ max: text.length }), { maxLength: 6 })
        .map((cuts) => cuts.sort((a, b) => a - b)),
    }),
  );

  it('finds the same mentions in any split of a text, at the right chunk and offset', () => {
    fc.assert(
      fc.property(split, ({ aliases, text, cuts }) => {
        const bounds = [0, ...cuts, text.length];
        const chunks = bounds.slice(1).map((end, i) => text.slice(bounds[i], end));
        const matcher = compileMatcher(aliases);
        const found = findInChunks(matcher, chunks);

        const withoutPositions = found.map((mention) => ({
          entityId: mention.entityId,
          alias: mention.alias,
          start: mention.start,
          end: mention.end,
          text: mention.text,
        }));
        expect(withoutPositions).toEqual(matcher.findAll(text));
        for (const mention of found) {
          expect(mention.from).toEqual(positionOf(chunks, mention.start, 'start'));
          expect(mention.to).toEqual(positionOf(chunks, mention.end, 'end'));
          const pieces = chunks.slice(mention.from.chunk, mention.to.chunk + 1);
          const joined = pieces.join('');
          const tail = (chunks[mention.to.chunk] ?? '').length - mention.to.offset;
          expect(joined.slice(mention.from.offset, joined.length - tail)).toBe(mention.text);
        }
      }),
      { numRuns: 10_000 },
    );
  });
});
