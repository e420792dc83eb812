import { describe, expect, it } from 'vitest';
import { retentionKeeper } from '@/lib/background';
import type { SourceMeta } from '@/lib/corpus/source-meta';
import { monthsBefore, sourcesPastRetention, type RetainedSource } from '@/lib/keep/sources-past-retention';
import type { SourcesListResponse } from '@/lib/messaging';
import { DEFAULT_SETTINGS, parseSettings, type RetentionSettings, type Settings } from '@/lib/settings';

const TODAY = '2026-12-07';
const source = (id: string, published: string | null): RetainedSource => ({ id, published });
const SOURCES = [
  source('yours-a', '2026-11-30'),
  source('yours-b', '2026-06-07'),
  source('yours-c', '2026-06-06'),
  source('yours-d', null),
  source('yours-e', '2019-01-01'),
  source('yours-f', '2026-12-01'),
];
const keep = (months: number | null, maxSources: number | null): RetentionSettings => ({
  months,
  maxSources,
});

describe('monthsBefore', () => {
  it.each([
    ['2026-12-07', 6, '2026-06-07'],
    ['2026-03-31', 1, '2026-02-28'],
    ['2024-03-31', 1, '2024-02-29'],
    ['2026-01-15', 1, '2025-12-15'],
    ['2026-01-15', 25, '2023-12-15'],
  ])('%s minus %i months is %s', (today, months, expected) => {
    expect(monthsBefore(today, months)).toBe(expected);
  });
});

describe('sourcesPastRetention', () => {
  it.each<[string, RetentionSettings, string[]]>([
    ['keeps everything without limits', keep(null, null), []],
    [
      'removes what was published before six months ago, not the day itself',
      keep(6, null),
      ['yours-c', 'yours-e'],
    ],
    ['never counts an undated source as older than a day', keep(1, null), ['yours-b', 'yours-c', 'yours-e']],
    [
      'keeps the newest by date, undated ranked below every dated one',
      keep(null, 3),
      ['yours-c', 'yours-e', 'yours-d'],
    ],
    [
      'applies the age first, then the count to the rest',
      keep(6, 2),
      ['yours-c', 'yours-e', 'yours-b', 'yours-d'],
    ],
    ['keeps all when the count is above the total', keep(null, 100), []],
  ])('%s', (_, retention, expected) => {
    expect(sourcesPastRetention(SOURCES, retention, TODAY)).toEqual(expected);
  });
});

describe('retention settings', () => {
  it('default to keeping everything', () => {
    expect(DEFAULT_SETTINGS.retention).toEqual({ months: null, maxSources: null });
  });

  it.each([
    [
      { months: 12, maxSources: 5000 },
      { months: 12, maxSources: 5000 },
    ],
    [
      { months: 0, maxSources: 10 },
      { months: null, maxSources: 10 },
    ],
    [
      { months: 1.5, maxSources: -3 },
      { months: null, maxSources: null },
    ],
    [
      { months: '12', maxSources: 10 },
      { months: null, maxSources: 10 },
    ],
    ['garbage', { months: null, maxSources: null }],
  ])('stored %j reads as %j (each field falls back on its own)', (stored, expected) => {
    expect(parseSettings({ retention: stored }).retention).toEqual(expected);
  });
});

describe('retentionKeeper', () => {
  const meta = (id: string, published: string | null): SourceMeta => ({
    id,
    outlet: null,
    title: null,
    author: null,
    published,
    publishedApproximate: false,
    url: null,
  });

  function setup(
    retention: RetentionSettings,
    yours: SourceMeta[],
    bundled: SourceMeta[] = [],
    failRemove = false,
  ) {
    const removed: string[] = [];
    const logged: string[] = [];
    const settings: Settings = { ...DEFAULT_SETTINGS, retention };
    const keeper = retentionKeeper({
      settings: () => Promise.resolve(settings),
      list: () =>
        Promise.resolve<SourcesListResponse>({
          type: 'sources-list',
          bundled,
          yours: yours.filter((source) => !removed.includes(source.id)),
          hidden: [],
        }),
      remove: (id) => {
        if (failRemove) return Promise.reject(new Error('disk full'));
        removed.push(id);
        return Promise.resolve();
      },
      today: () => TODAY,
      log: (reason) => logged.push(reason),
    });
    return { keeper, removed, logged };
  }

  it("removes the reader's sources past retention and never a bundled one, however old", async () => {
    const { keeper, removed } = setup(
      keep(1, null),
      [meta('yours-old', '2020-01-01'), meta('yours-new', '2026-12-01')],
      [meta('seed-000', '2001-01-01')],
    );
    expect(await keeper.apply()).toBe(1);
    expect(removed).toEqual(['yours-old']);
  });

  it("answers an addition once retention has run after it, and retention's failure is logged, not the answer's", async () => {
    const ran = setup(keep(1, null), [meta('yours-old', '2020-01-01')]);
    expect(await ran.keeper.after(Promise.resolve('added'))).toBe('added');
    expect(ran.removed).toEqual(['yours-old']);
    const failing = setup(keep(1, null), [meta('yours-old', '2020-01-01')], [], true);
    expect(await failing.keeper.after('added')).toBe('added');
    expect(failing.logged).toEqual(['retention: disk full']);
    await expect(failing.keeper.after(Promise.reject(new Error('refused')))).rejects.toThrow('refused');
  });

  it('does nothing, not even list, when nothing is limited', async () => {
    const { keeper, removed } = setup(keep(null, null), [meta('yours-old', '1990-01-01')]);
    expect(await keeper.apply()).toBe(0);
    expect(removed).toEqual([]);
  });

  it('runs one apply at a time, the second seeing what the first removed', async () => {
    const { keeper, removed } = setup(keep(null, 1), [
      meta('yours-a', '2026-01-01'),
      meta('yours-b', '2026-02-01'),
      meta('yours-c', '2026-03-01'),
    ]);
    const [first, second] = await Promise.all([keeper.apply(), keeper.apply()]);
    expect([first, second]).toEqual([2, 0]);
    expect(removed.sort()).toEqual(['yours-a', 'yours-b']);
  });
});
