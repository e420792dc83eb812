import { describe, expect, it } from 'vitest';
import { describeIssues, z } from '@/lib/validation';

describe('describeIssues', () => {
  const entry = z.strictObject({ title: z.string(), published: z.nullable(z.string()) });
  const manifest = z.record(z.string(), entry);

  function issuesOf(value: unknown): string {
    const result = manifest.safeParse(value);
    if (result.success) throw new Error('expected the value to be refused');
    return describeIssues(result.error);
  }

  it('names each unknown key as a field of its own', () => {
    expect(issuesOf({ walkout: { title: 'A', published: null, pubished: 'x', outlet: 'y' } })).toBe(
      'field "walkout.pubished": is not a known field; field "walkout.outlet": is not a known field',
    );
  });

  it('names the field and the reason for a value of the wrong type', () => {
    expect(issuesOf({ walkout: { title: 7, published: null } })).toMatch(
      /^field "walkout\.title": .*expected string, received number$/u,
    );
  });

  it('names the root when the whole value is wrong', () => {
    expect(issuesOf([])).toMatch(/^field "\(root\)": /u);
  });
});
