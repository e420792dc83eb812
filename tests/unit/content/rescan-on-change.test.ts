import { parseHTML } from 'linkedom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { rescanOnChange } from '../../../lib/content/rescan-on-change';
import { MUTATION_DEBOUNCE_MS } from '../../../lib/highlight';
import { fakeObserverClass } from '../../helpers/fake-mutation-observer';

function setUp(shown: () => string[] = () => [], onScan: () => void = () => undefined) {
  const { document } = parseHTML(
    '<html><body><main><p id="a">One <b id="bold">two</b></p></main></body></html>',
  );
  const { observers, Class } = fakeObserverClass();
  const calls: string[] = [];
  const abort = new AbortController();
  let changed = 0;
  const win = {
    setTimeout: (handler: () => void, ms: number) => setTimeout(handler, ms) as unknown as number,
    clearTimeout: (id: number | undefined) => clearTimeout(id),
    performance: { now: () => Date.now() },
    MutationObserver: Class,
  } as unknown as Parameters<typeof rescanOnChange>[1];
  rescanOnChange(
    document,
    win,
    {
      prune: () => void calls.push('prune'),
      scan: (root) => {
        calls.push(`scan ${(root as Element).id || (root as Element).tagName}`);
        onScan();
        return Promise.resolve({} as never);
      },
      mentions: () => shown().map((entityId) => ({ entityId }) as never),
    },
    () => void calls.push('pruned'),
    abort.signal,
    () => void changed++,
  );
  return { document, observers, calls, abort, changes: () => changed };
}

/** A change inside the paragraph "a", as the observer reports it. */
function changeParagraph(document: Document, observers: ReturnType<typeof fakeObserverClass>['observers']) {
  const bold = document.getElementById('bold') as unknown as Node;
  const text = document.createTextNode(' three');
  bold.appendChild(text);
  observers[0]?.callback([
    {
      type: 'childList',
      target: bold,
      addedNodes: [text] as unknown as NodeList,
      removedNodes: [] as unknown as NodeList,
    },
  ]);
}

describe('rescanning what changed', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('prunes, reports the prune, then scans the block around each change', () => {
    const { document, observers, calls } = setUp();
    const bold = document.getElementById('bold') as unknown as Node;
    const text = document.createTextNode(' three');
    bold.appendChild(text);
    observers[0]?.callback([
      {
        type: 'childList',
        target: bold,
        addedNodes: [text] as unknown as NodeList,
        removedNodes: [] as unknown as NodeList,
      },
    ]);
    vi.advanceTimersByTime(MUTATION_DEBOUNCE_MS);
    expect(calls).toEqual(['prune', 'pruned', 'scan a']);
  });

  it.each([
    { case: 'an item appears', before: ['a'], after: ['a', 'b'], told: 1 },
    { case: 'an item goes', before: ['a', 'b'], after: ['b'], told: 1 },
    { case: 'one item replaces another', before: ['a'], after: ['b'], told: 1 },
    { case: 'the same items, another mention of one', before: ['a', 'b'], after: ['b', 'a', 'a'], told: 0 },
  ])('tells onItemsChanged once the rescan is done when $case ($told)', async ({ before, after, told }) => {
    let shown = before;
    const { document, observers, calls, changes } = setUp(
      () => shown,
      () => (shown = after),
    );
    changeParagraph(document, observers);
    vi.advanceTimersByTime(MUTATION_DEBOUNCE_MS);
    expect(calls).toContain('scan a');
    // Lets the scans' promises settle (the fake timers hold no more work).
    await vi.advanceTimersByTimeAsync(0);
    expect(changes()).toBe(told);
  });

  it('stops watching the page when its signal aborts', () => {
    const { observers, abort } = setUp();
    abort.abort();
    expect(observers[0]?.disconnected).toBe(true);
  });
});
