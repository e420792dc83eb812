import { describe, expect, it } from 'vitest';
import { dayOf, timelineLayout, type TimelinePoint } from '@/lib/ui/sidebar/timeline-layout';

const published = (id: string, date: string): TimelinePoint => ({ id, date, kind: 'published' });
const reported = (id: string, date: string): TimelinePoint => ({ id, date, kind: 'reported' });

describe('dayOf', () => {
  it.each([
    ['2025-08-06', Date.UTC(2025, 7, 6)],
    ['2025-08', Date.UTC(2025, 7, 1)],
    ['2025', Date.UTC(2025, 0, 1)],
    ['2025-08-06T10:00:00Z', Date.UTC(2025, 7, 6)],
  ])('reads %s as its day', (date, expected) => {
    expect(dayOf(date)).toBe(expected);
  });

  it.each(['2025-02-31', '2025-13-01', 'last Tuesday', '', '06/08/2025'])('refuses %j', (date) => {
    expect(dayOf(date)).toBeNull();
  });
});

describe('timelineLayout', () => {
  it('puts the earliest date at the inset and the latest at the width minus the inset', () => {
    const layout = timelineLayout([published('b', '2025-08-06'), published('a', '2025-03-19')], 320, 20);
    expect(layout.marks.map((mark) => [mark.point.id, mark.x])).toEqual([
      ['a', 20],
      ['b', 300],
    ]);
    expect(layout.from).toBe('2025-03-19');
    expect(layout.to).toBe('2025-08-06');
  });

  it('places a date in between in proportion to the days', () => {
    const layout = timelineLayout(
      [published('a', '2025-01-01'), published('b', '2025-01-11'), published('c', '2025-01-21')],
      220,
      10,
    );
    expect(layout.marks.map((mark) => mark.x)).toEqual([10, 110, 210]);
  });

  it('centres every mark when all dates are the same day, with one tick on it', () => {
    const layout = timelineLayout([published('a', '2025-08-06'), published('b', '2025-08-06')], 300, 20);
    expect(layout.marks.map((mark) => mark.x)).toEqual([150, 150]);
    expect(layout.ticks).toEqual([{ x: 150, day: '2025-08-06', unit: 'day' }]);
    // Two sources on one day are two dots, stacked.
    expect(layout.marks.map((mark) => mark.lane)).toEqual([0, 1]);
  });

  it('moves marks that would overlap into further lanes, up to a cap, per side of the axis', () => {
    const points = [
      published('a', '2025-08-05'),
      published('b', '2025-08-06'),
      published('c', '2025-08-07'),
      published('d', '2025-08-08'),
      published('e', '2025-08-09'),
      published('e2', '2025-08-09'),
      reported('f', '2025-08-05'),
      published('z', '2026-08-05'),
    ];
    const layout = timelineLayout(points, 320, 20);
    const lane = (id: string) => layout.marks.find((mark) => mark.point.id === id)?.lane;
    expect([lane('a'), lane('b'), lane('c'), lane('d'), lane('e'), lane('e2')]).toEqual([0, 1, 2, 3, 3, 3]);
    expect(lane('f')).toBe(0);
    expect(layout.lanes).toEqual({ published: 4, reported: 1 });
  });

  it('leaves out points without a readable date, and is empty when none has one', () => {
    expect(timelineLayout([published('a', 'soon')], 320, 20)).toEqual({
      marks: [],
      ticks: [],
      lanes: { published: 0, reported: 0 },
      from: null,
      to: null,
    });
    expect(
      timelineLayout([published('a', 'soon'), published('b', '2025-08-06')], 320, 20).marks,
    ).toHaveLength(1);
  });

  it.each([
    // [from, to, the unit of the ticks]
    ['2025-08-01', '2025-08-04', 'day'],
    ['2025-03-19', '2025-08-06', 'month'],
    ['2001-01-01', '2025-08-06', 'year'],
  ] as const)('ticks %s to %s on round %ss that fit the width without crowding', (from, to, unit) => {
    const width = 320;
    const layout = timelineLayout([published('a', from), published('b', to)], width, 20);
    expect(layout.ticks.length).toBeGreaterThan(0);
    expect(layout.ticks.every((tick) => tick.unit === unit)).toBe(true);
    for (const tick of layout.ticks) {
      expect(tick.x).toBeGreaterThanOrEqual(20);
      expect(tick.x).toBeLessThanOrEqual(width - 20);
      if (unit === 'month') expect(tick.day.endsWith('-01')).toBe(true);
      if (unit === 'year') expect(tick.day.endsWith('-01-01')).toBe(true);
    }
    const gaps = layout.ticks.slice(1).map((tick, index) => tick.x - (layout.ticks[index]?.x ?? 0));
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(60);
  });
});
