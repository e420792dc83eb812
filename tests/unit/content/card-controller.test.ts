import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createCardController,
  LOADING_AFTER_MS,
  type CardTarget,
  type CardView,
} from '../../../lib/content/card-controller';
import { CARD_MARKS } from '../../../lib/content/phase-marks';
import { CARD_ATTEMPT_MS } from '../../../lib/content/with-deadline';
import type { ItemCardResponse } from '../../../lib/messaging/protocol';
import type { CardState } from '../../../lib/ui/card/ItemCard';
import type { Rect } from '../../../lib/ui/card/place-card';
import { deferred as pending } from '../../helpers/deferred';

/** Only the controller's own checks read the answer: any object stands for a card. */
const answerFor = (entityId: string) => ({ entityId }) as unknown as ItemCardResponse;

const ANCHOR: Rect = { left: 10, top: 20, right: 60, bottom: 36 };

/** Everything the controller does to the page, in order. */
function setUp(options: { anchorOf?: (target: CardTarget) => Rect | null } = {}) {
  const calls: string[] = [];
  const shown: CardState[] = [];
  const requests: Array<{ target: CardTarget; answer: ReturnType<typeof pending<ItemCardResponse>> }> = [];
  const marks: Array<{ name: string; detail: unknown }> = [];
  let mounts = 0;
  const win = {
    setTimeout: (handler: () => void, ms: number) => setTimeout(handler, ms) as unknown as number,
    clearTimeout: (id: number | undefined) => clearTimeout(id),
    requestAnimationFrame: (callback: () => void) => setTimeout(callback, 16) as unknown as number,
    performance: {
      mark: (name: string, options?: { detail?: unknown }) =>
        void marks.push({ name, detail: options?.detail }),
    },
  } as unknown as Parameters<typeof createCardController>[0]['win'];
  const controller = createCardController<CardTarget>({
    win,
    mount: (): CardView => {
      mounts++;
      calls.push('mount');
      return {
        show: (state) => {
          shown.push(state);
          calls.push(`show ${state.status}`);
        },
        focus: () => calls.push('focus'),
        contains: (node) => node === (inside as unknown as Node),
        remove: () => calls.push('remove'),
      };
    },
    anchorOf: options.anchorOf ?? (() => ANCHOR),
    labelOf: (target) => `label of ${target.entityId}`,
    request: (target) => {
      const answer = pending<ItemCardResponse>();
      requests.push({ target, answer });
      return answer.promise;
    },
  });
  return { controller, calls, shown, requests, marks, mounts: () => mounts };
}

const inside = { card: 'inside' };
const witkoff: CardTarget = { entityId: 'steve-witkoff', text: 'Witkoff' };
const putin: CardTarget = { entityId: 'vladimir-putin', text: 'Putin' };

/** Lets the controller's awaits run. */
const settle = () => vi.advanceTimersByTimeAsync(0);

describe('the card controller', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('shows the answer that comes before the loading delay, without "Loading…"', async () => {
    const { controller, shown, requests } = setUp();
    const opened = controller.open(witkoff);
    await vi.advanceTimersByTimeAsync(LOADING_AFTER_MS - 1);
    requests[0]?.answer.resolve(answerFor('steve-witkoff'));
    await opened;
    await vi.advanceTimersByTimeAsync(LOADING_AFTER_MS * 2);
    expect(shown).toEqual([{ status: 'ready', card: answerFor('steve-witkoff') }]);
  });

  it('shows "Loading…" with the item\'s label once the loading delay has passed, then the answer', async () => {
    const { controller, shown, requests } = setUp();
    const opened = controller.open(witkoff);
    await vi.advanceTimersByTimeAsync(LOADING_AFTER_MS - 1);
    expect(shown).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(shown).toEqual([{ status: 'loading', label: 'label of steve-witkoff' }]);
    requests[0]?.answer.resolve(answerFor('steve-witkoff'));
    await opened;
    expect(shown.at(-1)).toEqual({ status: 'ready', card: answerFor('steve-witkoff') });
  });

  it('drops the answer of a card since replaced by another (a stale ticket)', async () => {
    const { controller, shown, requests } = setUp();
    const first = controller.open(witkoff);
    const second = controller.open(putin);
    requests[1]?.answer.resolve(answerFor('vladimir-putin'));
    await second;
    requests[0]?.answer.resolve(answerFor('steve-witkoff'));
    await first;
    await vi.advanceTimersByTimeAsync(LOADING_AFTER_MS * 2);
    expect(shown).toEqual([{ status: 'ready', card: answerFor('vladimir-putin') }]);
    expect(controller.shown).toBe(putin);
  });

  it('drops an answer that comes after the card was closed, and mounts a fresh card on the next open', async () => {
    const { controller, calls, requests } = setUp();
    const opened = controller.open(witkoff);
    controller.close();
    requests[0]?.answer.resolve(answerFor('steve-witkoff'));
    await opened;
    await vi.advanceTimersByTimeAsync(LOADING_AFTER_MS * 2);
    expect(calls).toEqual(['mount', 'remove']);
    expect(controller.isOpen).toBe(false);
    expect(controller.shown).toBeNull();
    void controller.open(putin);
    expect(calls).toEqual(['mount', 'remove', 'mount']);
  });

  it('asks once more when the first attempt meets its deadline, and shows the second answer', async () => {
    const { controller, shown, requests } = setUp();
    const opened = controller.open(witkoff);
    await vi.advanceTimersByTimeAsync(CARD_ATTEMPT_MS - 1);
    expect(requests).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(requests).toHaveLength(2);
    requests[1]?.answer.resolve(answerFor('steve-witkoff'));
    await opened;
    expect(shown.at(-1)).toEqual({ status: 'ready', card: answerFor('steve-witkoff') });
  });

  it('asks no more than twice: two lost attempts show the error, with the label', async () => {
    const { controller, shown, requests } = setUp();
    const opened = controller.open(witkoff);
    await vi.advanceTimersByTimeAsync(CARD_ATTEMPT_MS * 2);
    await opened;
    await vi.advanceTimersByTimeAsync(CARD_ATTEMPT_MS * 4);
    expect(requests).toHaveLength(2);
    expect(shown.at(-1)).toEqual({ status: 'error', label: 'label of steve-witkoff' });
  });

  it('retries a failed attempt at once, without waiting for the deadline', async () => {
    const { controller, shown, requests } = setUp();
    const opened = controller.open(witkoff);
    requests[0]?.answer.reject(new Error('messaging: no receiver'));
    await settle();
    expect(requests).toHaveLength(2);
    requests[1]?.answer.resolve(answerFor('steve-witkoff'));
    await opened;
    expect(shown).toEqual([{ status: 'ready', card: answerFor('steve-witkoff') }]);
  });

  it('marks the open and the first frame with the answer, for the benchmark', async () => {
    const { controller, requests, marks } = setUp();
    const opened = controller.open(witkoff);
    requests[0]?.answer.resolve(answerFor('steve-witkoff'));
    await opened;
    expect(marks).toEqual([{ name: CARD_MARKS.open, detail: 'steve-witkoff' }]);
    await vi.advanceTimersByTimeAsync(16);
    expect(marks.at(-1)).toEqual({ name: CARD_MARKS.ready, detail: 'steve-witkoff' });
  });

  it('does nothing for a target with no box on the page', async () => {
    const { controller, calls, requests } = setUp({ anchorOf: () => null });
    await controller.open(witkoff);
    expect(calls).toEqual([]);
    expect(requests).toEqual([]);
    expect(controller.isOpen).toBe(false);
  });

  it('moves focus into the card on the open after focusOnNextOpen, and only on that one', async () => {
    const { controller, calls, requests } = setUp();
    controller.focusOnNextOpen();
    const first = controller.open(witkoff);
    requests[0]?.answer.resolve(answerFor('steve-witkoff'));
    await first;
    expect(calls).toEqual(['mount', 'show ready', 'focus']);
    const second = controller.open(putin);
    requests[1]?.answer.resolve(answerFor('vladimir-putin'));
    await second;
    expect(calls).toEqual(['mount', 'show ready', 'focus', 'show ready']);
  });

  it('places the shown card again on reposition, and only a card that shows something', async () => {
    const { controller, shown, requests } = setUp();
    controller.reposition();
    const opened = controller.open(witkoff);
    controller.reposition();
    expect(shown).toEqual([]);
    requests[0]?.answer.resolve(answerFor('steve-witkoff'));
    await opened;
    controller.reposition();
    expect(shown).toHaveLength(2);
    expect(shown[1]).toEqual(shown[0]);
  });

  it('knows the nodes of its card', () => {
    const { controller } = setUp();
    expect(controller.contains(inside as unknown as Node)).toBe(false);
    void controller.open(witkoff);
    expect(controller.contains(inside as unknown as Node)).toBe(true);
    expect(controller.contains(null)).toBe(false);
  });
});
