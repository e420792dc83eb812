import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { goldFileSchema } from '@/eval/agreements';

const evalDir = resolve(import.meta.dirname, '../../../eval');
const eventOf = (sourceId: string): string => sourceId.slice(0, sourceId.lastIndexOf('-'));

/** Each clean agreement hold-out, its events, and the hold-out printed before it in run.ts. */
const HOLDOUTS = [
  { name: 'holdout6', events: ['b003', 'b063'], scoredBeside: 'holdout5' },
  { name: 'holdout7', events: ['b068', 'b069'], scoredBeside: 'holdout6' },
  { name: 'holdout8', events: ['b008', 'b092'], scoredBeside: 'holdout7' },
];

describe.each(HOLDOUTS)('the $name agreement gold', ({ name, events, scoredBeside }) => {
  const gold = goldFileSchema.parse(
    JSON.parse(readFileSync(resolve(evalDir, `gold/pairs-${name}.json`), 'utf8')),
  );

  it('pairs two different sources of one event, every pair held out', () => {
    for (const pair of gold.pairs) {
      expect(pair.a[0], pair.about).not.toBe(pair.b[0]);
      expect(eventOf(pair.a[0]), pair.about).toBe(eventOf(pair.b[0]));
      expect(pair.split, pair.about).toBe('holdout');
    }
    expect(new Set(gold.pairs.map((pair) => eventOf(pair.a[0])))).toEqual(new Set(events));
  });

  it(`is scored by npm run eval beside ${scoredBeside}`, () => {
    const run = readFileSync(resolve(evalDir, 'run.ts'), 'utf8');
    expect(run).toContain(`join(HERE, 'gold/pairs-${scoredBeside}.json')`);
    expect(run).toContain(`join(HERE, 'gold/pairs-${name}.json')`);
  });
});
