import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keepNewItems, type PhraseCount } from '@/lib/user-sources';
import { PhrasePool } from '@/lib/user-sources/phrase-pool';

// Keys that join (a lone surname and the full names ending with it), an acronym, a known key.
const LABELS = ['Ana Ruiz', 'Ruiz', 'Pedro Ruiz', 'NRA', 'Nra', 'Port Varnal', 'Varnal', 'Putin', 'Skerrow'];
const KNOWN = new Set(['putin']);
const TAKEN = new Set(['varnal']);
const key = (label: string): string => label.toLowerCase().replace(/[^a-z0-9]+/g, '-');

const phrase = fc.record({
  label: fc.constantFrom(...LABELS),
  count: fc.integer({ min: 1, max: 3 }),
  person: fc.nat(2),
  openingOnly: fc.boolean(),
});
const phrases = fc.array(phrase, { maxLength: 5 }).map((list) => {
  const byKey = new Map<string, PhraseCount>();
  for (const { label, count, person, openingOnly } of list)
    byKey.set(key(label), {
      labels: { [label]: count },
      count,
      votes: person > 0 ? { person } : {},
      acronym: label === label.toUpperCase(),
      ...(openingOnly && { openingOnly }),
    });
  return byKey;
});
const operation = fc.oneof(
  fc.record({ kind: fc.constant('add' as const), source: fc.nat(3), phrases }),
  fc.record({ kind: fc.constant('remove' as const), source: fc.nat(3) }),
);

describe('PhrasePool', () => {
  it('changed one source at a time equals the items of the sources left, pooled at once, and names what changed', () => {
    fc.assert(
      fc.property(fc.array(operation, { minLength: 1, maxLength: 12 }), (operations) => {
        const pool = new PhrasePool(KNOWN, TAKEN);
        const stored = new Map<string, Map<string, PhraseCount>>();
        for (const op of operations) {
          const id = `yours-${op.source}`;
          const before = pool.all;
          const touched = new Set<string>();
          const old = stored.get(id);
          if (old) pool.change(id, old, -1, touched);
          stored.delete(id);
          if (op.kind === 'add') {
            pool.change(id, op.phrases, 1, touched);
            stored.set(id, op.phrases);
          }
          const changed = pool.settle(touched);
          const expected = keepNewItems(stored, KNOWN, TAKEN);
          expect(pool.all).toEqual(expected);
          // Every item that differs from before is among those settle reports.
          const reported = new Set([...changed.before, ...changed.after].map((item) => item.id));
          const was = new Map(before.map((item) => [item.id, JSON.stringify(item)]));
          for (const item of expected)
            if (was.get(item.id) !== JSON.stringify(item)) expect(reported.has(item.id)).toBe(true);
          for (const item of before)
            if (!expected.some((e) => e.id === item.id)) expect(reported.has(item.id)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
