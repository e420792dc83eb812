import { parseHTML } from 'linkedom';
import { describe, expect, it, vi } from 'vitest';
import { MIN_RESCAN_INTERVAL_MS, MUTATION_DEBOUNCE_MS, watchMutations } from '@/lib/highlight';
import { fakeObserverClass } from '../../helpers/fake-mutation-observer';

function setup() {
  vi.useFakeTimers();
  const { document } = parseHTML('<html><body><main><p id="a">One</p><p id="b">Two</p></main></body></html>');
  const { observers, Class } = fakeObserverClass();
  const onChange = vi.fn<(roots: Node[]) => void>();
  const stop = watchMutations(
    document.documentElement,
    onChange,
    {
      setTimeout: (callback, ms) => setTimeout(callback, ms) as unknown as number,
      clearTimeout: (id) => clearTimeout(id),
      now: () => Date.now(),
    },
    Class,
  );
  const emit = (records: Partial<MutationRecord>[]) => observers[0]?.callback(records);
  const added = (node: Node): Partial<MutationRecord> => ({
    type: 'childList',
    target: node.parentNode as Node,
    addedNodes: [node] as unknown as NodeList,
    removedNodes: [] as unknown as NodeList,
  });
  return { document, onChange, stop, emit, added, observers };
}

describe('watchMutations', () => {
  it('reports the outermost changed subtrees once, after the debounce', () => {
    const { document, onChange, emit, added } = setup();
    const a = document.getElementById('a') as Element;
    const inner = document.createElement('span');
    a.appendChild(inner);
    emit([added(inner), added(a)]);
    expect(onChange).not.toHaveBeenCalled();
    vi.advanceTimersByTime(MUTATION_DEBOUNCE_MS);
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(onChange.mock.calls[0]?.[0]).toEqual([a]);
    vi.useRealTimers();
  });

  it('rescans at most once per interval on a page that mutates without end', () => {
    const { document, onChange, emit, added } = setup();
    const b = document.getElementById('b') as Element;
    for (let ms = 0; ms < 10_000; ms += 5) {
      const node = document.createElement('i');
      b.appendChild(node);
      emit([added(node)]);
      vi.advanceTimersByTime(5);
    }
    expect(onChange.mock.calls.length).toBeLessThanOrEqual(10_000 / MIN_RESCAN_INTERVAL_MS + 1);
    vi.useRealTimers();
  });

  it('ignores changes inside Parallax’s own card', () => {
    const { document, onChange, emit, added } = setup();
    const card = document.createElement('parallax-card');
    document.documentElement.appendChild(card);
    emit([added(card)]);
    vi.advanceTimersByTime(MIN_RESCAN_INTERVAL_MS * 2);
    expect(onChange).not.toHaveBeenCalled();
    vi.useRealTimers();
  });

  it('stops observing when stopped', () => {
    const { stop, observers } = setup();
    stop();
    expect(observers[0]?.disconnected).toBe(true);
    vi.useRealTimers();
  });
});
