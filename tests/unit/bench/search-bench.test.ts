import { describe, expect, it } from 'vitest';
import { ENGINES, formatSearchReport, runSearchBench } from '../../../bench/sections/search';

/**
 * Runs the search benchmark through the same code path as `npm run bench`,
 * in a configuration small enough for a unit test. It checks what the report
 * contains, never how fast anything was.
 */
describe('search benchmark section', () => {
  const logs: string[] = [];
  const result = runSearchBench(
    {
      corpora: [{ label: 'seeds', articles: null }],
      queryCount: 3,
      repeatsFor: () => ({ warmup: 0, repeats: 1 }),
      latency: { warmupRounds: 1, minRounds: 1, maxRounds: 1, budgetMs: 0 },
    },
    (message) => logs.push(message),
  );
  const report = { json: result, markdown: formatSearchReport(result, true) };
  const seeds = result.corpora[0];

  it('measures the seed corpus with the real parser and index', () => {
    expect(result.corpora).toHaveLength(1);
    expect(seeds?.label).toBe('seeds');
    expect(seeds?.articles).toBe(5);
    expect(seeds?.passages).toBeGreaterThan(0);
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
    }
    expect(Number.isFinite(seeds?.ratios.parallaxOverFloorP95)).toBe(true);
    expect(Number.isFinite(seeds?.ratios.flexsearchOverParallaxP95)).toBe(true);
  });

  it('reports every target, leaving unmeasured ones as not run', () => {
    expect(result.targets.map((target) => target.name)).toEqual([
      'search p95 on the seeds',
      'index load on the seeds',
      'search p95 at 10,000 articles',
      'build time grows linearly',
      'index size grows linearly',
      'gzipped index size grows linearly',
    ]);
    const [p95, load, large, build] = result.targets;
    expect(p95?.measured).toBe(seeds?.latency.engines.parallax.p95);
    expect(p95?.met).toBe((p95?.measured ?? Infinity) <= 2);
    expect(load?.met).toBe((load?.measured ?? Infinity) <= 20);
    expect(large?.met).toBeNull();
    expect(build?.met).toBeNull();
    expect(result.growth).toBeNull();
  });

  it('renders Markdown tables, the targets, the method link and progress lines', () => {
    expect(report.markdown).toContain('## Search');
    expect(report.markdown).toMatch(/^\| seeds \| 5 \|/mu);
    expect(report.markdown).toMatch(/^\| search p95 at 10,000 articles \| ≤ 10\.0 ms \| – \| not run \|$/mu);
    expect(report.markdown).toContain('docs/bench.md#search');
    expect(logs.some((line) => line.startsWith('seeds:'))).toBe(true);
  });
  it('stores only JSON-safe values in the machine-readable result', () => {
    expect(JSON.parse(JSON.stringify(report.json))).toEqual(report.json);
  });
});
