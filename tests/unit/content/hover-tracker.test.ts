import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HIT_TEST_DELAY_MS, trackHover } from '../../../lib/content/hover-tracker';

const timers = {
  setTimeout: (handler: () => void, ms: number) => setTimeout(handler, ms) as unknown as number,
  clearTimeout: (id: number | undefined) => clearTimeout(id),
} as Pick<Window, 'setTimeout' | 'clearTimeout'>;

/** A page where the mention "Witkoff" covers x 100–160 on the line y 40–56. */
function setUp(options: { overCard?: () => boolean } = {}) {
  const doc = new EventTarget();
  const lookups: Array<[number, number]> = [];
  const told: string[] = [];
  const abort = new AbortController();
  const overCardTargets: unknown[] = [];
  trackHover<string>({
    doc: doc,
    timers,
    mentionAt: (x, y) => {
      lookups.push([x, y]);
      return x >= 100 && x < 160 && y >= 40 && y < 56 ? 'Witkoff' : undefined;
    },
    isOverCard: (target) => {
      overCardTargets.push(target);
      return options.overCard?.() ?? false;
    },
    intent: {
      restOn: (mention) => told.push(`rest on ${mention}`),
      leaveMention: () => told.push('leave'),
    },
    signal: abort.signal,
  });
  const move = (clientX: number, clientY: number): void =>
    void doc.dispatchEvent(Object.assign(new Event('pointermove'), { clientX, clientY }));
  return { doc, move, lookups, told, abort, overCardTargets };
}

describe('the hover tracker', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('looks under the pointer once it has rested, and tells the intent it rests on the mention there', () => {
    const { move, lookups, told } = setUp();
    move(120, 48);
    vi.advanceTimersByTime(HIT_TEST_DELAY_MS - 1);
    expect(lookups).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(lookups).toEqual([[120, 48]]);
    expect(told).toEqual(['rest on Witkoff']);
  });

  it('looks once per rest, where the pointer stopped, however many moves came before', () => {
    const { move, lookups, told } = setUp();
    for (let x = 0; x < 130; x += 10) {
      move(x, 48);
      vi.advanceTimersByTime(HIT_TEST_DELAY_MS / 2);
    }
    vi.advanceTimersByTime(HIT_TEST_DELAY_MS);
    expect(lookups).toEqual([[120, 48]]);
    expect(told).toEqual(['rest on Witkoff']);
  });

  it('tells the intent the pointer left when it rests where there is no mention', () => {
    const { move, told } = setUp();
    move(120, 48);
    vi.advanceTimersByTime(HIT_TEST_DELAY_MS);
    move(300, 48);
    vi.advanceTimersByTime(HIT_TEST_DELAY_MS);
    expect(told).toEqual(['rest on Witkoff', 'leave']);
  });

  it('leaves moves over the card to the card: no lookup, and a pending one still runs', () => {
    let overCard = false;
    const { doc, move, lookups, told, overCardTargets } = setUp({ overCard: () => overCard });
    move(120, 48);
    overCard = true;
    vi.advanceTimersByTime(HIT_TEST_DELAY_MS / 2);
    move(400, 300);
    vi.advanceTimersByTime(HIT_TEST_DELAY_MS);
    expect(lookups).toEqual([[120, 48]]);
    expect(told).toEqual(['rest on Witkoff']);
    expect(overCardTargets.at(-1)).toBe(doc);
  });

  it('stops listening, and drops the pending lookup, when its signal aborts', () => {
    const { move, lookups, told, abort } = setUp();
    move(120, 48);
    abort.abort();
    vi.advanceTimersByTime(HIT_TEST_DELAY_MS);
    move(130, 48);
    vi.advanceTimersByTime(HIT_TEST_DELAY_MS);
    expect(lookups).toEqual([]);
    expect(told).toEqual([]);
    expect(vi.getTimerCount()).toBe(0);
  });
});
