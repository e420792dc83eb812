import { describe, expect, it } from 'vitest';
import { documentParsed } from '../../../lib/content/document-parsed';

/** A document in a given ready state that records its listeners, and timers that run when told. */
function fakes(readyState: DocumentReadyState) {
  const listeners: (() => void)[] = [];
  const timers: (() => void)[] = [];
  const doc = {
    readyState,
    addEventListener: (type: string, listener: () => void) => {
      if (type === 'DOMContentLoaded') listeners.push(listener);
    },
  } as unknown as Pick<Document, 'readyState' | 'addEventListener'>;
  return {
    doc,
    timers: { setTimeout: (callback: () => void) => void timers.push(callback) },
    fireLoaded: () => listeners.splice(0).forEach((listener) => listener()),
    runTimers: () => timers.splice(0).forEach((timer) => timer()),
  };
}

const settled = async (promise: Promise<void>): Promise<boolean> => {
  let done = false;
  void promise.then(() => (done = true));
  await new Promise((resolve) => setImmediate(resolve));
  return done;
};

describe('documentParsed', () => {
  it.each(['interactive', 'complete'] as const)(
    'resolves at once for a document %s already',
    async (state) => {
      const { doc, timers } = fakes(state);
      expect(await settled(documentParsed(doc, timers))).toBe(true);
    },
  );

  it("waits for DOMContentLoaded, then for a task after it (the page's own handlers run first)", async () => {
    const { doc, timers, fireLoaded, runTimers } = fakes('loading');
    const parsed = documentParsed(doc, timers);
    expect(await settled(parsed)).toBe(false);
    fireLoaded();
    expect(await settled(parsed)).toBe(false);
    runTimers();
    expect(await settled(parsed)).toBe(true);
  });
});
