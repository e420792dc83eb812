import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  CLOSE_DELAY_MS,
  createCardIntent,
  OPEN_DELAY_MS,
  type CardIntentTimers,
} from '@/lib/ui/card/card-intent';

/** An intent over string targets whose callbacks record what happened, in order. */
function recordedIntent(timers?: CardIntentTimers) {
  const events: string[] = [];
  const intent = createCardIntent<string>(
    {
      open: (target) => events.push(`open ${target}`),
      close: () => events.push('close'),
    },
    timers,
  );
  return { intent, events };
}

describe('createCardIntent', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('opens a card once the pointer has rested on a mention for the open delay', () => {
    const { intent, events } = recordedIntent();
    intent.restOn('a');
    vi.advanceTimersByTime(OPEN_DELAY_MS - 1);
    expect(events).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(events).toEqual(['open a']);
    expect(intent.current).toBe('a');
  });

  it('opens nothing for a pointer that only crosses a mention', () => {
    const { intent, events } = recordedIntent();
    intent.restOn('a');
    vi.advanceTimersByTime(OPEN_DELAY_MS / 2);
    intent.leaveMention();
    vi.advanceTimersByTime(OPEN_DELAY_MS + CLOSE_DELAY_MS);
    expect(events).toEqual([]);
    expect(intent.current).toBeNull();
  });

  it('does not restart the countdown when the same mention is reported again', () => {
    const { intent, events } = recordedIntent();
    intent.restOn('a');
    vi.advanceTimersByTime(OPEN_DELAY_MS - 50);
    intent.restOn('a');
    vi.advanceTimersByTime(50);
    expect(events).toEqual(['open a']);
  });

  it('closes the card after the close delay once the pointer has left the mention', () => {
    const { intent, events } = recordedIntent();
    intent.restOn('a');
    vi.advanceTimersByTime(OPEN_DELAY_MS);
    intent.leaveMention();
    vi.advanceTimersByTime(CLOSE_DELAY_MS - 1);
    expect(events).toEqual(['open a']);
    vi.advanceTimersByTime(1);
    expect(events).toEqual(['open a', 'close']);
    expect(intent.current).toBeNull();
  });

  it('keeps the card open while the pointer travels from the mention into the card', () => {
    const { intent, events } = recordedIntent();
    intent.restOn('a');
    vi.advanceTimersByTime(OPEN_DELAY_MS);
    intent.leaveMention();
    vi.advanceTimersByTime(CLOSE_DELAY_MS - 1);
    intent.enterCard();
    vi.advanceTimersByTime(10 * CLOSE_DELAY_MS);
    expect(events).toEqual(['open a']);
  });

  it('closes the card after the close delay once the pointer has left the card', () => {
    const { intent, events } = recordedIntent();
    intent.restOn('a');
    vi.advanceTimersByTime(OPEN_DELAY_MS);
    intent.leaveMention();
    intent.enterCard();
    intent.leaveCard();
    vi.advanceTimersByTime(CLOSE_DELAY_MS);
    expect(events).toEqual(['open a', 'close']);
  });

  it('keeps the card open when the pointer comes back to its mention', () => {
    const { intent, events } = recordedIntent();
    intent.restOn('a');
    vi.advanceTimersByTime(OPEN_DELAY_MS);
    intent.leaveMention();
    vi.advanceTimersByTime(CLOSE_DELAY_MS / 2);
    intent.restOn('a');
    vi.advanceTimersByTime(10 * CLOSE_DELAY_MS);
    expect(events).toEqual(['open a']);
  });

  it('switches to another mention after the open delay, keeping one card', () => {
    const { intent, events } = recordedIntent();
    intent.restOn('a');
    vi.advanceTimersByTime(OPEN_DELAY_MS);
    intent.leaveMention();
    intent.restOn('b');
    vi.advanceTimersByTime(OPEN_DELAY_MS - 1);
    expect(intent.current).toBe('a');
    vi.advanceTimersByTime(1);
    expect(events).toEqual(['open a', 'open b']);
    expect(intent.current).toBe('b');
    vi.advanceTimersByTime(10 * CLOSE_DELAY_MS);
    expect(events).toEqual(['open a', 'open b']);
  });

  it('does not switch for a pointer crossing another mention, and then closes as usual', () => {
    const { intent, events } = recordedIntent();
    intent.restOn('a');
    vi.advanceTimersByTime(OPEN_DELAY_MS);
    intent.leaveMention();
    intent.restOn('b');
    vi.advanceTimersByTime(OPEN_DELAY_MS / 2);
    intent.leaveMention();
    vi.advanceTimersByTime(CLOSE_DELAY_MS);
    expect(events).toEqual(['open a', 'close']);
  });

  it('forgets a pending switch when the pointer enters the open card', () => {
    const { intent, events } = recordedIntent();
    intent.restOn('a');
    vi.advanceTimersByTime(OPEN_DELAY_MS);
    intent.restOn('b');
    intent.enterCard();
    vi.advanceTimersByTime(10 * OPEN_DELAY_MS);
    expect(events).toEqual(['open a']);
  });

  it('closes at once on closeNow (Esc), cancelling whatever was pending', () => {
    const { intent, events } = recordedIntent();
    intent.restOn('a');
    vi.advanceTimersByTime(OPEN_DELAY_MS);
    intent.restOn('b');
    intent.closeNow();
    expect(events).toEqual(['open a', 'close']);
    vi.advanceTimersByTime(10 * OPEN_DELAY_MS);
    expect(events).toEqual(['open a', 'close']);
  });

  it('does not report a close when no card is open', () => {
    const { intent, events } = recordedIntent();
    intent.closeNow();
    intent.leaveCard();
    intent.leaveMention();
    vi.advanceTimersByTime(10 * CLOSE_DELAY_MS);
    expect(events).toEqual([]);
  });

  it('opens at once for openNow (keyboard focus), cancelling a pending close', () => {
    const { intent, events } = recordedIntent();
    intent.restOn('a');
    vi.advanceTimersByTime(OPEN_DELAY_MS);
    intent.leaveMention();
    intent.openNow('b');
    expect(events).toEqual(['open a', 'open b']);
    vi.advanceTimersByTime(10 * CLOSE_DELAY_MS);
    expect(events).toEqual(['open a', 'open b']);
  });

  it('calls nothing after dispose, not even timers that were pending', () => {
    const { intent, events } = recordedIntent();
    intent.restOn('a');
    vi.advanceTimersByTime(OPEN_DELAY_MS);
    intent.leaveMention();
    intent.restOn('b');
    intent.dispose();
    vi.advanceTimersByTime(10 * CLOSE_DELAY_MS);
    intent.restOn('c');
    intent.openNow('c');
    intent.closeNow();
    vi.advanceTimersByTime(10 * CLOSE_DELAY_MS);
    expect(events).toEqual(['open a']);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('uses the timers it is given', () => {
    const scheduled = new Map<number, () => void>();
    let next = 0;
    const timers: CardIntentTimers = {
      setTimeout: (callback) => {
        scheduled.set(++next, callback);
        return next as unknown as ReturnType<typeof setTimeout>;
      },
      clearTimeout: (id) => scheduled.delete(id as unknown as number),
    };
    const { intent, events } = recordedIntent(timers);
    intent.restOn('a');
    expect(vi.getTimerCount()).toBe(0);
    expect(scheduled.size).toBe(1);
    for (const callback of scheduled.values()) callback();
    expect(events).toEqual(['open a']);
  });
});
