import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { goldFileSchema } from '@/eval/agreements';

const evalDir = resolve(import.meta.dirname, '../../../eval');
const eventOf = (sourceId: string): string => sourceId.slice(0, sourceId.lastIndexOf('-'));

describe('the holdout6 agreement gold', () => {
  const gold = goldFileSchema.parse(
    JSON.parse(readFileSync(resolve(evalDir, 'gold/pairs-holdout6.json'), 'utf8')),
  );

  it('pairs two different sources of one event, every pair held out', () => {
    for (const pair of gold.pairs) {
      expect(pair.a[0], pair.about).not.toBe(pair.b[0]);
      expect(eventOf(pair.a[0]), pair.about).toBe(eventOf(pair.b[0]));
      expect(pair.split, pair.about).toBe('holdout');
    }
    expect(new Set(gold.pairs.map((pair) => eventOf(pair.a[0])))).toEqual(new Set(['b003', 'b063']));
  });

  it('is scored by npm run eval beside holdout5', () => {
    const run = readFileSync(resolve(evalDir, 'run.ts'), 'utf8');
    expect(run).toContain("join(HERE, 'gold/pairs-holdout5.json')");
    expect(run).toContain("join(HERE, 'gold/pairs-holdout6.json')");
  });
});
