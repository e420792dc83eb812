import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { junkGoldFiles, junkItems, junkSuiteName, type JunkGold } from '@/eval/junk-items';

describe('junkItems', () => {
  const judged = [
    { label: 'halt', kind: 'topic' as const, junk: true },
    { label: 'partial ceasefire', kind: 'topic' as const, junk: false },
    { label: 'Kremlin', kind: 'organisation' as const, junk: false },
  ];

  it('counts the judged junk among the catalogue items, whatever the label case', () => {
    const result = junkItems(
      'seeds',
      [
        { label: 'Halt', kind: 'topic' },
        { label: 'partial ceasefire', kind: 'topic' },
        { label: 'Kremlin', kind: 'organisation' },
        { label: 'Moscow', kind: 'place' },
      ],
      judged,
    );
    expect(result.junk).toEqual(['Halt']);
    expect(result.junkShare).toBe(0.25);
    expect(result.unjudged).toEqual(['place:Moscow']);
  });

  it('does not take a judgment of one kind for an item of another', () => {
    const result = junkItems('seeds', [{ label: 'halt', kind: 'place' }], judged);
    expect(result.junk).toEqual([]);
    expect(result.unjudged).toEqual(['place:halt']);
  });
});

describe('the junk hold-outs', () => {
  const evalDir = resolve(import.meta.dirname, '../../../eval');

  it('names each suite with its hold-out, the second one numbered', () => {
    expect(junkSuiteName({ corpus: 'basil', event: 'b019' })).toBe('basil b019');
    expect(junkSuiteName({ corpus: 'basil', event: 'b050', holdout: true })).toBe('basil b050 (hold-out)');
    expect(junkSuiteName({ corpus: 'basil', event: 'b039', holdout: 2 })).toBe('basil b039 (hold-out 2)');
    expect(junkSuiteName({ corpus: 'basil', event: 'b078', holdout: 3 })).toBe('basil b078 (hold-out 3)');
    expect(junkSuiteName({ corpus: 'basil', event: 'b033', holdout: 4 })).toBe('basil b033 (hold-out 4)');
    expect(junkSuiteName({ corpus: 'seeds' })).toBe('seeds');
  });

  it('reads junk-items-holdout2.json, -holdout3.json and -holdout4.json beside the b050 hold-out, as basil b039 (hold-out 2), basil b078 (hold-out 3) and basil b033 (hold-out 4)', () => {
    const files = junkGoldFiles(evalDir);
    expect(files.map((file) => basename(file))).toEqual([
      'junk-items.json',
      'junk-items-holdout.json',
      'junk-items-holdout2.json',
      'junk-items-holdout3.json',
      'junk-items-holdout4.json',
    ]);
    const names = files.flatMap((file) =>
      (JSON.parse(readFileSync(file, 'utf8')) as JunkGold).suites.map((suite) => junkSuiteName(suite)),
    );
    expect(names).toContain('basil b050 (hold-out)');
    expect(names).toContain('basil b039 (hold-out 2)');
    expect(names).toContain('basil b078 (hold-out 3)');
    expect(names).toContain('basil b033 (hold-out 4)');
  });
});
