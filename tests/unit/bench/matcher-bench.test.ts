import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ENGINES, formatMatcherReport, runMatcherBench } from '../../../bench/sections/matcher';
import {
  alternationSource,
  buildCombinedRegExps,
  escapeRegExp,
  findWithRegExps,
} from '../../../bench/sections/matcher/combined-regexp';
import { createIndexOfScan } from '../../../bench/sections/matcher/index-of-scan';
import { repeatToLength } from '../../../bench/sections/matcher/repeat-to-length';
import { resolveOverlaps } from '../../../bench/sections/matcher/resolve-overlaps';
import { interleave } from '../../../bench/sections/matcher/text-sources';

const matchedTexts = (text: string, spans: readonly { start: number; end: number }[]): string[] =>
  spans.map((span) => text.slice(span.start, span.end));

describe('combined RegExp baseline', () => {
  it('escapes every RegExp syntax character so aliases match literally', () => {
    const special = 'a.b*c+d?e^f$g(h)i[j]k{l}m|n\\o/p';
    expect(new RegExp(`^${escapeRegExp(special)}$`, 'u').test(special)).toBe(true);
    expect(new RegExp(escapeRegExp('U.S.'), 'u').test('UxSx')).toBe(false);
  });

  it('leaves hyphens alone, which a u-flag RegExp would reject if escaped', () => {
    expect(escapeRegExp('air-truce')).toBe('air-truce');
    expect(() => new RegExp(escapeRegExp('a-b'), 'u')).not.toThrow();
  });

  it('puts longer aliases first, so the longest alias wins at a position', () => {
    const source = alternationSource(['Trump', 'President Donald Trump', 'Donald Trump', 'Trump']);
    expect(source.indexOf('President')).toBeLessThan(source.indexOf('Donald Trump(?!'));
    expect(source.split('|')).toHaveLength(3);
    const regExps = buildCombinedRegExps([
      { text: 'Trump', caseSensitive: false },
      { text: 'Donald Trump', caseSensitive: false },
    ]);
    const text = 'Donald Trump met Trump.';
    expect(matchedTexts(text, findWithRegExps(regExps, text))).toEqual(['Donald Trump', 'Trump']);
  });

  it('matches whole words only, with Unicode letters as word characters', () => {
    const regExps = buildCombinedRegExps([{ text: 'Nato', caseSensitive: false }]);
    const text = 'NATO, senator, Natoé, éNato, Nato_x, (nato)';
    expect(matchedTexts(text, findWithRegExps(regExps, text))).toEqual(['NATO', 'Nato', 'nato']);
  });

  it('checks a boundary only at ends of the alias that are word characters', () => {
    const regExps = buildCombinedRegExps([{ text: 'U.S.', caseSensitive: true }]);
    const text = 'U.S.A and the U.S. and aU.S.';
    expect(findWithRegExps(regExps, text).map((span) => span.start)).toEqual([0, 14]);
  });

  it('keeps acronyms case-sensitive in a separate RegExp and merges both leftmost-longest', () => {
    const regExps = buildCombinedRegExps([
      { text: 'US', caseSensitive: true },
      { text: 'US Senate', caseSensitive: false },
      { text: 'oil', caseSensitive: false },
    ]);
    expect(regExps.map((regExp) => regExp.flags)).toEqual(['giu', 'gu']);
    const text = 'Tell us: the US Senate and the US want OIL.';
    expect(matchedTexts(text, findWithRegExps(regExps, text))).toEqual(['US Senate', 'US', 'OIL']);
  });
});

describe('indexOf floor', () => {
  it('counts every substring, and separately those at word boundaries', () => {
    const scan = createIndexOfScan([
      { text: 'Nato', caseSensitive: false },
      { text: 'US', caseSensitive: true },
    ]);
    expect(scan('NATO and the senator; US and us and USA')).toEqual({ substrings: 4, atBoundaries: 2 });
  });

  it('counts nested aliases independently and reports spans when asked', () => {
    const scan = createIndexOfScan([
      { text: 'Trump', caseSensitive: false },
      { text: 'Donald Trump', caseSensitive: false },
    ]);
    const spans: { start: number; end: number }[] = [];
    expect(scan('Donald Trump', spans).atBoundaries).toBe(2);
    expect(resolveOverlaps(spans)).toEqual([{ start: 0, end: 12 }]);
  });
});

describe('bench text', () => {
  it('repeats the documents to exactly the length asked for, separator between them', () => {
    const chunks = repeatToLength([['ab', 'c'], ['de']], 11, '|');
    expect(chunks.join('')).toBe('abc|de|abc|');
    expect(chunks.join('')).toHaveLength(11);
    expect(repeatToLength([['abc']], 2, '|').join('')).toBe('ab');
  });

  it('never ends the text with half a surrogate pair', () => {
    const text = repeatToLength([['a😀b']], 2, '').join('');
    expect(text).toBe('a ');
    expect(/\p{Cs}/u.test(text)).toBe(false);
  });

  it('spreads the seed articles evenly among the pages', () => {
    expect(interleave(['p1', 'p2', 'p3', 'p4'], ['s1', 's2'])).toEqual(['p1', 'p2', 's1', 'p3', 'p4', 's2']);
    expect(interleave([], ['s1'])).toEqual(['s1']);
  });
});

describe('matcher benchmark section', () => {
  const emptyDir = mkdtempSync(join(tmpdir(), 'parallax-matcher-bench-'));
  afterAll(() => rmSync(emptyDir, { recursive: true, force: true }));
  const logs: string[] = [];
  const once = { warmup: 0, repeats: 1 };
  const result = runMatcherBench(
    {
      sizes: [20_000],
      repeatsFor: () => once,
      pagesDir: join(emptyDir, 'no-pages-here'),
    },
    (message) => logs.push(message),
  );
  const report = { json: result, markdown: formatMatcherReport(result, true) };
  const size = result.sizes[0];

  it('falls back to the seed articles alone, and says so', () => {
    expect(result.text.pagesFound).toBe(false);
    expect(result.text.sources.every((source) => source.kind === 'seed')).toBe(true);
    expect(report.markdown).toContain('No saved pages found');
    expect(logs.some((line) => line.includes('seed articles only'))).toBe(true);
  });

  it('times every engine on a text of exactly the size asked for', () => {
    expect(size?.chars).toBe(20_000);
    for (const engine of ENGINES) {
      expect(size?.engines[engine].timing.repeats).toBe(1);
      expect(size?.engines[engine].mbPerSecond).toBeGreaterThan(0);
    }
    expect(result.catalogue.aliases).toBeGreaterThan(0);
  });

  it('finds mentions in the seeds with all three engines, counts close together', () => {
    const { parallax, regexp, indexOf } = size?.engines ?? {};
    expect(parallax?.matches).toBeGreaterThan(0);
    expect(Math.abs((regexp?.matches ?? 0) - (parallax?.matches ?? 0))).toBeLessThanOrEqual(
      (parallax?.matches ?? 0) * 0.1,
    );
    // The floor counts nested aliases ("Donald Trump", "Trump") each, so never fewer.
    expect(indexOf?.matches).toBeGreaterThanOrEqual(parallax?.matches ?? Infinity);
    expect(parallax?.overParallax).toBe(1);
    expect(regexp?.overParallax).toBeCloseTo(
      (regexp?.timing.medianMs ?? 0) / (parallax?.timing.medianMs ?? 1),
    );
  });

  it('renders the Markdown tables and stores only JSON-safe values', () => {
    expect(report.markdown).toContain('## Matcher');
    expect(report.markdown).toMatch(/^\| 20,000 chars \| Parallax findAll \|/mu);
    expect(report.markdown).toContain('docs/bench.md#matcher');
    expect(JSON.parse(JSON.stringify(report.json))).toEqual(report.json);
  });
});
