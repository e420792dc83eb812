import { describe, expect, it } from 'vitest';
import { lazySchema, z } from '../../../lib/validation';

describe('lazySchema', () => {
  it('builds nothing until the schema is first used, then builds it once', () => {
    let builds = 0;
    const schema = lazySchema(() => {
      builds++;
      return z.strictObject({ type: z.literal('x'), n: z.int() });
    });
    expect(builds).toBe(0);
    expect(schema.parse({ type: 'x', n: 1 })).toEqual({ type: 'x', n: 1 });
    expect(schema.safeParse({ type: 'x', n: 1.5 }).success).toBe(false);
    expect(builds).toBe(1);
  });

  it('nests inside other schemas, lazy or not, and in discriminated unions', () => {
    const item = lazySchema(() => z.strictObject({ type: z.literal('item'), id: z.string() }));
    const other = lazySchema(() => z.strictObject({ type: z.literal('other') }));
    const union = lazySchema(() => z.discriminatedUnion('type', [item, other]));
    const list = z.array(union);
    expect(list.parse([{ type: 'item', id: 'a' }, { type: 'other' }])).toHaveLength(2);
    const failed = list.safeParse([{ type: 'item' }, { type: 'unknown' }]);
    expect(failed.success).toBe(false);
    expect(failed.error?.issues.map((issue) => issue.path)).toEqual([
      [0, 'id'],
      [1, 'type'],
    ]);
  });

  it('keeps defaults and catches of the schema it stands for', () => {
    const schema = lazySchema(() => z.object({ on: z.catch(z.boolean(), true), n: z._default(z.int(), 3) }));
    expect(schema.parse({ on: 'garbage' })).toEqual({ on: true, n: 3 });
  });
});
