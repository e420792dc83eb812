import { describe, expect, it } from 'vitest';
import { IDLE_CLOSE_MS, itemExtractor, type ItemWorkerHost } from '@/lib/background';
import { findNamedPhrases, userArticle, type UserSourceDraft } from '@/lib/user-sources';

const draft = (text: string): UserSourceDraft => ({
  outlet: 'Outlet',
  title: null,
  author: null,
  published: null,
  url: null,
  text,
});

/** A host that answers what it is told to, and counts how often it was opened and closed. */
function fakeHost(answer: (text: string) => Promise<Record<string, unknown>>) {
  const counts = { opened: 0, closed: 0 };
  const open = (): ItemWorkerHost => {
    counts.opened++;
    return {
      extract: async (source) => ({ type: 'items-extracted', phrases: (await answer(source.text)) as never }),
      close: () => {
        counts.closed++;
      },
    };
  };
  return { open, counts };
}

/** Timers run only when the test says so. */
function manualTimers() {
  const timers = new Map<number, { run: () => void; ms: number }>();
  let next = 0;
  return {
    setTimer: (run: () => void, ms: number) => {
      timers.set(++next, { run, ms });
      return next;
    },
    clearTimer: (timer: unknown) => timers.delete(timer as number),
    runAll: () => {
      for (const [id, timer] of [...timers]) {
        timers.delete(id);
        timer.run();
      }
    },
    delays: () => [...timers.values()].map((timer) => timer.ms),
  };
}

const phrase = { labels: { 'Ana Ruiz': 2 }, count: 2, votes: { person: 2 }, acronym: false };

describe('itemExtractor (the background’s extractItems)', () => {
  it('returns the worker’s items and closes the host once idle, not while an article waits', async () => {
    const { open, counts } = fakeHost(() => Promise.resolve({ 'ana-ruiz': phrase }));
    const timers = manualTimers();
    const extract = itemExtractor({ open, log: () => {}, ...timers });
    const [a, b] = await Promise.all([extract(draft('one')), extract(draft('two'))]);
    expect(a.get('ana-ruiz')).toEqual(phrase);
    expect(b.get('ana-ruiz')).toEqual(phrase);
    expect(counts).toEqual({ opened: 1, closed: 0 });
    expect(timers.delays()).toEqual([IDLE_CLOSE_MS]);
    timers.runAll();
    expect(counts).toEqual({ opened: 1, closed: 1 });
    await extract(draft('three'));
    expect(counts.opened).toBe(2);
  });

  it('falls back to the light path when the worker fails, and logs it', async () => {
    const { open } = fakeHost(() => Promise.reject(new Error('Receiving end does not exist')));
    const logged: string[] = [];
    const extract = itemExtractor({ open, log: (reason) => logged.push(reason), ...manualTimers() });
    const text = 'Ana Ruiz met Donald Trump. Ana Ruiz said so.';
    const found = await extract(draft(text));
    const light = findNamedPhrases(userArticle({ id: 'yours-pending', ...draft(text) }));
    expect(found).toEqual(light);
    expect(logged).toEqual([expect.stringContaining('Receiving end does not exist')]);
  });
});
