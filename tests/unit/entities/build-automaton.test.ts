import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildAutomaton, MAX_DENSE_CELLS } from '@/lib/entities/build-automaton';
import { compileMatcher, compileMatcherWithin, type MatchAlias } from '@/lib/entities/compile-matcher';
import { naiveFindAll, nameCase, tinyCase } from './naive-matcher';

const cases = fc.oneof(nameCase, tinyCase);

const topic = (text: string, entityId = text): MatchAlias => ({
  text,
  entityId,
  caseSensitive: false,
  properNoun: false,
});

/** Aliases over a wide alphabet, so that the automaton has far more states × classes than its bound. */
function manyAliases(count: number): MatchAlias[] {
  const letters = Array.from({ length: 400 }, (_, i) => String.fromCharCode(0x4e00 + i));
  return Array.from({ length: count }, (_, i) => {
    const word = Array.from({ length: 4 + (i % 5) }, (_, j) => letters[(i * 7 + j * 13) % 400]).join('');
    return topic(`${word} ${i % 10}`, `item-${i}`);
  });
}

describe('buildAutomaton', () => {
  it('keeps its table of full rows within the bound, whatever the number of keys', () => {
    const keys = manyAliases(5_000).map((alias) => alias.text);
    const automaton = buildAutomaton(keys);
    expect(automaton.classes).toBeGreaterThan(400);
    expect(automaton.dense.length).toBeLessThanOrEqual(MAX_DENSE_CELLS);
    expect(buildAutomaton(keys, 1_000).dense.length).toBeLessThanOrEqual(1_000);
  });

  it('gives every state a full row when the bound allows it', () => {
    const automaton = buildAutomaton(['kyiv', 'kyiv star', 'star']);
    expect(automaton.denseCells).toBe(automaton.dense.length);
    expect(automaton.stateOfRow(automaton.dense.length - automaton.classes)).toBe(
      automaton.dense.length / automaton.classes - 1,
    );
  });
});

describe('compileMatcher with a bounded table', () => {
  it('finds the reference’s mentions when only the shallowest states have full rows', () => {
    fc.assert(
      fc.property(cases, fc.integer({ min: 1, max: 120 }), ({ aliases, text }, maxDenseCells) => {
        expect(compileMatcherWithin(aliases, maxDenseCells).findAll(text)).toEqual(
          naiveFindAll(aliases, text),
        );
      }),
      { numRuns: 10_000 },
    );
  });

  it('finds the same mentions among thousands of aliases as a matcher with every row full', () => {
    const aliases = manyAliases(2_000);
    const text = aliases
      .filter((_, i) => i % 7 === 0)
      .map((alias, i) => `${alias.text}${i % 2 === 0 ? '  ' : ' x '}${alias.text.slice(0, 3)}`)
      .join(', ');
    const bounded = compileMatcher(aliases).findAll(text);
    expect(bounded.length).toBeGreaterThan(100);
    expect(bounded).toEqual(compileMatcherWithin(aliases, Number.POSITIVE_INFINITY).findAll(text));
    expect(compileMatcherWithin(aliases, 1).findAll(text)).toEqual(bounded);
  });
});

describe('compileMatcher on long texts', () => {
  it('finds every one of thousands of mentions in one text', () => {
    const aliases = [topic('air truce'), topic('a')];
    const text = 'an air \u00AD truce, a-a a\u0301 '.repeat(3_000);
    const mentions = compileMatcher(aliases).findAll(text);
    expect(mentions).toHaveLength(12_000);
    expect(mentions).toEqual(naiveFindAll(aliases, text));
  });

  it('finds the reference’s mentions in texts made of many cases run together', () => {
    fc.assert(
      fc.property(cases, fc.integer({ min: 2, max: 40 }), ({ aliases, text }, times) => {
        const long = Array.from({ length: times }, () => text).join(' \n ');
        expect(compileMatcher(aliases).findAll(long)).toEqual(naiveFindAll(aliases, long));
      }),
      { numRuns: 1_000 },
    );
  });
});
