import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileMatcher, findInChunks, type MatchAlias, type Mention } from '@/lib/entities';
import { anyUnicode } from '../../helpers/unicode-arbitraries';
import { naiveFindAll } from './naive-matcher';

// The generators of compile-matcher.property.test.ts draw names and the noise
// around them; these draw aliases and text from arbitrary Unicode (lone
// surrogates, marks without a base, invisible characters, aliases that fold
// to nothing), where the matcher must neither throw nor disagree with the
// naive reference.

const alias: fc.Arbitrary<MatchAlias> = fc.record({
  text: anyUnicode(6),
  entityId: fc.constantFrom('e1', 'e2'),
  caseSensitive: fc.boolean(),
  properNoun: fc.boolean(),
});

/** Mentions in range, in order, apart, each the slice at its offsets; else what is wrong. */
function brokenMention(text: string, mentions: Mention[]): string | null {
  let previousEnd = 0;
  for (const mention of mentions) {
    if (mention.start < previousEnd || mention.end <= mention.start || mention.end > text.length)
      return `out of place: ${JSON.stringify(mention)}`;
    if (text.slice(mention.start, mention.end) !== mention.text)
      return `not the slice: ${JSON.stringify(mention)}`;
    previousEnd = mention.end;
  }
  return null;
}

// 10,000 runs against a naive reference: seconds, more when other work shares the cores.
describe('compileMatcher on arbitrary Unicode', { timeout: 30_000 }, () => {
  it('finds exactly what the naive reference finds, in range, for any aliases and text', () => {
    fc.assert(
      fc.property(fc.array(alias, { minLength: 1, maxLength: 3 }), anyUnicode(30), (aliases, text) => {
        const mentions = compileMatcher(aliases).findAll(text);
        expect(brokenMention(text, mentions)).toBeNull();
        expect(mentions).toEqual(naiveFindAll(aliases, text));
      }),
      { numRuns: 10_000 },
    );
  });

  // Random aliases rarely occur in random text; an alias cut from the text does.
  const cut = fc
    .tuple(anyUnicode(40), fc.nat(), fc.integer({ min: 1, max: 8 }), fc.boolean(), fc.boolean())
    .map(([text, at, length, caseSensitive, properNoun]) => {
      const start = text.length === 0 ? 0 : at % text.length;
      const aliases = [
        { text: text.slice(start, start + length), entityId: 'e1', caseSensitive, properNoun },
      ];
      return { aliases, text };
    });

  it('finds exactly what the naive reference finds when the alias is cut from the text', () => {
    fc.assert(
      fc.property(cut, ({ aliases, text }) => {
        const mentions = compileMatcher(aliases).findAll(text);
        expect(brokenMention(text, mentions)).toBeNull();
        expect(mentions).toEqual(naiveFindAll(aliases, text));
      }),
      { numRuns: 10_000 },
    );
  });

  it('generates cut aliases that are found, so the property above is not vacuous', () => {
    const samples = fc.sample(cut, { numRuns: 2_000, seed: 42 });
    const found = samples.filter(({ aliases, text }) => naiveFindAll(aliases, text).length > 0);
    expect(found.length).toBeGreaterThan(samples.length / 4);
  });

  it('finds the same mentions in chunks cut anywhere, even between the halves of a surrogate pair', () => {
    const split = cut.chain(({ aliases, text }) =>
      fc.record({
        aliases: fc.constant(aliases),
        text: fc.constant(text),
        cuts: fc
          .array(fc.nat({ max: text.length }), { maxLength: 5 })
          .map((cuts) => cuts.sort((a, b) => a - b)),
      }),
    );
    fc.assert(
      fc.property(split, ({ aliases, text, cuts }) => {
        const bounds = [0, ...cuts, text.length];
        const chunks = bounds.slice(1).map((end, i) => text.slice(bounds[i], end));
        const matcher = compileMatcher(aliases);
        const found = findInChunks(matcher, chunks).map(
          ({ entityId, alias: index, start, end, text: surface }) => ({
            entityId,
            alias: index,
            start,
            end,
            text: surface,
          }),
        );
        expect(found).toEqual(matcher.findAll(text));
      }),
      { numRuns: 10_000 },
    );
  });
});
