import { describe, expect, it } from 'vitest';
import { junkItems } from '@/eval/junk-items';

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
