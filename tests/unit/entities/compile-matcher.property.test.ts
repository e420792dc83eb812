import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileMatcher, type MatchAlias, type Mention } from '@/lib/entities';
import { isWordUnit, naiveFindAll, naiveFold, naiveKey, nameCase, tinyCase } from './naive-matcher';

const cases = fc.oneof(nameCase, tinyCase);

/** Checks one mention on its own terms, without the reference matcher. */
function checkMention(aliases: readonly MatchAlias[], text: string, mention: Mention): void {
  const alias = aliases[mention.alias];
  expect(alias).toBeDefined();
  if (alias === undefined) return;
  expect(mention.entityId).toBe(alias.entityId);
  expect(mention.text).toBe(text.slice(mention.start, mention.end));

  // The surface text folds to the alias, and starts and ends on a kept character.
  const { key, cased } = naiveKey(alias.text);
  const surface = naiveFold(mention.text);
  expect(surface.lower).toEqual(key);
  expect(surface.origin[0]).toBe(0);
  if (alias.caseSensitive) expect(surface.cased).toEqual(cased);
  expect(/^\p{M}$/u.test(text.charAt(mention.end))).toBe(false);

  // Word boundaries, judged on the folded text on either side.
  if (isWordUnit(key[0]))
    expect(isWordUnit(naiveFold(text.slice(0, mention.start)).lower.at(-1))).toBe(false);
  if (isWordUnit(key.at(-1))) expect(isWordUnit(naiveFold(text.slice(mention.end)).lower[0])).toBe(false);
}

describe('compileMatcher against a naive reference', () => {
  it('reports only alias occurrences at word boundaries, in order, without overlaps, at exact offsets', () => {
    fc.assert(
      fc.property(cases, ({ aliases, text }) => {
        const mentions = compileMatcher(aliases).findAll(text);
        let previousEnd = 0;
        for (const mention of mentions) {
          checkMention(aliases, text, mention);
          expect(mention.start).toBeGreaterThanOrEqual(previousEnd);
          expect(mention.end).toBeGreaterThan(mention.start);
          previousEnd = mention.end;
        }
      }),
      { numRuns: 10_000 },
    );
  });

  it('misses nothing: its mentions are exactly the reference’s leftmost-longest mentions', () => {
    fc.assert(
      fc.property(cases, ({ aliases, text }) => {
        expect(compileMatcher(aliases).findAll(text)).toEqual(naiveFindAll(aliases, text));
      }),
      { numRuns: 10_000 },
    );
  });

  it('generates texts in which mentions are common, so the properties above are not vacuous', () => {
    const samples = fc.sample(cases, { numRuns: 2_000, seed: 42 });
    const withMentions = samples.filter(({ aliases, text }) => naiveFindAll(aliases, text).length > 0);
    expect(withMentions.length).toBeGreaterThan(samples.length / 4);
  });
});
