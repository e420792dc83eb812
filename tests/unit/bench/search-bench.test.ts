import { describe, expect, it } from 'vitest';
import { ENGINES, runSearchSection, type SearchBenchResult } from '../../../bench/sections/search';

/**
 * Runs the search benchmark through the same code path as `npm run bench`,
 * in a configuration small enough for a unit test. It checks what the report
 * contains, never how fast anything was.
 */
describe('search benchmark section', () => {
  const logs: string[] = [];
  const report = runSearchSection(
    {
      corpora: [{ label: 'seeds', articles: null }],
      queryCount: 3,
      repeatsFor: () => ({ warmup: 0, repeats: 1 }),
      latency: { warmupRounds: 1, minRounds: 1, maxRounds: 1, budgetMs: 0 },
    },
    { quick: true, log: (message) => logs.push(message) },
  );
  const result = report.json as unknown as SearchBenchResult;
  const seeds = result.corpora[0];

  it('measures the seed corpus with the real parser and index', () => {
    expect(result.corpora).toHaveLength(1);
    expect(seeds?.label).toBe('seeds');
    expect(seeds?.articles).toBe(5);
    expect(seeds?.passages).toBeGreaterThan(0);
    expect(seeds?.terms).toBeGreaterThan(0);
    expect(seeds?.indexBytes.gzip).toBeGreaterThan(0);
    expect(seeds?.indexBytes.gzip).toBeLessThan(seeds?.indexBytes.raw ?? 0);
    expect(seeds?.build.repeats).toBe(1);
    expect(seeds?.build.samplesMs).toHaveLength(1);
  });

  it('times every engine on every query of the set it was given', () => {
    expect(result.queryCount).toBe(3);
    expect(seeds?.latency.rounds).toBe(1);
    for (const engine of ENGINES) {
      const latency = seeds?.latency.engines[engine];
      expect(latency?.count).toBe(3);
      expect(latency?.p50).toBeGreaterThanOrEqual(0);
      expect(latency?.p95).toBeGreaterThanOrEqual(latency?.p50 ?? Infinity);
      expect(latency?.p99).toBeGreaterThanOrEqual(latency?.p95 ?? Infinity);
    }
    expect(seeds?.latency.byQuery.map((query) => Object.keys(query.engines).sort())).toEqual(
      Array.from({ length: 3 }, () => [...ENGINES].sort()),
    );
    expect(seeds?.latency.engines.parallax.answered).toBeGreaterThan(0);
    expect(Number.isFinite(seeds?.ratios.parallaxOverFloorP95)).toBe(true);
    expect(Number.isFinite(seeds?.ratios.flexsearchOverParallaxP95)).toBe(true);
  });

  it('reports every target, leaving unmeasured ones as not run', () => {
    expect(result.targets.map((target) => target.id)).toEqual([
      'seeds-search-p95',
      'seeds-load',
      'large-search-p95',
      'build-linear',
      'size-linear',
      'gzip-size-linear',
    ]);
    const status = Object.fromEntries(result.targets.map((target) => [target.id, target.status]));
    expect(['pass', 'miss']).toContain(status['seeds-search-p95']);
    expect(['pass', 'miss']).toContain(status['seeds-load']);
    expect(status['large-search-p95']).toBe('not run');
    expect(status['build-linear']).toBe('not run');
    expect(result.growth).toBeNull();
  });

  it('renders Markdown tables, a valid-looking SVG plot and progress lines', () => {
    expect(report.markdown).toContain('## Search');
    expect(report.markdown).toMatch(/^\| seeds \| 5 \|/mu);
    expect(report.markdown).toContain('### Targets');
    const svg = report.files.find((file) => file.name === 'search-scaling.svg')?.content ?? '';
    expect(svg).toMatch(/^<\?xml[^>]*>\s*<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/u);
    expect(svg.trim().endsWith('</svg>')).toBe(true);
    expect(svg).not.toMatch(/NaN|Infinity/u);
    expect(logs.some((line) => line.startsWith('seeds:'))).toBe(true);
  });

  it('stores only JSON-safe values in the machine-readable result', () => {
    expect(JSON.parse(JSON.stringify(report.json))).toEqual(report.json);
  });
});
